#include "app/DeriveKeyCommand.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "app/Console.h"
#include "app/SecretArguments.h"
#include "engine/crypto/DeviceKey.h"
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

struct IdLine
{
    qsizetype offset = 0;
    qsizetype length = 0;
};

// Validates every line of an ID file before anything is derived or written, so that a bad line
// leaves no half-written output behind. Blank lines and lines starting with '#' are skipped;
// surrounding whitespace and CR line ends are tolerated.
bool collectIds(const QByteArray &content, const QString &fileName, std::vector<IdLine> &ids, QString *error)
{
    // DPS compares registration IDs case-insensitively: two lines that differ only in case are one device.
    std::unordered_map<std::string, int> seen;
    seen.reserve(std::size_t(content.size() / 24 + 16));
    const char *data = content.constData();
    const qsizetype size = content.size();
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < size) {
        ++lineNumber;
        qsizetype end = content.indexOf('\n', pos);
        if (end < 0)
            end = size;
        qsizetype begin = pos;
        qsizetype stop = end;
        pos = end + 1;
        while (begin < stop && (data[begin] == ' ' || data[begin] == '\t'))
            ++begin;
        while (stop > begin && (data[stop - 1] == '\r' || data[stop - 1] == ' ' || data[stop - 1] == '\t'))
            --stop;
        if (begin == stop || data[begin] == '#')
            continue;
        const QByteArrayView id(data + begin, stop - begin);
        if (const auto problem = plan::checkRegistrationId(QString::fromUtf8(id))) {
            *error = Tr::tr("%1:%2: %3").arg(fileName).arg(lineNumber).arg(problem->message);
            return false;
        }
        std::string lower(id.data(), std::size_t(id.size()));
        for (char &c : lower)
            c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        const auto [it, inserted] = seen.emplace(std::move(lower), lineNumber);
        if (!inserted) {
            *error = Tr::tr("%1:%2: registration ID %3 repeats line %4 (DPS treats registration IDs "
                            "case-insensitively, so both lines would be the same device)")
                         .arg(fileName)
                         .arg(lineNumber)
                         .arg(QString::fromUtf8(id))
                         .arg(it->second);
            return false;
        }
        ids.push_back({begin, stop - begin});
    }
    return true;
}

bool writeAll(QIODevice *device, std::FILE *stream, const std::string &buffer)
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
    if (const auto refusal = refuseSecretArguments(arguments)) {
        printError(*refusal);
        return ExitUsage;
    }
    if (!parser.parse(arguments)) {
        printError(Tr::tr("derive-key: %1 (see derive-key --help)").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QCoreApplication::applicationName(),
                                           QCoreApplication::applicationName() +
                                               QStringLiteral(" derive-key"));
        return ExitOk;
    }
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

// The whole registration ID file; the exit code when it cannot be read.
std::optional<int> readIdFile(const QString &batchName, QByteArray *content)
{
    QFile file(batchName);
    if (!file.exists()) {
        printError(Tr::tr("registration ID file %1 does not exist").arg(batchName));
        return ExitIoError;
    }
    if (QFileInfo(file).isDir() || !file.open(QIODevice::ReadOnly)) {
        printError(Tr::tr("cannot read registration ID file %1: %2").arg(batchName, file.errorString()));
        return ExitIoError;
    }
    *content = file.readAll();
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
        groupKeyText = readSecretFromStdin(Tr::tr("Group key (input hidden): "));
        if (!groupKeyText) {
            printError(Tr::tr("no group key on standard input (pipe it in, or use --group-key-file FILE)"));
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
// line succeeded) or, without one, to standard output.
int deriveBatch(crypto::DeviceKeyDeriver &deriver, const QByteArray &content, const QString &batchName,
                const std::optional<QString> &outputPath)
{
    std::vector<IdLine> ids;
    ids.reserve(std::size_t(content.size() / 24 + 16));
    QString error;
    if (!collectIds(content, batchName, ids, &error)) {
        printError(error);
        return ExitInvalidInput;
    }

    std::unique_ptr<QSaveFile> outputFile;
    if (outputPath) {
        outputFile = std::make_unique<support::OwnerOnlySaveFile>(*outputPath);
        if (!outputFile->open(QIODevice::WriteOnly)) {
            printError(Tr::tr("cannot write %1: %2").arg(outputFile->fileName(), outputFile->errorString()));
            return ExitIoError;
        }
    }
    out().flush();

    // Derived keys are written in blocks of about 1 MiB: one write per block, no per-line allocation.
    constexpr std::size_t blockSize = 1 << 20;
    std::string buffer;
    buffer.reserve(blockSize + 256);
    const char *data = content.constData();
    char key[crypto::HmacSha256::base64Size];
    for (const IdLine &line : ids) {
        const QByteArrayView id(data + line.offset, line.length);
        if (!deriver.deriveInto(id, key)) {
            printError(Tr::tr("OpenSSL failed to compute HMAC-SHA256"));
            return ExitFailure;
        }
        buffer.append(id.data(), std::size_t(id.size()));
        buffer.push_back(',');
        buffer.append(key, sizeof key);
        buffer.push_back('\n');
        if (buffer.size() >= blockSize) {
            if (!writeAll(outputFile.get(), stdout, buffer)) {
                printError(Tr::tr("writing the derived keys failed"));
                return ExitIoError;
            }
            buffer.clear();
        }
    }
    if (!writeAll(outputFile.get(), stdout, buffer)) {
        printError(Tr::tr("writing the derived keys failed"));
        return ExitIoError;
    }
    std::fill(buffer.begin(), buffer.end(), '\0');
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
    QByteArray content;
    const QString batchName = parser.value(o.batch);
    if (!single) {
        if (const auto exit = readIdFile(batchName, &content))
            return *exit;
    }

    crypto::SecureBytes groupKey;
    if (const auto exit = readGroupKey(parser, o, &groupKey))
        return *exit;
    crypto::DeviceKeyDeriver deriver(groupKey);
    groupKey.wipe();
    if (!deriver.isValid()) {
        printError(Tr::tr("OpenSSL could not set up HMAC-SHA256"));
        return ExitFailure;
    }

    if (single) {
        const QByteArray key = deriver.derive(registrationId.toUtf8());
        out() << QString::fromLatin1(key) << Qt::endl;
        return key.isEmpty() ? ExitFailure : ExitOk;
    }
    return deriveBatch(deriver, content, batchName,
                       parser.isSet(o.output) ? std::optional(parser.value(o.output)) : std::nullopt);
}

} // namespace eflow::app
