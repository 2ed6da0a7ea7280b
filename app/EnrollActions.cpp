#include "app/EnrollActions.h"

#include <iostream>
#include <string>

#include <unistd.h>

#include <QCoreApplication>

#include "app/Console.h"
#include "app/EnrollService.h"
#include "app/SecretWait.h"
#include "engine/crypto/KeyGenerator.h"
#include "engine/support/KeychainSecretStore.h"
#include "engine/support/Redactor.h"
#include "engine/support/SecretRef.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)
};

using Action = EnrollRequest::Action;

QString secondaryName(const QString &name)
{
    return name + QStringLiteral(".secondary");
}

bool matchesFilter(const QString &id, const QString &filter)
{
    return filter.isEmpty() || id.contains(filter, Qt::CaseInsensitive);
}

// A new key pair, registered with the Redactor at once; nothing when OpenSSL's generator fails.
std::optional<dps::EnrollmentAttestation> generateKeys()
{
    dps::EnrollmentAttestation keys;
    QByteArray primary = crypto::generateSymmetricKey();
    QByteArray secondary = crypto::generateSymmetricKey();
    if (primary.isEmpty() || secondary.isEmpty())
        return std::nullopt;
    support::Redactor::registerSecret(QByteArrayView(primary));
    support::Redactor::registerSecret(QByteArrayView(secondary));
    keys.primaryKey = QString::fromLatin1(primary);
    keys.secondaryKey = QString::fromLatin1(secondary);
    crypto::wipe(primary);
    crypto::wipe(secondary);
    return keys;
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString statusWord(dps::ProvisioningStatus status)
{
    return status == dps::ProvisioningStatus::Disabled ? QStringLiteral("disabled")
                                                       : QStringLiteral("enabled");
}

// What a create or update brought back, as {"enrollment":…} or {"group":…} without the keys.
QJsonObject savedJson(const dps::DpsServiceResult &result)
{
    if (result.enrollmentGroup)
        return {{QStringLiteral("group"), EnrollOutput::withoutKeys(result.enrollmentGroup->toJson())}};
    if (result.enrollment)
        return {{QStringLiteral("enrollment"), EnrollOutput::withoutKeys(result.enrollment->toJson())}};
    return {};
}

} // namespace

int EnrollActions::run()
{
    switch (m_request.action) {
    case Action::List:
        return list();
    case Action::Show:
        return show();
    case Action::Create:
        return create();
    case Action::Update:
        return update();
    case Action::Delete:
        return remove();
    case Action::Records:
        return records();
    case Action::Unknown:
        break;
    }
    return ExitUsage;
}

QString EnrollActions::kindText() const
{
    return m_request.group ? Tr::tr("enrollment group %1").arg(m_request.id)
                           : Tr::tr("individual enrollment %1").arg(m_request.id);
}

int EnrollActions::list()
{
    QList<dps::IndividualEnrollment> enrollments;
    QList<dps::EnrollmentGroup> groups;
    if (m_request.listIndividual) {
        const dps::DpsServiceResult result =
            callNow(m_client, [this] { return m_client.queryAllEnrollments(); });
        if (!result.succeeded())
            return fail(result);
        for (const dps::IndividualEnrollment &e : result.enrollments) {
            if (matchesFilter(e.registrationId, m_request.filter))
                enrollments.append(e);
        }
    }
    if (m_request.listGroups) {
        const dps::DpsServiceResult result =
            callNow(m_client, [this] { return m_client.queryAllEnrollmentGroups(); });
        if (!result.succeeded())
            return fail(result);
        for (const dps::EnrollmentGroup &g : result.enrollmentGroups) {
            if (matchesFilter(g.enrollmentGroupId, m_request.filter))
                groups.append(g);
        }
    }
    m_output.list(enrollments, groups, m_request.listIndividual, m_request.listGroups);
    return ExitOk;
}

int EnrollActions::read()
{
    const QString id = m_request.id;
    const dps::DpsServiceResult result = callNow(m_client, [this, &id] {
        return m_request.group ? m_client.getEnrollmentGroup(id) : m_client.getEnrollment(id);
    });
    if (!result.succeeded())
        return fail(result);
    m_individual = result.enrollment;
    m_group = result.enrollmentGroup;
    if (m_request.group ? !m_group : !m_individual) {
        return m_output.failure(Tr::tr("DPS answered without the %1").arg(kindText()), ExitFailure);
    }
    return ExitOk;
}

int EnrollActions::readKeys(std::optional<dps::EnrollmentAttestation> *keys)
{
    const QString id = m_request.id;
    const dps::DpsServiceResult result = callNow(m_client, [this, &id] {
        return m_request.group ? m_client.getEnrollmentGroupAttestation(id)
                               : m_client.getEnrollmentAttestation(id);
    });
    if (!result.succeeded())
        return fail(result);
    *keys = result.attestation;
    return ExitOk;
}

