#include "app/HostCommand.h"

#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <unistd.h>

#include "app/Console.h"
#include "app/HostReport.h"
#include "app/SecretArguments.h"
#include "app/SignalQuit.h"
#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/HostSession.h"
#include "engine/jobs/Journal.h"
#include "engine/jobs/Pipeline.h"
#include "engine/plan/PlanFile.h"
#include "engine/plan/Validation.h"
#include "engine/sim/DemoEnvironment.h"
#include "engine/sim/SimScenario.h"
#include "engine/sim/SimulatedHost.h"
#include "engine/support/Redactor.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostCommand)
};

enum class Action
{
    Unknown = 0,
    Probe,
    Deploy,
    Provision,
    Status,
};

class ProgressPrinter final
{
public:
    // Progress goes to stream: stdout normally, stderr when stdout carries JSON for a script.
    ProgressPrinter(jobs::Pipeline &pipeline, bool quietLines, QTextStream &stream)
        : m_pipeline(pipeline)
        , m_stream(stream)
        , m_quietLines(quietLines)
        , m_tty(isatty(&stream == &out() ? STDOUT_FILENO : STDERR_FILENO) != 0)
    {
        QObject::connect(&pipeline, &jobs::Pipeline::stepStateChanged, &pipeline,
                         [this](int index, jobs::StepState state) { onState(index, state); });
        QObject::connect(&pipeline, &jobs::Pipeline::logLine, &pipeline,
                         [this](int, const QString &line) { onLine(line); });
        QObject::connect(&pipeline, &jobs::Pipeline::stepProgress, &pipeline,
                         [this](int index, int percent) { onProgress(index, percent); });
    }

private:
    QString prefix(int index) const
    {
        return QStringLiteral("[%1/%2]").arg(index + 1).arg(m_pipeline.stepCount());
    }

    void endProgressLine()
    {
        if (m_progressShown) {
            m_stream << Qt::endl;
            m_progressShown = false;
        }
    }

    void onState(int index, jobs::StepState state)
    {
        endProgressLine();
        const QString title = m_pipeline.step(index).title;
        switch (state) {
        case jobs::StepState::Running:
            m_clock.start();
            m_lastPercent = -1;
            m_stream << Tr::tr("%1 %2 …").arg(prefix(index), title) << Qt::endl;
            break;
        case jobs::StepState::Done:
            m_stream << Tr::tr("%1 %2: done (%3 s)")
                            .arg(prefix(index), title)
                            .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)
                     << Qt::endl;
            break;
        case jobs::StepState::Skipped:
            m_stream << Tr::tr("%1 %2: not needed, skipped").arg(prefix(index), title) << Qt::endl;
            break;
        case jobs::StepState::Failed:
            m_stream << Tr::tr("%1 %2: FAILED").arg(prefix(index), title) << Qt::endl;
            break;
        case jobs::StepState::Cancelled:
            m_stream << Tr::tr("%1 %2: cancelled").arg(prefix(index), title) << Qt::endl;
            break;
        default:
            break;
        }
    }

    void onLine(const QString &line)
    {
        if (m_quietLines)
            return;
        endProgressLine();
        m_stream << QStringLiteral("      ") << line << Qt::endl;
    }

    void onProgress(int index, int percent)
    {
        if (percent < 0 || percent == m_lastPercent)
            return;
        m_lastPercent = percent;
        if (m_tty) {
            m_stream << QStringLiteral("\r      %1 %2%").arg(prefix(index)).arg(percent) << Qt::flush;
            m_progressShown = true;
        } else if (percent % 25 == 0 || percent == 100) {
            m_stream << QStringLiteral("      %1 %2%").arg(prefix(index)).arg(percent) << Qt::endl;
        }
    }

    jobs::Pipeline &m_pipeline;
    QTextStream &m_stream;
    bool m_quietLines = false;
    bool m_tty = false;
    bool m_progressShown = false;
    int m_lastPercent = -1;
    QElapsedTimer m_clock;
};

