#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

// WAC's License and "Optional diagnostic data" steps on one page: choose the release line, read its
// licence terms, accept them (→ Deploy-Eflow -acceptEula Yes) and choose the optional diagnostic data
// (→ -acceptOptionalTelemetry Yes|No). The page only mirrors the plan; the plan is the single truth.
class LicensePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicensePage)

public:
    explicit LicensePage(eflow::plan::PlanModel *plan, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The resource that holds the licence text of a release line, ":/licenses/eflow-<key>.txt".
    static QString licenseResource(const QString &releaseKey);

private:
    void syncFromPlan();
    void loadLicenseText();
    void onReleaseChosen(int index);

    eflow::plan::PlanModel *m_plan = nullptr;
    QComboBox *m_release = nullptr;
    QTextBrowser *m_licenseText = nullptr;
    QCheckBox *m_accept = nullptr;
    QCheckBox *m_telemetry = nullptr;
    QLabel *m_arguments = nullptr;
    QString m_loadedKey;
};

} // namespace eflow::ui
