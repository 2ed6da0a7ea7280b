#pragma once

#include <QString>
#include <QWizard>

namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

class StepPanel;

struct WizardOptions
{
    bool demo = false;
    // The simulated host's one-line title ("Windows 11 Pro laptop"), shown in the demo banner.
    QString demoHostTitle;
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
    };
    Q_ENUM(PageId)

    // Spelled eflow::ui::WizardOptions because inside a QWizard the bare name is QWizard's own flags type.
    explicit WizardWindow(eflow::plan::PlanModel *plan, const eflow::ui::WizardOptions &options,
                          QWidget *parent = nullptr);
    ~WizardWindow() override;

    eflow::plan::PlanModel *plan() const { return m_plan; }
    bool isDemo() const { return m_options.demo; }
    StepPanel *stepPanel() const { return m_stepPanel; }

private:
    void showStepFor(int pageId);

    eflow::plan::PlanModel *m_plan = nullptr;
    eflow::ui::WizardOptions m_options;
    StepPanel *m_stepPanel = nullptr;
};

} // namespace eflow::ui
