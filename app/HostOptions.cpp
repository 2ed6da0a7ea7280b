#include "app/HostOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/Console.h"
#include "app/SecretArguments.h"
#include "engine/plan/Validation.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostCommand)
};

using Action = HostOptions::Action;

Action actionFromName(const QString &name)
{
    if (name == QLatin1String("probe"))
        return Action::Probe;
    if (name == QLatin1String("deploy"))
        return Action::Deploy;
    if (name == QLatin1String("provision"))
        return Action::Provision;
    if (name == QLatin1String("status"))
        return Action::Status;
    if (name == QLatin1String("trust"))
        return Action::Trust;
    return Action::Unknown;
}

// --demo[=SCENARIO]: QCommandLineParser has no optional values, so it is taken out first.
QStringList takeDemoArgument(const QStringList &rawArguments, HostOptions &options)
{
    QStringList arguments;
    for (const QString &a : rawArguments) {
        if (a == QLatin1String("--demo")) {
            options.demo = true;
        } else if (a.startsWith(QLatin1String("--demo="))) {
            options.demo = true;
            options.scenarioId = a.mid(7).section(QLatin1Char('/'), 0, 0);
            options.demoMachineGiven = a.indexOf(QLatin1Char('/')) >= 0;
            if (options.demoMachineGiven)
                options.machine = a.mid(a.indexOf(QLatin1Char('/')) + 1);
        } else {
            arguments << a;
        }
    }
    return arguments;
}

HostOptionsParse done(int exitCode)
{
    HostOptionsParse parse;
    parse.exitCode = exitCode;
    return parse;
}

HostOptionsParse usage(const QString &sentence)
{
    printError(sentence);
    return done(ExitUsage);
}

// The values of a parsed command line, looked up by option name (the parser knows every one of them).
void readValues(const QCommandLineParser &parser, HostOptions &o)
{
    const auto value = [&parser](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    const auto isSet = [&parser](const char *name) {
        return parser.isSet(QString::fromLatin1(name));
    };
    o.target = value("target");
    o.identity = value("identity");
    o.fingerprint = value("fingerprint");
    o.planFile = value("plan");
    o.release = value("release");
    o.acceptEula = isSet("accept-eula");
    o.provisioningType = value("provisioning-type");
    if (isSet("scope"))
        o.scope = value("scope");
    if (isSet("registration-id"))
        o.registrationId = value("registration-id");
    if (isSet("global-endpoint"))
        o.globalEndpoint = value("global-endpoint");
    o.group = isSet("group");
    o.keyFile = value("key-file");
    o.keyStdin = isSet("key-stdin");
    o.secretRef = value("secret-ref");
    o.fresh = isSet("fresh");
    o.json = isSet("json");
    o.quiet = isSet("quiet");
}

} // namespace

