// The device overview over a demo host (win11-pro, instant speed): before deployment it says in
// sentences what it could not read; after deploy and provision it shows the module table, the
// service status, iotedge check by section and the logs, and Refresh brings new data.
#undef QT_NO_CAST_FROM_ASCII
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "engine/plan/PlanModel.h"
#include "ui/OverviewWindow.h"
#include "ui/WizardController.h"
#include "tests/support/UiTestSupport.h"

using namespace eflow;

class TestOverview final : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget *window, const char *name)
    {
        auto *w = window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }

private slots:
    void notDeployedHostShowsReadErrors()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(
            eflow::uitest::openTarget(controller, jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0)));
        ui::OverviewWindow window(&controller);
        window.show();
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Device overview — ")));
        QSignalSpy refreshed(&controller, &ui::WizardController::statusRefreshed);
        QTest::mouseClick(child<QPushButton>(&window, "refreshButton"), Qt::LeftButton);
        QVERIFY(refreshed.wait(30000));
        auto *errors = child<QLabel>(&window, "readErrorsLabel");
        QVERIFY(errors->isVisible());
        QVERIFY2(errors->text().contains(QStringLiteral("Virtual machine: ")), qPrintable(errors->text()));
        // Sentences, not codes: each line says what and why.
        for (const QString &line : errors->text().split('\n'))
            QVERIFY2(line.size() > 20 && line.contains(' '), qPrintable(line));
        QCOMPARE(child<QTableWidget>(&window, "moduleTable")->rowCount(), 0);
    }

    void provisionedHostOverview()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(
            eflow::uitest::openTarget(controller, jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0)));
        QCOMPARE(eflow::uitest::deployAndWait(controller), jobs::PipelineOutcome::Succeeded);
        QCOMPARE(eflow::uitest::provisionDemoAndWait(controller, controller.demoIndividualKey()),
                 jobs::PipelineOutcome::Succeeded);

        ui::OverviewWindow window(&controller);
        window.show();

        // Every interactive widget has a name.
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                qobject_cast<QPlainTextEdit *>(w)) {
                if (qobject_cast<QAbstractSpinBox *>(w->parent()) || qobject_cast<QHeaderView *>(w) ||
                    qobject_cast<QAbstractItemView *>(w->parent()) || w->objectName().startsWith("qt_"))
                    continue;
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(w->objectName() + " " + w->metaObject()->className()));
            }
        }

        QSignalSpy refreshed(&controller, &ui::WizardController::statusRefreshed);
        QTest::qWait(1100); // "last refreshed" has seconds: let the clock move
        const QString before = window.lastRefreshedText();
        QTest::mouseClick(child<QPushButton>(&window, "refreshButton"), Qt::LeftButton);
        QVERIFY(refreshed.wait(30000));
        QVERIFY(window.lastRefreshedText().startsWith(QStringLiteral("Last refreshed: ")));
        QVERIFY(window.lastRefreshedText() != before);
        QVERIFY(child<QPushButton>(&window, "refreshButton")->isEnabled());

        auto *table = child<QTableWidget>(&window, "moduleTable");
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("NAME"));
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("IMAGE"));
        QVERIFY2(table->rowCount() >= 1,
                 qPrintable(child<QLabel>(&window, "readErrorsLabel")->text() + " / " +
                            child<QLabel>(&window, "serviceStatusLabel")->text()));
        QList<QTableWidgetItem *> agent = table->findItems(QStringLiteral("edgeAgent"), Qt::MatchExactly);
        QCOMPARE(agent.size(), 1);
        QCOMPARE(table->item(agent.first()->row(), 1)->text(), QStringLiteral("running"));

        const QString status = child<QLabel>(&window, "serviceStatusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("active (running)")), qPrintable(status));
        QVERIFY(!child<QLabel>(&window, "versionsLabel")->text().contains(QStringLiteral("Not read")));
        QVERIFY(child<QLabel>(&window, "vmStatisticsLabel")->text().contains(QStringLiteral("Memory")));
        QVERIFY(!child<QLabel>(&window, "readErrorsLabel")->isVisible());

        auto *tree = child<QTreeWidget>(&window, "checkTree");
        QVERIFY(tree->topLevelItemCount() >= 2);
        QVERIFY(tree->topLevelItem(0)->childCount() > 0);
        const QString firstCheck = tree->topLevelItem(0)->child(0)->text(0);
        QVERIFY2(firstCheck.startsWith(QStringLiteral("√")) || firstCheck.startsWith(QStringLiteral("‼")) ||
                     firstCheck.startsWith(QStringLiteral("×")) || firstCheck.startsWith(QStringLiteral("–")),
                 qPrintable(firstCheck));
        QVERIFY(!tree->topLevelItem(0)->child(0)->text(1).isEmpty());

        // Logs: the tail arrives after the refresh; the search filters it.
        auto *logs = child<QPlainTextEdit>(&window, "logsView");
        QTRY_VERIFY_WITH_TIMEOUT(logs->blockCount() > 3, 20000);
        const int all = logs->blockCount();
        child<QCheckBox>(&window, "logFilterCheckBox")->setChecked(true);
        child<QLineEdit>(&window, "logSearchEdit")->setText(QStringLiteral("edgeAgent"));
        QVERIFY(logs->blockCount() < all);
        QVERIFY(logs->toPlainText().contains(QStringLiteral("edgeAgent"), Qt::CaseInsensitive));
        QVERIFY(!logs->extraSelections().isEmpty());

        // Auto-refresh runs on its interval.
        child<QSpinBox>(&window, "autoRefreshIntervalSpinBox")->setValue(5);
        window.setAutoRefresh(true);
        QVERIFY(child<QCheckBox>(&window, "autoRefreshCheckBox")->isChecked());
        QCOMPARE(window.autoRefreshSeconds(), 5);
        window.setAutoRefresh(false);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath("data").toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath("config").toUtf8());
    QApplication app(argc, argv);
    if (const QString shot = qEnvironmentVariable("EFLOW_SCREENSHOT"); !shot.isEmpty()) {
        // Not a test: renders the overview of a freshly provisioned demo host (run under xvfb with xcb).
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        if (!eflow::uitest::openTarget(controller, jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0)))
            return 2;
        eflow::uitest::deployAndWait(controller);
        eflow::uitest::provisionDemoAndWait(controller, controller.demoIndividualKey());
        ui::OverviewWindow window(&controller);
        window.show();
        QSignalSpy refreshed(&controller, &ui::WizardController::statusRefreshed);
        window.refresh();
        refreshed.wait(30000);
        QTest::qWait(1500);
        return window.grab().save(shot) ? 0 : 1;
    }
    TestOverview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_overview.moc"
