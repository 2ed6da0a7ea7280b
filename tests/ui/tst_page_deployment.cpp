#undef QT_NO_CAST_FROM_ASCII
#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include "engine/jobs/Pipeline.h"
#include "engine/plan/EflowRelease.h"
#include "engine/plan/PlanModel.h"
#include "engine/sim/SimulatedHost.h"
#include "ui/WizardController.h"
#include "ui/pages/DeploymentPage.h"
#include "ui/pages/FinishPage.h"
#include "ui/widgets/ConsoleView.h"
#include "ui/widgets/JobStepList.h"
#include "engine/sim/DemoHost.h"
#include "tests/support/UiTestSupport.h"

using namespace eflow;
using eflow::jobs::StepState;
using eflow::ui::ConsoleView;
using eflow::ui::DeploymentPage;
using eflow::ui::FinishPage;
using eflow::ui::JobStepList;
using eflow::ui::WizardController;

namespace {

constexpr int deploymentPageId = 4;
constexpr int nextPageId = 5;

void setupPlan(plan::PlanModel &model)
{
    eflow::uitest::licensePlan(model);
}

// The wizard of one test: the plan outlives the controller, the controller outlives the pages.
struct Fixture
{
    explicit Fixture(const QString &scenario, double speed = 0.0)
        : controller(&plan, eflow::testsupport::hostFactory())
    {
        setupPlan(plan);
        QString error;
        opened = eflow::uitest::openTarget(controller, jobs::HostTarget::demo(scenario, speed), &error);
        openError = error;
        page = new DeploymentPage(&plan, &controller);
        wizard.setPage(deploymentPageId, page);
        wizard.setPage(nextPageId, new QWizardPage);
        wizard.setStartId(deploymentPageId);
    }
    ~Fixture() { wizard.hide(); }

    QLabel *label(const char *name) const { return page->findChild<QLabel *>(name); }
    QPushButton *button(const char *name) const { return page->findChild<QPushButton *>(name); }
    JobStepList *steps() const { return page->findChild<JobStepList *>(); }
    ConsoleView *console() const { return page->findChild<ConsoleView *>(); }
    QString headline() const { return label("headlineLabel")->text(); }

    plan::PlanModel plan;
    WizardController controller;
    QWizard wizard;
    DeploymentPage *page = nullptr;
    bool opened = false;
    QString openError;
};

// Answers the next QMessageBox with `which`, however it was opened (QMessageBox::question runs its own loop).
void answerNextMessageBox(QMessageBox::StandardButton which)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, which] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (QAbstractButton *b = box->button(which))
            b->click();
    });
    timer->start();
}

// Interactive widgets (anything that takes focus, and every button) must have an accessible name.
QStringList unnamedWidgets(QWidget *root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (qobject_cast<QScrollBar *>(w) || w->objectName().startsWith("qt_"))
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(w) || w->focusPolicy() != Qt::NoFocus;
        if (interactive && w->accessibleName().isEmpty())
            missing << QStringLiteral("%1(%2)").arg(w->metaObject()->className(), w->objectName());
    }
    return missing;
}

// The Settings page's part: another memory size, then the Target page's probe (what the facts know).
void changeMemoryAndProbe(Fixture &f, int memoryMb)
{
    plan::VmSettings vm = f.plan.plan().vm;
    vm.memoryMb = memoryMb;
    f.plan.setVmSettings(vm);
    QSignalSpy probed(&f.controller, &WizardController::probeFinished);
    f.controller.startProbe();
    QVERIFY(probed.wait(30000));
    QVERIFY(f.controller.facts());
}

} // namespace