HostOptionsParse parseHostOptions(const QStringList &rawArguments, const QStringList &scenarioLines)
{
    HostOptions o;
    const QStringList arguments = takeDemoArgument(rawArguments, o);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Runs the wizard's host jobs without the wizard.\n"
        "  probe      checks the target device against EFLOW's requirements\n"
        "  deploy     enables Hyper-V if needed, creates the switch, installs EFLOW, runs Deploy-Eflow\n"
        "  provision  runs Provision-EflowVm and waits for the IoT Edge runtime\n"
        "  status     shows the module list and the service status, as the overview does\n"
        "  trust      trusts a remote host's key (--target, --fingerprint) after comparing it\n"
        "An interrupted deploy or provision continues where it stopped when the same command runs\n"
        "again (--fresh starts over). Keys come from --key-file or standard input, never the command\n"
        "line. Exit codes: 0 done (status: healthy), 1 failed (status: not healthy), 2 wrong usage,\n"
        "3 invalid plan, key or ID, 4 a file is missing, 5 the target cannot run EFLOW as planned,\n"
        "6 cancelled or timed out (resumable), 7 Windows must restart first (then run again)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("probe, deploy, provision or status"));
    const QCommandLineOption demoHelp(QStringLiteral("demo"),
                                      Tr::tr("Use the simulated host (--demo=SCENARIO; --list-scenarios)."));
    const QCommandLineOption listOption(QStringLiteral("list-scenarios"), Tr::tr("List the demo scenarios."));
    const QCommandLineOption targetOption(
        QStringLiteral("target"), Tr::tr("A remote Windows host through OpenSSH: ssh://USER@HOST[:PORT]."),
        Tr::tr("URL"));
    const QCommandLineOption identityOption(QStringLiteral("identity"),
                                            Tr::tr("The private key ssh logs in with (ssh -i FILE)."),
                                            Tr::tr("FILE"));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("fingerprint"),
        Tr::tr("trust: the host key's fingerprint as the host's administrator read it (SHA256:…)."),
        Tr::tr("SHA256"));
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        Tr::tr("The deployment plan (JSON, no secrets)."), Tr::tr("FILE"));
    const QCommandLineOption releaseOption(QStringLiteral("release"),
                                           Tr::tr("EFLOW release line: 1.1, 1.4 or 1.5."), Tr::tr("LINE"));
    const QCommandLineOption eulaOption(
        QStringLiteral("accept-eula"),
        Tr::tr("Accept the EFLOW licence terms (Deploy-Eflow -acceptEula Yes)."));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        Tr::tr("Demo pace: 1 = like a real deploy, 10 = ten times faster, 0 = instant."), Tr::tr("X"),
        QStringLiteral("1"));
    const QCommandLineOption typeOption(
        QStringLiteral("provisioning-type"),
        Tr::tr("DpsSymmetricKey (default), ManualConnectionString, ManualX509, DpsX509 or DpsTPM."),
        Tr::tr("TYPE"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"), Tr::tr("DPS ID scope."), Tr::tr("SCOPE"));
    const QCommandLineOption idOption(QStringLiteral("registration-id"),
                                      Tr::tr("The device's registration ID."), Tr::tr("ID"));
    const QCommandLineOption endpointOption(QStringLiteral("global-endpoint"), Tr::tr("DPS global endpoint."),
                                            Tr::tr("URL"));
    const QCommandLineOption groupOption(
        QStringLiteral("group"),
        Tr::tr("The key is an enrollment group's key: the device key is derived here."));
    const QCommandLineOption keyFileOption(
        QStringLiteral("key-file"),
        Tr::tr("Read the key (or the device connection string) from the first line of FILE."),
        Tr::tr("FILE"));
    const QCommandLineOption keyStdinOption(QStringLiteral("key-stdin"),
                                            Tr::tr("Read the key from standard input."));
    const QCommandLineOption secretRefOption(
        QStringLiteral("secret-ref"),
        Tr::tr("Use the key remembered in the system keychain under keychain:NAME (see the secret command)."),
        Tr::tr("REF"));
    const QCommandLineOption freshOption(
        QStringLiteral("fresh"), Tr::tr("Do not resume an interrupted job: abandon it and start over."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print the result as JSON (probe, status)."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         Tr::tr("Do not print the host's console lines."));
    parser.addOptions({demoHelp,       listOption,      targetOption,   identityOption, fingerprintOption,
                       planOption,     releaseOption,   eulaOption,     speedOption,    typeOption,
                       scopeOption,    idOption,        endpointOption, groupOption,    keyFileOption,
                       keyStdinOption, secretRefOption, freshOption,    jsonOption,     quietOption});
    if (const auto refusal = refuseSecretArguments(arguments))
        return usage(*refusal);
    if (!parser.parse(arguments))
        return usage(Tr::tr("host: %1 (see host --help)").arg(parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QCoreApplication::applicationName(),
                                           QCoreApplication::applicationName() + QStringLiteral(" host"));
        return done(ExitOk);
    }
    if (parser.isSet(listOption)) {
        for (const QString &line : scenarioLines)
            out() << line << Qt::endl;
        return done(ExitOk);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Tr::tr("host: say what to do: probe, deploy, provision or status (see host --help)"));
    o.action = actionFromName(positional.constFirst());
    if (o.action == Action::Unknown)
        return usage(Tr::tr("host: unknown action \"%1\"; use probe, deploy, provision, status or trust")
                         .arg(positional.constFirst()));
    if (o.action == Action::Trust && (!parser.isSet(targetOption) || !parser.isSet(fingerprintOption)))
        return usage(Tr::tr("host: trust needs --target ssh://USER@HOST[:PORT] and --fingerprint SHA256:…"));
    if (parser.isSet(identityOption) && !parser.isSet(targetOption))
        return usage(Tr::tr("host: --identity goes with --target"));
    if (o.demo && parser.isSet(targetOption))
        return usage(Tr::tr("host: --demo and --target exclude each other"));
    const std::optional<double> speed = plan::numberInRange(parser.value(speedOption), 0, 1000);
    if (!speed)
        return usage(
            Tr::tr("host: --speed takes a number from 0 to 1000, not \"%1\"").arg(parser.value(speedOption)));
    o.speed = *speed;
    // Refused here, before a host is opened and its name printed (issue 14 item 9).
    if (parser.isSet(typeOption) &&
        plan::provisioningTypeFromKey(parser.value(typeOption)) == plan::ProvisioningType::Unknown)
        return usage(Tr::tr("host: unknown provisioning type \"%1\"").arg(parser.value(typeOption)));
    if (int(parser.isSet(keyFileOption)) + int(parser.isSet(keyStdinOption)) +
            int(parser.isSet(secretRefOption)) >
        1)
        return usage(Tr::tr("host: give the key one way only: --key-file, --key-stdin or --secret-ref"));
    readValues(parser, o);
    HostOptionsParse parse;
    parse.options = o;
    return parse;
}

} // namespace eflow::app
