#include "app/EnrollService.h"

#include <QCoreApplication>
#include <QEventLoop>

#include "app/Console.h"
#include "app/SecretWait.h"
#include "app/SignalQuit.h"
#include "engine/support/KeychainSecretStore.h"
#include "engine/support/Redactor.h"
#include "engine/support/SecretRef.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)
};

std::optional<int> readFromKeychain(const QString &reference, crypto::SecureBytes *connectionString)
{
    QString problem;
    const std::optional<support::SecretRef> ref = support::parseSecretRef(reference, &problem);
    if (!ref) {
        printError(Tr::tr("--secret-ref: %1").arg(problem));
        return ExitInvalidInput;
    }
    support::KeychainSecretStore store;
    support::SecretResult result = readSecretNow(store, ref->name);
    if (result.error) {
        printError(result.error.message);
        if (!result.error.detail.isEmpty())
            err() << "  " << result.error.detail << Qt::endl;
        return result.error.kind == support::SecretErrorKind::InvalidName ? ExitInvalidInput : ExitFailure;
    }
    *connectionString = std::move(result.value);
    return std::nullopt;
}

} // namespace

std::optional<int> readServiceConnectionString(const ServiceConnectionSource &source,
                                               crypto::SecureBytes *connectionString)
{
    if (!source.file.isEmpty() && !source.secretRef.isEmpty()) {
        printError(Tr::tr("enroll: give the connection string one way: --connection-string-file or "
                          "--secret-ref, not both"));
        return ExitUsage;
    }
    if (!source.secretRef.isEmpty())
        return readFromKeychain(source.secretRef, connectionString);
    std::optional<QByteArray> text;
    QString error;
    if (!source.file.isEmpty()) {
        text = readSecretFromFile(source.file, &error);
        if (!text) {
            printError(error);
            return ExitIoError;
        }
    } else if (qEnvironmentVariableIsSet(kConnectionStringVariable)) {
        text = qgetenv(kConnectionStringVariable).trimmed();
    } else {
        text = readSecretFromStdin(Tr::tr("DPS service connection string (input hidden): "), &error);
        if (!error.isEmpty()) {
            printError(error);
            return ExitInvalidInput;
        }
    }
    if (!text || text->isEmpty()) {
        printError(Tr::tr("enroll: no DPS service connection string: pipe it on standard input, or use "
                          "--connection-string-file FILE, --secret-ref keychain:NAME or %1")
                       .arg(QLatin1String(kConnectionStringVariable)));
        return ExitUsage;
    }
    support::Redactor::registerSecret(QByteArrayView(*text));
    *connectionString = crypto::SecureBytes(QByteArrayView(*text));
    crypto::wipe(*text);
    return std::nullopt;
}

std::unique_ptr<dps::DpsServiceClient> makeServiceClient(const crypto::SecureBytes &connectionString,
                                                         const dps::DpsServiceClientOptions &options,
                                                         int *exitCode)
{
    // The client takes the key out of the text at once; the text is wiped right after.
    QString text = QString::fromUtf8(connectionString.view());
    auto client = std::make_unique<dps::DpsServiceClient>(text, options);
    crypto::wipe(text);
    if (client->isValid())
        return client;
    const dps::DpsError &problem = client->configurationError();
    printError(problem.message);
    *exitCode = ExitInvalidInput;
    return nullptr;
}

dps::DpsServiceResult callNow(dps::DpsServiceClient &client, const std::function<bool()> &start)
{
    dps::DpsServiceResult result;
    bool done = false;
    QEventLoop loop;
    const QMetaObject::Connection connection = QObject::connect(
        &client, &dps::DpsServiceClient::finished, &loop, [&](const dps::DpsServiceResult &answer) {
            result = answer;
            done = true;
            loop.quit();
        });
    SignalQuit interrupt([&client] { client.cancel(); });
    if (!start()) {
        QObject::disconnect(connection);
        result.kind = dps::DpsServiceResult::Kind::Failed;
        result.error = dps::DpsError::invalidInput(Tr::tr("the DPS service client is busy"));
        return result;
    }
    if (!done)
        loop.exec();
    QObject::disconnect(connection);
    return result;
}

int exitCodeFor(const dps::DpsServiceResult &result)
{
    using Kind = dps::DpsError::Kind;
    if (result.succeeded())
        return ExitOk;
    if (result.kind == dps::DpsServiceResult::Kind::Cancelled || result.error.kind == Kind::Timeout)
        return ExitCancelled;
    if (result.error.httpStatus == 404)
        return ExitNotFound;
    if (result.error.httpStatus == 409 || result.error.httpStatus == 412)
        return ExitConflict;
    if (result.error.kind == Kind::InvalidInput || result.error.kind == Kind::InvalidCaFile)
        return ExitInvalidInput;
    return ExitFailure;
}

} // namespace eflow::app
