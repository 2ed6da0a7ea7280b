#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include "engine/jobs/HostJobs.h"
#include "engine/jobs/PipelineResult.h"

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace eflow::jobs {
class JobProgress;
}
namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

class ConsoleView;
class ExistingVmNotice;
class JobStepList;
class RestartPanel;
class WizardController;

// WAC's "2.3 Deployment": runs the controller's deploy job and shows it as it runs — the step list, an
// overall progress bar weighted by the steps' expected durations, the elapsed time and the live console —
// with "Stop deployment" (asks first), Retry (keeps the completed steps) and Save logs. The deploy starts by
// itself when the page is shown (the previous page's button said "Deploy"), except when the journal holds
// an interrupted deploy (offered for resume instead) or when an EFLOW VM with other settings exists on the
// target (keep it, or remove it and deploy again). When Windows must restart (Hyper-V), "Restart now"
// restarts the target, waits for it and continues the deploy. A commit page: once it completed, the wizard
// does not go back to the settings.
class DeploymentPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentPage)

public:
    DeploymentPage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent = nullptr);
    ~DeploymentPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The deploy job runs.
    bool isRunning() const;
    // ---- for the wizard window (Cancel, Esc and close while a job runs) ----
    // The deploy, or the restart it waits for, runs.
    bool isJobRunning() const;
    // Asks "The deployment is still running. Stop it? You can continue it later." and stops the running
    // job cleanly (its step's cleanup runs; the journal keeps the completed steps) when the user agrees.
    // True when it stopped it (or nothing ran); false when the user chose to let it run.
    bool stopAfterConfirmation();
    // Windows must restart before the deploy can go on (Next stays off meanwhile).
    bool isRestartPending() const;
    // "Elapsed 1 min 05 s" / "Duration: 1 minute 5 seconds", for tests and the labels.
    static QString elapsedText(qint64 ms);
    static QString durationText(qint64 ms);

protected:
    // Keeps the wizard's Back button off while the deployment runs (QWizard turns it back on whenever
    // it updates its buttons): going back would cancel the deploy without asking; Cancel asks first.
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    // The "Stop deployment" button: stopAfterConfirmation().
    void requestCancel();
    void retry();
    void saveLogs();

private:
    void buildResumeFrame();
    void startDeploy(bool resume, eflow::jobs::DeployOptions options = {});
    bool offerExistingVmChoice();
    void showSucceeded(qint64 ms);
    void offerRestart(const eflow::jobs::PipelineResult &result);
    void restartNow();
    void onRestartFinished(const eflow::jobs::PipelineResult &result);
    void continuePending();
    void startOver();
    void bind(eflow::jobs::JobProgress *job);
    void onStarted();
    void onFinished(const eflow::jobs::PipelineResult &result);
    void updateProgress();
    void updateElapsed();
    void updateButtons();
    void setHeadline(const QString &text);

    eflow::plan::PlanModel *m_plan = nullptr;
    WizardController *m_controller = nullptr;
    QPointer<eflow::jobs::JobProgress> m_job;
    QPointer<eflow::jobs::JobProgress> m_restartJob;
    bool m_succeeded = false;
    // The existing VM's differences from the plan, when the user chose to keep it anyway.
    QStringList m_keptDifferences;

    QFrame *m_resumeFrame = nullptr;
    QLabel *m_resumeText = nullptr;
    ExistingVmNotice *m_existingVm = nullptr;
    RestartPanel *m_restartPanel = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_startOver = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_duration = nullptr;
    JobStepList *m_steps = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_message = nullptr;
    ConsoleView *m_console = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_saveLogs = nullptr;

    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace eflow::ui