class TestPageDeployment final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        // Each test gets its own demo machine, journal and settings.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_DATA_HOME", m_dir->filePath("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath("config").toUtf8());
    }

    void deployCompletes()
    {
        Fixture f("win11-pro");
        QVERIFY2(f.opened, qPrintable(f.openError));
        f.wizard.show();
        QCOMPARE(f.wizard.currentId(), deploymentPageId);
        QCOMPARE(f.page->title(), QStringLiteral("Deployment"));
        QVERIFY(f.page->isCommitPage());
        QVERIFY(f.page->isRunning() || f.page->isComplete());

        QTRY_VERIFY_WITH_TIMEOUT(f.page->isComplete(), 60000);
        QCOMPARE(f.headline(), QStringLiteral("Complete"));
        JobStepList *steps = f.steps();
        QVERIFY(steps->topLevelItemCount() > 3);
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            const StepState s = steps->stepState(i);
            QVERIFY2(s == StepState::Done || s == StepState::Skipped,
                     qPrintable(steps->topLevelItem(i)->text(0)));
            // The state is written out, not only marked.
            QVERIFY(steps->topLevelItem(i)->text(0).contains(JobStepList::stateWord(s)));
        }
        QVERIFY(f.console()->toPlainText().contains("Deployment successful"));
        auto *progress = f.page->findChild<QProgressBar *>();
        QCOMPARE(progress->value(), progress->maximum());
        const QString vmName = f.controller.deployState().deployResult.value("vmName").toString();
        QVERIFY(!vmName.isEmpty());
        QVERIFY(f.label("messageLabel")->text().contains(vmName));
        QVERIFY(f.label("durationLabel")->text().startsWith("Duration: "));
        QVERIFY(f.label("elapsedLabel")->text().startsWith("Elapsed "));
        QVERIFY(!f.button("retryButton")->isVisible());
        QVERIFY(!f.button("stopDeploymentButton")->isVisible());
        QVERIFY(f.wizard.button(QWizard::CommitButton)->isEnabled());

        if (const QByteArray dir = qgetenv("EFLOW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            f.wizard.resize(820, 640);
            QTest::qWait(200);
            QVERIFY(f.wizard.grab().save(QString::fromLocal8Bit(dir) + "/deployment.png"));
        }
    }

    void elapsedFormat()
    {
        QCOMPARE(DeploymentPage::elapsedText(65'400), QStringLiteral("Elapsed 1 min 05 s"));
        QCOMPARE(DeploymentPage::durationText(125'000), QStringLiteral("Duration: 2 minutes 5 seconds"));
        // Plural forms: not "1 minutes 1 seconds".
        QCOMPARE(DeploymentPage::durationText(61'000), QStringLiteral("Duration: 1 minute 1 second"));
        QCOMPARE(DeploymentPage::durationText(60'000), QStringLiteral("Duration: 1 minute"));
    }

    // Enabling Hyper-V needs a restart: the page says so, offers "Restart now" (asked first) instead of
    // Retry, keeps Next off, and after the simulated host has restarted the deployment continues to the end.
    void hyperVDisabledRestartsAndContinues()
    {
        Fixture f("hyperv-disabled", 4.0);
        QVERIFY2(f.opened, qPrintable(f.openError));
        f.wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(f.headline(),
                                  QStringLiteral("Windows must restart to finish enabling Hyper-V"), 60000);
        QVERIFY(f.page->isRestartPending());
        QVERIFY(!f.page->isComplete());
        QVERIFY(!f.wizard.button(QWizard::CommitButton)->isEnabled());
        QPushButton *restart = f.button("restartNowButton");
        QVERIFY(restart->isVisible());
        QVERIFY(!f.button("retryButton")->isVisible());
        QVERIFY(f.label("restartLabel")->text().contains("reconnects"));
        bool failedMarked = false;
        for (int i = 0; i < f.steps()->topLevelItemCount(); ++i)
            failedMarked |= f.steps()->stepState(i) == StepState::Failed;
        QVERIFY(failedMarked);

        if (const QByteArray dir = qgetenv("EFLOW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            f.wizard.resize(820, 640);
            QTest::qWait(200);
            QVERIFY(f.wizard.grab().save(QString::fromLocal8Bit(dir) + "/deployment-restart.png"));
        }

        // "No" restarts nothing.
        answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(restart, Qt::LeftButton);
        QVERIFY(!f.controller.restartJob());

        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(restart, Qt::LeftButton);
        QVERIFY(f.controller.restartJob());
        QVERIFY(f.page->isJobRunning());
        QCOMPARE(f.headline(), QStringLiteral("Restarting the target device…"));
        QVERIFY(!f.wizard.button(QWizard::CommitButton)->isEnabled());
        // The host is away for a moment: the wait says so in the console, then the deploy continues.
        QTRY_VERIFY_WITH_TIMEOUT(f.console()->toPlainText().contains("No answer yet"), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(f.page->isComplete(),
                                  qPrintable(f.headline() + "\n" + f.console()->toPlainText().right(1500)),
                                  90000);
        QCOMPARE(f.headline(), QStringLiteral("Complete"));
        QVERIFY(!f.page->isRestartPending());
        QVERIFY(!restart->isVisible());
        QVERIFY(f.console()->toPlainText().contains("the deployment continues"));
        QCOMPARE(f.steps()->stepState(f.controller.deployJob()->indexOf("enable-hyperv")), StepState::Done);
        QVERIFY(f.wizard.button(QWizard::CommitButton)->isEnabled());
    }

    // An EFLOW VM with other settings exists: the page says so before deploying and the user chooses.
    void existingVmKeptSaysSo()
    {
        Fixture f("existing-eflow");
        QVERIFY2(f.opened, qPrintable(f.openError));
        changeMemoryAndProbe(f, 4096);
        f.wizard.show();
        auto *notice = f.page->findChild<QWidget *>("existingVmFrame");
        QVERIFY(notice->isVisible());
        QVERIFY(!f.controller.deployJob()); // nothing started
        QCOMPARE(f.headline(), QStringLiteral("An EFLOW virtual machine already exists on the target"));
        const QString text = f.label("existingVmLabel")->text();
        QVERIFY2(text.contains("2048 MB") && text.contains("4096 MB"), qPrintable(text));
        QVERIFY(!f.wizard.button(QWizard::CommitButton)->isEnabled());

        QTest::mouseClick(f.button("keepVmButton"), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(f.page->isComplete(), 60000);
        const QString message = f.label("messageLabel")->text();
        QVERIFY2(message.contains("was kept") && message.contains("not applied") &&
                     message.contains("4096 MB"),
                 qPrintable(message));
        const int deploy = f.controller.deployJob()->indexOf("deploy");
        QCOMPARE(f.steps()->stepNote(deploy), QStringLiteral("kept"));
        QVERIFY(f.steps()->topLevelItem(deploy)->text(2).contains("kept"));
    }

    void existingVmReplacedAfterConfirmation()
    {
        Fixture f("existing-eflow");
        QVERIFY2(f.opened, qPrintable(f.openError));
        changeMemoryAndProbe(f, 4096);
        f.wizard.show();
        QVERIFY(f.page->findChild<QWidget *>("existingVmFrame")->isVisible());
        // "No" to the removal: still the choice, nothing started.
        answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(f.button("replaceVmButton"), Qt::LeftButton);
        QVERIFY(!f.controller.deployJob());
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(f.button("replaceVmButton"), Qt::LeftButton);
        QVERIFY(f.controller.deployJob());
        QTRY_VERIFY_WITH_TIMEOUT(f.page->isComplete(), 60000);
        jobs::JobProgress *job = f.controller.deployJob();
        QCOMPARE(job->stepState(job->indexOf("remove-vm")), StepState::Done);
        QVERIFY(!f.label("messageLabel")->text().contains("was kept"));
        bool found = false;
        f.controller.runner()->inspect([&found](jobs::HostSession &session) {
            if (auto *demo = dynamic_cast<sim::DemoHost *>(session.opened()))
                found = demo->simulatedHost()->currentState().vmMemoryMb == 4096;
        });
        QVERIFY(found);
    }

    // The overall bar weighs the steps by their expected durations: when the VM step begins, most of the
    // bar is still to come (it showed 71 % there before).
    void overallBarIsWeighted()
    {
        Fixture f("win11-pro", 1.0);
        QVERIFY2(f.opened, qPrintable(f.openError));
        f.wizard.show();
        jobs::JobProgress *job = f.controller.deployJob();
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->stepCount() > 0 && job->currentStep() == job->indexOf("deploy"), 60000);
        auto *progress = f.page->findChild<QProgressBar *>("overallProgressBar");
        const int percent = 100 * progress->value() / progress->maximum();
        QVERIFY2(percent <= 35, qPrintable(QString::number(percent)));

        // What the wizard window calls on Cancel/Esc/close: it asks; "No" lets it run, "Yes" stops it.
        QVERIFY(f.page->isJobRunning());
        answerNextMessageBox(QMessageBox::No);
        QVERIFY(!f.page->stopAfterConfirmation());
        QVERIFY(f.page->isJobRunning());
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(f.page->stopAfterConfirmation());
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isJobRunning(), 20000);
        QCOMPARE(job->result().outcome, jobs::PipelineOutcome::Cancelled);
    }

    void cancelThenRetry()
    {
        Fixture f("win11-pro", 2.0);
        QVERIFY2(f.opened, qPrintable(f.openError));
        f.wizard.show();
        jobs::JobProgress *pipeline = f.controller.deployJob();
        QVERIFY(pipeline);
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->stepCount() > 0 &&
                                     pipeline->currentStep() >= pipeline->indexOf("create-switch"),
                                 30000);
        QVERIFY(f.page->isRunning());
        QPushButton *cancel = f.button("stopDeploymentButton");
        QVERIFY(cancel->isVisible());
        QVERIFY(f.label("elapsedLabel")->text().startsWith("Elapsed "));

        if (const QByteArray dir = qgetenv("EFLOW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            f.wizard.resize(820, 640);
            QTest::qWait(300);
            QVERIFY(f.wizard.grab().save(QString::fromLocal8Bit(dir) + "/deployment-running.png"));
        }

        // "No" keeps it running.
        answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(f.page->isRunning());

        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.headline(), QStringLiteral("Cancelled — run again to continue"), 20000);
        QVERIFY(!f.page->isComplete());
        bool cancelled = false;
        for (int i = 0; i < f.steps()->topLevelItemCount(); ++i)
            cancelled |= f.steps()->stepState(i) == StepState::Cancelled;
        QVERIFY(cancelled);
        QVERIFY(f.steps()->stepState(0) == StepState::Done);
        QPushButton *retry = f.button("retryButton");
        QVERIFY(retry->isVisible());

        // The rest at the instant pace.
        bool found = false;
        f.controller.runner()->inspect([&found](jobs::HostSession &session) {
            if (auto *demo = dynamic_cast<sim::DemoHost *>(session.opened())) {
                demo->simulatedHost()->setSpeed(0.0);
                found = true;
            }
        });
        QVERIFY(found);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(f.headline(), QStringLiteral("Deploying EFLOW…"));
        QTRY_VERIFY_WITH_TIMEOUT(f.page->isComplete(), 60000);
        QCOMPARE(f.headline(), QStringLiteral("Complete"));
        QVERIFY(!retry->isVisible());
    }

    void interruptedDeployIsOffered()
    {
        {
            // A deploy that dies with its controller, as when the window closes mid-run.
            plan::PlanModel plan;
            setupPlan(plan);
            WizardController controller(&plan, eflow::testsupport::hostFactory());
            QVERIFY(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win11-pro", 2.0)));
            jobs::JobProgress *pipeline = controller.startDeploy();
            QVERIFY(pipeline);
            QTRY_VERIFY_WITH_TIMEOUT(
                pipeline->stepCount() > 0 && pipeline->currentStep() >= pipeline->indexOf("install"), 30000);
        }
        Fixture f("win11-pro");
        QVERIFY2(f.opened, qPrintable(f.openError));
        QVERIFY(f.controller.pendingDeploy().has_value());
        f.wizard.show();
        auto *frame = f.page->findChild<QWidget *>("resumeFrame");
        QVERIFY(frame->isVisible());
        const QString notice = f.label("resumeLabel")->text();
        QVERIFY2(notice.startsWith("An interrupted deployment from "), qPrintable(notice));
        QVERIFY2(notice.contains("can continue after: Check the target device"), qPrintable(notice));
        QVERIFY(!f.page->isRunning());
        QVERIFY(!f.page->isComplete());

        if (const QByteArray dir = qgetenv("EFLOW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            f.wizard.resize(820, 640);
            QTest::qWait(200);
            QVERIFY(f.wizard.grab().save(QString::fromLocal8Bit(dir) + "/deployment-resume.png"));
        }

        QTest::mouseClick(f.button("continueButton"), Qt::LeftButton);
        QVERIFY(!frame->isVisible());
        QTRY_COMPARE(f.steps()->stepState(0), StepState::Done);
        QTRY_VERIFY_WITH_TIMEOUT(f.page->isComplete(), 60000);
        QVERIFY(!f.controller.pendingDeploy().has_value());
    }

    void startOverAbandons()
    {
        {
            plan::PlanModel plan;
            setupPlan(plan);
            WizardController controller(&plan, eflow::testsupport::hostFactory());
            QVERIFY(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win11-pro", 2.0)));
            jobs::JobProgress *pipeline = controller.startDeploy();
            QVERIFY(pipeline);
            QTRY_VERIFY_WITH_TIMEOUT(
                pipeline->stepCount() > 0 && pipeline->currentStep() >= pipeline->indexOf("install"), 30000);
        }
        Fixture f("win11-pro");
        f.wizard.show();
        QVERIFY(f.page->findChild<QWidget *>("resumeFrame")->isVisible());
        QTest::mouseClick(f.button("startOverButton"), Qt::LeftButton);
        QVERIFY(!f.page->findChild<QWidget *>("resumeFrame")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(f.page->isComplete(), 60000);
        QVERIFY(!f.controller.pendingDeploy().has_value());
    }

    void saveLogsWritesTheConsole()
    {
        Fixture f("win11-pro");
        f.wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(f.page->isComplete(), 60000);
        const QString path = m_dir->filePath("deploy.log");
        QString error;
        QVERIFY2(f.console()->saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(file.readAll());
        QCOMPARE(saved, f.console()->toPlainText() + '\n');
        QVERIFY(saved.contains("Deployment successful"));
        QVERIFY(!f.console()->saveTo(m_dir->filePath("no/such/folder/x.log"), &error));
        QVERIFY(!error.isEmpty());
    }

    void consoleCapsLines()
    {
        ConsoleView console;
        QVERIFY(console.isReadOnly());
        QCOMPARE(console.maxLines(), ConsoleView::defaultMaxLines);
        console.setMaxLines(5);
        for (int i = 0; i < 10; ++i)
            console.appendLine(QString::number(i));
        QCOMPARE(console.blockCount(), 5);
        QVERIFY(console.toPlainText().startsWith("5"));
    }

    void accessibleNames()
    {
        Fixture f("hyperv-disabled");
        f.wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(f.button("restartNowButton")->isVisible(), 60000);
        const QStringList missing = unnamedWidgets(f.page);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));

        FinishPage finish(&f.plan, &f.controller);
        const QStringList missingFinish = unnamedWidgets(&finish);
        QVERIFY2(missingFinish.isEmpty(), qPrintable(missingFinish.join(", ")));
    }

    void finishPageSummary()
    {
        Fixture f("win11-pro");
        f.wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(f.page->isComplete(), 60000);

        QWizard wizard;
        auto *finish = new FinishPage(&f.plan, &f.controller);
        wizard.setPage(6, finish);
        wizard.show();
        QCOMPARE(finish->title(), QStringLiteral("Finish"));
        const QString summary = finish->summaryText();
        QVERIFY2(summary.contains(f.controller.deployState().deployResult.value("vmName").toString()),
                 qPrintable(summary));
        QVERIFY(summary.contains("not provisioned yet"));
        QVERIFY(finish->openOverviewOnFinish());

        // Release line, memory and GPU, as deployed.
        QCOMPARE(finish->findChild<QLabel *>("releaseValue")->text(),
                 plan::displayName(f.controller.release()));
        QCOMPARE(finish->findChild<QLabel *>("memoryValue")->text(),
                 QStringLiteral("%1 MB").arg(f.plan.plan().vm.memoryMb));
        QCOMPARE(finish->findChild<QLabel *>("gpuValue")->text(), QStringLiteral("none"));

        // One way to the overview on this page: the check box, acted on at Finish.
        QVERIFY(!finish->findChild<QPushButton *>());
        QSignalSpy open(finish, &FinishPage::openOverviewRequested);
        QVERIFY(finish->validatePage());
        QCOMPARE(open.count(), 1);
        finish->findChild<QCheckBox *>("openOverviewOnFinishCheckBox")->setChecked(false);
        QVERIFY(finish->validatePage());
        QCOMPARE(open.count(), 1);

        // There is no menu: the hint names what exists.
        const QString hint = finish->findChild<QLabel *>("overviewHintLabel")->text();
        QVERIFY2(!hint.contains("menu"), qPrintable(hint));
        QVERIFY2(hint.contains("Device overview"), qPrintable(hint));

        // No text cursor over labels: only the values worth copying are selectable, and by mouse only.
        const Qt::TextInteractionFlags cursor =
            Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::TextEditable;
        for (const QLabel *label : finish->findChildren<QLabel *>()) {
            const bool copyable =
                QStringList{"vmIpValue", "deviceIdValue", "hubValue"}.contains(label->objectName());
            QVERIFY2(copyable ? label->textInteractionFlags() == Qt::TextSelectableByMouse
                              : !(label->textInteractionFlags() & cursor),
                     qPrintable(label->objectName() + ": " + label->text()));
            QVERIFY(!(label->focusPolicy() & Qt::TabFocus)); // no tab stop, no caret
        }

        // A GPU shows its full name and the way it is passed through.
        f.plan.setGpuSettings({plan::GpuPassthrough::DirectDeviceAssignment, "NVIDIA Tesla T4", 1});
        finish->initializePage();
        QCOMPARE(finish->findChild<QLabel *>("gpuValue")->text(),
                 QStringLiteral("NVIDIA Tesla T4 × 1, Direct Device Assignment (DDA)"));

        if (const QByteArray dir = qgetenv("EFLOW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            wizard.resize(820, 640);
            QTest::qWait(200);
            QVERIFY(wizard.grab().save(QString::fromLocal8Bit(dir) + "/finish.png"));
        }
    }
};

QTEST_MAIN(TestPageDeployment)
#include "tst_page_deployment.moc"
