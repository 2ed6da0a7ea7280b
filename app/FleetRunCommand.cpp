#include "app/FleetRunCommand.h"

#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QSet>

#include "app/CaFileOption.h"
#include "app/Console.h"
#include "app/EnrollService.h"
#include "app/FleetConsole.h"
#include "app/HostCatalog.h"
#include "app/ProvisioningSecretReader.h"
#include "app/SecretArguments.h"
#include "app/SignalQuit.h"
#include "engine/jobs/FleetPlan.h"
#include "engine/jobs/FleetRun.h"
#include "engine/plan/PlanFile.h"
#include "engine/plan/Validation.h"
#include "engine/support/Redactor.h"
#include "engine/support/SecretRef.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)
};

struct RunOptions
{
    QCommandLineOption plan{QStringLiteral("plan"),
                            Tr::tr("The plan file with the settings every host shares (required)."),
                            Tr::tr("PLAN")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   Tr::tr("How many hosts run at a time, 1 to 64 (default 8)."), Tr::tr("N"),
                                   QStringLiteral("8")};
    QCommandLineOption retryFailed{QStringLiteral("retry-failed"),
                                   Tr::tr("Run the hosts that failed in an earlier run again (they are left "
                                          "alone otherwise).")};
    QCommandLineOption results{
        QStringLiteral("results"),
        Tr::tr("Write each host's outcome to FILE (.csv or .json; may be given twice)."), Tr::tr("FILE")};
    QCommandLineOption speed{QStringLiteral("speed"),
                             Tr::tr("Demo targets: the pace of the simulation (1 = real time, 0 = instant)."),
                             Tr::tr("X"), QStringLiteral("1")};
    QCommandLineOption groupKey{
        QStringLiteral("group-key"),
        Tr::tr("The enrollment group's key from the system keychain (keychain:NAME)."), Tr::tr("REF")};
    QCommandLineOption groupKeyStdin{QStringLiteral("group-key-stdin"),
                                     Tr::tr("Read the enrollment group's key from standard input.")};
    QCommandLineOption serviceRef{QStringLiteral("service-ref"),
                                  Tr::tr("Verify: the DPS service connection string from the keychain "
                                         "(keychain:NAME). Demo hosts use the demo DPS."),
                                  Tr::tr("REF")};
    QCommandLineOption serviceFile{QStringLiteral("service-connection-string-file"),
                                   Tr::tr("Verify: read the DPS service connection string from FILE."),
                                   Tr::tr("FILE")};
    QCommandLineOption ca{QStringLiteral("ca-file"),
                          Tr::tr("Verify: also trust the CA certificates in this PEM file."), Tr::tr("FILE")};
    QCommandLineOption state{QStringLiteral("state"),
                             Tr::tr("Keep the fleet's progress in FILE (default: a file beside the resume "
                                    "journal whose name is a hash of the fleet file's full path, so the same "
                                    "fleet file in the same place continues its run and a moved or renamed "
                                    "one starts over)."),
                             Tr::tr("FILE")};
    QCommandLineOption plain{QStringLiteral("plain"),
                             Tr::tr("Plain lines even on a terminal (no live table).")};
};

QString helpText()
{
    return Tr::tr(
        "Deploys EFLOW on every host of FLEET_FILE and provisions it through the enrollment group: probe, "
        "deploy, provision and verify, N hosts at a time. Each host's key is derived from the group key in "
        "memory and never written anywhere. Every host's work is journalled: after an interruption (Ctrl+C, "
        "a crash, a restart) the same command continues each host where it stopped and does nothing twice.\n"
        "\n"
        "The group key: --group-key keychain:NAME or --group-key-stdin; a row's secret_ref column names "
        "another group's key. Demo targets without a key use the demo DPS's enrollment group.\n"
        "\n"
        "Exit codes: 0 every host is provisioned; 1 some host is not (see the summary and --results); "
        "2 the command line is wrong; 3 a file's content or a key is malformed; 4 a file cannot be read or "
        "written; 6 cancelled (run again to continue).");
}

