#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;
class QUrl;

namespace eflow::host {
struct HostOperationResult;
}
namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

class WizardController;

// WAC's License and "Optional diagnostic data" steps on one page: choose the release line, read its
// licence terms, accept them (→ Deploy-Eflow -acceptEula Yes) and choose the optional diagnostic data
// (→ -acceptOptionalTelemetry Yes|No). The page only mirrors the plan; the plan is the single truth.
//
// The terms themselves come from the target (HostBackend::licenseTerms: its installed EFLOW's LICENSE
// folder, or the release's MSI). The page comes before the Target page, so the target is often not
// known here yet: the link to Microsoft's published releases is always shown, and the terms appear in
// the page as soon as a target is open (fetched again when the target or the release line changes, so
// that they are there when the user comes back).
class LicensePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicensePage)

public:
    explicit LicensePage(eflow::plan::PlanModel *plan, QWidget *parent = nullptr);
    LicensePage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The resource that holds the licence text of a release line, ":/licenses/eflow-<key>.txt".
    static QString licenseResource(const QString &releaseKey);
    // Where Microsoft publishes the EFLOW releases whose installers carry the terms (only linked).
    static QUrl publishedTermsUrl();
    // The controller whose open host the terms are read from (the wizard's, when none was given).
    void setController(WizardController *controller);

private:
    void syncFromPlan();
    void onReleaseChosen(int index);
    void fetchTerms();
    void showTerms(const eflow::host::HostOperationResult &result);
    void showNoTerms();

    eflow::plan::PlanModel *m_plan = nullptr;
    QComboBox *m_release = nullptr;
    WizardController *m_controller = nullptr;
    QLabel *m_termsLabel = nullptr;
    QLabel *m_termsSource = nullptr;
    QLabel *m_link = nullptr;
    QTextBrowser *m_licenseText = nullptr;
    QCheckBox *m_accept = nullptr;
    QCheckBox *m_telemetry = nullptr;
    QLabel *m_arguments = nullptr;
};

} // namespace eflow::ui
