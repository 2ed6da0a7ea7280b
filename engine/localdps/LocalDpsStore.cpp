#include "engine/localdps/LocalDpsStore.h"

#include <algorithm>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include "engine/support/OwnerOnlySaveFile.h"
#include "engine/localdps/LocalDpsStateValidator.h"

namespace eflow::localdps {

namespace {

QString lowerKey(const QString &id)
{
    return id.toLower();
}

QJsonArray toArray(const QMap<QString, QJsonObject> &map)
{
    QJsonArray array;
    for (const QJsonObject &o : map)
        array.append(o);
    return array;
}

} // namespace

std::optional<QJsonObject> LocalDpsStore::enrollment(const QString &registrationId) const
{
    const auto it = m_enrollments.constFind(lowerKey(registrationId));
    return it == m_enrollments.cend() ? std::nullopt : std::optional<QJsonObject>(*it);
}

void LocalDpsStore::putEnrollment(const QJsonObject &enrollment)
{
    m_enrollments.insert(lowerKey(enrollment.value(u"registrationId").toString()), enrollment);
}

bool LocalDpsStore::removeEnrollment(const QString &registrationId)
{
    return m_enrollments.remove(lowerKey(registrationId)) > 0;
}

std::optional<QJsonObject> LocalDpsStore::enrollmentGroup(const QString &groupId) const
{
    const auto it = m_groups.constFind(lowerKey(groupId));
    return it == m_groups.cend() ? std::nullopt : std::optional<QJsonObject>(*it);
}

void LocalDpsStore::putEnrollmentGroup(const QJsonObject &group)
{
    m_groups.insert(lowerKey(group.value(u"enrollmentGroupId").toString()), group);
}

bool LocalDpsStore::removeEnrollmentGroup(const QString &groupId)
{
    return m_groups.remove(lowerKey(groupId)) > 0;
}

std::optional<QJsonObject> LocalDpsStore::registration(const QString &registrationId) const
{
    const auto it = m_registrations.constFind(lowerKey(registrationId));
    return it == m_registrations.cend() ? std::nullopt : std::optional<QJsonObject>(*it);
}

void LocalDpsStore::putRegistration(const QJsonObject &record)
{
    const QString id = record.value(u"registrationState").toObject().value(u"registrationId").toString();
    m_registrations.insert(lowerKey(id), record);
}

bool LocalDpsStore::removeRegistration(const QString &registrationId)
{
    return m_registrations.remove(lowerKey(registrationId)) > 0;
}

std::optional<QJsonObject> LocalDpsStore::operation(const QString &operationId) const
{
    const auto it = m_operations.constFind(operationId);
    return it == m_operations.cend() ? std::nullopt : std::optional<QJsonObject>(*it);
}

void LocalDpsStore::putOperation(const QString &operationId, const QJsonObject &operation)
{
    m_operations.insert(operationId, operation);
}

void LocalDpsStore::pruneOperations(qsizetype keep)
{
    if (m_operations.size() <= keep)
        return;
    QList<QPair<qint64, QString>> byAge;
    for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it)
        byAge.append({it.value().value(u"createdMs").toInteger(), it.key()});
    std::sort(byAge.begin(), byAge.end());
    for (qsizetype i = 0; i < byAge.size() - keep; ++i)
        m_operations.remove(byAge[i].second);
}

QJsonObject LocalDpsStore::toJson() const
{
    QJsonObject operations;
    for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it)
        operations.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("idScope"), m_idScope},
        {QStringLiteral("iotHubs"), QJsonArray::fromStringList(m_iotHubs)},
        {QStringLiteral("servicePolicyKey"), QString::fromLatin1(m_servicePolicyKey)},
        {QStringLiteral("enrollments"), toArray(m_enrollments)},
        {QStringLiteral("enrollmentGroups"), toArray(m_groups)},
        {QStringLiteral("registrations"), toArray(m_registrations)},
        {QStringLiteral("operations"), operations},
    };
}

bool LocalDpsStore::fromJson(const QJsonObject &json, QString *error)
{
    // Checked whole before anything is taken: below, every value has the type and form it is read as.
    if (const std::optional<QString> problem = LocalDpsStateValidator::check(json)) {
        if (error)
            *error = *problem;
        return false;
    }
    LocalDpsStore loaded;
    loaded.m_idScope = json.value(u"idScope").toString();
    for (const QJsonValue &hub : json.value(u"iotHubs").toArray())
        loaded.m_iotHubs.append(hub.toString());
    loaded.m_servicePolicyKey = json.value(u"servicePolicyKey").toString().toLatin1();
    for (const QJsonValue &v : json.value(u"enrollments").toArray())
        loaded.putEnrollment(v.toObject());
    for (const QJsonValue &v : json.value(u"enrollmentGroups").toArray())
        loaded.putEnrollmentGroup(v.toObject());
    for (const QJsonValue &v : json.value(u"registrations").toArray())
        loaded.putRegistration(v.toObject());
    const QJsonObject operations = json.value(u"operations").toObject();
    for (auto it = operations.constBegin(); it != operations.constEnd(); ++it)
        loaded.m_operations.insert(it.key(), it.value().toObject());
    *this = std::move(loaded);
    return true;
}

bool LocalDpsStore::save(const QString &filePath, QString *error) const
{
    support::OwnerOnlySaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool LocalDpsStore::load(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Read no more than the cap (plus one byte to tell): a state file is outside data too.
    const QByteArray bytes = file.read(maxStateFileBytes + 1);
    if (bytes.size() > maxStateFileBytes) {
        if (error)
            *error = LocalDpsStateValidator::tr("larger than %n MiB", nullptr, int(maxStateFileBytes >> 20));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not a JSON object");
        return false;
    }
    return fromJson(doc.object(), error);
}

QString LocalDpsStore::timestampNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Qt keeps milliseconds; pad to the seven digits .NET's round-trip format ("o") prints.
    return now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000Z");
}

QString LocalDpsStore::newEnrollmentEtag()
{
    return u'"' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'"';
}

QString LocalDpsStore::newRegistrationEtag()
{
    const QByteArray quoted = '"' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '"';
    return QString::fromLatin1(quoted.toBase64());
}

} // namespace eflow::localdps
