#pragma once

#include <optional>

#include <QGroupBox>
#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsServiceClientOptions.h"
#include "ui/enrollments/DpsServiceConnection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace eflow::ui {

class KeyField;
class WizardController;

// A connection string the user asked to connect with, before DPS has answered: the window tries it with
// a first query and keeps it only when DPS says yes.
struct ServiceConnectionCandidate
{
    crypto::SecureBytes connectionString;
    dps::DpsServiceClientOptions options;
    DpsServiceConnection::Source source = DpsServiceConnection::Source::Unknown;
    QString keychainName; // read from, or to be stored under
    bool remember = false;
};

// "Connect" of the Enrollments window: a DPS service connection string typed or pasted (masked, Show),
// or read from the system keychain, or the demo's local DPS; an optional CA file for a private endpoint;
// "Remember in the system keychain" (stored only once DPS accepted it). Once connected it shows the DPS
// host name and the shared access policy's name, never the key. The typed text is taken from its field
// when Connect is pressed, and the field is emptied.
class ServiceConnectionPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceConnectionPanel)

public:
    ServiceConnectionPanel(WizardController *controller, DpsServiceConnection *connection,
                           QWidget *parent = nullptr);
    ~ServiceConnectionPanel() override;

    // The candidate of the last connectRequested(), once.
    std::optional<ServiceConnectionCandidate> takeCandidate();
    // Stores the connection's string under the candidate's name (after DPS accepted it).
    void remember(const QString &name);
    // Looks again for remembered connections and the demo DPS.
    void refresh();
    void setBusy(bool busy);
    // The keychain name for a connection to host ("dps-service-<host>").
    static QString keychainNameFor(const QString &host);

    QLineEdit *connectionStringEdit() const;
    QLineEdit *caFileEdit() const { return m_caFile; }
    QCheckBox *rememberCheckBox() const { return m_remember; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *demoButton() const { return m_demo; }
    QComboBox *rememberedCombo() const { return m_remembered; }
    QLabel *statusLabel() const { return m_status; }
    QWidget *firstField() const;
    QWidget *lastField() const;

public slots:
    void connectTyped();
    void useDemo();
    void useRemembered();
    void forgetRemembered();

signals:
    void connectRequested();
    // A sentence about the keychain (stored, or why not).
    void keychainNote(const QString &text, bool problem);

private:
    void buildRows();
    QWidget *buildRememberedRow();
    void pasteFromClipboard();
    dps::DpsServiceClientOptions typedOptions() const;
    void offer(ServiceConnectionCandidate candidate);
    void updateState();

    WizardController *m_controller = nullptr;
    DpsServiceConnection *m_connection = nullptr;
    KeyField *m_connectionString = nullptr;
    QPushButton *m_paste = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QWidget *m_rememberedRow = nullptr;
    QComboBox *m_remembered = nullptr;
    QPushButton *m_useRemembered = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_status = nullptr;
    std::optional<ServiceConnectionCandidate> m_candidate;
    bool m_busy = false;
    int m_keychainCalls = 0; // keychain operations under way
};

} // namespace eflow::ui
