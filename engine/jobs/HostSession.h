#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QString>

#include "engine/host/HostBackend.h"
#include "engine/host/PowerShellProcess.h"

namespace eflow::sim {
class DemoEnvironment;
}

namespace eflow::jobs {

// Which host the wizard (or a `host` command) talks to.
struct HostTarget
{
    enum class Kind
    {
        Unknown = 0,
        Local, // this computer's Windows PowerShell 5.1
        Ssh,   // a remote Windows host through OpenSSH
        Demo,  // the simulated host of a demo scenario
    };
    Kind kind = Kind::Unknown;
    host::PowerShellTarget ssh; // Ssh only
    QString scenarioId;         // Demo only; empty = the default scenario
    double speed = 1.0;         // Demo only: 1 = a real deploy's pace, 0 = instant

    static HostTarget local();
    static HostTarget demo(const QString &scenarioId = {}, double speed = 1.0);
    // "ssh://USER@HOST[:PORT]"; nullopt with a sentence in *error for anything else (no password, no path).
    static std::optional<HostTarget> fromSshUrl(const QString &url, QString *error = nullptr);
    // "ssh://admin@edge-01:2222", "local", "demo:win11-pro" — for settings ("remembered") and logs.
    QString toString() const;
    static std::optional<HostTarget> fromString(const QString &text);
};

// True where this build can drive EFLOW itself (Windows); elsewhere only Ssh and Demo targets work.
bool localPowerShellAvailable();

// One open host: the backend for a target and, for a demo target, the in-process local DPS its VM
// registers with. The wizard and the `host` commands both open hosts through this, so they never differ.
class HostSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostSession)

public:
    explicit HostSession(QObject *parent = nullptr);
    ~HostSession() override;

    // Closes what was open and opens the target. Demo files (the local DPS's state, the simulated
    // machines) live under demoDirectory(). False with *error set when it cannot be opened.
    bool open(const HostTarget &target, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_backend != nullptr; }

    const HostTarget &target() const { return m_target; }
    host::HostBackend *backend() const { return m_backend.get(); }
    // Non-null for a demo target.
    sim::DemoEnvironment *demo() const { return m_demo.get(); }
    // "This computer", "ssh://admin@edge-01", "Demo: Windows 11 Pro laptop".
    QString describe() const;

    // AppDataLocation + "/demo".
    static QString demoDirectory();

private:
    HostTarget m_target;
    std::unique_ptr<sim::DemoEnvironment> m_demo;
    std::unique_ptr<host::HostBackend> m_backend;
};

} // namespace eflow::jobs