int EnrollActions::readRegistration(std::optional<dps::DeviceRegistrationState> *registration)
{
    const QString id = m_request.id;
    const dps::DpsServiceResult result =
        callNow(m_client, [this, &id] { return m_client.getRegistration(id); });
    if (result.error.httpStatus == 404)
        return ExitOk; // no device has registered through it yet
    if (!result.succeeded())
        return fail(result);
    *registration = result.registration;
    return ExitOk;
}

int EnrollActions::show()
{
    if (const int exit = read())
        return exit;
    std::optional<dps::EnrollmentAttestation> keys;
    if (m_request.showKeys) {
        if (const int exit = readKeys(&keys))
            return exit;
    }
    if (m_request.group) {
        m_output.group(*m_group, keys);
        return ExitOk;
    }
    std::optional<dps::DeviceRegistrationState> registration;
    if (const int exit = readRegistration(&registration))
        return exit;
    m_output.enrollment(*m_individual, registration, keys);
    return ExitOk;
}

int EnrollActions::records()
{
    // The enrollment first: an unknown ID is "not found" (8), not an empty list.
    if (const int exit = read())
        return exit;
    QList<dps::DeviceRegistrationState> found;
    if (m_request.group) {
        const QString id = m_request.id;
        const dps::DpsServiceResult result =
            callNow(m_client, [this, &id] { return m_client.queryAllRegistrations(id); });
        if (!result.succeeded())
            return fail(result);
        found = result.registrations;
    } else {
        std::optional<dps::DeviceRegistrationState> registration;
        if (const int exit = readRegistration(&registration))
            return exit;
        if (registration)
            found.append(*registration);
    }
    m_output.records(found, Tr::tr("No device has registered through %1 yet.").arg(kindText()));
    return ExitOk;
}

void EnrollActions::applyChanges(dps::EnrollmentCommon &common) const
{
    if (m_request.iotEdge)
        common.iotEdge = *m_request.iotEdge;
    if (m_request.status)
        common.provisioningStatus = *m_request.status;
    if (m_request.initialTwin)
        common.initialTwin = *m_request.initialTwin;
}

int EnrollActions::checkKeychain()
{
    // A read of each name the keys would take asks the keychain itself: "not found" is what is wanted,
    // "unavailable" means there is no keychain, and a key found must not be overwritten.
    support::KeychainSecretStore store;
    for (const QString &name : {m_request.secretName, secondaryName(m_request.secretName)}) {
        const support::SecretResult probe = readSecretNow(store, name);
        if (!probe.error) {
            return m_output.failure(
                Tr::tr(
                    "The system keychain already holds a key named %1; nothing was created. Choose another "
                    "name with --secret-name, or remove the old one with: eflow-wizard secret forget %2")
                    .arg(support::SecretRef{name}.toString(), name),
                ExitConflict);
        }
        if (probe.error.kind == support::SecretErrorKind::NotFound)
            continue;
        const QString sentence =
            probe.error.kind == support::SecretErrorKind::Unavailable
                ? Tr::tr(
                      "No system keychain is available here (no Secret Service on the D-Bus session bus), so "
                      "the generated keys could not be kept; nothing was created. Run the command again with "
                      "--show-keys to have the keys printed instead, and keep them safe.")
                : Tr::tr(
                      "The system keychain cannot take the generated keys (%1); nothing was created. Run the "
                      "command again with --show-keys to have them printed instead.")
                      .arg(probe.error.message);
        return m_output.failure(sentence, ExitFailure);
    }
    return ExitOk;
}

int EnrollActions::storeKeys(const dps::EnrollmentAttestation &keys)
{
    support::KeychainSecretStore store;
    const QString primaryName = m_request.secretName;
    for (const auto &[name, key] : {std::pair{primaryName, keys.primaryKey},
                                    std::pair{secondaryName(primaryName), keys.secondaryKey}}) {
        QByteArray bytes = key.toLatin1();
        const support::SecretResult stored =
            storeSecretNow(store, name, crypto::SecureBytes(QByteArrayView(bytes)));
        crypto::wipe(bytes);
        if (stored.error) {
            return m_output.failure(
                Tr::tr("Created %1, but its keys could not be put into the system keychain: %2 Read them "
                       "with: eflow-wizard enroll show %3 %4 --show-keys")
                    .arg(kindText(), stored.error.message,
                         m_request.group ? QStringLiteral("--group-id") : QStringLiteral("--registration-id"),
                         m_request.id),
                ExitFailure);
        }
    }
    return ExitOk;
}

