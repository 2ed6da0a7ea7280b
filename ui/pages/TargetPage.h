#pragma once

#include <optional>

#include <QJsonObject>
#include <QPointer>
#include <QWizardPage>

#include "engine/jobs/HostTarget.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

class WizardController;

// WAC's "2.1 Select a target device": this computer, a remote Windows host over ssh, or a demo host.
// "Check the device" opens the target through the controller and runs the probe in the background;
// the page shows each requirement check with its mark, status word, evidence and fix, and lets the
// wizard go on only when the host is supported (warnings must be acknowledged, failures cannot be
// skipped).
class TargetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetPage)

public:
    TargetPage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // QWizard::next() does not ask isComplete(): an unsupported host cannot be skipped even so.
    bool validatePage() override;

    // The target the current choice stands for; nullopt with a sentence when it is not valid (ssh URL).
    std::optional<eflow::jobs::HostTarget> chosenTarget(QString *error = nullptr) const;

public slots:
    // Opens the chosen target and starts the probe (the "Check the device" button).
    void checkDevice();

private:
    QGridLayout *buildChoices(bool localAvailable);
    QHBoxLayout *buildCheckRow();
    void buildResults();
    void onChoiceChanged();
    void onSshTextChanged();
    void onScenarioChanged();
    void preferCheck();
    void onProbeStarted();
    void onProbeFinished();
    // An unknown ssh host key: the technician compares its fingerprint and may trust it, then it is checked
    // again.
    void askToTrustHostKey(const QJsonObject &details);
    void onHostKeyTrusted(bool trusted, const QString &error);
    void showResults();
    void updateVerdict();
    void updateBusy();
    void selectFromSession();

    eflow::plan::PlanModel *m_plan = nullptr;
    WizardController *m_controller = nullptr;

    QButtonGroup *m_choices = nullptr;
    QRadioButton *m_local = nullptr;
    QLabel *m_localNote = nullptr;
    QRadioButton *m_remote = nullptr;
    QComboBox *m_sshCombo = nullptr;
    QLabel *m_sshMessage = nullptr;
    QRadioButton *m_demo = nullptr;
    QComboBox *m_scenarioCombo = nullptr;
    QLabel *m_scenarioDescription = nullptr;

    QPushButton *m_check = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_cancel = nullptr;

    QLabel *m_verdict = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_checkDetails = nullptr;
    QCheckBox *m_acknowledge = nullptr;

    // What the shown results were probed for (HostTarget::toString()); empty: nothing probed yet.
    QString m_probedTarget;
    bool m_wizardConnected = false;
    QPointer<QWidget> m_trustDialog;
};

} // namespace eflow::ui
