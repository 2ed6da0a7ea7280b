#include "ui/enrollments/EnrollmentsSession.h"

#include "ui/WizardController.h"
#include "ui/enrollments/DpsServiceConnection.h"
#include "ui/enrollments/EnrollmentsWindow.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

EnrollmentsSession::EnrollmentsSession(WizardController *controller)
    : QObject(controller)
    , m_controller(controller)
{
    setObjectName(u"enrollmentsSession"_s);
}

EnrollmentsSession::~EnrollmentsSession()
{
    // A window of its own (no parent) that works on this controller: it goes first.
    delete m_window;
}

EnrollmentsSession *EnrollmentsSession::of(WizardController *controller)
{
    if (!controller)
        return nullptr;
    if (auto *existing = controller->findChild<EnrollmentsSession *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new EnrollmentsSession(controller);
}

DpsServiceConnection *EnrollmentsSession::connection() const
{
    return DpsServiceConnection::of(m_controller);
}

EnrollmentsWindow *EnrollmentsSession::showWindow()
{
    if (!m_window)
        m_window = new EnrollmentsWindow(m_controller);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

EnrollmentsWindow *EnrollmentsSession::window() const
{
    return m_window;
}

void EnrollmentsSession::handToWizard(WizardEnrollmentChoice choice)
{
    m_choice = std::move(choice);
    emit choiceReady();
}

std::optional<WizardEnrollmentChoice> EnrollmentsSession::takeChoice()
{
    return std::exchange(m_choice, std::nullopt);
}

} // namespace eflow::ui
