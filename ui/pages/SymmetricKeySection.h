#pragma once

#include <functional>
#include <optional>

#include <QWidget>

#include "engine/crypto/SecureBytes.h"
#include "engine/host/HostBackend.h"
#include "engine/plan/DeploymentPlan.h"
#include "engine/plan/Validation.h"
#include "ui/pages/ProvisioningFields.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace eflow::support {
struct SecretError;
}

namespace eflow::ui {

class WizardController;

// The Connect page's fields for "Symmetric key (DPS)": ID scope, registration ID, the key kind, the key,
// the device key derived from a group key (masked, Show/Copy), "Remember this key in the system
// keychain", "Use the remembered key", and the advanced global endpoint.
//
// The key is held as SecureBytes, never read back from a display: the typed key is taken from its field
// when it is used, the derived key is kept in a member from the moment it is derived (the display only
// shows it), and a remembered key goes from the keychain straight into a member. With "Remember" ticked,
// the key that was typed - the individual key, or the group key, so that the next device's key can be
// derived from it - is stored under a name made from the settings (dps-device-<registration ID> or
// dps-group-<ID scope>), and AppSettings records keychain:NAME (the name only). Every keychain call is
// asynchronous; without a keychain, its sentence is shown and the key stays in memory for the run.
class SymmetricKeySection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymmetricKeySection)

public:
    // problems: the page's problem labels, to which the section's fields add theirs.
    SymmetricKeySection(WizardController *controller, ProblemLabels *problems, QWidget *parent = nullptr);
    ~SymmetricKeySection() override;

    QWidget *firstField() const;
    bool isGroupKey() const;
    QString registrationId() const;
    // Writes the section's non-secret settings into s: scope, registration ID, endpoint, key source, and
    // secretRef (keychain:NAME of a remembered key, the session mark for a key in memory, or empty).
    void fillSettings(eflow::plan::ProvisioningSettings &s) const;
    // Fills the fields that are still empty from a plan's settings.
    void showSettings(const eflow::plan::ProvisioningSettings &s);
    // The key's problem as typed (none while a remembered key is used).
    std::optional<eflow::plan::Problem> keyProblem() const;
    // Derives the device key again (group key) or drops it; call after every change.
    void updateDerivedKey();

    // The individual enrollment with this scope, registration ID and key (the demo enrollment).
    void useIndividualKey(const QString &idScope, const QString &registrationId,
                          const crypto::SecureBytes &key);
    // The base64 device key for a check or the provisioning: the individual key, or the derived one.
    eflow::host::ProvisioningSecret takeSecret() const;
    // Runs next() once the typed key is stored, when "Remember" is ticked (at once otherwise); a keychain
    // error is shown and next() runs all the same, with the key in memory only.
    void rememberThen(std::function<void()> next);
    // A keychain read or write is under way.
    bool isKeychainBusy() const { return m_storing || m_reading; }
    // Stops waiting for the keychain (Cancel): a late answer is ignored, and the check or provisioning
    // that waited for it does not start.
    void abandonKeychain();
    // Enables "Use the remembered key" when the settings name a remembered key for this method.
    void refreshRemembered();
    // Drops every key this section holds (leaving the page).
    void wipe();

public slots:
    void useRememberedKey();

signals:
    // A field or the key changed: the page validates again.
    void changed();

private:
    void buildKeyRows(QFormLayout *form);
    void buildAdvanced(QFormLayout *form);
    crypto::SecureBytes typedKey() const;
    QString secretName() const;
    void dropRememberedKey();
    void showKeychainProblem(const eflow::support::SecretError &error);
    void showDerivedKey(QByteArrayView key);

    WizardController *m_controller = nullptr;
    ProblemLabels *m_problems = nullptr;

    QLineEdit *m_scope = nullptr;
    QLineEdit *m_registrationId = nullptr;
    QRadioButton *m_individualKey = nullptr;
    QRadioButton *m_groupKey = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;       // a KeyField
    QToolButton *m_showKey = nullptr; // its Show toggle
    QPushButton *m_useRemembered = nullptr;
    QLabel *m_keyNote = nullptr;
    QWidget *m_derivedRow = nullptr;
    QLineEdit *m_derivedKey = nullptr;
    QToolButton *m_showDerived = nullptr;
    QPushButton *m_copyDerived = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_globalEndpoint = nullptr;

    crypto::SecureBytes m_derived;    // the device key derived from the group key, base64
    crypto::SecureBytes m_remembered; // the key read from the keychain, base64
    QString m_rememberedRef;          // keychain:NAME of m_remembered
    QString m_storedRef;              // keychain:NAME under which the typed key was stored
    bool m_storing = false;
    bool m_reading = false;
    int m_keychainCall = 0; // numbers the keychain calls, so that an abandoned one's answer is ignored
};

} // namespace eflow::ui