// Runs the pipeline to its end on the event loop; Ctrl+C cancels it cleanly (the journal keeps it).
jobs::PipelineResult runPipeline(jobs::Pipeline &pipeline)
{
    jobs::PipelineResult result;
    bool done = false;
    QObject::connect(&pipeline, &jobs::Pipeline::finished, &pipeline,
                     [&result, &done](const jobs::PipelineResult &r) {
                         result = r;
                         done = true;
                         QCoreApplication::exit(0);
                     });
    SignalQuit interrupt([&pipeline]() {
        // Spelled out: inside a lambda lupdate would file a bare Tr::tr() under the context "Tr".
        err() << QCoreApplication::translate("HostCommand", "Interrupted: stopping the current step …")
              << Qt::endl;
        pipeline.cancel();
    });
    pipeline.start();
    if (!done)
        QCoreApplication::exec();
    return result;
}

int exitCodeFor(const jobs::PipelineResult &result, const jobs::HostJobState &state)
{
    switch (result.outcome) {
    case jobs::PipelineOutcome::Succeeded:
        return ExitOk;
    case jobs::PipelineOutcome::Cancelled:
        return ExitCancelled;
    default:
        break;
    }
    if (state.restartRequired)
        return ExitRestartRequired;
    if (state.targetRefused)
        return ExitUnsupported;
    if (state.lastFailure.outcome == host::HostOperationResult::Outcome::TimedOut)
        return ExitCancelled;
    return ExitFailure;
}

void printFailure(const jobs::PipelineResult &result, const jobs::HostJobState &state)
{
    if (result.outcome == jobs::PipelineOutcome::Cancelled) {
        printError(Tr::tr("cancelled during \"%1\"; run the same command again to continue from there")
                       .arg(result.stepId));
        return;
    }
    printError(result.message);
    if (!state.runtimeLog.isEmpty()) {
        err() << Tr::tr("The IoT Edge runtime's log ends with:") << Qt::endl;
        for (const QString &line : state.runtimeLog)
            if (!line.trimmed().isEmpty())
                err() << QStringLiteral("    ") << line << Qt::endl;
        // The log usually knows better than the cmdlet why the runtime did not start (a DPS 401, …).
        const host::EflowErrorExplanation why =
            host::explainEflowError(state.runtimeLog.join(QLatin1Char('\n')));
        if (why.isKnown() && why.id != state.lastFailure.explanation.id)
            err() << Tr::tr("What the log says:") << Qt::endl
                  << Tr::tr("Cause: %1").arg(why.cause) << Qt::endl
                  << Tr::tr("Fix: %1").arg(why.fix) << Qt::endl;
    }
}

// Reads the provisioning secret: --key-file, else standard input; in demo mode, else the demo
// enrollment's own key. Returns the text Provision-EflowVm takes (a group key is turned into the
// device key here).
struct SecretSource
{
    QString keyFile;
    bool fromStdin = false;
    bool group = false;
    sim::DemoEnvironment *demo = nullptr;
};

std::optional<host::ProvisioningSecret>
readProvisioningSecret(const SecretSource &source, const plan::ProvisioningSettings &settings, QString *error)
{
    if (settings.type != plan::ProvisioningType::DpsSymmetricKey &&
        settings.type != plan::ProvisioningType::ManualConnectionString)
        return host::ProvisioningSecret{};

    std::optional<QByteArray> text;
    if (!source.keyFile.isEmpty()) {
        text = readSecretFromFile(source.keyFile, error);
        if (!text)
            return std::nullopt;
    } else if (source.fromStdin) {
        text = readSecretFromStdin(settings.type == plan::ProvisioningType::ManualConnectionString
                                       ? Tr::tr("Device connection string (input hidden): ")
                                       : (source.group ? Tr::tr("Group key (input hidden): ")
                                                       : Tr::tr("Device key (input hidden): ")));
        if (!text) {
            *error = Tr::tr("no key on standard input (pipe it in, or use --key-file FILE)");
            return std::nullopt;
        }
    } else if (source.demo && settings.type == plan::ProvisioningType::DpsSymmetricKey) {
        crypto::SecureBytes key = source.group ? source.demo->derivedDeviceKey(settings.registrationId)
                                               : source.demo->individualKey();
        if (key.isEmpty()) {
            *error = Tr::tr("the demo has no key for registration ID \"%1\"").arg(settings.registrationId);
            return std::nullopt;
        }
        return host::ProvisioningSecret{std::move(key)};
    } else {
        *error = Tr::tr("no key given: use --key-file FILE or --key-stdin");
        return std::nullopt;
    }
    support::Redactor::registerSecret(QByteArrayView(*text));

    if (settings.type == plan::ProvisioningType::ManualConnectionString) {
        QString check = QString::fromUtf8(*text);
        const auto problem = plan::checkDeviceConnectionString(check);
        crypto::wipe(check);
        if (problem) {
            crypto::wipe(*text);
            *error = problem->message;
            return std::nullopt;
        }
        host::ProvisioningSecret secret{crypto::SecureBytes(QByteArrayView(*text))};
        crypto::wipe(*text);
        return secret;
    }

    QString check = QString::fromLatin1(*text);
    const auto problem =
        plan::checkSymmetricKey(check, source.group ? plan::Field::GroupKey : plan::Field::SymmetricKey);
    crypto::wipe(check);
    if (problem) {
        crypto::wipe(*text);
        *error = problem->message;
        return std::nullopt;
    }
    if (!source.group) {
        host::ProvisioningSecret secret{crypto::SecureBytes(QByteArrayView(*text))};
        crypto::wipe(*text);
        return secret;
    }
    QByteArray derived = crypto::deriveDeviceKey(QByteArrayView(*text), settings.registrationId.toUtf8());
    crypto::wipe(*text);
    if (derived.isEmpty()) {
        *error = Tr::tr("OpenSSL could not derive the device key");
        return std::nullopt;
    }
    support::Redactor::registerSecret(QByteArrayView(derived));
    host::ProvisioningSecret secret{crypto::SecureBytes(QByteArrayView(derived))};
    crypto::wipe(derived);
    return secret;
}

} // namespace

