#include "app/EnrollCommand.h"

#include <unistd.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "app/CaFileOption.h"
#include "app/Console.h"
#include "app/EnrollActions.h"
#include "app/EnrollOutput.h"
#include "app/EnrollService.h"
#include "app/SecretArguments.h"
#include "engine/dps/InitialTwinText.h"
#include "engine/plan/Validation.h"
#include "engine/support/SecretRef.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)
};

using Action = EnrollRequest::Action;

// A twin file holds a few tags and desired properties; the cap keeps a wrong file from filling the memory.
constexpr qint64 kMaxTwinFileBytes = 256 * 1024;

// The options of `enroll`, made once per run (their texts are translated).
struct EnrollOptions
{
    QCommandLineOption connectionFile{
        QStringLiteral("connection-string-file"),
        Tr::tr("Read the DPS service connection string from the first line of FILE."), Tr::tr("FILE")};
    QCommandLineOption secretRef{QStringLiteral("secret-ref"),
                                 Tr::tr("Take the service connection string from the system keychain "
                                        "(keychain:NAME, remembered with 'secret store' or the Enrollments "
                                        "window)."),
                                 Tr::tr("REF")};
    QCommandLineOption ca{
        QStringLiteral("ca-file"),
        Tr::tr("Also trust the CA certificates in this PEM file (private endpoints, the local "
               "DPS)."),
        Tr::tr("FILE")};
    QCommandLineOption registrationId{QStringLiteral("registration-id"),
                                      Tr::tr("The individual enrollment's registration ID."), Tr::tr("ID")};
    QCommandLineOption groupId{QStringLiteral("group-id"), Tr::tr("The enrollment group's ID."),
                               Tr::tr("ID")};
    QCommandLineOption deviceId{
        QStringLiteral("device-id"),
        Tr::tr("create individual: the IoT Hub device ID (default: the registration ID)."), Tr::tr("ID")};
    QCommandLineOption edge{QStringLiteral("edge"), Tr::tr("Mark it as an IoT Edge device (the default).")};
    QCommandLineOption noEdge{QStringLiteral("no-edge"), Tr::tr("Not an IoT Edge device.")};
    QCommandLineOption enabled{QStringLiteral("enabled"), Tr::tr("Provisioning status enabled.")};
    QCommandLineOption disabled{QStringLiteral("disabled"), Tr::tr("Provisioning status disabled.")};
    QCommandLineOption twinFile{QStringLiteral("twin-file"),
                                Tr::tr("The initial device twin: JSON with \"tags\" and \"properties\": "
                                       "{\"desired\": …}."),
                                Tr::tr("FILE")};
    QCommandLineOption showKeys{
        QStringLiteral("show-keys"),
        Tr::tr("show, create: print the symmetric keys (create: instead of putting them "
               "into the keychain).")};
    QCommandLineOption secretName{QStringLiteral("secret-name"),
                                  Tr::tr("create: keychain name for the generated keys (default dps-ID)."),
                                  Tr::tr("NAME")};
    QCommandLineOption etag{QStringLiteral("etag"),
                            Tr::tr("update, delete: only if the enrollment still has this etag."),
                            Tr::tr("ETAG")};
    QCommandLineOption yes{QStringLiteral("yes"), Tr::tr("delete: do not ask.")};
    QCommandLineOption individual{QStringLiteral("individual"), Tr::tr("list: individual enrollments only.")};
    QCommandLineOption groups{QStringLiteral("groups"), Tr::tr("list: enrollment groups only.")};
    QCommandLineOption filter{QStringLiteral("filter"), Tr::tr("list: only IDs that contain TEXT."),
                              Tr::tr("TEXT")};
    QCommandLineOption pageSize{QStringLiteral("page-size"),
                                Tr::tr("list: enrollments per request (1-1000; default: the service's)."),
                                Tr::tr("N")};
    QCommandLineOption json{QStringLiteral("json"), Tr::tr("Print one JSON object on standard output.")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               Tr::tr("Give up after this many seconds (default 60)."), Tr::tr("SECONDS")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               Tr::tr("Print each request and the technical details of a failure.")};
};

