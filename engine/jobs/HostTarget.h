#pragma once

#include <optional>

#include <QString>

#include "engine/host/PowerShellProcess.h"

namespace eflow::jobs {

// Which host the wizard (or a `host` command) talks to. A plain value: it names a host, it opens none.
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
    // Demo only: one simulated machine of the scenario, with state of its own ("demo:SCENARIO/NAME", the
    // fleet's way to have many demo hosts); empty = the scenario's own machine.
    QString machine;
    double speed = 1.0; // Demo only: 1 = a real deploy's pace, 0 = instant

    static HostTarget local();
    static HostTarget demo(const QString &scenarioId = {}, double speed = 1.0);
    // "ssh://USER@HOST[:PORT]"; nullopt with a sentence in *error for anything else (no password, no path).
    static std::optional<HostTarget> fromSshUrl(const QString &url, QString *error = nullptr);
    // "ssh://admin@edge-01:2222", "local", "demo:win11-pro" ("demo" for the default scenario),
    // "demo:win11-pro/line-3" (a machine of its own) — for settings ("remembered"), journals and logs.
    QString toString() const;
    // The inverse of toString(); whether a demo scenario exists is the host factory's to say.
    static std::optional<HostTarget> fromString(const QString &text);
    // A demo machine's name: 1 to 63 of A-Z a-z 0-9 . _ -, starting with a letter or digit (it becomes part
    // of a folder name). Nothing when fine, else the sentence.
    static std::optional<QString> checkMachineName(const QString &name);
};

// True where this build can drive EFLOW itself (Windows); elsewhere only Ssh and Demo targets work.
bool localPowerShellAvailable();

} // namespace eflow::jobs
