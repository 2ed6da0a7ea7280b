#include "app/ProvisioningSecretReader.h"

#include <QCoreApplication>

#include "app/Console.h"
#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/plan/Validation.h"
#include "engine/support/Redactor.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostCommand)
};

crypto::SecureBytes copyOf(const std::shared_ptr<const crypto::SecureBytes> &key)
{
    return key ? crypto::SecureBytes(key->view()) : crypto::SecureBytes();
}

// The device key of registrationId under the demo group (HMAC-SHA256 of the ID with the group key).
crypto::SecureBytes demoDeviceKey(const jobs::DemoDps &demo, const QString &registrationId)
{
    if (!demo.groupKey || demo.groupKey->isEmpty())
        return {};
    QByteArray derived = crypto::deriveDeviceKey(demo.groupKey->view(), registrationId.toUtf8());
    crypto::SecureBytes key{QByteArrayView(derived)};
    crypto::wipe(derived);
    return key;
}

} // namespace
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
        crypto::SecureBytes key = source.group ? demoDeviceKey(*source.demo, settings.registrationId)
                                               : copyOf(source.demo->individualKey);
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

} // namespace eflow::app
