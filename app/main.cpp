// eflow-wizard: the wizard (GUI or headless autopilot) and the command-line subcommands.
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "app/Console.h"
#include "app/DeriveKeyCommand.h"
#include "app/DpsCommand.h"
#include "app/EnrollCommand.h"
#include "app/FleetCommand.h"
#include "app/FleetWindowRunner.h"
#include "app/EmulatorCommand.h"
#include "app/HostCommand.h"
#include "app/LanguageOption.h"
#include "app/ProxyCommand.h"
#include "app/SecretArguments.h"
#include "app/SecretCommand.h"
#include "app/WizardRunner.h"
#include "engine/plan/Validation.h"
#include "engine/sim/SimScenario.h"
#include "engine/support/Logging.h"
#include "engine/support/Version.h"

#include <spdlog/spdlog.h>

namespace {

using namespace eflow::app;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &arguments);
};

constexpr Subcommand subcommands[] = {
    {"derive-key", &runDeriveKey}, {"dps", &runDps},   {"emulator", &runEmulator}, {"enroll", &runEnroll},
    {"fleet", &runFleet},          {"host", &runHost}, {"proxy", &runProxy},       {"secret", &runSecret},
};

// The first argument that is not an option names the subcommand; the wizard itself takes none.
int subcommandIndex(const QStringList &arguments)
{
    // The wizard's own options that take a value in the next argument ("--speed 0"): that value is not
    // a command.
    static const QStringList withValue = {QStringLiteral("--speed"), QStringLiteral("--target"),
                                          QStringLiteral("--fleet-file"), QStringLiteral("--fleet-plan"),
                                          QStringLiteral("--fleet-concurrency")};
    for (int i = 1; i < arguments.size(); ++i) {
        if (withValue.contains(arguments.at(i))) {
            ++i;
            continue;
        }
        if (!arguments.at(i).startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

bool hasDisplay()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#endif
}

QString subcommandList()
{
    QStringList names;
    for (const Subcommand &s : subcommands)
        names << QString::fromLatin1(s.name);
    return names.join(QStringLiteral(", "));
}

int runSubcommand(int argc, char **argv, int index, const LanguageChoice &language)
{
    QCoreApplication app(argc, argv);
    installTranslators(app);
    if (const QString refusal = languageRefusal(language); !refusal.isEmpty()) {
        printError(refusal);
        return ExitUsage;
    }
    eflow::support::LoggingOptions logging;
    // Subcommands print their own one-line errors; the log file still gets everything.
    logging.consoleWarnings = false;
    eflow::support::initLogging(logging);
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.at(index);
    for (const Subcommand &s : subcommands) {
        if (name == QLatin1String(s.name)) {
            QStringList rest = arguments.mid(index + 1);
            rest.prepend(QCoreApplication::applicationName());
            spdlog::info("command {} started", name);
            // Commands that talk to DPS go through the wizard's proxy setting (proxy --help).
            static const QStringList networked = {QStringLiteral("dps"), QStringLiteral("enroll"),
                                                  QStringLiteral("fleet"), QStringLiteral("host")};
            if (networked.contains(name) && !rest.contains(QStringLiteral("--help")) &&
                !rest.contains(QStringLiteral("-h")))
                loadProxyForCommand();
            const int rc = s.run(rest);
            spdlog::info("command {} ended with exit code {}", name, rc);
            eflow::support::shutdownLogging();
            return rc;
        }
    }
    printError(Tr::tr("unknown command \"%1\"; commands: %2 (see --help)").arg(name, subcommandList()));
    return ExitUsage;
}

// Headless, the offscreen platform warns "This plugin does not support propagateSizeHints()" each time a
// page's size hints change: half a dozen warnings in the autopilot's report that say nothing about the
// wizard. That one message is dropped; every other goes on to the log.
QtMessageHandler g_nextMessageHandler = nullptr;

void dropOffscreenSizeHintWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (g_nextMessageHandler)
        g_nextMessageHandler(type, context, message);
}

// Without XDG_RUNTIME_DIR Qt falls back to /tmp/runtime-USER and warns on stderr, which would be the first
// line of every refusal; take that same fallback quietly.
void takeRuntimeDirectoryQuietly()
{
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray user = qgetenv("USER");
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") +
                                QString::fromLocal8Bit(user.isEmpty() ? QByteArray("user") : user);
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
#endif
}

// Options that do not go together, and what having no display means. The exit code when refused.
std::optional<int> checkWizardOptions(WizardRunOptions &options, bool display)
{
    if (!options.target.isEmpty() && !options.overview) {
        printError(
            Tr::tr("--target goes with --overview; the wizard chooses its target on the Target page."));
        return ExitUsage;
    }
    if (options.enrollments && (options.overview || options.autopilot || !display)) {
        printError(Tr::tr("--enrollments opens a window of its own: it needs a display and goes with neither "
                          "--overview nor --autopilot; without a display use: eflow-wizard enroll"));
        return ExitUsage;
    }
    if ((options.fleet && (options.overview || options.autopilot || options.enrollments)) ||
        (!options.fleet && (!options.fleetFile.isEmpty() || !options.fleetPlan.isEmpty() ||
                            options.fleetRun || options.fleetConcurrency != 8))) {
        printError(
            Tr::tr("--fleet opens a window of its own and goes with --fleet-file, --fleet-plan, --fleet-run, "
                   "--fleet-concurrency and --speed only; without a display use: eflow-wizard fleet run"));
        return ExitUsage;
    }
    if (options.overview && options.autopilot) {
        printError(Tr::tr("--overview and --autopilot do not go together; for a status report without a "
                          "window use: eflow-wizard host status"));
        return ExitUsage;
    }
#if !defined(Q_OS_WIN)
    // Only Windows PowerShell 5.1 can drive EFLOW; everywhere else the wizard runs the demo host (the
    // overview may still read a remote host over OpenSSH).
    if (!(options.overview && !options.target.isEmpty()))
        options.demo = true;
#endif

    if (options.overview && !display) {
        printError(Tr::tr("--overview needs a display; without one use: eflow-wizard host status"));
        return ExitUsage;
    }
    if (options.fleet && !display && !options.fleetRun) {
        printError(
            Tr::tr("--fleet needs a display (or --fleet-run); without one use: eflow-wizard fleet run"));
        return ExitUsage;
    }
    if (!display && !options.fleet) {
        options.autopilot = true;
        out() << Tr::tr("No display found: walking the wizard headless (--autopilot).") << Qt::endl;
    }

    return std::nullopt;
}

// --fleet and its companions (issue 16): the Fleet window alone.
struct FleetWindowOptions
{
    QCommandLineOption fleet{
        QStringLiteral("fleet"),
        Tr::tr("Open only the Fleet window: deploy and provision the hosts of a fleet file, many "
               "at a time (without a display use: eflow-wizard fleet run).")};
    QCommandLineOption file{QStringLiteral("fleet-file"), Tr::tr("With --fleet: the fleet file to load."),
                            Tr::tr("FILE")};
    QCommandLineOption plan{QStringLiteral("fleet-plan"), Tr::tr("With --fleet: the plan to load."),
                            Tr::tr("PLAN")};
    QCommandLineOption run{QStringLiteral("fleet-run"),
                           Tr::tr("With --fleet: run at once and quit when the run ends.")};
    QCommandLineOption concurrency{QStringLiteral("fleet-concurrency"),
                                   Tr::tr("With --fleet: hosts at a time, 1 to 64 (default 8)."),
                                   Tr::tr("N")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({fleet, file, plan, run, concurrency}); }

    // The exit code after printing why the values cannot be taken.
    std::optional<int> read(const QCommandLineParser &parser, WizardRunOptions &options) const
    {
        options.fleet = parser.isSet(fleet);
        options.fleetFile = parser.value(file);
        options.fleetPlan = parser.value(plan);
        options.fleetRun = parser.isSet(run);
        if (!parser.isSet(concurrency))
            return std::nullopt;
        const std::optional<double> n = eflow::plan::numberInRange(parser.value(concurrency), 1, 64);
        if (!n || *n != int(*n)) {
            printError(Tr::tr("--fleet-concurrency takes a whole number from 1 to 64, not \"%1\"")
                           .arg(parser.value(concurrency)));
            return ExitUsage;
        }
        options.fleetConcurrency = int(*n);
        return std::nullopt;
    }
};

// The wizard's own options (no command). Returns the exit code when the process should end here (after
// --help, --version or a refusal already printed).
std::optional<int> parseWizardOptions(const QStringList &arguments, bool display, WizardRunOptions &options)
{
    // --demo=SCENARIO: QCommandLineParser has no optional values, so split it off first.
    QStringList parsed;
    for (const QString &argument : std::as_const(arguments)) {
        if (argument.startsWith(QLatin1String("--demo="))) {
            options.demo = true;
            options.demoScenario = argument.mid(7);
        } else {
            parsed << argument;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr(
            "Deploys Azure IoT Edge for Linux on Windows and provisions it through the Device Provisioning "
            "Service.\n\nCommands (eflow-wizard COMMAND --help for each): %1\n\n"
            "Without a display the wizard runs headless with --autopilot.")
            .arg(subcommandList()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Tr::tr("Demo mode: nothing is installed on this computer."));
    const QCommandLineOption rememberOption(
        QStringLiteral("remember-key"),
        Tr::tr("With --autopilot: remember the key on Connect in the system keychain, or use the key "
               "remembered by an earlier run."));
    const QCommandLineOption autopilotOption(
        QStringLiteral("autopilot"),
        Tr::tr("Walk every page with default choices and print what each page showed and what was chosen."));
    const QCommandLineOption stallOption(
        QStringLiteral("stall-report"),
        Tr::tr("At the end, print the longest time the GUI thread could not answer (benchmark)."));
    QCommandLineOption firstPaintOption(QStringLiteral("bench-first-paint"),
                                        Tr::tr("Quit once the first page is painted, printing the time "
                                               "since start and the peak memory (benchmark)."));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        Tr::tr("Demo pace: 1 = like a real deploy (default with a window), 0 = instant (default for "
               "--autopilot)."),
        Tr::tr("X"));
    const QCommandLineOption overviewOption(
        QStringLiteral("overview"),
        Tr::tr("Open only the device overview (modules, status, iotedge check, logs) for a host that is "
               "already provisioned: the demo host, --target, or this computer."));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          Tr::tr("With --overview: the Windows host to read, over OpenSSH."),
                                          Tr::tr("ssh://USER@HOST[:PORT]"));
    const QCommandLineOption enrollmentsOption(
        QStringLiteral("enrollments"),
        Tr::tr("Open only the Enrollments window: DPS individual enrollments and enrollment groups, their "
               "keys and registration records (with --demo: the demo's local DPS)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), languageHelpLine(),
                                        QStringLiteral("de|ja|en"));
    const FleetWindowOptions fleetOptions;
    parser.addOptions({demoOption, autopilotOption, rememberOption, stallOption, firstPaintOption,
                       speedOption, overviewOption, targetOption, enrollmentsOption, langOption});
    fleetOptions.addTo(parser);
    if (const auto refusal = refuseSecretArguments(parsed)) {
        printError(*refusal);
        return ExitUsage;
    }
    if (!parser.parse(parsed)) {
        printError(Tr::tr("%1 (see --help)").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return ExitOk;
    }
    if (!options.demoScenario.isEmpty() && !eflow::sim::simScenario(options.demoScenario)) {
        QStringList ids;
        for (const eflow::sim::SimScenario &s : eflow::sim::simScenarios())
            ids << s.id;
        printError(Tr::tr("--demo=%1: no such demo host; choose one of: %2")
                       .arg(options.demoScenario, ids.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    options.demo = options.demo || parser.isSet(demoOption);
    options.autopilot = parser.isSet(autopilotOption);
    options.rememberKey = parser.isSet(rememberOption);
    options.stallReport = parser.isSet(stallOption);
    if (parser.isSet(speedOption)) {
        const std::optional<double> speed = eflow::plan::numberInRange(parser.value(speedOption), 0, 1000);
        if (!speed) {
            printError(
                Tr::tr("--speed takes a number from 0 to 1000, not \"%1\"").arg(parser.value(speedOption)));
            return ExitUsage;
        }
        options.demoSpeed = *speed;
    }
    options.benchFirstPaint = parser.isSet(firstPaintOption);
    options.overview = parser.isSet(overviewOption);
    options.target = parser.value(targetOption);
    options.enrollments = parser.isSet(enrollmentsOption);
    if (const auto exit = fleetOptions.read(parser, options))
        return exit;
    return checkWizardOptions(options, display);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral(EFLOW_WIZARD_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(EFLOW_WIZARD_VERSION));

    // --lang is taken out first: it sets the language of everything after, --help and refusals too.
    const LanguageChoice language = takeLanguageOption(argc, argv);
    applyLanguage(language);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (const int index = subcommandIndex(arguments); index > 0)
        return runSubcommand(argc, argv, index, language);

    // The platform is chosen from the environment alone, so the application (and with it the translators)
    // can exist before the options are parsed: --help and every refusal below speak the user's language.
    const bool display = hasDisplay();
    if (!display)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    takeRuntimeDirectoryQuietly();
    QApplication app(argc, argv);
    // The installed desktop entry and hicolor icon (packaging/linux); from a build tree, the SVG built in
    // (drawn where Qt's SVG icon plugin is installed).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.eflow_wizard.EflowWizard"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.eflow_wizard.EflowWizard"),
                                                 QIcon(QStringLiteral(":/icons/eflow-wizard.svg"))));
    installTranslators(app);
    if (const QString refusal = languageRefusal(language); !refusal.isEmpty()) {
        printError(refusal);
        return ExitUsage;
    }

    WizardRunOptions options;
    if (const auto exitCode = parseWizardOptions(arguments, display, options))
        return *exitCode;

    eflow::support::initLogging();
    if (!display)
        g_nextMessageHandler = qInstallMessageHandler(dropOffscreenSizeHintWarnings);
    spdlog::info("{} {} started (demo={}, autopilot={})", EFLOW_WIZARD_NAME, EFLOW_WIZARD_VERSION,
                 options.demo, options.autopilot);
    loadProxyForWindow(&app);
    const int rc = options.overview      ? runOverview(options)
                   : options.enrollments ? runEnrollments(options)
                   : options.fleet       ? runFleetWindow(options)
                                         : runWizard(options);
    eflow::support::shutdownLogging();
    return rc;
}