QString helpText()
{
    return Tr::tr(
        "Manages DPS enrollments with the service API, as the Azure portal does.\n"
        "  list     [--individual|--groups] [--filter TEXT]   individual enrollments and groups\n"
        "  show     --registration-id R | --group-id G [--show-keys]   one of them (and its registration)\n"
        "  create individual --registration-id R [--device-id D] [--edge|--no-edge] [--twin-file F]\n"
        "           [--disabled] [--show-keys] [--secret-name NAME]\n"
        "  create group --group-id G [same options, without --device-id]\n"
        "  update   --registration-id R | --group-id G [--edge|--no-edge] [--enabled|--disabled]\n"
        "           [--twin-file F] [--etag E]   changes them, sending the etag\n"
        "  delete   --registration-id R | --group-id G [--etag E] [--yes]\n"
        "  records  --group-id G | --registration-id R   registration records (the Verify step)\n"
        "The service connection string (HostName=…;SharedAccessKeyName=…;SharedAccessKey=…) comes from\n"
        "--connection-string-file, --secret-ref keychain:NAME, the variable EFLOW_DPS_CONNECTION_STRING or\n"
        "standard input, never from the command line. create generates the keys and puts them into the\n"
        "system keychain (keychain:dps-ID and keychain:dps-ID.secondary) unless --show-keys prints them.\n"
        "Exit codes: 0 done, 1 DPS refused or could not be reached, or no keychain for the keys,\n"
        "2 wrong usage, 3 malformed connection string, ID, twin JSON or CA file, 4 a file is missing or\n"
        "unreadable, 6 cancelled or timed out, 8 not found, 9 exists already or changed by someone else.");
}

Action parseAction(const QString &word)
{
    static const QList<std::pair<QString, Action>> actions = {
        {QStringLiteral("list"), Action::List},     {QStringLiteral("show"), Action::Show},
        {QStringLiteral("create"), Action::Create}, {QStringLiteral("update"), Action::Update},
        {QStringLiteral("delete"), Action::Delete}, {QStringLiteral("records"), Action::Records}};
    for (const auto &[name, action] : actions) {
        if (name == word)
            return action;
    }
    return Action::Unknown;
}

// Options that only some actions take: the action's name when one is given where it does not belong.
std::optional<QString> misplacedOption(const QCommandLineParser &parser, const EnrollOptions &o,
                                       Action action)
{
    const QList<std::pair<const QCommandLineOption *, QList<Action>>> rules = {
        {&o.deviceId, {Action::Create}},
        {&o.edge, {Action::Create, Action::Update}},
        {&o.noEdge, {Action::Create, Action::Update}},
        {&o.enabled, {Action::Create, Action::Update}},
        {&o.disabled, {Action::Create, Action::Update}},
        {&o.twinFile, {Action::Create, Action::Update}},
        {&o.showKeys, {Action::Show, Action::Create}},
        {&o.secretName, {Action::Create}},
        {&o.etag, {Action::Update, Action::Delete}},
        {&o.yes, {Action::Delete}},
        {&o.individual, {Action::List}},
        {&o.groups, {Action::List}},
        {&o.filter, {Action::List}},
        {&o.pageSize, {Action::List}},
    };
    for (const auto &[option, actions] : rules) {
        if (parser.isSet(*option) && !actions.contains(action))
            return option->names().constFirst();
    }
    return std::nullopt;
}

