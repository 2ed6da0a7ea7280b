#include "app/DpsCommand.h"

#include <chrono>
#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/CaFileOption.h"
#include "app/Console.h"
#include "app/SecretArguments.h"
#include "app/SignalQuit.h"
#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/dps/DpsError.h"
#include "engine/plan/Validation.h"
#include "engine/support/Redactor.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DpsCommand)
};

void printOutcome(const dps::DpsOutcome &outcome, bool verbose)
{
    using Kind = dps::DpsOutcome::Kind;
    const dps::DpsRegistrationState &s = outcome.state;
    switch (outcome.kind) {
    case Kind::Assigned:
        out() << Tr::tr("assigned: registration ID %1 → device %2 on IoT hub %3")
                     .arg(outcome.registrationId, s.deviceId, s.assignedHub)
              << Qt::endl;
        if (!s.substatus.isEmpty())
            out() << Tr::tr("  substatus: %1").arg(s.substatus) << Qt::endl;
        if (!s.enrollmentGroupId.isEmpty())
            out() << Tr::tr("  enrollment group: %1").arg(s.enrollmentGroupId) << Qt::endl;
        if (s.lastUpdatedDateTimeUtc.isValid())
            out() << Tr::tr("  last updated: %1").arg(s.lastUpdatedDateTimeUtc.toString(Qt::ISODate))
                  << Qt::endl;
        return;
    case Kind::Error:
        printError(outcome.message());
        if (verbose)
            err() << outcome.error.details() << Qt::endl;
        return;
    default:
        out() << outcome.message() << Qt::endl;
        return;
    }
}

// The options of `dps`, made once per run (their texts are translated).
struct DpsOptions
{
    QCommandLineOption scope{QStringLiteral("scope"), Tr::tr("DPS ID scope, e.g. 0ne00000A0A."),
                             Tr::tr("SCOPE")};
    QCommandLineOption id{QStringLiteral("registration-id"), Tr::tr("The device's registration ID."),
                          Tr::tr("ID")};
    QCommandLineOption keyFile{QStringLiteral("key-file"),
                               Tr::tr("Read the key from the first line of FILE."), Tr::tr("FILE")};
    QCommandLineOption group{
        QStringLiteral("group"),
        Tr::tr("The key is an enrollment group's key: derive this device's key from it first.")};
    QCommandLineOption endpoint{
        QStringLiteral("global-endpoint"),
        Tr::tr("DPS device endpoint (default https://global.azure-devices-provisioning.net)."),
        Tr::tr("URL")};
    QCommandLineOption ca{QStringLiteral("ca-file"),
                          Tr::tr("Also trust the CA certificates in this PEM file (private endpoints, "
                                 "the local DPS)."),
                          Tr::tr("FILE")};
    QCommandLineOption api{QStringLiteral("api-version"), Tr::tr("DPS api-version (default 2021-06-01)."),
                           Tr::tr("VERSION")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               Tr::tr("Give up after this many seconds (default 120)."), Tr::tr("SECONDS")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               Tr::tr("Print each step and the technical details of a failure.")};
};

void describe(QCommandLineParser &parser, const DpsOptions &o)
{
    parser.setApplicationDescription(
        Tr::tr("Tests DPS credentials with the device API, the way the IoT Edge runtime will use them.\n"
               "  register  registers the device (PUT …/register, then polls until DPS decides)\n"
               "  status    asks DPS what it knows about the registration (no new registration)\n"
               "The key is read from standard input or --key-file, never from the command line.\n"
               "Exit codes: 0 assigned, 1 DPS answered otherwise or could not be reached, 2 wrong usage,\n"
               "3 malformed scope, ID or key, 4 a file is missing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("register or status"));
    parser.addOptions({o.scope, o.id, o.keyFile, o.group, o.endpoint, o.ca, o.api, o.timeout, o.verbose});
}

// Parses the command line; nothing when it asks for a registration or a lookup, else the exit code (help
// printed, or the error).
std::optional<int> parseCommandLine(QCommandLineParser &parser, const DpsOptions &o,
                                    const QStringList &arguments)
{
    if (const auto exit = parseSubcommandLine(parser, arguments, QStringLiteral("dps")))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 ||
        (positional.first() != QLatin1String("register") && positional.first() != QLatin1String("status"))) {
        printError(Tr::tr("dps: say \"register\" or \"status\" (see dps --help)"));
        return ExitUsage;
    }
    if (!parser.isSet(o.scope) || !parser.isSet(o.id)) {
        printError(Tr::tr("dps %1: --scope and --registration-id are required").arg(positional.first()));
        return ExitUsage;
    }
    return std::nullopt;
}

// The client's options from the command line; the exit code when one is unusable.
std::optional<int> readClientOptions(const QCommandLineParser &parser, const DpsOptions &o,
                                     dps::DpsDeviceClientOptions *options)
{
    if (parser.isSet(o.endpoint)) {
        const QUrl endpoint(parser.value(o.endpoint), QUrl::StrictMode);
        if (!endpoint.isValid() || endpoint.scheme() != QLatin1String("https") || endpoint.host().isEmpty()) {
            printError(Tr::tr("--global-endpoint must be an https:// URL, e.g. "
                              "https://global.azure-devices-provisioning.net"));
            return ExitInvalidInput;
        }
        options->endpoint = endpoint;
    }
    if (parser.isSet(o.ca)) {
        const QString caFile = parser.value(o.ca);
        if (const auto exit = checkCaFileOption(caFile))
            return exit;
        options->extraCaFile = caFile;
    }
    if (parser.isSet(o.api)) {
        if (const auto problem =
                plan::checkDpsApiVersion(parser.value(o.api), QStringLiteral("--api-version"))) {
            printError(problem->message);
            return ExitInvalidInput;
        }
        options->apiVersion = parser.value(o.api);
    }
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        const int seconds = parser.value(o.timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            printError(Tr::tr("--timeout takes a number of seconds from 1 to 3600"));
            return ExitUsage;
        }
        options->overallTimeout = std::chrono::seconds(seconds);
    }
    return std::nullopt;
}

