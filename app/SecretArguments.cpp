#include "app/SecretArguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/Console.h"

namespace eflow::app {

std::optional<QString> refuseSecretArguments(const QStringList &arguments)
{
    static const QStringList secretOptions = {
        QStringLiteral("key"),
        QStringLiteral("group-key"),
        QStringLiteral("primary-key"),
        QStringLiteral("secondary-key"),
        QStringLiteral("symmetric-key"),
        QStringLiteral("device-key"),
        QStringLiteral("connection-string"),
        QStringLiteral("sas-token"),
    };
    for (const QString &argument : arguments) {
        if (argument.contains(QLatin1String("SharedAccessKey="), Qt::CaseInsensitive) ||
            argument.contains(QLatin1String("SharedAccessSignature"), Qt::CaseInsensitive)) {
            return QCoreApplication::translate(
                "SecretArguments", "an argument contains a key or a SAS token: keys are never taken on "
                                   "the command line; pipe it on standard input or use a file");
        }
        if (!argument.startsWith(QLatin1Char('-')))
            continue;
        QString name = argument;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        name = name.section(QLatin1Char('='), 0, 0);
        if (secretOptions.contains(name, Qt::CaseInsensitive)) {
            return QCoreApplication::translate(
                       "SecretArguments", "--%1 is refused: keys are never taken on the command line, where "
                                          "they would be visible in the process list and shell history; "
                                          "pipe the key on standard input or use --%2-file FILE")
                .arg(name, name.compare(QLatin1String("key"), Qt::CaseInsensitive) == 0
                               ? QStringLiteral("key")
                               : name);
        }
    }
    return std::nullopt;
}

std::optional<int> parseSubcommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                       const QString &command)
{
    if (const auto refusal = refuseSecretArguments(arguments)) {
        printError(*refusal);
        return ExitUsage;
    }
    if (!parser.parse(arguments)) {
        printError(QCoreApplication::translate("SecretArguments", "%1: %2 (see %1 --help)")
                       .arg(command, parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QCoreApplication::applicationName(),
                                           QCoreApplication::applicationName() + QLatin1Char(' ') + command);
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace eflow::app
