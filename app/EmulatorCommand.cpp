#include "app/EmulatorCommand.h"

#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QCommandLineParser>
#include <QHostAddress>
#include <QCoreApplication>
#include <QDir>

#include "app/Console.h"
#include "app/SignalQuit.h"
#include "engine/localdps/DemoEnrollments.h"
#include "engine/localdps/LocalDps.h"
#include "engine/plan/Validation.h"
#include "engine/support/Logging.h"
#include "engine/support/OwnerOnlySaveFile.h"

#include <spdlog/spdlog.h>

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorCommand)
};

bool parseFraction(const QCommandLineParser &parser, const QCommandLineOption &option, double *out)
{
    if (!parser.isSet(option))
        return true;
    const std::optional<double> value = plan::numberInRange(parser.value(option), 0.0, 1.0);
    if (!value) {
        printError(Tr::tr("--%1 takes a fraction from 0 to 1, e.g. 0.1").arg(option.names().constFirst()));
        return false;
    }
    *out = *value;
    return true;
}

bool parseInt(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max, int *out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        printError(Tr::tr("--%1 takes a whole number from %2 to %3")
                       .arg(option.names().constFirst())
                       .arg(min)
                       .arg(max));
        return false;
    }
    *out = value;
    return true;
}

// Starts dps, writes its CA to caFile (if given) and, when seed, makes sure the demo enrollments exist.
// The emulator is a long-running server that builds its whole state file (megabytes at a few thousand
// registrations) for every change it saves. glibc raises its mmap threshold each time such a buffer is
// freed, so later ones come from the heap and their pages stay with the process: in the fault soak
// (docs/soak.md) the emulator's RSS ended 1.22x its size after 200 devices, 1.12x with the threshold fixed
// at 128 KiB, where every large buffer goes back to the system when it is freed.
void keepLargeBuffersOutOfTheHeap()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 128 * 1024); // fixing it also stops the sliding
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
#endif
}

// --allow-peer's addresses into options (refused unless each is an IP address), and a check of --hub's.
int readPeersAndHubs(const QStringList &peers, localdps::LocalDpsOptions *options)
{
    for (const QString &peer : peers) {
        if (QHostAddress(peer).isNull()) {
            printError(Tr::tr("emulator: --allow-peer \"%1\" is not an IP address").arg(peer));
            return ExitUsage;
        }
        options->allowedPeers << QHostAddress(peer).toString();
    }
    for (const QString &hub : std::as_const(options->iotHubs)) {
        if (const auto problem = plan::checkIotHubHostName(hub, QStringLiteral("--hub"))) {
            printError(problem->message);
            return ExitInvalidInput;
        }
    }
    return ExitOk;
}

int startDps(localdps::LocalDps &dps, const localdps::LocalDpsOptions &options, const QString &caFile,
             bool seed, std::optional<localdps::DemoKeys> *demoKeys)
{
    if (!dps.start(options)) {
        printError(Tr::tr("the local DPS did not start: %1").arg(dps.errorString()));
        return ExitFailure;
    }
    if (!caFile.isEmpty()) {
        support::OwnerOnlySaveFile ca(caFile); // beside the state's keys, so as private as they are
        if (!ca.open(QIODevice::WriteOnly) || ca.write(dps.caPem()) != dps.caPem().size() || !ca.commit()) {
            printError(Tr::tr("cannot write the CA to %1: %2").arg(ca.fileName(), ca.errorString()));
            return ExitIoError;
        }
    }
    if (seed) {
        QString problem;
        *demoKeys = localdps::ensureDemoEnrollments(dps, &problem);
        if (!*demoKeys) {
            printError(Tr::tr("the demo enrollments could not be made: %1").arg(problem));
            return ExitFailure;
        }
    }
    return ExitOk;
}

// One "key: value" line each, so that scripts and tests can read them.
void printEndpoint(const localdps::LocalDps &dps, const QString &caFile,
                   const std::optional<localdps::DemoKeys> &demoKeys)
{
    out() << "endpoint: " << dps.endpoint() << '\n'
          << "port: " << dps.port() << '\n'
          << "id-scope: " << dps.idScope() << '\n'
          << "iot-hubs: " << dps.iotHubs().join(QLatin1Char(',')) << '\n'
          << "service-policy: " << dps.servicePolicyName() << '\n'
          << "service-connection-string: " << dps.serviceConnectionString() << '\n';
    if (!caFile.isEmpty())
        out() << "ca-file: " << QDir::current().absoluteFilePath(caFile) << '\n';
    if (!dps.stateFilePath().isEmpty())
        out() << "state: " << dps.stateFilePath() << '\n';
    if (demoKeys && !demoKeys->groupKey.isEmpty()) {
        out() << "demo-group: " << localdps::demoGroupId() << '\n'
              << "demo-group-key: " << demoKeys->groupKey << '\n'
              << "demo-device: " << localdps::demoRegistrationId() << '\n'
              << "demo-device-key: " << demoKeys->deviceKey << '\n';
    }
}

} // namespace

