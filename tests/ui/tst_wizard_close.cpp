// Issue 13 items 2 and 13: Cancel, Esc and the window's close button never drop a running deployment or
// provisioning without asking, and stop it cleanly when the user says so; closing the last window (the
// overview opened on Finish) ends the program.

#include <functional>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QWizardPage>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "engine/jobs/JobProgress.h"
#include "engine/plan/PlanModel.h"
#include "tests/support/UiTestSupport.h"
#include "tests/support/WizardWalk.h"
#include "ui/OverviewWindow.h"
#include "ui/WizardWindow.h"

using namespace Qt::StringLiterals;
using eflow::jobs::JobProgress;
using eflow::jobs::PipelineOutcome;
using eflow::ui::WizardWindow;

namespace {

// Answers the wizard's "still running" question with the named button once it shows, and keeps its text.
class Answerer final : public QObject
{
public:
    explicit Answerer(const QString &buttonName)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, buttonName, timer]() {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"stopRunningJobQuestion"_s)
                return;
            question = box->text();
            if (auto *button = box->findChild<QAbstractButton *>(buttonName))
                button->click();
            timer->stop();
        });
        timer->start(20);
    }
    QString question;
};

} // namespace

class TestWizardClose final : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        explicit Fixture(double speed)
            : wizard(&plan, eflow::uitest::wizardOptions(true))
        {
            if (!eflow::uitest::openTarget(*wizard.controller(), eflow::jobs::HostTarget::demo({}, speed)))
                qWarning("the demo host did not open");
            // A deployment stopped by an earlier test stays in the journal; this one starts afresh.
            if (wizard.controller()->pendingDeploy())
                wizard.controller()->abandonPendingDeploy();
            wizard.show();
            if (!QTest::qWaitForWindowExposed(&wizard))
                qWarning("the wizard was not shown");
        }
        eflow::plan::PlanModel plan;
        WizardWindow wizard;
    };

    // One way of closing the window, by its name in the data tables.
    static void closeBy(WizardWindow &wizard, const QString &how)
    {
        if (how == u"Esc"_s)
            QTest::keyClick(&wizard, Qt::Key_Escape);
        else if (how == u"Cancel"_s)
            QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        else
            wizard.close(); // the window's close button
    }

    QTemporaryDir m_home;
    int m_folders = 0;

    // A data folder no earlier test function has used: its demo host has nothing deployed.
    void freshDataFolder()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data-%1"_s.arg(++m_folders)).toUtf8());
    }