int runHost(const QStringList &rawArguments)
{
    // --demo[=SCENARIO]: QCommandLineParser has no optional values.
    QStringList arguments;
    bool demo = false;
    QString scenarioId;
    for (const QString &a : rawArguments) {
        if (a == QLatin1String("--demo")) {
            demo = true;
        } else if (a.startsWith(QLatin1String("--demo="))) {
            demo = true;
            scenarioId = a.mid(7);
        } else {
            arguments << a;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Runs the wizard's host jobs without the wizard.\n"
        "  probe      checks the target device against EFLOW's requirements\n"
        "  deploy     enables Hyper-V if needed, creates the switch, installs EFLOW, runs Deploy-Eflow\n"
        "  provision  runs Provision-EflowVm and waits for the IoT Edge runtime\n"
        "  status     shows the module list and the service status, as the overview does\n"
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
    const QCommandLineOption freshOption(
        QStringLiteral("fresh"), Tr::tr("Do not resume an interrupted job: abandon it and start over."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print the result as JSON (probe, status)."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         Tr::tr("Do not print the host's console lines."));
    parser.addOptions({demoHelp, listOption, targetOption, planOption, releaseOption, eulaOption, speedOption,
                       typeOption, scopeOption, idOption, endpointOption, groupOption, keyFileOption,
                       keyStdinOption, freshOption, jsonOption, quietOption});
    if (const auto refusal = refuseSecretArguments(arguments)) {
        printError(*refusal);
        return ExitUsage;
    }
    if (!parser.parse(arguments)) {
        printError(Tr::tr("host: %1 (see host --help)").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QCoreApplication::applicationName(),
                                           QCoreApplication::applicationName() + QStringLiteral(" host"));
        return ExitOk;
    }
    if (parser.isSet(listOption)) {
        for (const sim::SimScenario &s : sim::simScenarios())
            out() << s.id.leftJustified(18) << ' ' << s.title << Qt::endl;
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(Tr::tr("host: say what to do: probe, deploy, provision or status (see host --help)"));
        return ExitUsage;
    }
    const QString actionName = positional.constFirst();
    Action action = Action::Unknown;
    if (actionName == QLatin1String("probe"))
        action = Action::Probe;
    else if (actionName == QLatin1String("deploy"))
        action = Action::Deploy;
    else if (actionName == QLatin1String("provision"))
        action = Action::Provision;
    else if (actionName == QLatin1String("status"))
        action = Action::Status;
    else {
        printError(
            Tr::tr("host: unknown action \"%1\"; use probe, deploy, provision or status").arg(actionName));
        return ExitUsage;
    }

    if (demo && parser.isSet(targetOption)) {
        printError(Tr::tr("host: --demo and --target exclude each other"));
        return ExitUsage;
    }
    bool speedOk = false;
    const double speed = parser.value(speedOption).toDouble(&speedOk);
    if (!speedOk || speed < 0 || speed > 1000) {
        printError(
            Tr::tr("host: --speed takes a number from 0 to 1000, not \"%1\"").arg(parser.value(speedOption)));
        return ExitUsage;
    }
    if (parser.isSet(keyFileOption) && parser.isSet(keyStdinOption)) {
        printError(Tr::tr("host: give the key either with --key-file or with --key-stdin"));
        return ExitUsage;
    }

    // The plan: a file, else defaults; options on top.
    plan::DeploymentPlan plan;
    if (parser.isSet(planOption)) {
        QString error;
        auto loaded = plan::loadPlan(parser.value(planOption), &error);
        if (!loaded) {
            printError(error);
            return QFileInfo::exists(parser.value(planOption)) ? ExitInvalidInput : ExitIoError;
        }
        plan = *loaded;
    }
    if (parser.isSet(releaseOption)) {
        plan.release = plan::releaseFromKey(parser.value(releaseOption));
        if (plan.release == plan::EflowRelease::Unknown) {
            printError(
                Tr::tr("host: --release takes 1.1, 1.4 or 1.5, not \"%1\"").arg(parser.value(releaseOption)));
            return ExitUsage;
        }
    }
    if (plan.release == plan::EflowRelease::Unknown)
        plan.release = plan::defaultRelease();
    if (parser.isSet(eulaOption))
        plan.eulaAccepted = true;

    // The backend, opened the same way the wizard opens it.
    jobs::HostTarget hostTarget;
    if (demo) {
        if (scenarioId.isEmpty())
            scenarioId = sim::defaultSimScenarioId();
        if (!sim::simScenario(scenarioId)) {
            printError(Tr::tr("host: no demo scenario \"%1\" (see host --list-scenarios)").arg(scenarioId));
            return ExitUsage;
        }
        hostTarget = jobs::HostTarget::demo(scenarioId, speed);
    } else if (parser.isSet(targetOption)) {
        QString error;
        const auto ssh = jobs::HostTarget::fromSshUrl(parser.value(targetOption), &error);
        if (!ssh) {
            printError(Tr::tr("host: --target: %1").arg(error));
            return ExitUsage;
        }
        hostTarget = *ssh;
    } else if (jobs::localPowerShellAvailable()) {
        hostTarget = jobs::HostTarget::local();
    } else {
        printError(Tr::tr("host: this computer has no Windows PowerShell; use --demo=SCENARIO or --target "
                          "ssh://USER@HOST"));
        return ExitUsage;
    }
    jobs::HostSession session;
    {
        QString error;
        if (!session.open(hostTarget, &error)) {
            printError(error);
            return ExitFailure;
        }
    }
    const QString target = session.describe();
    if (!parser.isSet(jsonOption))
        out() << Tr::tr("Target: %1").arg(target) << Qt::endl;

    // Provisioning: plan first, options on top, the demo's enrollment as the demo default.
    plan::ProvisioningSettings &prov = plan.provisioning;
    if (parser.isSet(typeOption)) {
        prov.type = plan::provisioningTypeFromKey(parser.value(typeOption));
        if (prov.type == plan::ProvisioningType::Unknown) {
            printError(Tr::tr("host: unknown provisioning type \"%1\"").arg(parser.value(typeOption)));
            return ExitUsage;
        }
    }
    if (prov.type == plan::ProvisioningType::Unknown)
        prov.type = plan::ProvisioningType::DpsSymmetricKey;
    if (parser.isSet(scopeOption))
        prov.idScope = parser.value(scopeOption);
    if (parser.isSet(idOption))
        prov.registrationId = parser.value(idOption);
    if (parser.isSet(endpointOption))
        prov.globalEndpoint = parser.value(endpointOption);
    if (parser.isSet(groupOption))
        prov.keySource = plan::SymmetricKeySource::GroupEnrollment;
    if (prov.type == plan::ProvisioningType::DpsSymmetricKey &&
        prov.keySource == plan::SymmetricKeySource::Unknown)
        prov.keySource = plan::SymmetricKeySource::IndividualEnrollment;
    if (session.demo() && prov.type == plan::ProvisioningType::DpsSymmetricKey) {
        if (prov.idScope.isEmpty())
            prov.idScope = session.demo()->idScope();
        // No endpoint in the plan: in the demo world the global endpoint is the local DPS, whose port
        // changes from run to run (a resumed job must not carry an old one).
        if (prov.registrationId.isEmpty())
            prov.registrationId = prov.keySource == plan::SymmetricKeySource::GroupEnrollment
                                      ? QStringLiteral("edge-demo-01")
                                      : sim::DemoEnvironment::individualRegistrationId();
        if (prov.keySource == plan::SymmetricKeySource::GroupEnrollment && prov.enrollmentGroupId.isEmpty())
            prov.enrollmentGroupId = sim::DemoEnvironment::groupId();
    }

    auto state = std::make_shared<jobs::HostJobState>();

    if (action == Action::Probe) {
        QList<jobs::Step> steps;
        // The probe step of the deploy job, without "unsupported fails the step": probe reports.
        for (const jobs::Step &s : jobs::deploySteps(session.backend(), plan, state))
            if (s.id == QLatin1String("probe"))
                steps << s;
        jobs::Pipeline pipeline(steps);
        ProgressPrinter printer(pipeline, parser.isSet(quietOption) || parser.isSet(jsonOption),
                                parser.isSet(jsonOption) ? err() : out());
        const jobs::PipelineResult result = runPipeline(pipeline);
        if (!state->facts) {
            printFailure(result, *state);
            return exitCodeFor(result, *state);
        }
        if (parser.isSet(jsonOption)) {
            QJsonObject json{{QStringLiteral("target"), target},
                             {QStringLiteral("facts"), host::hostFactsToJson(*state->facts)},
                             {QStringLiteral("evaluation"), evaluationToJson(state->evaluation)}};
            out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        } else {
            out() << Qt::endl
                  << formatHostFacts(*state->facts) << Qt::endl
                  << formatEvaluation(state->evaluation);
        }
        // 0: the wizard can deploy here (perhaps after the actions listed); 5: it cannot.
        return state->evaluation.verdict == host::TargetVerdict::Unsupported ? ExitUnsupported : ExitOk;
    }

    if (action == Action::Status) {
        jobs::Pipeline pipeline(jobs::statusSteps(session.backend(), plan.release, state));
        ProgressPrinter printer(pipeline, true, parser.isSet(jsonOption) ? err() : out());
        const jobs::PipelineResult result = runPipeline(pipeline);
        if (result.outcome == jobs::PipelineOutcome::Cancelled)
            return ExitCancelled;
        if (parser.isSet(jsonOption))
            out() << QJsonDocument(statusToJson(*state)).toJson(QJsonDocument::Indented);
        else
            out() << Qt::endl << formatStatus(*state);
        QString why;
        if (!isRuntimeHealthy(*state, &why)) {
            printError(Tr::tr("IoT Edge is not healthy: %1").arg(why));
            return ExitFailure;
        }
        return ExitOk;
    }

    if (action == Action::Deploy) {
        // What the wizard's Settings page pre-fills (WAC's defaults) where the plan leaves it open.
        const plan::ReleaseLimits defaults = plan::limitsFor(plan.release);
        if (plan.vm.cpuCount == 0)
            plan.vm.cpuCount = defaults.cpuDefault;
        if (plan.vm.memoryMb == 0)
            plan.vm.memoryMb = defaults.memoryDefaultMb;
    }

    // Deploy and provision: journalled, resumable.
    const QString kind = action == Action::Deploy ? jobs::deployJobKind() : jobs::provisionJobKind();
    jobs::Journal journal;
    std::optional<jobs::JournalEntry> resume = jobs::pendingHostJob(journal, kind, target);
    if (resume && parser.isSet(freshOption)) {
        journal.abandon(resume->jobId);
        out() << Tr::tr("The interrupted %1 from %2 is abandoned; starting over.")
                     .arg(kind, resume->createdAt.toLocalTime().toString(Qt::ISODate))
              << Qt::endl;
        resume.reset();
    }
    if (resume) {
        QString error;
        auto journalled = plan::planFromJson(resume->plan.value(QStringLiteral("plan")).toObject(), &error);
        if (!journalled) {
            printError(
                Tr::tr("the interrupted %1 cannot be resumed (%2); run again with --fresh").arg(kind, error));
            return ExitFailure;
        }
        if (plan::planToJson(*journalled) != plan::planToJson(plan))
            out() << Tr::tr("Note: the interrupted job continues with the settings it started with; run with "
                            "--fresh to use the ones given now.")
                  << Qt::endl;
        plan = *journalled;
    }

    if (action == Action::Deploy) {
        plan::HostLimits limits;
        const plan::Problems problems = plan::checkPlan(plan, limits);
        if (!problems.isEmpty()) {
            for (const plan::Problem &p : problems)
                printError(p.message);
            return ExitInvalidInput;
        }
    } else {
        const plan::Problems problems = plan::validateProvisioning(plan.provisioning, plan.release);
        QList<plan::Problem> relevant;
        for (const plan::Problem &p : problems)
            // The secret reference is for the wizard's keychain; here the key comes from a file or stdin.
            if (p.field != plan::Field::SecretRef)
                relevant << p;
        if (!relevant.isEmpty()) {
            for (const plan::Problem &p : relevant)
                printError(p.message);
            return ExitInvalidInput;
        }
    }

    SecretSource secretSource;
    secretSource.keyFile = parser.value(keyFileOption);
    secretSource.fromStdin =
        parser.isSet(keyStdinOption) || (!session.demo() && secretSource.keyFile.isEmpty());
    secretSource.group = plan.provisioning.keySource == plan::SymmetricKeySource::GroupEnrollment;
    secretSource.demo = session.demo();
    // The key is read before anything runs: a typo fails here, not after ten minutes of waiting.
    std::optional<host::ProvisioningSecret> secret;
    if (action == Action::Provision) {
        QString error;
        secret = readProvisioningSecret(secretSource, plan.provisioning, &error);
        if (!secret) {
            printError(error);
            return ExitInvalidInput;
        }
    }

    const QList<jobs::Step> steps =
        action == Action::Deploy
            ? jobs::deploySteps(session.backend(), plan, state)
            : jobs::provisionSteps(
                  session.backend(), plan,
                  jobs::oneTimeSecret(std::move(secret), Tr::tr("the key was already used")), state,
                  session.demo() ? jobs::HostJobTiming{qMax(50, int(2000 / qMax(speed, 0.01))), 300000}
                                 : jobs::HostJobTiming{});
    jobs::Pipeline pipeline(steps);

    QString jobId;
    if (resume) {
        if (!jobs::Journal::restore(pipeline, *resume)) {
            printError(
                Tr::tr("the interrupted %1 was made by another version and cannot be resumed; run again "
                       "with --fresh")
                    .arg(kind));
            return ExitFailure;
        }
        jobId = resume->jobId;
        QStringList done;
        for (const jobs::JournalStep &s : resume->completedSteps())
            done << s.id;
        out() << Tr::tr("Resuming the %1 interrupted on %2; already done: %3.")
                     .arg(kind, resume->updatedAt.toLocalTime().toString(Qt::ISODate),
                          done.isEmpty() ? Tr::tr("nothing") : done.join(QStringLiteral(", ")))
              << Qt::endl;
    } else {
        jobId = journal.begin(kind, jobs::journalPlanSnapshot(plan, target), jobs::stepIds(steps));
        if (jobId.isEmpty())
            err() << Tr::tr(
                         "Warning: the resume journal could not be written (%1); an interruption cannot be "
                         "resumed.")
                         .arg(journal.lastError())
                  << Qt::endl;
    }
    if (!jobId.isEmpty())
        journal.attach(&pipeline, jobId);

    ProgressPrinter printer(pipeline, parser.isSet(quietOption), out());
    const jobs::PipelineResult result = runPipeline(pipeline);
    if (result.outcome != jobs::PipelineOutcome::Succeeded) {
        printFailure(result, *state);
        return exitCodeFor(result, *state);
    }
    if (action == Action::Deploy) {
        const QJsonObject &d = state->deployResult;
        if (d.value(QStringLiteral("alreadyDeployed")).toBool())
            out() << Tr::tr("The EFLOW virtual machine %1 already existed; nothing was deployed twice.")
                         .arg(d.value(QStringLiteral("vmName")).toString())
                  << Qt::endl;
        else
            out() << Tr::tr("Deployed: virtual machine %1, IP address %2.")
                         .arg(d.value(QStringLiteral("vmName")).toString(),
                              d.value(QStringLiteral("ip4Address")).toString())
                  << Qt::endl;
    } else {
        out() << Qt::endl << formatStatus(*state);
        out() << Tr::tr("Provisioned.") << Qt::endl;
    }
    return ExitOk;
}

} // namespace eflow::app
