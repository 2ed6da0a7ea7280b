#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

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
class JobStepList;
class WizardController;

// WAC's "2.3 Deployment": runs the controller's deploy job and shows it as it runs — the step list, an
// overall progress bar, the elapsed time and the live console — with Cancel (asks first), Retry (keeps the
// completed steps) and Save logs. The deploy starts by itself when the page is shown (the previous page's
// button said "Deploy"); an interrupted deploy found in the journal is offered for resume on the page
// instead. A commit page: once it completed, the wizard does not go back to the settings.
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

    bool isRunning() const;
    // "Elapsed 1 min 05 s" / "Duration: 1 minutes 5 seconds", for tests and the labels.
    static QString elapsedText(qint64 ms);
    static QString durationText(qint64 ms);

protected:
    // Keeps the wizard's Back button off while the deployment runs (QWizard turns it back on whenever
    // it updates its buttons): going back would cancel the deploy without asking; Cancel asks first.
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    // Asks, then cancels the running deploy (its step's cleanup runs).
    void requestCancel();
    void retry();
    void saveLogs();

private:
    void buildResumeFrame();
    void startDeploy(bool resume);
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
    bool m_succeeded = false;

    QFrame *m_resumeFrame = nullptr;
    QLabel *m_resumeText = nullptr;
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
