#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

class WizardController;

// "Finish": what the wizard did (target, release line, virtual machine, memory, GPU, provisioning) and the
// one way on to the device overview from this page: the check box, acted on when the wizard closes.
class FinishPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)

public:
    FinishPage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    // Emits openOverviewRequested() when the check box asks for it (QWizard calls this on Finish).
    bool validatePage() override;

    bool openOverviewOnFinish() const;
    // The summary as shown, for tests.
    QString summaryText() const;

signals:
    void openOverviewRequested();

private:
    void refresh();
    void showPlannedVm();

    eflow::plan::PlanModel *m_plan = nullptr;
    WizardController *m_controller = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_release = nullptr;
    QLabel *m_vmName = nullptr;
    QLabel *m_memory = nullptr;
    QLabel *m_gpu = nullptr;
    QLabel *m_vmIp = nullptr;
    QLabel *m_deviceId = nullptr;
    QLabel *m_hub = nullptr;
    QLabel *m_dpsRecord = nullptr; // the Verify step: what DPS's registration record says
    QCheckBox *m_openOnFinish = nullptr;
};

} // namespace eflow::ui