// The enrollment the command is about, from --registration-id / --group-id (and create's KIND).
std::optional<int> readTarget(const QCommandLineParser &parser, const EnrollOptions &o,
                              const QStringList &positional, EnrollRequest &r)
{
    const bool hasRegistration = parser.isSet(o.registrationId);
    const bool hasGroup = parser.isSet(o.groupId);
    if (r.action == Action::List) {
        if (hasRegistration || hasGroup || positional.size() != 1) {
            printError(Tr::tr("enroll list: takes no ID; use --filter TEXT (see enroll --help)"));
            return ExitUsage;
        }
        return std::nullopt;
    }
    if (r.action == Action::Create) {
        const QString kind = positional.value(1);
        if (positional.size() != 2 ||
            (kind != QLatin1String("individual") && kind != QLatin1String("group"))) {
            printError(
                Tr::tr("enroll create: say \"create individual\" or \"create group\" (see enroll --help)"));
            return ExitUsage;
        }
        r.group = kind == QLatin1String("group");
        if (r.group ? (!hasGroup || hasRegistration) : (!hasRegistration || hasGroup)) {
            printError(r.group
                           ? Tr::tr("enroll create group: give --group-id (and no --registration-id)")
                           : Tr::tr("enroll create individual: give --registration-id (and no --group-id)"));
            return ExitUsage;
        }
        if (r.group && parser.isSet(o.deviceId)) {
            printError(Tr::tr("enroll create group: --device-id goes with individual enrollments (a group's "
                              "devices are named by their registration IDs)"));
            return ExitUsage;
        }
    } else if (positional.size() != 1 || hasRegistration == hasGroup) {
        printError(Tr::tr("enroll %1: give either --registration-id or --group-id (see enroll --help)")
                       .arg(positional.value(0)));
        return ExitUsage;
    } else {
        r.group = hasGroup;
    }
    r.id = parser.value(r.group ? o.groupId : o.registrationId).trimmed();
    const auto problem = r.group ? plan::checkEnrollmentGroupId(r.id) : plan::checkRegistrationId(r.id);
    if (problem) {
        printError(problem->message);
        return ExitInvalidInput;
    }
    return std::nullopt;
}

// --twin-file: read (capped), parsed with the position of a JSON error, and checked.
std::optional<int> readTwinFile(const QString &path, EnrollRequest &r)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        printError(Tr::tr("twin file %1 does not exist").arg(path));
        return ExitIoError;
    }
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        printError(Tr::tr("twin file %1 cannot be read: %2")
                       .arg(path, QFileInfo(path).isDir() ? Tr::tr("it is a folder") : file.errorString()));
        return ExitIoError;
    }
    const QByteArray text = file.read(kMaxTwinFileBytes + 1);
    if (text.size() > kMaxTwinFileBytes) {
        printError(
            Tr::tr("twin file %1 is larger than %2 KiB; an initial twin holds a few tags and properties")
                .arg(path)
                .arg(kMaxTwinFileBytes / 1024));
        return ExitInvalidInput;
    }
    if (const std::optional<dps::TwinTextProblem> problem = dps::checkInitialTwinText(text)) {
        printError(Tr::tr("twin file %1: %2").arg(path, problem->message));
        return ExitInvalidInput;
    }
    const std::optional<QJsonValue> twin = dps::parseInitialTwin(text);
    if (!twin || twin->isUndefined()) {
        printError(Tr::tr("twin file %1 is empty; an initial twin is a JSON object such as "
                          "{\"tags\":{\"environment\":\"test\"}}")
                       .arg(path));
        return ExitInvalidInput;
    }
    r.initialTwin = *twin;
    return std::nullopt;
}

