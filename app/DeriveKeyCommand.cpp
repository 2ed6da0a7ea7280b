#include "app/DeriveKeyCommand.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include "app/Console.h"
#include "app/RegistrationIdFile.h"
#include "app/SecretArguments.h"
#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/DeviceKeyBatch.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/plan/Validation.h"
#include "engine/support/OwnerOnlySaveFile.h"
#include "engine/support/Redactor.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeriveKey)
};

bool writeAll(QIODevice *device, std::FILE *stream, std::string_view buffer)
{
    if (device)
        return device->write(buffer.data(), qint64(buffer.size())) == qint64(buffer.size());
    return std::fwrite(buffer.data(), 1, buffer.size(), stream) == buffer.size();
}

// The options of `derive-key`, made once per run (their texts are translated).
struct DeriveKeyOptions
{
    QCommandLineOption id{QStringLiteral("registration-id"),
                          Tr::tr("Derive the key of this one registration ID."), Tr::tr("ID")};
    QCommandLineOption batch{QStringLiteral("batch"),
                             Tr::tr("Derive keys for every registration ID in FILE (one per line); "
                                    "writes \"registrationId,derivedKey\" lines."),
                             Tr::tr("FILE")};
    QCommandLineOption keyFile{QStringLiteral("group-key-file"),
                               Tr::tr("Read the group key from the first line of FILE."), Tr::tr("FILE")};
    QCommandLineOption output{QStringLiteral("output"),
                              Tr::tr("With --batch: write to FILE (replaced only when every line "
                                     "succeeded) instead of standard output."),
                              Tr::tr("FILE")};
};

void describe(QCommandLineParser &parser, const DeriveKeyOptions &o)
{
    parser.setApplicationDescription(Tr::tr(
        "Derives the device keys of a DPS group enrollment: base64(HMAC-SHA256(group key, registration "
        "ID)).\n"
        "The group key is read from standard input (or --group-key-file), never from the command line.\n"
        "Exit codes: 0 done, 2 wrong usage, 3 malformed key or ID, 4 file missing or unwritable."));
    parser.addHelpOption();
    parser.addOptions({o.id, o.batch, o.keyFile, o.output});
}

