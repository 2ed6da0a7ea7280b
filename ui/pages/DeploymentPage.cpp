#include "ui/pages/DeploymentPage.h"

#include <memory>

#include <QAbstractButton>
#include <QEvent>
#include <QFrame>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

#include "engine/jobs/DurationText.h"
#include "engine/jobs/ExistingVmCheck.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/JournalEntry.h"
#include "engine/jobs/JobProgress.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/pages/ExistingVmNotice.h"
#include "ui/pages/RestartPanel.h"
#include "ui/widgets/QuietProgress.h"
#include "ui/widgets/ConsoleView.h"
#include "ui/widgets/JobStepList.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

// The resume offer's buttons take the focus only while the offer is shown: QWizard hands the focus to
// a page's first focusable child on entry even when it is hidden, and Enter would press the hidden
// "Continue it" instead of Next.
void showResumeFrame(QFrame *frame, bool shown)
{
    frame->setVisible(shown);
    for (QPushButton *button : frame->findChildren<QPushButton *>())
        button->setFocusPolicy(shown ? Qt::StrongFocus : Qt::NoFocus);
}

} // namespace

DeploymentPage::DeploymentPage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_controller(controller)
{
    Q_ASSERT(plan);
    Q_ASSERT(controller);
    setTitle(tr("Deployment"));
    setSubTitle(
        tr("The wizard installs EFLOW on the target device, configures the host and creates the Linux "
           "virtual machine. This takes a few minutes."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    buildResumeFrame();
    m_existingVm = new ExistingVmNotice(this);
    m_restartPanel = new RestartPanel(this);

    m_headline = new QLabel(this);
    m_headline->setObjectName(u"headlineLabel"_s);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_duration = new QLabel(this);
    m_duration->setObjectName(u"durationLabel"_s);
    m_duration->setTextFormat(Qt::PlainText);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(u"elapsedLabel"_s);
    m_elapsed->setTextFormat(Qt::PlainText);

    auto *stepsLabel = new QLabel(tr("St&eps:"), this);
    m_steps = new JobStepList(this);
    stepsLabel->setBuddy(m_steps);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"overallProgressBar"_s);
    m_progress->setAccessibleName(tr("Overall progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);

    m_message = new WrappingLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setAccessibleName(tr("Result message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Qt 6 no longer gives keyboard-selectable labels a tab stop; the result is worth one.
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_message->hide();

    auto *consoleLabel = new QLabel(tr("Conso&le:"), this);
    m_console = new ConsoleView(this);
    consoleLabel->setBuddy(m_console);

    // Not "Cancel": the wizard has that button already.
    m_cancel = new QPushButton(tr("Stop &deployment"), this);
    m_cancel->setObjectName(u"stopDeploymentButton"_s);
    m_cancel->setAccessibleName(tr("Stop the deployment"));
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setAccessibleName(tr("Retry the deployment"));
    m_saveLogs = new QPushButton(tr("&Save logs…"), this);
    m_saveLogs->setObjectName(u"saveLogsButton"_s);
    m_saveLogs->setAccessibleName(tr("Save logs"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_headline, 1);
    statusRow->addWidget(m_elapsed);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_cancel);
    buttonRow->addWidget(m_retry);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_saveLogs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_resumeFrame);
    layout->addWidget(m_existingVm);
    layout->addLayout(statusRow);
    layout->addWidget(m_duration);
    layout->addWidget(stepsLabel);
    // The steps keep the room for all of them (JobStepList); the console takes the rest.
    layout->addWidget(m_steps);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_restartPanel);
    layout->addWidget(consoleLabel);
    layout->addWidget(m_console, 3);
    layout->addLayout(buttonRow);

    setTabOrder(m_continue, m_startOver);
    setTabOrder(m_startOver, m_steps);
    setTabOrder(m_steps, m_message);
    setTabOrder(m_message, m_console);
    setTabOrder(m_console, m_cancel);
    setTabOrder(m_cancel, m_retry);
    setTabOrder(m_retry, m_saveLogs);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DeploymentPage::updateElapsed);
    connect(m_continue, &QPushButton::clicked, this, &DeploymentPage::continuePending);
    connect(m_startOver, &QPushButton::clicked, this, &DeploymentPage::startOver);
    connect(m_cancel, &QPushButton::clicked, this, &DeploymentPage::requestCancel);
    connect(m_retry, &QPushButton::clicked, this, &DeploymentPage::retry);
    connect(m_saveLogs, &QPushButton::clicked, this, &DeploymentPage::saveLogs);
    connect(m_existingVm, &ExistingVmNotice::keepChosen, this, [this] {
        m_existingVm->dismiss();
        startDeploy(false);
    });
    connect(m_existingVm, &ExistingVmNotice::replaceChosen, this, [this] {
        m_existingVm->dismiss();
        m_keptDifferences.clear();
        jobs::DeployOptions options;
        options.replaceExistingVm = true;
        startDeploy(false, options);
    });
    connect(m_restartPanel, &RestartPanel::restartConfirmed, this, &DeploymentPage::restartNow);

    updateButtons();
}

DeploymentPage::~DeploymentPage() = default;

// The resume notice: shown instead of starting when the journal holds an interrupted deploy.
void DeploymentPage::buildResumeFrame()
{
    m_resumeFrame = new QFrame(this);
    m_resumeFrame->setObjectName(u"resumeFrame"_s);
    m_resumeFrame->setFrameShape(QFrame::StyledPanel);
    m_resumeFrame->setFrameShadow(QFrame::Raised);
    m_resumeText = new WrappingLabel(m_resumeFrame);
    m_resumeText->setObjectName(u"resumeLabel"_s);
    m_resumeText->setWordWrap(true);
    m_resumeText->setTextFormat(Qt::PlainText);
    m_continue = new QPushButton(tr("&Continue it"), m_resumeFrame);
    m_continue->setObjectName(u"continueButton"_s);
    m_continue->setAccessibleName(tr("Continue the interrupted deployment"));
    m_startOver = new QPushButton(tr("S&tart over"), m_resumeFrame);
    m_startOver->setObjectName(u"startOverButton"_s);
    m_startOver->setAccessibleName(tr("Start the deployment over"));
    auto *resumeButtons = new QHBoxLayout;
    resumeButtons->addWidget(m_continue);
    resumeButtons->addWidget(m_startOver);
    resumeButtons->addStretch(1);
    auto *resumeLayout = new QVBoxLayout(m_resumeFrame);
    resumeLayout->addWidget(m_resumeText);
    resumeLayout->addLayout(resumeButtons);
    showResumeFrame(m_resumeFrame, false);
}

QString DeploymentPage::elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return tr("Elapsed %1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString DeploymentPage::durationText(qint64 ms)
{
    //: %1 a duration such as "1 minute 5 seconds"
    return tr("Duration: %1").arg(jobs::durationText(ms));
}

bool DeploymentPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool DeploymentPage::isJobRunning() const
{
    return isRunning() || (m_restartJob && m_restartJob->isRunning());
}

bool DeploymentPage::isRestartPending() const
{
    return m_restartPanel->isPending();
}

bool DeploymentPage::isComplete() const
{
    return m_succeeded && !isJobRunning() && !isRestartPending();
}

bool DeploymentPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && wizard() &&
        watched == wizard()->button(QWizard::BackButton)) {
        auto *back = wizard()->button(QWizard::BackButton);
        if (isRunning() && back->isEnabled())
            back->setEnabled(false);
    }
    return QWizardPage::eventFilter(watched, event);
}

void DeploymentPage::initializePage()
{
    if (wizard())
        wizard()->button(QWizard::BackButton)->installEventFilter(this);
    m_succeeded = false;
    m_keptDifferences.clear();
    showResumeFrame(m_resumeFrame, false);
    m_existingVm->dismiss();
    m_restartPanel->dismiss();
    m_message->hide();
    m_duration->hide();
    m_console->clear();
    setProgressQuietly(m_progress, 0, 100, 0);
    m_elapsed->clear();

    if (const auto pending = m_controller->pendingDeploy()) {
        // The journal knows step ids; the technician reads the titles the step list would show.
        const QMap<QString, QString> titles = jobs::stepTitles(jobs::deployJobKind());
        QStringList done;
        for (const auto &step : pending->completedSteps())
            done << titles.value(step.id, step.id);
        const QString when = QLocale().toString(pending->updatedAt.toLocalTime(), QLocale::ShortFormat);
        QString text = tr("An interrupted deployment from %1 can continue after: %2.")
                           .arg(when, done.isEmpty() ? tr("no step completed yet") : done.join(u", "_s));
        if (!pending->lastError.isEmpty())
            text += u'\n' + tr("It stopped with: %1").arg(pending->lastError);
        m_resumeText->setText(text);
        m_resumeFrame->setAccessibleDescription(text);
        showResumeFrame(m_resumeFrame, true);
        m_steps->setJob(nullptr);
        setHeadline(tr("Continue the interrupted deployment, or start over."));
        updateButtons();
        emit completeChanged();
        return;
    }
    if (offerExistingVmChoice())
        return;
    startDeploy(false);
}

// Deploy-Eflow keeps a VM that exists: when its settings differ from the plan, the user chooses before
// anything runs. True when the choice is shown.
bool DeploymentPage::offerExistingVmChoice()
{
    const auto &facts = m_controller->facts();
    if (!facts || !facts->vm.exists)
        return false;
    const QStringList differences = jobs::existingVmDifferences(facts->vm, m_plan->plan());
    if (differences.isEmpty())
        return false;
    m_keptDifferences = differences;
    m_steps->setJob(nullptr);
    m_existingVm->showFor(facts->vm.name, differences);
    setHeadline(tr("An EFLOW virtual machine already exists on the target"));
    updateButtons();
    emit completeChanged();
    return true;
}

void DeploymentPage::cleanupPage()
{
    // Going back while it runs: stop it cleanly (its step's cleanup runs); the journal keeps the rest.
    if (isRunning())
        m_job->cancel();
    m_tick.stop();
    if (wizard())
        wizard()->button(QWizard::BackButton)->removeEventFilter(this);
    QWizardPage::cleanupPage();
}

void DeploymentPage::continuePending()
{
    showResumeFrame(m_resumeFrame, false);
    startDeploy(true);
}

void DeploymentPage::startOver()
{
    m_controller->abandonPendingDeploy();
    showResumeFrame(m_resumeFrame, false);
    startDeploy(false);
}

void DeploymentPage::startDeploy(bool resume, jobs::DeployOptions options)
{
    m_succeeded = false;
    m_restartPanel->dismiss();
    m_console->clear();
    m_message->hide();
    m_duration->hide();
    jobs::JobProgress *job = m_controller->startDeploy(resume, options);
    bind(job);
    if (!job) {
        setHeadline(tr("Deployment failed with errors"));
        m_message->setText(tr("The deployment could not start. Check the target on the previous pages, then "
                              "try again."));
        m_message->show();
        updateButtons();
        emit completeChanged();
        return;
    }
    onStarted();
}

void DeploymentPage::bind(jobs::JobProgress *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_steps->setJob(job);
    if (!job)
        return;
    // The job's reports come from the engine's thread, after this returns: nothing was logged yet.
    connect(job, &jobs::JobProgress::logLine, this,
            [this](int, const QString &line) { m_console->appendLine(line); });
    connect(job, &jobs::JobProgress::stepsChanged, this, &DeploymentPage::updateProgress);
    connect(job, &jobs::JobProgress::stepStateChanged, this, [this] {
        updateProgress();
        updateButtons();
    });
    connect(job, &jobs::JobProgress::stepProgress, this, &DeploymentPage::updateProgress);
    connect(job, &jobs::JobProgress::finished, this, &DeploymentPage::onFinished);
    connect(job, &QObject::destroyed, this, [this] {
        m_tick.stop();
        updateButtons();
    });
    updateProgress();
}

void DeploymentPage::onStarted()
{
    m_clock.start();
    m_tick.start();
    updateElapsed();
    m_elapsed->setVisible(true);
    setHeadline(tr("Deploying EFLOW…"));
    m_message->hide();
    m_duration->hide();
    updateProgress();
    updateButtons();
    emit completeChanged();
}

void DeploymentPage::onFinished(const jobs::PipelineResult &result)
{
    m_tick.stop();
    updateElapsed();
    // The duration line below says it once the run is over.
    m_elapsed->setVisible(false);
    updateProgress();
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    switch (result.outcome) {
    case jobs::PipelineOutcome::Succeeded:
        showSucceeded(ms);
        break;
    case jobs::PipelineOutcome::Failed: {
        if (m_job && m_job->state().restartRequired) {
            offerRestart(result);
            break;
        }
        setHeadline(tr("Deployment failed with errors"));
        QString title;
        if (m_job && result.stepIndex >= 0 && result.stepIndex < m_job->stepCount())
            title = m_job->step(result.stepIndex).title;
        QString text = result.message;
        if (!title.isEmpty())
            text = tr("The step “%1” failed.").arg(title) + u'\n' + result.message;
        m_message->setText(text);
        m_message->show();
        // The detail is often the output the console already shows; add it only when it is new.
        if (!result.detail.isEmpty() && !m_console->toPlainText().contains(result.detail)) {
            m_console->appendLine(tr("Details of the failure:"));
            m_console->appendLine(result.detail);
        }
        m_duration->setText(durationText(ms));
        m_duration->show();
        break;
    }
    case jobs::PipelineOutcome::Cancelled:
        setHeadline(tr("Cancelled — run again to continue"));
        m_message->setText(
            tr("The running step was stopped and cleaned up. The completed steps are kept: Retry "
               "continues from the step that was cancelled."));
        m_message->show();
        m_duration->setText(durationText(ms));
        m_duration->show();
        break;
    case jobs::PipelineOutcome::Unknown:
        break;
    }
    updateButtons();
    emit completeChanged();
}

void DeploymentPage::showSucceeded(qint64 ms)
{
    m_succeeded = true;
    setProgressQuietly(m_progress, 0, 100, 100);
    setHeadline(tr("Complete"));
    const QJsonObject &deployed = m_controller->deployState().deployResult;
    QString vmName = deployed.value(u"vmName"_s).toString();
    if (vmName.isEmpty() && m_controller->deployState().vm)
        vmName = m_controller->deployState().vm->vmName;
    const QString ip = deployed.value(u"ip4Address"_s).toString();
    QString text;
    if (deployed.value(u"alreadyDeployed"_s).toBool()) {
        // Deploy-Eflow kept the VM that was there: say so, and what that means for the settings.
        m_steps->setStepNote(u"deploy"_s, tr("kept"));
        text = tr("The existing EFLOW virtual machine %1 was kept as it was.")
                   .arg(vmName.isEmpty() ? tr("(unnamed)") : vmName);
        if (!m_keptDifferences.isEmpty())
            text +=
                u'\n' + tr("Your changed settings were not applied:") + u'\n' + m_keptDifferences.join(u'\n');
    } else if (!vmName.isEmpty() && !ip.isEmpty())
        text = tr("The EFLOW virtual machine %1 is deployed at %2.").arg(vmName, ip);
    else if (!vmName.isEmpty())
        text = tr("The EFLOW virtual machine %1 is deployed.").arg(vmName);
    else
        text = tr("The EFLOW virtual machine is deployed.");
    m_message->setText(text + u'\n' + tr("Click Next to connect the device to Azure IoT Hub."));
    m_message->show();
    m_duration->setText(durationText(ms));
    m_duration->show();
}

// The deploy stopped because Windows must restart: say what for, and offer the restart.
void DeploymentPage::offerRestart(const jobs::PipelineResult &result)
{
    QString stepId;
    if (m_job && result.stepIndex >= 0 && result.stepIndex < m_job->stepCount())
        stepId = m_job->step(result.stepIndex).id;
    if (stepId == u"enable-hyperv"_s)
        setHeadline(tr("Windows must restart to finish enabling Hyper-V"));
    else if (stepId == u"remove-vm"_s)
        setHeadline(tr("Windows must restart to finish removing EFLOW"));
    else
        setHeadline(tr("Windows must restart to finish installing EFLOW"));
    m_message->hide();
    const bool local = m_controller->target().kind == jobs::HostTarget::Kind::Local;
    m_restartPanel->showPending(result.message, m_controller->describe(), local);
}

void DeploymentPage::restartNow()
{
    jobs::JobProgress *job = m_controller->startRestart();
    if (!job)
        return;
    if (m_restartJob)
        disconnect(m_restartJob, nullptr, this, nullptr);
    m_restartJob = job;
    m_restartPanel->setBusy(true);
    setHeadline(tr("Restarting the target device…"));
    m_console->appendLine(tr("— Restarting %1 —").arg(m_controller->describe()));
    connect(job, &jobs::JobProgress::logLine, this,
            [this](int, const QString &line) { m_console->appendLine(line); });
    connect(job, &jobs::JobProgress::finished, this, &DeploymentPage::onRestartFinished);
    m_tick.start();
    updateButtons();
    emit completeChanged();
}

void DeploymentPage::onRestartFinished(const jobs::PipelineResult &result)
{
    if (result.outcome == jobs::PipelineOutcome::Succeeded && m_job) {
        m_restartPanel->dismiss();
        m_console->appendLine(tr("— The target device is back; the deployment continues —"));
        if (m_job->retry()) {
            onStarted();
            return;
        }
    }
    // Not back (or stopped): the restart is still what is needed; the panel offers it again.
    m_tick.stop();
    m_restartPanel->setBusy(false);
    setHeadline(result.outcome == jobs::PipelineOutcome::Cancelled
                    ? tr("Waiting for the restart was stopped")
                    : tr("The target device did not answer after the restart"));
    if (result.outcome == jobs::PipelineOutcome::Failed) {
        m_message->setText(result.message);
        m_message->show();
    }
    updateButtons();
    emit completeChanged();
}

void DeploymentPage::requestCancel()
{
    stopAfterConfirmation();
}

bool DeploymentPage::stopAfterConfirmation()
{
    if (!isJobRunning())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Stop deployment"),
                              tr("The deployment is still running. Stop it? You can continue it later."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    // It may have ended while the question was open.
    if (isRunning())
        m_job->cancel();
    if (m_restartJob && m_restartJob->isRunning())
        m_restartJob->cancel();
    return true;
}

void DeploymentPage::retry()
{
    if (!m_job || m_job->isRunning())
        return;
    if (m_job->retry()) {
        m_console->appendLine(tr("— Retrying from the step that did not complete —"));
        onStarted();
    }
}

void DeploymentPage::saveLogs()
{
    m_console->saveWithDialog();
}

void DeploymentPage::updateProgress()
{
    if (!m_job || m_job->stepCount() == 0) {
        setProgressQuietly(m_progress, 0, 100, 0);
        return;
    }
    // Weighted by the steps' expected durations: creating the VM is most of the wait.
    setProgressQuietly(m_progress, 0, 100, m_job->overallPercent());
}

void DeploymentPage::updateElapsed()
{
    if (m_clock.isValid())
        m_elapsed->setText(elapsedText(m_clock.elapsed()));
}

void DeploymentPage::updateButtons()
{
    const bool running = isJobRunning();
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    const jobs::PipelineOutcome outcome = m_job ? m_job->result().outcome : jobs::PipelineOutcome::Unknown;
    const bool canRetry =
        m_job && !running && !isRestartPending() &&
        (outcome == jobs::PipelineOutcome::Failed || outcome == jobs::PipelineOutcome::Cancelled);
    m_retry->setVisible(canRetry);
    m_retry->setEnabled(canRetry);
    // Off while running; QWizard turns it on again when the page reports completeChanged() at the end.
    if (QWizard *w = wizard(); w && w->currentPage() == this && running)
        w->button(QWizard::BackButton)->setEnabled(false);
}

void DeploymentPage::setHeadline(const QString &text)
{
    m_headline->setText(text);
    m_headline->setAccessibleName(text);
}

} // namespace eflow::ui
