// The device overview over a demo host (win11-pro, instant speed): before deployment it says EFLOW is
// not deployed and offers the wizard (not a VM fault); after deploy and provision it shows the module
// table, the service status, the device and its VM, iotedge check by section with icons, the system and
// module logs (opened at the newest line, at the start of the lines), copy and export, the support
// bundle, and it fits a 960×500 window in English and in (pseudo-)German.
#undef QT_NO_CAST_FROM_ASCII
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTranslator>
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
#include <QFileInfo>
#include <QTabBar>

#include "engine/plan/PlanModel.h"
#include "ui/OverviewWindow.h"
#include "ui/WizardController.h"
#include "ui/overview/SupportBundleDialog.h"
#include "tests/support/UiTestSupport.h"

using namespace eflow;

// German runs about 30–50 % longer than English: every word grows by half, so that a layout that fits
// this fits German too, also for strings not translated yet.
class LongerTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        QString out;
        QString word;
        const auto flush = [&] {
            if (word.size() > 2 && !word.startsWith('%'))
                word += word.right(word.size() / 2).toLower();
            out += word;
            word.clear();
        };
        for (const QChar c : text) {
            if (c.isLetter() || c == '&') {
                word += c;
            } else {
                flush();
                out += c;
            }
        }
        flush();
        return out;
    }
    bool isEmpty() const override { return false; }
};

class TestOverview final : public QObject
{
    Q_OBJECT

private:
    static bool deploy(ui::WizardController &controller)
    {
        return eflow::uitest::openTarget(controller,
                                         jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0)) &&
               eflow::uitest::deployAndWait(controller) == jobs::PipelineOutcome::Succeeded;
    }

    static bool provision(ui::WizardController &controller)
    {
        return deploy(controller) &&
               eflow::uitest::provisionDemoAndWait(controller, controller.demoIndividualKey()) ==
                   jobs::PipelineOutcome::Succeeded;
    }

    template<typename T>
    static T *child(QWidget *window, const char *name)
    {
        auto *w = window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }

