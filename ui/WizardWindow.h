#pragma once

#include <memory>

#include <QString>
#include <QWizard>

#include "engine/jobs/HostFactory.h"

namespace eflow::plan {
class PlanModel;
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
    // reach it from the "Device overview" button without going through the wizard again.
    OverviewWindow *showOverview();
    // Whether the Finish page asked for the overview when the wizard was finished.
    bool overviewRequestedOnFinish() const;

    // The pages after Getting Started are built after the first paint, one per turn of the event loop,
    // and the demo host is opened after them. ensurePages() builds the rest at once (Next does it too);
    // code that drives the wizard without showing it calls it before looking at those pages.
    void ensurePages();
    bool pagesBuilt() const;

    int nextId() const override;
    bool validateCurrentPage() override;

protected:
    bool event(QEvent *event) override;

private:
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
    OverviewWindow *m_overview = nullptr;
    bool m_firstPaintSeen = false;
    int m_builtPages = 1; // the pages with ids below this exist
};

} // namespace eflow::ui
