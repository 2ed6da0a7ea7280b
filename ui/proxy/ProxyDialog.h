#pragma once

#include <QDialog>

#include "engine/dps/DpsProxy.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace eflow::support {
class SecretStore;
}

namespace eflow::ui {

// "This computer's proxy": how the wizard's own HTTPS (the DPS check, registrations, enrollments) leaves
// this computer — the system's proxy, none, or an HTTP proxy with an optional user whose password goes
// into the system keychain. OK checks the address, keeps the password (waiting for the keychain; where
// there is none, the password is used for this run only and the dialog says so), saves the rest in the
// settings and makes it the process's choice at once. The same setting as `eflow-wizard proxy`.
class ProxyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyDialog)

public:
    ProxyDialog(eflow::support::SecretStore *store, QWidget *parent = nullptr);

    // One line for a label next to the button that opens the dialog: "System proxy", "http://…".
    static QString summary(const eflow::dps::ProxyChoice &choice);

    void accept() override;

private:
    void showChoice(const eflow::dps::ProxyChoice &choice);
    void updateEnabled();
    // Shows why the choice is not taken, and grows the dialog to hold it.
    void showProblem(const QString &text);
    void finish(const eflow::dps::ProxyChoice &choice, const QString &problem);

    eflow::support::SecretStore *m_store = nullptr;
    QRadioButton *m_system = nullptr;
    QRadioButton *m_direct = nullptr;
    QRadioButton *m_manual = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_systemNote = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_passwordRemembered = false; // the saved choice has a user whose password is in the keychain
};

} // namespace eflow::ui