private slots:
    // Journals and the demo hosts' state in a folder of this run (not the user's).
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        freshDataFolder();
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    }

    void deploymentAsksThenStops_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Esc") << u"Esc"_s;
        QTest::newRow("Cancel button") << u"Cancel"_s;
        QTest::newRow("close button") << u"close"_s;
    }

    // A deployment at a real deploy's pace: asked, kept running; asked again, stopped, closed, resumable.
    void deploymentAsksThenStops()
    {
        QFETCH(QString, how);
        Fixture f(1.0);
        eflow::uitest::walkTo(f.wizard, WizardWindow::SettingsPageId);
        if (QTest::currentTestFailed())
            return;
        f.wizard.next();
        QPointer<JobProgress> job = f.wizard.controller()->deployJob();
        QVERIFY(job && job->isRunning());
        QCOMPARE(f.wizard.runningJob(), job.data());

        {
            Answerer keep(u"keepRunningButton"_s);
            closeBy(f.wizard, how);
            QTRY_VERIFY(!keep.question.isEmpty());
            QCOMPARE(keep.question,
                     u"The deployment is still running. Stop it? You can continue it later."_s);
        }
        QVERIFY(f.wizard.isVisible());
        QVERIFY(job && job->isRunning());

        Answerer stop(u"stopAndCloseButton"_s);
        closeBy(f.wizard, how);
        QTRY_VERIFY(!stop.question.isEmpty());
        // The window stays until the job has stopped, then closes as cancelled, and the journal keeps the
        // deployment for later.
        QTRY_VERIFY_WITH_TIMEOUT(!f.wizard.isVisible(), eflow::uitest::kWalkJobTimeoutMs);
        QCOMPARE(f.wizard.result(), int(QDialog::Rejected));
        QVERIFY(job && !job->isRunning());
        QCOMPARE(job->result().outcome, PipelineOutcome::Cancelled);
        QVERIFY(f.wizard.controller()->pendingDeploy().has_value());
        QVERIFY(!f.wizard.isStopping());
    }

    // Provisioning: the same question in its own words, and a stop.
    void provisioningAsksThenStops()
    {
        Fixture f(0.0);
        eflow::uitest::walkTo(f.wizard, WizardWindow::ConnectPageId);
        if (QTest::currentTestFailed())
            return;
        auto *demo = eflow::uitest::currentPageChild<QAbstractButton>(f.wizard, u"useDemoEnrollmentButton"_s);
        auto *provision = eflow::uitest::currentPageChild<QAbstractButton>(f.wizard, u"provisionButton"_s);
        QVERIFY(demo && provision);
        demo->click();
        QTRY_VERIFY(provision->isEnabled());
        provision->click();
        QPointer<JobProgress> job = f.wizard.controller()->provisionJob();
        QVERIFY(job && job->isRunning());

        Answerer stop(u"stopAndCloseButton"_s);
        QTest::keyClick(&f.wizard, Qt::Key_Escape);
        QTRY_VERIFY(!stop.question.isEmpty());
        QCOMPARE(stop.question, u"The provisioning is still running. Stop it? You can run it again later."_s);
        QTRY_VERIFY_WITH_TIMEOUT(!f.wizard.isVisible(), eflow::uitest::kWalkJobTimeoutMs);
        QVERIFY(job && !job->isRunning());
    }

    // A page has one Cancel, the wizard's: the pages' own buttons for a running job say "Stop".
    void onePageOneCancel()
    {
        Fixture f(0.0);
        eflow::uitest::walkTo(f.wizard, WizardWindow::FinishPageId, [&](int) {
            QWizardPage *page = f.wizard.currentPage();
            const QList<QAbstractButton *> buttons = page->findChildren<QAbstractButton *>();
            for (const QAbstractButton *button : buttons) {
                const QString text = QString(button->text()).remove(u'&');
                QVERIFY2(!text.startsWith(u"Cancel"_s),
                         qPrintable(u"%1 on \"%2\" is named \"%3\""_s.arg(button->objectName(), page->title(),
                                                                          button->text())));
            }
        });
    }

    // The overview of a host without EFLOW offers the wizard; taking it closes the overview and brings
    // the wizard back (from its first page after it had been closed).
    void overviewBeforeDeploymentStartsTheWizard()
    {
        freshDataFolder();
        Fixture f(0.0);
        QTest::mouseClick(f.wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!f.wizard.isVisible());
        eflow::ui::OverviewWindow *overview = f.wizard.showOverview();
        QVERIFY(overview);
        auto *start = overview->findChild<QAbstractButton *>(u"startWizardButton"_s);
        QVERIFY(start);
        QTRY_VERIFY_WITH_TIMEOUT(start->isVisible(), eflow::uitest::kWalkJobTimeoutMs);
        start->click();
        QVERIFY(!overview->isVisible());
        QVERIFY(f.wizard.isVisible());
        QCOMPARE(f.wizard.currentId(), int(WizardWindow::GettingStartedPageId));
    }

    // Nothing running: Cancel closes at once, without a question.
    void nothingRunningClosesAtOnce()
    {
        Fixture f(0.0);
        QVERIFY(!f.wizard.runningJob());
        QTest::mouseClick(f.wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!f.wizard.isVisible());
        QCOMPARE(f.wizard.result(), int(QDialog::Rejected));
    }

    // Finish with "open the device overview" ticked, then close the overview: the event loop ends, as
    // the program's does (issue 13 item 13: the process used to stay with no window).
    void closingTheOverviewAfterFinishEndsTheProgram()
    {
        Fixture f(0.0);
        eflow::uitest::walkTo(f.wizard, WizardWindow::FinishPageId);
        if (QTest::currentTestFailed())
            return;
        auto *openOnFinish =
            eflow::uitest::currentPageChild<QCheckBox>(f.wizard, u"openOverviewOnFinishCheckBox"_s);
        QVERIFY(openOnFinish && openOnFinish->isChecked());
        QTest::mouseClick(f.wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(f.wizard.result(), int(QDialog::Accepted));
        QVERIFY(!f.wizard.isVisible());
        eflow::ui::OverviewWindow *overview = f.wizard.overview();
        QVERIFY(overview && overview->isVisible());

        QTimer::singleShot(100, overview, [overview]() { overview->close(); });
        // Ends by itself when the last window closes; the bound fails the test instead of hanging it.
        QTimer::singleShot(20000, qApp, []() { QCoreApplication::exit(2); });
        QCOMPARE(QApplication::exec(), 0);
    }
};

QTEST_MAIN(TestWizardClose)
#include "tst_wizard_close.moc"
