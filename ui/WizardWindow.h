#pragma once

#include <memory>

#include <QPointer>
#include <QSize>
#include <QString>
#include <QWizard>

#include "engine/jobs/HostFactory.h"

namespace eflow::plan {
class PlanModel;
}

namespace eflow::jobs {
class JobProgress;
}

namespace eflow::ui {

class OverviewWindow;
class WizardStepsPanel;
class WizardController;

struct WizardOptions
{
    static WizardOptions forDemo(bool demo, const QString &hostTitle = {})
    {
        WizardOptions options;
        options.demo = demo;
        options.demoHostTitle = hostTitle;
        return options;
    }

    bool demo = false;
    // The simulated host's one-line title ("Windows 11 Pro laptop"), shown in the demo banner.
    QString demoHostTitle;
    // Demo: the scenario the Target page starts with (empty: the default one), and the demo's pace
    // (1 = a real deploy's pace, 0 = instant).
    QString demoScenario;
    double demoSpeed = 1.0;
    // Where hosts come from (the application registers this computer, OpenSSH and the demo hosts).
    std::shared_ptr<const eflow::jobs::HostFactory> hosts;
};

// The EFLOW Wizard main window: the Windows Admin Center flow as a QWizard. Pages are views on the
// PlanModel, which the caller owns and which must outlive the window; when the wizard is accepted the
// plan holds every choice the user made.
class WizardWindow final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardWindow)

public:
    // Ids are fixed so that the command line, tests and saved progress can name a page.
    enum PageId
    {
        GettingStartedPageId = 0,
        LicensePageId = 1,
        TargetPageId = 2,
        SettingsPageId = 3,
        DeploymentPageId = 4,
        ConnectPageId = 5,
        FinishPageId = 6,
    };
    Q_ENUM(PageId)

    // Spelled eflow::ui::WizardOptions because inside a QWizard the bare name is QWizard's own flags type.
    explicit WizardWindow(eflow::plan::PlanModel *plan, const eflow::ui::WizardOptions &options,
                          QWidget *parent = nullptr);
    ~WizardWindow() override;

    eflow::plan::PlanModel *plan() const { return m_plan; }
    WizardController *controller() const { return m_controller; }
    bool isDemo() const { return m_options.demo; }
    WizardStepsPanel *stepsPanel() const { return m_stepsPanel; }
    const eflow::ui::WizardOptions &options() const { return m_options; }

    // The device overview for the current target (opened on demand, one per window). Support staff
    // reach it from the "Device overview" button without going through the wizard again. It is a window
    // of its own, without a parent: closing the wizard leaves it open, and closing the last of the two
    // ends the program (issue 13 item 13).
    OverviewWindow *showOverview();
    OverviewWindow *overview() const;
    // Whether the Finish page asked for the overview when the wizard was finished.
    bool overviewRequestedOnFinish() const;

    // The pages after Getting Started are built after the first paint, one per turn of the event loop,
    // and the demo host is opened after them. ensurePages() builds the rest at once (Next does it too);
    // code that drives the wizard without showing it calls it before looking at those pages.
    void ensurePages();
    bool pagesBuilt() const;

    int nextId() const override;
    bool validateCurrentPage() override;

    // The deployment or provisioning that is running, if one is: Cancel, Esc and the window's close
    // button ask before they stop it (issue 13 item 2).
    eflow::jobs::JobProgress *runningJob() const;
    // Cancel, Esc and the close button: with a job running, asks whether to stop it; on yes the job is
    // cancelled and the window closes once it has stopped cleanly (the journal keeps it for later).
    void reject() override;
    // Finish: with "open the device overview" ticked, the overview is shown before the wizard closes, so
    // the program goes on with it and ends when it is closed.
    void accept() override;
    // Whether a stop asked for by reject() is still under way.
    bool isStopping() const { return m_stopping; }
    // How long the window waits for a stopped job's cleanup before it closes regardless.
    static constexpr int kStopBoundMs = 120 * 1000;

    // The size the window opens at where the screen has room; it opens smaller on a small screen and can
    // be made as small as 960×500 logical pixels (1920×1080 at 200 % less a taskbar).
    static constexpr QSize kPreferredSize{980, 700};

protected:
    bool event(QEvent *event) override;

private:
    // Wraps the page in a vertical-only scroll area and adds it under id.
    void addPage(int id, QWizardPage *page);
    // The window's first size: kPreferredSize, or less on a screen without room for it.
    void fitToScreen();
    void stopRunningJobAndClose(eflow::jobs::JobProgress *job);
    // Builds the first page not built yet; false when all are there.
    bool buildNextPage();
    void buildPagesInTurns();
    void showStepFor(int pageId);
    // Asks which host the overview should read (this computer or an ssh target) and opens it.
    bool openOverviewTarget();

    eflow::plan::PlanModel *m_plan = nullptr;
    eflow::ui::WizardOptions m_options;
    WizardController *m_controller = nullptr;
    WizardStepsPanel *m_stepsPanel = nullptr;
    QPointer<OverviewWindow> m_overview;
    bool m_stopping = false;
    bool m_firstPaintSeen = false;
    int m_builtPages = 1; // the pages with ids below this exist
};

} // namespace eflow::ui
