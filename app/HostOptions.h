#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace eflow::app {

// What `eflow-wizard host …` was asked to do, read from its command line.
struct HostOptions
{
    enum class Action
    {
        Unknown = 0,
        Probe,
        Deploy,
        Provision,
        Status,
        Trust, // add a remote host's key to the wizard's known_hosts
    };
    Action action = Action::Unknown;
    bool demo = false;
    QString scenarioId; // --demo=SCENARIO
    QString machine;    // --demo=SCENARIO/NAME: a demo machine with state of its own
    bool demoMachineGiven = false;
    double speed = 1.0;
    QString target;      // --target ssh://…
    QString identity;    // --identity FILE: ssh's -i
    QString fingerprint; // trust: --fingerprint SHA256:…
    QString planFile;
    QString release;
    bool acceptEula = false;
    QString provisioningType;
    std::optional<QString> scope;
    std::optional<QString> registrationId;
    std::optional<QString> globalEndpoint;
    bool group = false;
    QString keyFile;
    bool keyStdin = false;
    QString secretRef; // --secret-ref keychain:NAME
    bool fresh = false;
    bool json = false;
    bool quiet = false;
};

// Parses the host command's arguments. Returns the options, or the exit code to end with (after --help,
// --list-scenarios, or a usage error already printed).
struct HostOptionsParse
{
    std::optional<HostOptions> options;
    int exitCode = 0;
};
HostOptionsParse parseHostOptions(const QStringList &rawArguments, const QStringList &scenarioLines);

} // namespace eflow::app
