#include "app/ProvisioningSecretReader.h"

#include <QCoreApplication>

#include "app/Console.h"
#include "app/SecretWait.h"
#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/plan/Validation.h"
#include "engine/support/KeychainSecretStore.h"
#include "engine/support/Redactor.h"
#include "engine/support/SecretRef.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostCommand)
};

// The key's text from where the command was told to take it (a file, standard input, the keychain, or in
// demo mode the demo enrollment's own key); nullopt with *error.
std::optional<QByteArray> secretText(const SecretSource &source, const plan::ProvisioningSettings &settings,
                                     QString *error)
{
    if (!source.keyFile.isEmpty())
        return readSecretFromFile(source.keyFile, error);
    if (source.fromStdin) {
        auto text = readSecretFromStdin(settings.type == plan::ProvisioningType::ManualConnectionString
                                            ? Tr::tr("Device connection string (input hidden): ")
                                            : (source.group ? Tr::tr("Group key (input hidden): ")
                                                            : Tr::tr("Device key (input hidden): ")),
                                        error);
        if (!text && error->isEmpty())
            *error = Tr::tr("no key on standard input (pipe it in, or use --key-file FILE)");
        return text;
    }
    if (!source.secretRef.isEmpty())
        return keychainText(source.secretRef, error);
    if (source.demo && settings.type == plan::ProvisioningType::DpsSymmetricKey) {
        // The group's key when the device key is derived from it: the same path as a typed group key.
        const auto &key = source.group ? source.demo->groupKey : source.demo->individualKey;
        if (key && !key->isEmpty())
            return key->view().toByteArray();
        *error = Tr::tr("the demo has no key for registration ID \"%1\"").arg(settings.registrationId);
        return std::nullopt;
    }
    *error = Tr::tr("no key given: use --key-file FILE, --key-stdin or --secret-ref keychain:NAME");
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> keychainText(const QString &ref, QString *error)
{
    const std::optional<support::SecretRef> parsed = support::parseSecretRef(ref, error);
    if (!parsed)
        return std::nullopt;
    support::KeychainSecretStore store;
    support::SecretResult result = readSecretNow(store, parsed->name);
    if (result.error) {
        *error = result.error.message;
        return std::nullopt;
    }
    return result.value.view().toByteArray();
}

std::optional<host::ProvisioningSecret>
readProvisioningSecret(const SecretSource &source, const plan::ProvisioningSettings &settings, QString *error)
{
    if (settings.type != plan::ProvisioningType::DpsSymmetricKey &&
        settings.type != plan::ProvisioningType::ManualConnectionString)
        return host::ProvisioningSecret{};

    std::optional<QByteArray> text = secretText(source, settings, error);
    if (!text)
        return std::nullopt;
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

} // namespace eflow::app
