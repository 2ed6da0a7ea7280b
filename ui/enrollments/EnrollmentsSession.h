#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>

#include "engine/crypto/SecureBytes.h"

namespace eflow::ui {

class DpsServiceConnection;
class EnrollmentsWindow;
class WizardController;

// What "Use in the wizard" hands to the Connect page: a symmetric-key DPS identity. For an enrollment
// group the key is the device key derived here for registrationId (the group key itself stays in the
// Enrollments window).
struct WizardEnrollmentChoice
{
    QString idScope; // empty: Connect keeps the scope it has
    QString registrationId;
    QString enrollmentGroupId; // set when the key was derived from this group's key
    std::shared_ptr<const crypto::SecureBytes> deviceKey; // base64
};

// The Enrollments window of one wizard and what it hands over: one per controller (of() makes it as the
// controller's child). The pages open the window through it (Getting Started, Connect), and Connect takes
// the identity the user picked with takeChoice() when choiceReady() fires or when it is shown. The window
// is a top-level window of its own, deleted with the session.
class EnrollmentsSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentsSession)

public:
    static EnrollmentsSession *of(WizardController *controller);
    ~EnrollmentsSession() override;

    WizardController *controller() const { return m_controller; }
    // The service connection the window uses (DpsServiceConnection::of(controller)).
    DpsServiceConnection *connection() const;

    // Shows the window (made on first use) and brings it to the front.
    EnrollmentsWindow *showWindow();
    EnrollmentsWindow *window() const;

    // Keeps choice for the Connect page and emits choiceReady().
    void handToWizard(WizardEnrollmentChoice choice);
    bool hasChoice() const { return m_choice.has_value(); }
    std::optional<WizardEnrollmentChoice> takeChoice();

signals:
    void choiceReady();

private:
    explicit EnrollmentsSession(WizardController *controller);

    WizardController *m_controller = nullptr;
    QPointer<EnrollmentsWindow> m_window;
    std::optional<WizardEnrollmentChoice> m_choice;
};

} // namespace eflow::ui