int runEmulator(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Runs the local Device Provisioning Service over HTTPS on 127.0.0.1 until Ctrl+C: the device API\n"
        "and the service API, with a CA made at start. Prints the ID scope, the endpoint and a service\n"
        "connection string. Its state (enrollments, registrations, scope, policy key) lives in --state."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        Tr::tr("TCP port on 127.0.0.1 (0: any free port)."), Tr::tr("PORT"),
                                        QStringLiteral("0"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         Tr::tr("Folder for the emulator's state (kept across restarts)."),
                                         Tr::tr("DIR"));
    const QCommandLineOption caOption(QStringLiteral("ca-out"),
                                      Tr::tr("Write the CA certificate (PEM) here, for clients to trust."),
                                      Tr::tr("FILE"));
    const QCommandLineOption hubOption(
        QStringLiteral("hub"), Tr::tr("A linked IoT hub host name (repeat for several)."), Tr::tr("NAME"));
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"), Tr::tr("Use this ID scope (default: kept or new)."), Tr::tr("SCOPE"));
    const QCommandLineOption allocationOption(QStringLiteral("allocation"),
                                              Tr::tr("static (default) or hashed allocation over the hubs."),
                                              Tr::tr("POLICY"));
    const QCommandLineOption throttleOption(QStringLiteral("throttle"),
                                            Tr::tr("Fraction of requests answered 429 with Retry-After."),
                                            Tr::tr("FRACTION"));
    const QCommandLineOption throttleRetryOption(QStringLiteral("throttle-retry-after"),
                                                 Tr::tr("Retry-After seconds on injected 429s (default 1)."),
                                                 Tr::tr("SECONDS"));
    const QCommandLineOption unavailableOption(
        QStringLiteral("unavailable"), Tr::tr("Fraction of requests answered 503."), Tr::tr("FRACTION"));
    const QCommandLineOption dropOption(QStringLiteral("drop"),
                                        Tr::tr("Fraction of requests whose connection is closed unanswered."),
                                        Tr::tr("FRACTION"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           Tr::tr("Milliseconds added to every answer."), Tr::tr("MS"));
    const QCommandLineOption pollsOption(
        QStringLiteral("assigning-polls"),
        Tr::tr("Operation polls answered 202 \"assigning\" before the result (default 1)."), Tr::tr("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed-demo"),
        Tr::tr(
            "Make sure the demo enrollments exist (group \"demo-group\" and individual \"demo-device\", both "
            "IoT Edge) and print their keys."));
    const QCommandLineOption allowPeerOption(
        QStringLiteral("allow-peer"),
        Tr::tr("Accept connections only from this client address (repeat for several; default: any), as "
               "a firewall would."),
        Tr::tr("ADDRESS"));
    parser.addOptions({portOption, stateOption, caOption, hubOption, scopeOption, allocationOption,
                       throttleOption, throttleRetryOption, unavailableOption, dropOption, latencyOption,
                       pollsOption, seedOption, allowPeerOption});
    if (!parser.parse(arguments)) {
        printError(Tr::tr("emulator: %1 (see emulator --help)").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QCoreApplication::applicationName(),
                                           QCoreApplication::applicationName() + QStringLiteral(" emulator"));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(
            Tr::tr("emulator: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    localdps::LocalDpsOptions options;
    int port = 0;
    if (!parseInt(parser, portOption, 0, 65535, &port))
        return ExitUsage;
    options.port = quint16(port);
    options.stateDirectory = parser.value(stateOption);
    options.iotHubs = parser.values(hubOption);
    if (const int rc = readPeersAndHubs(parser.values(allowPeerOption), &options); rc != ExitOk)
        return rc;
    if (parser.isSet(scopeOption)) {
        options.idScope = parser.value(scopeOption);
        if (const auto problem = plan::checkIdScope(options.idScope)) {
            printError(problem->message);
            return ExitInvalidInput;
        }
    }
    if (parser.isSet(allocationOption)) {
        const QString policy = parser.value(allocationOption);
        if (policy == QLatin1String("static"))
            options.allocation = localdps::LocalDpsAllocation::Static;
        else if (policy == QLatin1String("hashed"))
            options.allocation = localdps::LocalDpsAllocation::Hashed;
        else {
            printError(Tr::tr("--allocation takes static or hashed, not \"%1\"").arg(policy));
            return ExitUsage;
        }
    }
    if (!parseFraction(parser, throttleOption, &options.faults.throttleFraction) ||
        !parseFraction(parser, unavailableOption, &options.faults.unavailableFraction) ||
        !parseFraction(parser, dropOption, &options.faults.dropConnectionFraction) ||
        !parseInt(parser, throttleRetryOption, 1, 300, &options.faults.throttleRetryAfterSeconds) ||
        !parseInt(parser, latencyOption, 0, 60000, &options.faults.addedLatencyMs) ||
        !parseInt(parser, pollsOption, 0, 100, &options.assigningPolls))
        return ExitUsage;

    keepLargeBuffersOutOfTheHeap();
    localdps::LocalDps dps;
    const QString caFile = parser.isSet(caOption) ? parser.value(caOption) : QString();
    std::optional<localdps::DemoKeys> demoKeys;
    if (const int rc = startDps(dps, options, caFile, parser.isSet(seedOption), &demoKeys); rc != ExitOk)
        return rc;
    printEndpoint(dps, caFile, demoKeys);
    out() << "ready" << Qt::endl;
    spdlog::info("local DPS listening on {} (scope {})", dps.endpoint(), dps.idScope());

    SignalQuit stop([] { QCoreApplication::exit(0); });
    QObject::connect(&dps, &localdps::LocalDps::stateSaveFailed, [](const QString &error) {
        printError(Tr::tr("saving the emulator state failed: %1").arg(error));
    });
    const int rc = QCoreApplication::exec();
    dps.stop();
    out() << "stopped" << Qt::endl;
    return rc;
}

} // namespace eflow::app
