// Issue 16 item 3: the Fleet window, offscreen, driven by its buttons as a technician drives it: load a
// fleet file and a plan (a broken file refused with its line), check every target with parallel probes,
// run the fleet with a row per host and its progress, show only the failures, a wrong typed group key
// reported per host and fixed by retrying the selected rows with the right key, open a host's overview,
// export the results, stop a run in the middle; and the window at a small size in English and German with
// names and mnemonics for the keyboard.
#undef QT_NO_CAST_FROM_ASCII
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "engine/crypto/KeyGenerator.h"
#include "engine/jobs/HostJobRunner.h"
#include "engine/jobs/PowerShellHosts.h"
#include "engine/sim/DemoHost.h"
#include "tests/support/KeyboardCheck.h"
#include "tests/support/LayoutFit.h"
#include "ui/OverviewWindow.h"
#include "ui/fleet/FleetTableModel.h"
#include "ui/fleet/FleetWindow.h"

using namespace eflow;
using Model = ui::FleetTableModel;

namespace {

constexpr int kWaitMs = 180000;

QString cell(const ui::FleetWindow &w, int row, int column)
{
    return w.model()->index(row, column).data().toString();
}

} // namespace

class TestFleetWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<jobs::HostFactory> m_hosts;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

    std::unique_ptr<ui::FleetWindow> window(double speed = 0.0)
    {
        ui::FleetWindowOptions o;
        o.demoSpeed = speed;
        o.journalDirectory = m_dir->filePath("journal");
        auto w = std::make_unique<ui::FleetWindow>(m_hosts, o);
        w->show();
        return w;
    }

    void load(ui::FleetWindow &w, const QByteArray &csv)
    {
        QString error;
        QVERIFY2(w.loadFleet(write("fleet.csv", csv), &error), qPrintable(error));
        QVERIFY2(
            w.loadPlan(write("plan.json", R"({"schema":1,"release":"1.4","eulaAccepted":true})"), &error),
            qPrintable(error));
    }

    static QByteArray mixed()
    {
        return "target,registration_id\n"
               "demo:win11-pro/w-1,{hostname}\n"
               "demo:win11-pro/w-2,{hostname}\n"
               "demo:win10-home/w-3,{hostname}\n"
               "demo:existing-eflow/w-4,{hostname}\n";
    }

    void click(ui::FleetWindow &w, const char *button)
    {
        auto *b = w.findChild<QPushButton *>(QString::fromLatin1(button));
        QVERIFY2(b && b->isEnabled(), button);
        b->click();
    }

    void selectRow(ui::FleetWindow &w, int row)
    {
        w.table()->clearSelection();
        w.table()->selectRow(row);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_DATA_HOME", m_dir->filePath("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath("config").toUtf8());
        m_hosts = std::make_shared<jobs::HostFactory>();
        jobs::registerPowerShellHosts(*m_hosts);
        sim::registerDemoHosts(*m_hosts, m_dir->filePath("demo"));
    }

    void cleanup() { m_hosts.reset(); }

    void refusesABrokenFleetFile()
    {
        auto w = window();
        QString error;
        QVERIFY(!w->loadFleet(write("bad.csv", "target,registration_id\ndemo:win11-pro/a,bad id\n"), &error));
        QVERIFY2(error.contains("bad.csv:2: registration_id"), qPrintable(error));
        QVERIFY(!w->findChild<QPushButton *>("runButton")->isEnabled());
        QCOMPARE(w->model()->rowCount(), 0);
    }

    void checksRunsFiltersAndExports()
    {
        auto w = window();
        load(*w, mixed());
        QCOMPARE(w->model()->rowCount(), 4);
        QCOMPARE(cell(*w, 0, Model::StatusColumn), QString("not run"));

        QSignalSpy probed(w.get(), &ui::FleetWindow::probesFinished);
        click(*w, "checkButton");
        QVERIFY(probed.wait(kWaitMs));
        QVERIFY2(cell(*w, 0, Model::CheckColumn).startsWith("Supported"),
                 qPrintable(cell(*w, 0, Model::CheckColumn)));
        QVERIFY(cell(*w, 2, Model::CheckColumn).startsWith("Unsupported"));
        QVERIFY(w->model()->index(2, 0).data(Model::FailureRole).toBool());

        QSignalSpy finished(w.get(), &ui::FleetWindow::runFinished);
        click(*w, "runButton");
        QVERIFY(!w->findChild<QPushButton *>("runButton")->isEnabled());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(cell(*w, 0, Model::StatusColumn), QString("provisioned"));
        QCOMPARE(w->model()->index(0, 0).data(Model::PercentRole).toInt(), 100);
        QVERIFY(cell(*w, 0, Model::DeviceColumn).startsWith("w-1 on "));
        QCOMPARE(cell(*w, 2, Model::StatusColumn), QString("unsupported"));
        QVERIFY(w->model()->index(2, Model::StatusColumn).data(Qt::ToolTipRole).toString().contains("Fix:"));
        QVERIFY2(w->statusText().contains("3 provisioned") && w->statusText().contains("1 unsupported"),
                 qPrintable(w->statusText()));

        w->findChild<QCheckBox *>("failuresOnlyCheck")->setChecked(true);
        QCOMPARE(w->table()->model()->rowCount(), 1);
        QCOMPARE(w->table()->model()->index(0, 0).data().toString(), QString("demo:win10-home/w-3"));
        w->setFailuresOnly(false);
        QCOMPARE(w->table()->model()->rowCount(), 4);

        const QString csv = m_dir->filePath("results.csv");
        QString error;
        QVERIFY2(w->exportResults(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.count("\r\n"), 5);
        QVERIFY(text.contains("demo:win10-home/w-3,w-3,unsupported"));
    }

    void wrongKeyThenRetrySelected()
    {
        auto w = window();
        load(*w, "target,registration_id\ndemo:win11-pro/k-1,{hostname}\ndemo:win11-pro/k-2,{hostname}\n");
        auto *key = w->findChild<QLineEdit *>("groupKeyEdit");
        QVERIFY(key && key->echoMode() == QLineEdit::Password);
        // Not a key: refused before anything runs, in a message that does not block the window.
        key->setText("not a key");
        click(*w, "runButton");
        QTRY_VERIFY(w->findChild<QMessageBox *>("fleetErrorBox"));
        auto *box = w->findChild<QMessageBox *>("fleetErrorBox");
        QVERIFY(!w->run());
        box->accept();
        // A key, but the wrong one: each host is reported with the cause.
        key->setText(QString::fromLatin1(crypto::generateSymmetricKey(64)));
        QSignalSpy finished(w.get(), &ui::FleetWindow::runFinished);
        click(*w, "runButton");
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(cell(*w, 0, Model::StatusColumn), QString("failed"));
        QVERIFY2(cell(*w, 0, Model::DetailColumn).contains("DPS rejected the key for registration ID k-1"),
                 qPrintable(cell(*w, 0, Model::DetailColumn)));
        // Retry the first host with the field cleared: demo hosts then use the demo group's key.
        key->clear();
        selectRow(*w, 0);
        QVERIFY(w->findChild<QPushButton *>("retryButton")->isEnabled());
        QVERIFY(w->retrySelected());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(cell(*w, 0, Model::StatusColumn), QString("provisioned"));
        QCOMPARE(cell(*w, 1, Model::StatusColumn), QString("failed"));
        // Retry the second with the right key typed.
        const QByteArray demoKey = [&] {
            jobs::HostJobRunner runner(m_hosts, m_dir->filePath("journal"));
            QSignalSpy opened(&runner, &jobs::HostJobRunner::opened);
            runner.open(jobs::HostTarget::demo("win11-pro", 0.0));
            return opened.wait(30000) ? runner.host()->demo->groupKey->view().toByteArray() : QByteArray();
        }();
        QVERIFY(!demoKey.isEmpty());
        key->setText(QString::fromLatin1(demoKey));
        selectRow(*w, 1);
        QVERIFY(w->retrySelected());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(cell(*w, 1, Model::StatusColumn), QString("provisioned"));
        // A provisioned row is not run again.
        selectRow(*w, 0);
        QVERIFY(!w->retrySelected());
    }

    void opensAHostsOverview()
    {
        auto w = window();
        load(*w, "target,registration_id\ndemo:win11-pro/o-1,{hostname}\n");
        QSignalSpy finished(w.get(), &ui::FleetWindow::runFinished);
        click(*w, "runButton");
        QVERIFY(finished.wait(kWaitMs));
        selectRow(*w, 0);
        click(*w, "overviewButton");
        ui::OverviewWindow *overview = nullptr;
        QTRY_VERIFY((overview = [] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *o = qobject_cast<ui::OverviewWindow *>(top); o && o->isVisible())
                    return o;
            return static_cast<ui::OverviewWindow *>(nullptr);
        }()));
        QVERIFY(overview->windowTitle().startsWith("demo:win11-pro/o-1"));
        QTRY_VERIFY_WITH_TIMEOUT(overview->exportText().contains("edgeAgent"), 60000);
        overview->close();
    }

    void stopsInTheMiddle()
    {
        auto w = window(0.5);
        load(*w, mixed());
        QSignalSpy finished(w.get(), &ui::FleetWindow::runFinished);
        click(*w, "runButton");
        QTRY_VERIFY_WITH_TIMEOUT(w->model()->index(0, 0).data(Model::PercentRole).toInt() > 5, kWaitMs);
        click(*w, "stopButton");
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(cell(*w, 0, Model::StatusColumn), QString("cancelled"));
        QVERIFY(w->model()->index(0, 0).data(Model::FailureRole).toBool());
        QVERIFY(w->findChild<QPushButton *>("runButton")->isEnabled());
    }

    void viewsAreToldCellByCellAFewRowsAtATime()
    {
        // A dataChanged() over more than one cell repaints the whole table, and a wave of hosts changes
        // many rows at once: the views hear about single cells that look different, at most
        // kRowsPerRepaint rows per turn of the event loop, and the last outcomes at once at the end.
        auto w = window();
        QByteArray csv = "target,registration_id\n";
        for (int i = 1; i <= 24; ++i)
            csv += "demo:win11-pro/c-" + QByteArray::number(i) + ",{hostname}\n";
        load(*w, csv);
        QHash<int, QString> toldStatus;
        QSet<int> rowsThisTurn;
        int mostRowsInATurn = 0;
        bool finishedSeen = false;
        int multiCell = 0;
        QObject turns; // the connections and end-of-turn timers go with it, before the values they use
        connect(w->model(), &QAbstractItemModel::dataChanged, &turns,
                [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (topLeft != bottomRight)
                        ++multiCell;
                    if (topLeft.column() == Model::StatusColumn)
                        toldStatus[topLeft.row()] = topLeft.data().toString();
                    // A turn counts once it is over, and the window's flush of everything at the end
                    // (the turn runFinished comes in) does not count.
                    if (rowsThisTurn.isEmpty())
                        QTimer::singleShot(0, &turns, [&] {
                            if (!finishedSeen)
                                mostRowsInATurn = qMax(mostRowsInATurn, int(rowsThisTurn.size()));
                            rowsThisTurn.clear();
                        });
                    rowsThisTurn.insert(topLeft.row());
                });
        QSignalSpy finished(w.get(), &ui::FleetWindow::runFinished);
        connect(w.get(), &ui::FleetWindow::runFinished, &turns, [&] {
            // The window's own flush on finishing came before this: every row was told its outcome.
            for (int row = 0; row < 24; ++row)
                QCOMPARE(toldStatus.value(row), QString("provisioned"));
            finishedSeen = true;
        });
        w->findChild<QSpinBox *>("concurrencySpin")->setValue(12);
        click(*w, "runButton");
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(finishedSeen);
        QCOMPARE(multiCell, 0);
        QVERIFY2(mostRowsInATurn <= Model::kRowsPerRepaint, qPrintable(QString::number(mostRowsInATurn)));
        QVERIFY(mostRowsInATurn > 0);
    }

    void fitsAndKeyboard_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << "de";
    }

    void fitsAndKeyboard()
    {
        QFETCH(QString, language);
        QTranslator german;
        if (!language.isEmpty()) {
            QVERIFY2(german.load(QStringLiteral(EFLOW_GERMAN_QM)), EFLOW_GERMAN_QM);
            QCoreApplication::installTranslator(&german);
        }
        auto w = window();
        load(*w, mixed());
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QSize small(1000, 560);
        QVERIFY(w->minimumSizeHint().width() <= small.width());
        w->resize(small);
        QTRY_COMPARE(w->size(), small);
        QStringList problems = uitest::settledMisfits(*w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        problems = uitest::keyboardProblems(w.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        if (!language.isEmpty())
            QVERIFY2(w->findChild<QPushButton *>("runButton")->text() != "&Run",
                     "the German texts are there");
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestFleetWindow)
#include "tst_fleet_window.moc"