int EnrollActions::create()
{
    std::optional<dps::EnrollmentAttestation> keys = generateKeys();
    if (!keys)
        return m_output.failure(Tr::tr("OpenSSL could not generate the keys"), ExitFailure);
    dps::IndividualEnrollment enrollment;
    dps::EnrollmentGroup group;
    dps::EnrollmentCommon &common =
        m_request.group ? static_cast<dps::EnrollmentCommon &>(group) : enrollment;
    common.attestation = *keys;
    common.iotEdge = true;
    common.provisioningStatus = dps::ProvisioningStatus::Enabled;
    applyChanges(common);
    enrollment.registrationId = m_request.id;
    enrollment.deviceId = m_request.deviceId;
    group.enrollmentGroupId = m_request.id;
    if (const auto problem =
            m_request.group ? dps::checkEnrollmentGroup(group) : dps::checkEnrollment(enrollment))
        return m_output.failure(*problem, ExitInvalidInput);
    if (!m_request.showKeys) {
        if (const int exit = checkKeychain())
            return exit;
    }
    const dps::DpsServiceResult result = callNow(m_client, [&] {
        return m_request.group ? m_client.createOrUpdateEnrollmentGroup(group)
                               : m_client.createOrUpdateEnrollment(enrollment);
    });
    if (!result.succeeded())
        return fail(result);
    if (!m_request.showKeys) {
        if (const int exit = storeKeys(*keys))
            return exit;
    }
    QJsonObject json = savedJson(result);
    QString sentence = Tr::tr("Created %1 (IoT Edge: %2, %3).")
                           .arg(kindText(), yesNo(common.iotEdge), statusWord(common.provisioningStatus));
    if (m_request.showKeys) {
        json.insert(QStringLiteral("keys"), EnrollOutput::keysJson(*keys));
        sentence += QLatin1Char('\n') + Tr::tr("primary key: %1").arg(keys->primaryKey) + QLatin1Char('\n') +
                    Tr::tr("secondary key: %1").arg(keys->secondaryKey);
    } else {
        const QString primaryRef = support::SecretRef{m_request.secretName}.toString();
        const QString secondaryRef = support::SecretRef{secondaryName(m_request.secretName)}.toString();
        json.insert(QStringLiteral("secretRef"), primaryRef);
        json.insert(QStringLiteral("secondarySecretRef"), secondaryRef);
        sentence += QLatin1Char('\n') +
                    Tr::tr("The keys are in the system keychain: %1 (primary), %2 (secondary). The wizard's "
                           "Connect page and host provision --secret-ref take %1.")
                        .arg(primaryRef, secondaryRef);
    }
    m_output.done(sentence, json);
    return ExitOk;
}

int EnrollActions::update()
{
    if (const int exit = read())
        return exit;
    std::optional<dps::EnrollmentAttestation> keys;
    if (const int exit = readKeys(&keys))
        return exit;
    dps::EnrollmentCommon &common =
        m_request.group ? static_cast<dps::EnrollmentCommon &>(*m_group) : *m_individual;
    if (common.attestation.type == dps::AttestationType::SymmetricKey && (!keys || !keys->hasKeys())) {
        // A PUT without the keys would have DPS make new ones: every device would lose its identity.
        return m_output.failure(Tr::tr("DPS did not return the keys of %1, and saving without them would "
                                       "replace them; nothing was changed.")
                                    .arg(kindText()),
                                ExitFailure);
    }
    if (keys)
        common.attestation = *keys;
    applyChanges(common);
    if (!m_request.etag.isEmpty())
        common.etag = m_request.etag;
    if (m_individual)
        m_individual->registrationState.reset(); // read-only: never sent back
    const dps::DpsServiceResult result = callNow(m_client, [this] {
        return m_request.group ? m_client.createOrUpdateEnrollmentGroup(*m_group)
                               : m_client.createOrUpdateEnrollment(*m_individual);
    });
    if (!result.succeeded())
        return fail(result);
    const dps::EnrollmentCommon &saved =
        result.enrollmentGroup
            ? *result.enrollmentGroup
            : (result.enrollment ? static_cast<const dps::EnrollmentCommon &>(*result.enrollment) : common);
    m_output.done(
        Tr::tr("Updated %1 (IoT Edge: %2, %3; etag %4).")
            .arg(kindText(), yesNo(saved.iotEdge), statusWord(saved.provisioningStatus), saved.etag),
        savedJson(result));
    return ExitOk;
}

bool EnrollActions::confirmDelete() const
{
    if (m_request.confirmed)
        return true;
    err() << Tr::tr("Delete %1? Devices that registered through it keep their IoT Hub identity, but cannot "
                    "register again. Type yes to delete: ")
                 .arg(kindText())
          << Qt::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return QString::fromStdString(answer).trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

int EnrollActions::remove()
{
    if (!confirmDelete())
        return m_output.failure(Tr::tr("Nothing was deleted."), ExitCancelled);
    const QString id = m_request.id;
    const QString etag = m_request.etag;
    const dps::DpsServiceResult result = callNow(m_client, [this, &id, &etag] {
        return m_request.group ? m_client.deleteEnrollmentGroup(id, etag)
                               : m_client.deleteEnrollment(id, etag);
    });
    if (!result.succeeded())
        return fail(result);
    m_output.done(Tr::tr("Deleted %1.").arg(kindText()), QJsonObject{{QStringLiteral("deleted"), id}});
    return ExitOk;
}

} // namespace eflow::app