// The device key from --key-file or standard input, checked and decoded, and with --group derived for
// registrationId; the exit code when there is none.
std::optional<int> readDeviceKey(const QCommandLineParser &parser, const DpsOptions &o,
                                 const QString &registrationId, crypto::SecureBytes *key)
{
    const bool groupKey = parser.isSet(o.group);
    std::optional<QByteArray> keyText;
    if (parser.isSet(o.keyFile)) {
        QString error;
        keyText = readSecretFromFile(parser.value(o.keyFile), &error);
        if (!keyText) {
            printError(error);
            return ExitIoError;
        }
    } else {
        QString error;
        keyText = readSecretFromStdin(
            groupKey ? Tr::tr("Group key (input hidden): ") : Tr::tr("Device key (input hidden): "), &error);
        if (!keyText) {
            printError(!error.isEmpty()
                           ? error
                           : Tr::tr("no key on standard input (pipe it in, or use --key-file FILE)"));
            return ExitInvalidInput;
        }
    }
    support::Redactor::registerSecret(QByteArrayView(*keyText));
    QString keyForCheck = QString::fromLatin1(*keyText);
    const auto keyProblem =
        plan::checkSymmetricKey(keyForCheck, groupKey ? plan::Field::GroupKey : plan::Field::SymmetricKey);
    crypto::wipe(keyForCheck);
    const bool decoded = !keyProblem && crypto::decodeBase64Strict(*keyText, *key);
    crypto::wipe(*keyText);
    if (!decoded) {
        printError(keyProblem ? keyProblem->message : Tr::tr("The key is not valid base64."));
        return ExitInvalidInput;
    }
    if (!groupKey)
        return std::nullopt;
    crypto::DeviceKeyDeriver deriver(*key);
    QByteArray derived = deriver.derive(registrationId.toUtf8());
    support::Redactor::registerSecret(QByteArrayView(derived));
    *key = crypto::SecureBytes();
    const bool ok = !derived.isEmpty() && crypto::decodeBase64Strict(derived, *key);
    crypto::wipe(derived);
    if (!ok) {
        printError(Tr::tr("OpenSSL could not derive the device key"));
        return ExitFailure;
    }
    return std::nullopt;
}

// Runs the registration or lookup to its end (Ctrl+C cancels it) and prints the outcome.
int runClient(const dps::DpsDeviceClientOptions &options, bool registering, const QString &scope,
              const QString &registrationId, crypto::SecureBytes key, bool verbose)
{
    dps::DpsDeviceClient client(options);
    QObject::connect(&client, &dps::DpsDeviceClient::progress, [verbose](const QString &line) {
        if (verbose)
            err() << line << Qt::endl;
    });
    dps::DpsOutcome result;
    QObject::connect(&client, &dps::DpsDeviceClient::finished, [&result](const dps::DpsOutcome &outcome) {
        result = outcome;
        QCoreApplication::exit(0);
    });
    SignalQuit interrupt([&client] { client.cancel(); });

    const bool started = registering ? client.registerDevice(scope, registrationId, std::move(key))
                                     : client.lookupRegistration(scope, registrationId, std::move(key));
    if (!started) {
        printError(Tr::tr("the DPS client is busy"));
        return ExitFailure;
    }
    if (result.kind == dps::DpsOutcome::Kind::Unknown)
        QCoreApplication::exec();
    printOutcome(result, verbose);
    if (result.kind == dps::DpsOutcome::Kind::Error && result.error.kind == dps::DpsError::Kind::InvalidInput)
        return ExitInvalidInput;
    return result.isAssigned() ? ExitOk : ExitFailure;
}

} // namespace

int runDps(const QStringList &arguments)
{
    QCommandLineParser parser;
    const DpsOptions o;
    describe(parser, o);
    if (const auto exit = parseCommandLine(parser, o, arguments))
        return *exit;
    const bool registering = parser.positionalArguments().first() == QLatin1String("register");
    const QString scope = parser.value(o.scope).trimmed();
    const QString registrationId = parser.value(o.id).trimmed();
    if (const auto problem = plan::checkIdScope(scope)) {
        printError(problem->message);
        return ExitInvalidInput;
    }
    if (const auto problem = plan::checkRegistrationId(registrationId)) {
        printError(problem->message);
        return ExitInvalidInput;
    }
    dps::DpsDeviceClientOptions options;
    if (const auto exit = readClientOptions(parser, o, &options))
        return *exit;
    crypto::SecureBytes key;
    if (const auto exit = readDeviceKey(parser, o, registrationId, &key))
        return *exit;
    return runClient(options, registering, scope, registrationId, std::move(key), parser.isSet(o.verbose));
}

} // namespace eflow::app