// The fleet file and the plan, each host's plan checked before anything runs; nullopt after printing why.
std::optional<jobs::FleetRunOptions> readInputs(const QCommandLineParser &parser, const RunOptions &o,
                                                int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(o.plan)) {
        printError(Tr::tr("fleet run: give one FLEET_FILE and --plan PLAN (see fleet run --help)"));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    jobs::FleetRunOptions run;
    run.fleetFile = positional.constFirst();
    QString error;
    const auto fleet = jobs::readFleetFile(run.fleetFile, &error);
    if (!fleet) {
        printError(error);
        *exitCode = QFileInfo::exists(run.fleetFile) ? ExitInvalidInput : ExitIoError;
        return std::nullopt;
    }
    const QString planFile = parser.value(o.plan);
    const auto plan = plan::loadPlan(planFile, &error);
    if (!plan) {
        printError(error);
        *exitCode = QFileInfo::exists(planFile) ? ExitInvalidInput : ExitIoError;
        return std::nullopt;
    }
    if (plan->provisioning.type != plan::ProvisioningType::Unknown &&
        plan->provisioning.type != plan::ProvisioningType::DpsSymmetricKey) {
        printError(
            Tr::tr("fleet run: %1: a fleet provisions through a DPS enrollment group with symmetric keys; "
                   "the plan's provisioning type is \"%2\"")
                .arg(planFile, plan::provisioningTypeKey(plan->provisioning.type)));
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    run.plan = *plan;
    run.hosts = fleet->hosts;
    bool bad = false;
    for (const jobs::FleetHost &host : run.hosts) {
        const bool demo = host.target.kind == jobs::HostTarget::Kind::Demo;
        for (const QString &problem : jobs::fleetPlanProblems(jobs::fleetHostPlan(run.plan, host), demo)) {
            printError(Tr::tr("%1:%2: %3").arg(run.fleetFile).arg(host.line).arg(problem));
            bad = true;
        }
    }
    if (bad) {
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    return run;
}

// One group key (base64 text) checked and registered with the log's redactor; nullopt after printing why.
std::optional<std::shared_ptr<const crypto::SecureBytes>>
checkedKey(std::optional<QByteArray> text, const QString &where, const QString &error)
{
    if (!text) {
        printError(Tr::tr("fleet run: %1: %2").arg(where, error));
        return std::nullopt;
    }
    support::Redactor::registerSecret(QByteArrayView(*text));
    QString check = QString::fromLatin1(text->trimmed());
    const auto problem = plan::checkSymmetricKey(check, plan::Field::GroupKey);
    crypto::wipe(check);
    if (problem) {
        crypto::wipe(*text);
        printError(Tr::tr("fleet run: %1: %2").arg(where, problem->message));
        return std::nullopt;
    }
    auto key = std::make_shared<const crypto::SecureBytes>(QByteArrayView(text->trimmed()));
    crypto::wipe(*text);
    return key;
}

// The keys: --group-key or --group-key-stdin, and every row's secret_ref. False after printing why.
bool readKeys(const QCommandLineParser &parser, const RunOptions &o, jobs::FleetRunOptions &run)
{
    if (parser.isSet(o.groupKey) && parser.isSet(o.groupKeyStdin)) {
        printError(Tr::tr("fleet run: give the group key once: --group-key or --group-key-stdin"));
        return false;
    }
    QString error;
    if (parser.isSet(o.groupKey) || parser.isSet(o.groupKeyStdin)) {
        const bool fromStdin = parser.isSet(o.groupKeyStdin);
        std::optional<QByteArray> text =
            fromStdin ? readSecretFromStdin(Tr::tr("Enrollment group key (input hidden): "), &error)
                      : keychainText(parser.value(o.groupKey), &error);
        if (fromStdin && !text && error.isEmpty())
            error = Tr::tr("no key on standard input");
        const auto key = checkedKey(
            std::move(text), fromStdin ? QStringLiteral("--group-key-stdin") : QStringLiteral("--group-key"),
            error);
        if (!key)
            return false;
        run.groupKey = *key;
    }
    QSet<QString> refs;
    bool needsKey = false;
    for (const jobs::FleetHost &host : run.hosts) {
        if (!host.secretRef.isEmpty())
            refs.insert(host.secretRef);
        else if (host.target.kind != jobs::HostTarget::Kind::Demo)
            needsKey = true;
    }
    if (needsKey && !run.groupKey) {
        printError(
            Tr::tr("fleet run: the fleet has hosts that are not demo hosts: give the enrollment group's "
                   "key with --group-key keychain:NAME or --group-key-stdin"));
        return false;
    }
    for (const QString &ref : std::as_const(refs)) {
        error.clear();
        const auto key = checkedKey(keychainText(ref, &error), ref, error);
        if (!key)
            return false;
        run.keysByRef.insert(ref, *key);
    }
    return true;
}

// The Verify step's service connection, when one is given. nullopt to go on; an exit code after printing.
std::optional<int> readService(const QCommandLineParser &parser, const RunOptions &o,
                               jobs::FleetRunOptions &run)
{
    if (parser.isSet(o.ca)) {
        if (const auto exit = checkCaFileOption(parser.value(o.ca)))
            return exit;
        run.serviceOptions.extraCaFile = parser.value(o.ca);
    }
    if (!parser.isSet(o.serviceRef) && !parser.isSet(o.serviceFile) &&
        qEnvironmentVariableIsEmpty(kConnectionStringVariable))
        return std::nullopt;
    crypto::SecureBytes text;
    if (const auto exit =
            readServiceConnectionString({parser.value(o.serviceFile), parser.value(o.serviceRef)}, &text))
        return exit;
    run.serviceConnection = std::make_shared<const crypto::SecureBytes>(text.view());
    text.wipe();
    return std::nullopt;
}

std::optional<int> readRunSettings(const QCommandLineParser &parser, const RunOptions &o,
                                   jobs::FleetRunOptions &run)
{
    bool ok = false;
    run.concurrency = parser.value(o.concurrency).toInt(&ok);
    if (!ok || run.concurrency < 1 || run.concurrency > 64) {
        printError(Tr::tr("fleet run: --concurrency takes a number from 1 to 64"));
        return ExitUsage;
    }
    run.speed = parser.value(o.speed).toDouble(&ok);
    if (!ok || run.speed < 0 || run.speed > 1000) {
        printError(Tr::tr("fleet run: --speed takes a number from 0 to 1000"));
        return ExitUsage;
    }
    for (const QString &file : parser.values(o.results)) {
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (suffix != QLatin1String("csv") && suffix != QLatin1String("json")) {
            printError(Tr::tr("fleet run: --results %1: the file must end in .csv or .json").arg(file));
            return ExitUsage;
        }
    }
    run.retryFailed = parser.isSet(o.retryFailed);
    run.stateFile = parser.value(o.state);
    return std::nullopt;
}

int exitCodeFor(const jobs::FleetRun &run, bool cancelled)
{
    const QMap<jobs::FleetOutcome, int> counts = run.counts();
    if (counts.value(jobs::FleetOutcome::Provisioned) == run.hostCount())
        return ExitOk;
    return cancelled ? ExitCancelled : ExitFailure;
}

int runFleet(const std::shared_ptr<jobs::HostFactory> &hosts, jobs::FleetRunOptions options,
             const QStringList &resultFiles, bool live)
{
    jobs::FleetRun run(hosts, std::move(options));
    QObject::connect(&run, &jobs::FleetRun::stateWriteFailed, &run, [](const QString &error) {
        printError(Tr::tr("warning: %1 (a rerun may repeat some hosts' work)").arg(error));
    });
    QString error;
    if (!run.start(&error)) {
        printError(error);
        return ExitIoError;
    }
    out() << Tr::tr("Fleet: %1 hosts; progress kept in %2").arg(run.hostCount()).arg(run.stateFile())
          << Qt::endl;
    bool cancelled = false;
    QEventLoop loop;
    QObject::connect(&run, &jobs::FleetRun::finished, &loop, &QEventLoop::quit);
    const SignalQuit quit([&run, &cancelled]() {
        if (!cancelled)
            err() << Qt::endl
                  << Tr::tr("Stopping: the running hosts end their current step cleanly…") << Qt::endl;
        cancelled = true;
        run.cancel();
    });
    {
        FleetConsole console(run, out(), live);
        loop.exec();
        console.stop();
    }
    printFleetSummary(run, out());
    int exit = exitCodeFor(run, cancelled);
    for (const QString &file : resultFiles) {
        if (!jobs::writeFleetResults(file, run.results(), &error)) {
            printError(error);
            exit = exit == ExitOk ? ExitIoError : exit;
            continue;
        }
        out() << Tr::tr("Results: %1").arg(file) << Qt::endl;
    }
    if (cancelled)
        out() << Tr::tr("Cancelled: run the same command again to continue.") << Qt::endl;
    return exit;
}

} // namespace

int runFleetRun(const QStringList &arguments)
{
    QCommandLineParser parser;
    const RunOptions o;
    parser.setApplicationDescription(helpText());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FLEET_FILE"), Tr::tr("The fleet file (CSV or JSON)."));
    parser.addOptions({o.plan, o.concurrency, o.retryFailed, o.results, o.speed, o.groupKey, o.groupKeyStdin,
                       o.serviceRef, o.serviceFile, o.ca, o.state, o.plain});
    if (const auto exit = parseSubcommandLine(parser, arguments, QStringLiteral("fleet run")))
        return *exit;
    int exitCode = ExitOk;
    std::optional<jobs::FleetRunOptions> run = readInputs(parser, o, &exitCode);
    if (!run)
        return exitCode;
    if (const auto exit = readRunSettings(parser, o, *run))
        return *exit;
    if (!readKeys(parser, o, *run))
        return ExitInvalidInput;
    if (const auto exit = readService(parser, o, *run))
        return *exit;
    const bool live = !parser.isSet(o.plain) && isLiveTerminal(STDOUT_FILENO);
    jobs::prepareProcessForFleet(jobs::FleetFront::Console);
    return runFleet(makeHostFactory(), std::move(*run), parser.values(o.results), live);
}

} // namespace eflow::app
