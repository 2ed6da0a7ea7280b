#include "engine/localdps/LocalDpsStateValidator.h"

#include <cmath>

#include <QHash>

#include "engine/crypto/SecureBytes.h"
#include "engine/localdps/LocalDpsStore.h"
#include "engine/plan/Validation.h"

namespace eflow::localdps {

namespace {

// What the service takes as a symmetric key (plan::checkSymmetricKey's rule).
constexpr qsizetype minKeyBytes = 16;
constexpr qsizetype maxKeyBytes = 64;

QString child(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString indexed(QStringView path, qsizetype index)
{
    return path.toString() + u'[' + QString::number(index) + u']';
}

} // namespace

std::optional<QString> LocalDpsStateValidator::check(const QJsonObject &state)
{
    LocalDpsStateValidator validator;
    validator.checkTop(state);
    return validator.m_problem;
}

void LocalDpsStateValidator::fail(const QString &path, const QString &what)
{
    if (!m_problem)
        m_problem = tr("%1: %2").arg(path, what);
}

void LocalDpsStateValidator::checkTop(const QJsonObject &state)
{
    const std::optional<qint64> version = integer(state, QString(), u"formatVersion", Need::Required);
    if (failed())
        return;
    if (*version != LocalDpsStore::formatVersion) {
        fail(QStringLiteral("formatVersion"),
             tr("state format version %1 is not supported (this version reads %2)")
                 .arg(*version)
                 .arg(LocalDpsStore::formatVersion));
        return;
    }
    if (const std::optional<QString> scope = string(state, QString(), u"idScope", Need::Required)) {
        if (const auto problem = plan::checkIdScope(*scope))
            fail(QStringLiteral("idScope"), problem->message);
    }
    if (const std::optional<QJsonArray> hubs = array(state, QString(), u"iotHubs", Need::Required)) {
        for (qsizetype i = 0; i < hubs->size() && !failed(); ++i) {
            const QString path = indexed(u"iotHubs", i);
            if (!hubs->at(i).isString())
                fail(path, tr("not a string"));
            else if (hubs->at(i).toString().trimmed().isEmpty())
                fail(path, tr("empty"));
        }
    }
    key(state, QString(), u"servicePolicyKey");
    checkList(state, u"enrollments", {QStringLiteral("registrationId")},
              [this](const QJsonValue &v, const QString &path) { checkEnrollment(v, path, false); });
    checkList(state, u"enrollmentGroups", {QStringLiteral("enrollmentGroupId")},
              [this](const QJsonValue &v, const QString &path) { checkEnrollment(v, path, true); });
    checkList(state, u"registrations",
              {QStringLiteral("registrationState"), QStringLiteral("registrationId")},
              [this](const QJsonValue &v, const QString &path) { checkRegistration(v, path); });
    if (const std::optional<QJsonObject> operations =
            object(state, QString(), u"operations", Need::Required)) {
        for (auto it = operations->constBegin(); it != operations->constEnd() && !failed(); ++it) {
            const QString path = QStringLiteral("operations[\"") + it.key() + QStringLiteral("\"]");
            if (it.key().isEmpty())
                fail(path, tr("empty operation ID"));
            else
                checkOperation(it.value(), path);
        }
    }
}

void LocalDpsStateValidator::checkList(const QJsonObject &state, QStringView key, const QStringList &idPath,
                                       const std::function<void(const QJsonValue &, const QString &)> &check)
{
    const std::optional<QJsonArray> entries = array(state, QString(), key, Need::Required);
    if (!entries || failed())
        return;
    QHash<QString, QString> seen; // lower-cased ID -> path of the entry that has it
    for (qsizetype i = 0; i < entries->size() && !failed(); ++i) {
        const QString path = indexed(key, i);
        check(entries->at(i), path);
        if (failed())
            return;
        QJsonValue id = entries->at(i);
        for (const QString &step : idPath)
            id = id.toObject().value(step);
        const QString lower = id.toString().toLower();
        if (const auto it = seen.constFind(lower); it != seen.cend())
            fail(path + u'.' + idPath.join(u'.'), tr("the same ID as %1").arg(*it));
        seen.insert(lower, path);
    }
}

void LocalDpsStateValidator::checkEnrollment(const QJsonValue &value, const QString &path, bool group)
{
    if (!value.isObject()) {
        fail(path, tr("not an object"));
        return;
    }
    const QJsonObject enrollment = value.toObject();
    if (group) {
        if (const auto id = string(enrollment, path, u"enrollmentGroupId", Need::Required)) {
            if (const auto problem = plan::checkEnrollmentGroupId(*id))
                fail(child(path, u"enrollmentGroupId"), problem->message);
        }
    } else {
        if (const auto id = string(enrollment, path, u"registrationId", Need::Required)) {
            if (const auto problem = plan::checkRegistrationId(*id))
                fail(child(path, u"registrationId"), problem->message);
        }
        if (const auto deviceId = string(enrollment, path, u"deviceId", Need::Optional);
            deviceId && !deviceId->isEmpty()) {
            if (const auto problem = plan::checkDeviceId(*deviceId))
                fail(child(path, u"deviceId"), problem->message);
        }
    }
    checkAttestation(enrollment, path, group);
    if (const auto capabilities = object(enrollment, path, u"capabilities", Need::Required))
        boolean(*capabilities, child(path, u"capabilities"), u"iotEdge", Need::Required);
    oneOf(enrollment, path, u"provisioningStatus", Need::Required, {u"enabled", u"disabled"});
    for (const char16_t *name : {u"etag", u"createdDateTimeUtc", u"lastUpdatedDateTimeUtc"})
        string(enrollment, path, name, Need::Required);
    if (const auto policy = object(enrollment, path, u"reprovisionPolicy", Need::Optional)) {
        for (const char16_t *name : {u"updateHubAssignment", u"migrateDeviceData"})
            boolean(*policy, child(path, u"reprovisionPolicy"), name, Need::Optional);
    }
    oneOf(enrollment, path, u"allocationPolicy", Need::Optional,
          {u"hashed", u"geoLatency", u"static", u"custom"});
    string(enrollment, path, u"iotHubHostName", Need::Optional);
    if (const auto hubs = array(enrollment, path, u"iotHubs", Need::Optional)) {
        for (qsizetype i = 0; i < hubs->size(); ++i) {
            if (!hubs->at(i).isString())
                fail(indexed(child(path, u"iotHubs"), i), tr("not a string"));
        }
    }
    object(enrollment, path, u"initialTwin", Need::Optional);
}

void LocalDpsStateValidator::checkAttestation(const QJsonObject &enrollment, const QString &path, bool group)
{
    const std::optional<QJsonObject> attestation = object(enrollment, path, u"attestation", Need::Required);
    if (!attestation)
        return;
    const QString at = child(path, u"attestation");
    if (group)
        oneOf(*attestation, at, u"type", Need::Required, {u"none", u"x509", u"symmetricKey"});
    else
        oneOf(*attestation, at, u"type", Need::Required, {u"none", u"tpm", u"x509", u"symmetricKey"});
    const QString type = attestation->value(u"type").toString();
    if (type == u"symmetricKey") {
        if (const auto keys = object(*attestation, at, u"symmetricKey", Need::Required)) {
            key(*keys, child(at, u"symmetricKey"), u"primaryKey");
            key(*keys, child(at, u"symmetricKey"), u"secondaryKey");
        }
    } else if (type == u"tpm") {
        if (const auto tpm = object(*attestation, at, u"tpm", Need::Required)) {
            const auto endorsementKey = string(*tpm, child(at, u"tpm"), u"endorsementKey", Need::Required);
            if (endorsementKey && endorsementKey->isEmpty())
                fail(child(child(at, u"tpm"), u"endorsementKey"), tr("empty"));
        }
    }
}

void LocalDpsStateValidator::checkRegistration(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, tr("not an object"));
        return;
    }
    const QJsonObject record = value.toObject();
    if (const auto state = object(record, path, u"registrationState", Need::Required)) {
        const QString at = child(path, u"registrationState");
        if (const auto id = string(*state, at, u"registrationId", Need::Required)) {
            if (const auto problem = plan::checkRegistrationId(*id))
                fail(child(at, u"registrationId"), problem->message);
        }
        oneOf(*state, at, u"status", Need::Required,
              {u"assigned", u"assigning", u"failed", u"disabled", u"unassigned"});
        for (const char16_t *name : {u"etag", u"createdDateTimeUtc", u"lastUpdatedDateTimeUtc"})
            string(*state, at, name, Need::Required);
        for (const char16_t *name : {u"assignedHub", u"deviceId", u"substatus", u"errorMessage"})
            string(*state, at, name, Need::Optional);
        integer(*state, at, u"errorCode", Need::Optional);
        if (const auto keys = object(*state, at, u"symmetricKey", Need::Optional))
            string(*keys, child(at, u"symmetricKey"), u"enrollmentGroupId", Need::Optional);
    }
    boolean(record, path, u"iotEdge", Need::Required);
    if (const auto groupId = string(record, path, u"enrollmentGroupId", Need::Optional)) {
        if (const auto problem = plan::checkEnrollmentGroupId(*groupId))
            fail(child(path, u"enrollmentGroupId"), problem->message);
    }
}

