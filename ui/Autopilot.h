#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTextStream;
class QWizardPage;

namespace eflow::ui {

class WizardWindow;

// Walks the real wizard the way a user would, on any Qt platform (offscreen included), and reports
// in plain text what each page showed and what was chosen: the default release is kept, the licence
// terms are accepted and the optional diagnostic data stays off. Navigation goes through the wizard's
// own Next/Finish buttons, so a button that a user could not press stops the autopilot too.
//
// Signal-driven: start() returns at once and the walk advances from the caller's event loop (a timer
// polls for what a page waits for, as a user watching it would), so nothing here nests an event loop
// and the GUI thread is never blocked. finished() reports the exit code once: 0 when the wizard was
// finished with the licence terms accepted and edgeAgent running; otherwise the reason is printed and
// the code is 1 stuck on a page, 2 finished without acceptance or a running device, 3 the wizard
// would not start.
class Autopilot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autopilot)

public:
    Autopilot(WizardWindow &wizard, QTextStream &out, QObject *parent = nullptr);
    ~Autopilot() override;

    // On Connect: tick "Remember this key in the system keychain", or use the key remembered by an
    // earlier run when there is one (what a technician does on the second device).
    void setRememberKey(bool remember) { m_rememberKey = remember; }

    void start();
    bool isFinished() const { return m_finished; }
    // The code finished() carried; -1 while the walk runs.
    int exitCode() const { return m_exitCode; }

signals:
    void finished(int exitCode);

private:
    using Then = std::function<void(bool)>;

    void onPagesBuilt();
    void enterPage(QWizardPage *page);
    void drivePage(QWizardPage *page, const Then &then);
    void moveOn(QWizardPage *page, bool driven);
    void afterNext(QWizardPage *page, int before);
    void checkResult();
    void driveTargetPage(QWizardPage *page, const Then &then);
    void readTargetVerdict(QWizardPage *page);
    void driveDeploymentPage(QWizardPage *page, const Then &then);
    void driveConnectPage(QWizardPage *page, const Then &then);
    void provisionOnConnectPage(QWizardPage *page, const Then &then);
    // Calls then(true) as soon as done() holds (at once if it already does), or then(false) once
    // timeoutMs have passed; done() is polled from the event loop every few milliseconds.
    void waitUntil(std::function<bool()> done, int timeoutMs, Then then);
    void poll();
    void fail(int exitCode, const QString &reason);
    void finish(int exitCode);

    WizardWindow &m_wizard;
    QTextStream &m_out;
    bool m_rememberKey = false;
    QTimer m_poll;
    QElapsedTimer m_waitClock;
    int m_waitTimeoutMs = 0;
    std::function<bool()> m_waitDone;
    Then m_waitThen;
    qsizetype m_pageCount = 0;
    int m_step = 0;
    int m_exitCode = -1;
    bool m_finished = false;
};

} // namespace eflow::ui