// The keychain name for create's keys: --secret-name, or dps-ID with what a name may not hold replaced.
std::optional<int> readSecretName(const QCommandLineParser &parser, const EnrollOptions &o, EnrollRequest &r)
{
    if (parser.isSet(o.secretName)) {
        if (r.showKeys) {
            printError(
                Tr::tr("enroll create: --secret-name names the keychain entry, which --show-keys skips"));
            return ExitUsage;
        }
        r.secretName = parser.value(o.secretName).trimmed();
    } else {
        QString name = QStringLiteral("dps-") + r.id;
        for (QChar &c : name) {
            const bool allowed =
                (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_' || c == u'-';
            if (!allowed)
                c = u'-';
        }
        // Room for ".secondary" within SecretRef::maxNameLength.
        r.secretName = name.left(support::SecretRef::maxNameLength - 10);
    }
    if (parser.isSet(o.secretName) && r.secretName.size() > support::SecretRef::maxNameLength - 10) {
        printError(Tr::tr("--secret-name: at most %1 characters (the secondary key adds \".secondary\")")
                       .arg(support::SecretRef::maxNameLength - 10));
        return ExitInvalidInput;
    }
    if (const auto problem = support::checkSecretName(r.secretName)) {
        printError(QStringLiteral("--secret-name: ") + *problem);
        return ExitInvalidInput;
    }
    return std::nullopt;
}

// The changes of create and update: edge flag, status, twin.
std::optional<int> readChanges(const QCommandLineParser &parser, const EnrollOptions &o, EnrollRequest &r)
{
    if (parser.isSet(o.edge) && parser.isSet(o.noEdge)) {
        printError(Tr::tr("enroll: --edge and --no-edge exclude each other"));
        return ExitUsage;
    }
    if (parser.isSet(o.enabled) && parser.isSet(o.disabled)) {
        printError(Tr::tr("enroll: --enabled and --disabled exclude each other"));
        return ExitUsage;
    }
    if (parser.isSet(o.edge) || parser.isSet(o.noEdge))
        r.iotEdge = parser.isSet(o.edge);
    if (parser.isSet(o.enabled) || parser.isSet(o.disabled))
        r.status =
            parser.isSet(o.enabled) ? dps::ProvisioningStatus::Enabled : dps::ProvisioningStatus::Disabled;
    if (parser.isSet(o.twinFile)) {
        if (const auto exit = readTwinFile(parser.value(o.twinFile), r))
            return exit;
    }
    if (r.action == Action::Update && !r.iotEdge && !r.status && !r.initialTwin) {
        printError(
            Tr::tr("enroll update: nothing to change; give --edge, --no-edge, --enabled, --disabled or "
                   "--twin-file"));
        return ExitUsage;
    }
    if (parser.isSet(o.deviceId)) {
        r.deviceId = parser.value(o.deviceId).trimmed();
        if (const auto problem = plan::checkDeviceId(r.deviceId)) {
            printError(problem->message);
            return ExitInvalidInput;
        }
    }
    return std::nullopt;
}

// Everything else of the request: list's narrowing, etag, confirmation.
std::optional<int> readRest(const QCommandLineParser &parser, const EnrollOptions &o, EnrollRequest &r)
{
    r.showKeys = parser.isSet(o.showKeys);
    r.verbose = parser.isSet(o.verbose);
    r.filter = parser.value(o.filter).trimmed();
    if (parser.isSet(o.individual) != parser.isSet(o.groups)) {
        r.listIndividual = parser.isSet(o.individual);
        r.listGroups = parser.isSet(o.groups);
    }
    if (parser.isSet(o.etag)) {
        r.etag = parser.value(o.etag).trimmed();
        const bool printable =
            std::all_of(r.etag.cbegin(), r.etag.cend(), [](QChar c) { return c.isPrint(); });
        if (r.etag.isEmpty() || r.etag.size() > 256 || !printable) {
            printError(
                Tr::tr("--etag: give the etag that enroll show printed (up to 256 printable characters)"));
            return ExitInvalidInput;
        }
    }
    r.confirmed = parser.isSet(o.yes);
    if (r.action == Action::Delete && !r.confirmed && !isatty(STDIN_FILENO)) {
        printError(
            Tr::tr("enroll delete: add --yes to delete without a terminal to ask on; nothing was deleted"));
        return ExitUsage;
    }
    if (r.action == Action::Create && !r.showKeys)
        return readSecretName(parser, o, r);
    return std::nullopt;
}

// Parses and checks the whole command line; the exit code when it asks for nothing to run.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const EnrollOptions &o,
                                    const QStringList &arguments, EnrollRequest &r)
{
    if (const auto exit = parseSubcommandLine(parser, arguments, QStringLiteral("enroll")))
        return exit;
    const QStringList positional = parser.positionalArguments();
    r.action = parseAction(positional.value(0));
    if (r.action == Action::Unknown) {
        printError(Tr::tr("enroll: say list, show, create, update, delete or records (see enroll --help)"));
        return ExitUsage;
    }
    if (const auto option = misplacedOption(parser, o, r.action)) {
        printError(Tr::tr("enroll %1: --%2 does not go with it (see enroll --help)")
                       .arg(positional.value(0), *option));
        return ExitUsage;
    }
    if (const auto exit = readTarget(parser, o, positional, r))
        return exit;
    if (const auto exit = readChanges(parser, o, r))
        return exit;
    return readRest(parser, o, r);
}