void LocalDpsStateValidator::checkOperation(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, tr("not an object"));
        return;
    }
    const QJsonObject operation = value.toObject();
    if (const auto id = string(operation, path, u"registrationId", Need::Required)) {
        if (const auto problem = plan::checkRegistrationId(*id))
            fail(child(path, u"registrationId"), problem->message);
    }
    if (const auto polls = integer(operation, path, u"pollsLeft", Need::Required); polls && *polls < 0)
        fail(child(path, u"pollsLeft"), tr("less than 0"));
    integer(operation, path, u"createdMs", Need::Required);
}

std::optional<QJsonValue> LocalDpsStateValidator::present(const QJsonObject &object, const QString &path,
                                                          QStringView key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (need == Need::Required)
            fail(child(path, key), tr("missing"));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> LocalDpsStateValidator::string(const QJsonObject &object, const QString &path,
                                                      QStringView key, Need need)
{
    const std::optional<QJsonValue> found = present(object, path, key, need);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    if (!value.isString()) {
        fail(child(path, key), tr("not a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QJsonObject> LocalDpsStateValidator::object(const QJsonObject &object, const QString &path,
                                                          QStringView key, Need need)
{
    const std::optional<QJsonValue> found = present(object, path, key, need);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    if (!value.isObject()) {
        fail(child(path, key), tr("not an object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> LocalDpsStateValidator::array(const QJsonObject &object, const QString &path,
                                                        QStringView key, Need need)
{
    const std::optional<QJsonValue> found = present(object, path, key, need);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    if (!value.isArray()) {
        fail(child(path, key), tr("not a list"));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<bool> LocalDpsStateValidator::boolean(const QJsonObject &object, const QString &path,
                                                    QStringView key, Need need)
{
    const std::optional<QJsonValue> found = present(object, path, key, need);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    if (!value.isBool()) {
        fail(child(path, key), tr("not true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> LocalDpsStateValidator::integer(const QJsonObject &object, const QString &path,
                                                      QStringView key, Need need)
{
    const std::optional<QJsonValue> found = present(object, path, key, need);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    // JSON numbers are doubles; a whole number is one that a 53-bit mantissa holds exactly.
    constexpr double maxExact = 9007199254740992.0;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > maxExact) {
        fail(child(path, key), tr("not a whole number"));
        return std::nullopt;
    }
    return qint64(number);
}

void LocalDpsStateValidator::oneOf(const QJsonObject &object, const QString &path, QStringView key, Need need,
                                   std::initializer_list<const char16_t *> allowed)
{
    const std::optional<QString> value = string(object, path, key, need);
    if (!value)
        return;
    QStringList names;
    for (const char16_t *name : allowed) {
        if (*value == QStringView(name))
            return;
        names << QString::fromUtf16(name);
    }
    fail(child(path, key), tr("\"%1\" is not one of %2").arg(*value, names.join(QStringLiteral(", "))));
}

void LocalDpsStateValidator::key(const QJsonObject &object, const QString &path, QStringView key)
{
    const std::optional<QString> text = string(object, path, key, Need::Required);
    if (!text)
        return;
    crypto::SecureBytes bytes;
    if (!crypto::decodeBase64Strict(text->toLatin1(), bytes)) {
        fail(child(path, key), tr("not base64"));
        return;
    }
    if (bytes.size() < minKeyBytes || bytes.size() > maxKeyBytes)
        fail(child(path, key),
             tr("%1 bytes; a key has %2 to %3").arg(bytes.size()).arg(minKeyBytes).arg(maxKeyBytes));
}

} // namespace eflow::localdps