// Parses the command line; nothing when it asks for keys, else the exit code (help printed, or the error).
std::optional<int> parseCommandLine(QCommandLineParser &parser, const DeriveKeyOptions &o,
                                    const QStringList &arguments)
{
    if (const auto exit = parseSubcommandLine(parser, arguments, QStringLiteral("derive-key")))
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        printError(Tr::tr("derive-key: unexpected argument \"%1\" (see derive-key --help)")
                       .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    const bool single = parser.isSet(o.id);
    if (single == parser.isSet(o.batch)) {
        printError(Tr::tr("derive-key: give either --registration-id ID or --batch FILE"));
        return ExitUsage;
    }
    if (single && parser.isSet(o.output)) {
        printError(Tr::tr("derive-key: --output goes with --batch"));
        return ExitUsage;
    }
    return std::nullopt;
}

// The registration ID file opened, and checked in full when it can be read twice; the exit code when not.
std::optional<int> openIdFile(RegistrationIdFile &ids)
{
    if (!ids.open() || !ids.checkAll()) {
        printError(ids.error());
        return ids.exitCode();
    }
    return std::nullopt;
}

// The group key from --group-key-file or standard input, checked and decoded; the exit code when there is
// none.
std::optional<int> readGroupKey(const QCommandLineParser &parser, const DeriveKeyOptions &o,
                                crypto::SecureBytes *groupKey)
{
    std::optional<QByteArray> groupKeyText;
    if (parser.isSet(o.keyFile)) {
        QString error;
        groupKeyText = readSecretFromFile(parser.value(o.keyFile), &error);
        if (!groupKeyText) {
            printError(error);
            return ExitIoError;
        }
    } else {
        QString error;
        groupKeyText = readSecretFromStdin(Tr::tr("Group key (input hidden): "), &error);
        if (!groupKeyText) {
            printError(
                !error.isEmpty()
                    ? error
                    : Tr::tr("no group key on standard input (pipe it in, or use --group-key-file FILE)"));
            return ExitInvalidInput;
        }
    }
    support::Redactor::registerSecret(QByteArrayView(*groupKeyText));
    QString keyForCheck = QString::fromLatin1(*groupKeyText);
    const auto keyProblem = plan::checkSymmetricKey(keyForCheck, plan::Field::GroupKey);
    crypto::wipe(keyForCheck);
    const bool decoded = !keyProblem && crypto::decodeBase64Strict(*groupKeyText, *groupKey);
    crypto::wipe(*groupKeyText);
    if (keyProblem || !decoded) {
        printError(keyProblem ? keyProblem->message : Tr::tr("Group key is not valid base64."));
        return ExitInvalidInput;
    }
    return std::nullopt;
}

// Writes "registrationId,derivedKey" for every ID of the file, to outputPath (replaced only when every
// line succeeded) or, without one, to standard output. The IDs are streamed: read, derived on every core
// and written in input order, a few thousand at a time.
int deriveBatch(crypto::DeviceKeyBatch &batch, RegistrationIdFile &ids,
                const std::optional<QString> &outputPath)
{
    std::unique_ptr<QSaveFile> outputFile;
    if (outputPath) {
        outputFile = std::make_unique<support::OwnerOnlySaveFile>(*outputPath);
        if (!outputFile->open(QIODevice::WriteOnly)) {
            printError(Tr::tr("cannot write %1: %2").arg(outputFile->fileName(), outputFile->errorString()));
            return ExitIoError;
        }
    }
    out().flush();

    const auto source = [&ids](crypto::DeviceKeyBatchChunk &chunk) {
        std::string_view id;
        while (!chunk.isFull()) {
            const RegistrationIdFile::Read read = ids.next(&id);
            if (read == RegistrationIdFile::Read::Failed)
                return false;
            if (read != RegistrationIdFile::Read::Id)
                break;
            chunk.add(id);
        }
        return true;
    };
    const auto sink = [&outputFile](std::string_view lines) {
        return writeAll(outputFile.get(), stdout, lines);
    };
    switch (batch.run(source, sink)) {
    case crypto::DeviceKeyBatch::Result::Done:
        break;
    case crypto::DeviceKeyBatch::Result::SourceFailed:
        printError(ids.error());
        return ids.exitCode();
    case crypto::DeviceKeyBatch::Result::SinkFailed:
        printError(Tr::tr("writing the derived keys failed"));
        return ExitIoError;
    default:
        printError(Tr::tr("OpenSSL failed to compute HMAC-SHA256"));
        return ExitFailure;
    }
    if (outputFile && !outputFile->commit()) {
        printError(Tr::tr("cannot write %1: %2").arg(outputFile->fileName(), outputFile->errorString()));
        return ExitIoError;
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace

int runDeriveKey(const QStringList &arguments)
{
    QCommandLineParser parser;
    const DeriveKeyOptions o;
    describe(parser, o);
    if (const auto exit = parseCommandLine(parser, o, arguments))
        return *exit;
    const bool single = parser.isSet(o.id);

    // Validate what is cheap to validate before asking for the key.
    const QString registrationId = parser.value(o.id);
    if (single) {
        if (const auto problem = plan::checkRegistrationId(registrationId)) {
            printError(problem->message);
            return ExitInvalidInput;
        }
    }
    RegistrationIdFile ids(parser.value(o.batch));
    if (!single) {
        if (const auto exit = openIdFile(ids))
            return *exit;
    }

    crypto::SecureBytes groupKey;
    if (const auto exit = readGroupKey(parser, o, &groupKey))
        return *exit;
    if (single) {
        crypto::DeviceKeyDeriver deriver(groupKey);
        groupKey.wipe();
        if (!deriver.isValid()) {
            printError(Tr::tr("OpenSSL could not set up HMAC-SHA256"));
            return ExitFailure;
        }
        const QByteArray key = deriver.derive(registrationId.toUtf8());
        out() << QString::fromLatin1(key) << Qt::endl;
        return key.isEmpty() ? ExitFailure : ExitOk;
    }
    crypto::DeviceKeyBatch batch(groupKey);
    groupKey.wipe();
    if (!batch.isValid()) {
        printError(Tr::tr("OpenSSL could not set up HMAC-SHA256"));
        return ExitFailure;
    }
    return deriveBatch(batch, ids,
                       parser.isSet(o.output) ? std::optional(parser.value(o.output)) : std::nullopt);
}

} // namespace eflow::app
