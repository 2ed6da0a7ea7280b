#include "app/SecretCommand.h"

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/Console.h"
#include "app/SecretArguments.h"
#include "app/SecretWait.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/support/KeychainSecretStore.h"
#include "engine/support/Logging.h"
#include "engine/support/Redactor.h"
#include "engine/support/SecretRef.h"

#include <spdlog/spdlog.h>

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
};

using support::SecretErrorKind;
using support::SecretResult;

// Prints the store's sentence (or the command line's own, where the wizard's would be wrong) and its
// details, and returns the exit code for it.
int reportFailure(const SecretResult &result, support::SecretStore::Operation operation)
{
    QString message = result.error.message;
    if (result.error.kind == SecretErrorKind::Unavailable &&
        operation == support::SecretStore::Operation::Store) {
        // The wizard keeps the key in memory for its run; a command that ends now keeps nothing.
        message = Tr::tr("No system keychain is available here (no Secret Service on the D-Bus session bus), "
                         "so nothing was stored; run this in a desktop session with an unlocked keychain, or "
                         "give the key to the command that needs it on standard input.");
    }
    printError(message);
    if (!result.error.detail.isEmpty())
        err() << "  " << result.error.detail << Qt::endl;
    spdlog::warn("secret: {} ({})", message, result.error.detail);
    switch (result.error.kind) {
    case SecretErrorKind::InvalidName:
    case SecretErrorKind::InvalidValue:
        return ExitInvalidInput;
    default:
        return ExitFailure;
    }
}

// The value to remember, from --file or standard input; registered with the Redactor at once.
std::optional<crypto::SecureBytes> readValue(const QCommandLineParser &parser, const QString &fileOption,
                                             int *exitCode)
{
    std::optional<QByteArray> text;
    if (parser.isSet(fileOption)) {
        QString error;
        text = readSecretFromFile(parser.value(fileOption), &error);
        if (!text) {
            printError(error);
            *exitCode = ExitIoError;
            return std::nullopt;
        }
    } else {
        QString error;
        text = readSecretFromStdin(Tr::tr("Key to remember (input hidden): "), &error);
        if (!error.isEmpty()) {
            printError(error);
            *exitCode = ExitInvalidInput;
            return std::nullopt;
        }
    }
    if (!text || text->isEmpty()) {
        if (text)
            crypto::wipe(*text);
        printError(Tr::tr("secret store: no key given (pipe it on standard input, or use --file FILE)"));
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    support::Redactor::registerSecret(QByteArrayView(*text));
    crypto::SecureBytes value{QByteArrayView(*text)};
    crypto::wipe(*text);
    return value;
}

} // namespace

int runSecret(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Remembers keys in the system keychain (Secret Service, Credential Manager, Keychain), so that plan\n"
        "files and host provision --secret-ref can name them as keychain:NAME instead of holding them.\n"
        "  store NAME   remembers the key read from standard input (or --file), replacing any old one\n"
        "  forget NAME  removes the key from the keychain\n"
        "  list         prints the names of the remembered keys, one per line (never a key)\n"
        "NAME: 1 to 64 characters A-Z a-z 0-9 . _ -, starting with a letter or digit. Keys are never taken\n"
        "on the command line.\n"
        "Exit codes: 0 done, 1 the keychain failed, is missing, or has no such key, 2 wrong usage,\n"
        "3 invalid name or key, 4 the key file is missing or unreadable."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("store, forget or list"));
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The key's name (store, forget)."),
                                 QStringLiteral("[NAME]"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), Tr::tr("store: read the key from the first line of FILE."), Tr::tr("FILE"));
    parser.addOption(fileOption);

    if (const auto exit = parseSubcommandLine(parser, arguments, QStringLiteral("secret")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool named = action == QLatin1String("store") || action == QLatin1String("forget");
    if (!named && action != QLatin1String("list")) {
        printError(Tr::tr("secret: say \"store NAME\", \"forget NAME\" or \"list\" (see secret --help)"));
        return ExitUsage;
    }
    if (positional.size() != (named ? 2 : 1)) {
        printError(named ? Tr::tr("secret %1: give exactly one NAME (see secret --help)").arg(action)
                         : Tr::tr("secret list: takes no NAME (see secret --help)"));
        return ExitUsage;
    }
    if (parser.isSet(fileOption) && action != QLatin1String("store")) {
        printError(Tr::tr("secret: --file goes with store"));
        return ExitUsage;
    }
    const QString name = positional.value(1);
    if (named) {
        if (const auto problem = support::checkSecretName(name)) {
            printError(*problem);
            return ExitInvalidInput;
        }
    }

    support::KeychainSecretStore store;
    if (action == QLatin1String("list")) {
        const SecretResult result = listSecretsNow(store);
        if (result.error)
            return reportFailure(result, support::SecretStore::Operation::List);
        for (const QString &n : result.names)
            out() << n << Qt::endl;
        return ExitOk;
    }
    const support::SecretRef ref{name};
    if (action == QLatin1String("forget")) {
        const SecretResult result = forgetSecretNow(store, name);
        if (result.error)
            return reportFailure(result, support::SecretStore::Operation::Forget);
        out() << Tr::tr("Forgot %1: the system keychain no longer holds it.").arg(ref.toString()) << Qt::endl;
        return ExitOk;
    }
    int exitCode = ExitOk;
    const std::optional<crypto::SecureBytes> value =
        readValue(parser, fileOption.names().constFirst(), &exitCode);
    if (!value)
        return exitCode;
    const SecretResult result = storeSecretNow(store, name, *value);
    if (result.error)
        return reportFailure(result, support::SecretStore::Operation::Store);
    out() << Tr::tr("Remembered %1 in the system keychain; plan files and host provision --secret-ref can "
                    "name it so.")
                 .arg(ref.toString())
          << Qt::endl;
    return ExitOk;
}

} // namespace eflow::app