private slots:
    // Item 7: before EFLOW exists the overview says so and offers the wizard; no VM fault, no WSSDAgent.
    void notDeployedHostSaysSoAndOffersTheWizard()
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
        auto *banner = child<QFrame>(&window, "notDeployedBanner");
        QVERIFY(banner->isVisible());
        const QString text = child<QLabel>(&window, "notDeployedLabel")->text();
        QVERIFY2(text.startsWith(QStringLiteral("EFLOW is not deployed on this host.")), qPrintable(text));
        QVERIFY(!child<QLabel>(&window, "readErrorsLabel")->isVisible());
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->isVisible()) {
                QVERIFY2(!label->text().contains(QStringLiteral("WSSDAgent"), Qt::CaseInsensitive),
                         qPrintable(label->text()));
            }
        }
        QCOMPARE(child<QTableWidget>(&window, "moduleTable")->rowCount(), 0);
        QVERIFY(window.exportText().contains(QStringLiteral("EFLOW is not deployed on this host.")));
        QCOMPARE(
            QJsonDocument::fromJson(window.exportJson().toUtf8()).object().value("deployed").toBool(true),
            false);

        QSignalSpy wizard(&window, &ui::OverviewWindow::startWizardRequested);
        QTest::mouseClick(child<QPushButton>(&window, "startWizardButton"), Qt::LeftButton);
        QCOMPARE(wizard.size(), 1);
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

    // Item 9: the device and its VM; warnings and errors with icon and word, not colour alone.
    // The overview of a device deployed but not provisioned here: no registration ID, so DPS is not asked,
    // and the record says why instead of "Not asked yet." for good.
    void dpsRecordSaysWhyItIsNotAsked()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(deploy(controller));
        QVERIFY(controller.plan()->plan().provisioning.registrationId.isEmpty());
        ui::OverviewWindow window(&controller);
        window.show();
        auto *record = child<QLabel>(&window, "dpsRecordLabel");
        QCOMPARE(record->text(), QStringLiteral("Not asked yet."));
        QSignalSpy refreshed(&controller, &ui::WizardController::statusRefreshed);
        window.refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY2(record->text().startsWith(QStringLiteral("Not asked: no registration ID is known here.")),
                 qPrintable(record->text()));
        QVERIFY(!controller.isVerifyingEnrollment());
    }

    void deviceInfoAndSeverity()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(provision(controller));
        ui::OverviewWindow window(&controller);
        window.show();
        QSignalSpy refreshed(&controller, &ui::WizardController::statusRefreshed);
        window.refresh();
        QVERIFY(refreshed.wait(30000));
        const QString device = child<QLabel>(&window, "deviceInfoLabel")->text();
        for (const char *line : {"VM IP address: ", "EFLOW version: ", "Release line: ", "VM memory: ",
                                 "VM CPUs: ", "VM disk: ", "GPU: "}) {
            const qsizetype at = device.indexOf(QString::fromLatin1(line));
            QVERIFY2(at >= 0, qPrintable(device));
            const QString value = device.mid(at).section('\n', 0, 0).mid(qstrlen(line));
            QVERIFY2(!value.isEmpty() && value != QStringLiteral("not reported"), qPrintable(device));
        }
        QVERIFY2(device.contains(QStringLiteral("Release line: 1.")), qPrintable(device));

        auto *table = child<QTableWidget>(&window, "moduleTable");
        QVERIFY(table->rowCount() >= 1);
        QVERIFY(table->item(0, 1)->icon().isNull()); // running: nothing to flag
        QCOMPARE(child<QLabel>(&window, "serviceStatusLabel")->property("severity").toInt(), 1);

        // The demo's check has warnings or errors: each has an icon and its word in the Result column.
        auto *tree = child<QTreeWidget>(&window, "checkTree");
        int flagged = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                QTreeWidgetItem *item = tree->topLevelItem(i)->child(j);
                const QString word = item->text(1).toLower();
                const bool bad =
                    word.contains(QStringLiteral("warning")) || word.contains(QStringLiteral("error"));
                QCOMPARE(!item->icon(1).isNull(), bad);
                if (bad) {
                    ++flagged;
                    QVERIFY(!item->data(1, Qt::AccessibleDescriptionRole).toString().isEmpty());
                }
            }
        }
        QVERIFY(flagged > 0);
    }

    // Item 9: a module's logs, opened at the newest line and at the start of the lines.
    void moduleLogsOpenAtTheStartOfTheLines()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(provision(controller));
        ui::OverviewWindow window(&controller);
        window.resize(960, 500);
        window.show();
        auto *logs = child<QPlainTextEdit>(&window, "logsView");
        // Larger letters than the window's, so that the lines are wider than the view.
        QFont big = logs->font();
        big.setPointSize(big.pointSize() * 2);
        logs->setFont(big);
        child<QTabWidget>(&window, "overviewTabs")->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(logs->blockCount() > 3, 20000); // the system logs come first
        QVERIFY(logs->horizontalScrollBar()->maximum() > 0);
        QCOMPARE(logs->horizontalScrollBar()->value(), 0);
        QCOMPARE(logs->verticalScrollBar()->value(), logs->verticalScrollBar()->maximum());

        auto *source = child<QComboBox>(&window, "logSourceCombo");
        const int index = source->findData(QStringLiteral("edgeAgent"));
        QVERIFY(index > 0);
        source->setCurrentIndex(index);
        emit source->activated(index);
        QTRY_VERIFY_WITH_TIMEOUT(
            logs->toPlainText().contains(QStringLiteral("Starting module management agent")), 20000);
        QVERIFY(!logs->toPlainText().contains(QStringLiteral("aziot-edged[")));
        QCOMPARE(logs->horizontalScrollBar()->value(), 0);
        QCOMPARE(logs->verticalScrollBar()->value(), logs->verticalScrollBar()->maximum());
    }

    // Item 9: copy and export of the module list, the status and the check results, as text and JSON.
    void copyAndExport()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(provision(controller));
        ui::OverviewWindow window(&controller);
        window.show();
        QSignalSpy refreshed(&controller, &ui::WizardController::statusRefreshed);
        window.refresh();
        QVERIFY(refreshed.wait(30000));

        const QJsonObject all = QJsonDocument::fromJson(window.exportJson().toUtf8()).object();
        QCOMPARE(all.value("format").toString(), QStringLiteral("eflow-wizard-overview/1"));
        QCOMPARE(all.value("deployed").toBool(), true);
        QCOMPARE(all.value("modules").toArray().first().toObject().value("name").toString(),
                 QStringLiteral("edgeAgent"));
        QVERIFY(!all.value("vm").toObject().value("ip4Address").toString().isEmpty());
        QVERIFY(all.value("check").toObject().value("sections").toArray().size() >= 2);
        QVERIFY(all.contains("service") || all.contains("systemServices"));

        const QJsonObject modules =
            QJsonDocument::fromJson(window.exportJson(ui::OverviewPart::Modules).toUtf8()).object();
        QVERIFY(modules.contains("modules"));
        QVERIFY(!modules.contains("check") && !modules.contains("vm"));
        const QString checks = window.exportText(ui::OverviewPart::Checks);
        QVERIFY2(checks.contains(QStringLiteral("iotedge check")) &&
                     !checks.contains(QStringLiteral("edgeAgent\t")),
                 qPrintable(checks));
        QVERIFY(window.exportText(ui::OverviewPart::Status).contains(QStringLiteral("VM address: ")));

        // The menu's actions reach the clipboard.
        auto *copy = window.findChild<QAction *>(QStringLiteral("copyModulesTextAction"));
        QVERIFY(copy);
        copy->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("edgeAgent\trunning")));
        window.findChild<QAction *>(QStringLiteral("copyChecksJsonAction"))->trigger();
        QVERIFY(
            QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object().contains("check"));

        QTemporaryDir dir;
        QString error;
        QVERIFY2(window.saveExport(ui::OverviewPart::All, dir.filePath("overview.json"), &error),
                 qPrintable(error));
        QFile json(dir.filePath("overview.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(json.readAll()).object().contains("modules"));
        QVERIFY(window.saveExport(ui::OverviewPart::All, dir.filePath("overview.txt"), &error));
        QFile text(dir.filePath("overview.txt"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().startsWith("Device: Demo"));
    }

    // Item 9: "Collect support bundle" runs the host's bundle and copies the zip into the chosen folder.
    void supportBundleLandsInTheChosenFolder()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(provision(controller));
        ui::OverviewWindow window(&controller);
        window.show();
        QTest::mouseClick(child<QPushButton>(&window, "supportBundleButton"), Qt::LeftButton);
        auto *dialog = window.findChild<ui::SupportBundleDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTemporaryDir dir;
        dialog->setFolder(dir.path());
        QSignalSpy collected(dialog, &ui::SupportBundleDialog::collected);
        QTest::mouseClick(child<QPushButton>(dialog, "bundleCollectButton"), Qt::LeftButton);
        QVERIFY(collected.wait(30000));
        const QString path = collected.first().first().toString();
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY2(QFileInfo(path).fileName().startsWith(QStringLiteral("eflowlogs-Demo")), qPrintable(path));
        QFile zip(path);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QVERIFY(zip.read(4) == QByteArray("PK\x03\x04", 4));
        QVERIFY(child<QLabel>(dialog, "bundleStatusLabel")->text().contains(QFileInfo(path).fileName()));
    }

    // The window fits 960×500 logical pixels: nothing sideways, only vertical scrolling.
    void fitsASmallWindow_data()
    {
        QTest::addColumn<bool>("longer");
        QTest::newRow("English") << false;
        QTest::newRow("German-length") << true;
    }

    void fitsASmallWindow()
    {
        QFETCH(bool, longer);
        LongerTranslator translator;
        if (longer)
            QApplication::installTranslator(&translator);
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(provision(controller));
        ui::OverviewWindow window(&controller);
        // It opens at a size that fits its screen (offscreen: 800×600).
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
        QVERIFY2(window.minimumSizeHint().width() <= 960 && window.minimumSizeHint().height() <= 500,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
        window.resize(960, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(960, 500));
        auto *scroll = child<QScrollArea>(&window, "overviewScrollArea");
        auto *tabs = child<QTabWidget>(&window, "overviewTabs");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
            for (QWidget *w : window.findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                     qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
                                     qobject_cast<QLabel *>(w) || qobject_cast<QAbstractItemView *>(w);
                if (!control || !w->isVisible() || w->objectName().startsWith("qt_") ||
                    qobject_cast<QAbstractItemView *>(w->parentWidget()) ||
                    qobject_cast<QTabBar *>(w->parentWidget()))
                    continue;
                const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
                QVERIFY2(
                    r.left() >= 0 && r.right() < window.width(),
                    qPrintable(QStringLiteral("%1 (%2) at %3..%4 on tab %5")
                                   .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                                   .arg(r.left())
                                   .arg(r.right())
                                   .arg(tab)));
            }
        }
        if (longer)
            QApplication::removeTranslator(&translator);
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