// The client's options: CA file, timeout, page size.
std::optional<int> readClientOptions(const QCommandLineParser &parser, const EnrollOptions &o,
                                     dps::DpsServiceClientOptions *options)
{
    if (parser.isSet(o.ca)) {
        if (const auto exit = checkCaFileOption(parser.value(o.ca)))
            return exit;
        options->extraCaFile = parser.value(o.ca);
    }
    int seconds = 60;
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        seconds = parser.value(o.timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            printError(Tr::tr("--timeout takes a number of seconds from 1 to 3600"));
            return ExitUsage;
        }
    }
    options->overallTimeout = std::chrono::seconds(seconds);
    options->requestTimeout =
        std::min<std::chrono::milliseconds>(options->requestTimeout, std::chrono::seconds(seconds));
    if (parser.isSet(o.pageSize)) {
        bool ok = false;
        const int size = parser.value(o.pageSize).toInt(&ok);
        if (!ok || size < 1 || size > 1000) {
            printError(Tr::tr("--page-size takes a number from 1 to 1000"));
            return ExitUsage;
        }
        options->pageSize = size;
    }
    return std::nullopt;
}

int runParsed(const QCommandLineParser &parser, const EnrollOptions &o, EnrollRequest request,
              const EnrollOutput &output)
{
    dps::DpsServiceClientOptions options;
    if (const auto exit = readClientOptions(parser, o, &options))
        return *exit;
    crypto::SecureBytes connectionString;
    if (const auto exit = readServiceConnectionString(
            {parser.value(o.connectionFile), parser.value(o.secretRef)}, &connectionString))
        return *exit;
    int exitCode = ExitOk;
    const std::unique_ptr<dps::DpsServiceClient> client =
        makeServiceClient(connectionString, options, &exitCode);
    connectionString.wipe();
    if (!client)
        return exitCode;
    if (request.verbose) {
        QObject::connect(client.get(), &dps::DpsServiceClient::progress,
                         [](const QString &line) { err() << line << Qt::endl; });
        err() << Tr::tr("DPS %1, policy %2").arg(client->hostName(), client->policyName()) << Qt::endl;
    }
    EnrollActions actions(*client, output, std::move(request));
    return actions.run();
}

} // namespace

int runEnroll(const QStringList &arguments)
{
    QCommandLineParser parser;
    const EnrollOptions o;
    parser.setApplicationDescription(helpText());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("list, show, create, update, delete or records"));
    parser.addPositionalArgument(QStringLiteral("kind"), Tr::tr("create: individual or group"),
                                 QStringLiteral("[KIND]"));
    parser.addOptions({o.connectionFile, o.secretRef, o.ca,      o.registrationId, o.groupId,  o.deviceId,
                       o.edge,           o.noEdge,    o.enabled, o.disabled,       o.twinFile, o.showKeys,
                       o.secretName,     o.etag,      o.yes,     o.individual,     o.groups,   o.filter,
                       o.pageSize,       o.json,      o.timeout, o.verbose});
    EnrollRequest request;
    const std::optional<int> early = parseCommandLine(parser, o, arguments, request);
    // --json is looked for in the raw arguments too: a command line refused before parsing (a key in argv)
    // still answers a script with its JSON error object.
    const EnrollOutput output(parser.isSet(o.json) || arguments.contains(QLatin1String("--json")));
    // Every failure after the command line parsed prints its JSON error object with --json; the ones
    // printed before EnrollActions ran are repeated here.
    const int exit = early ? *early : runParsed(parser, o, std::move(request), output);
    if (exit != ExitOk && output.isJson() && !output.hasPrinted() && !parser.isSet(QStringLiteral("help")))
        output.printJsonError(lastPrintedError());
    return exit;
}

} // namespace eflow::app
