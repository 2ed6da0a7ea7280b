#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace eflow::localdps {

// Everything the local DPS knows, as the JSON objects the service API speaks: individual enrollments and
// enrollment groups (with their keys), registration records and pending operations, plus the instance's
// ID scope, linked hubs and service policy key. IDs are looked up case-insensitively (DPS registration and
// group IDs are case-insensitive, reference/dps-protocol.md §5) but kept as written.
//
// Registration records are {"registrationState": DeviceRegistrationState, "enrollmentGroupId": "…" (group
// devices only), "iotEdge": bool}: the edge capability and the group are not part of the public state but
// the emulator's callers (demo mode, tests) want them.
class LocalDpsStore final
{
public:
    static constexpr int formatVersion = 1;
    // Far above what a fleet needs (an enrollment with its registration takes about 1.5 KiB).
    static constexpr qint64 maxStateFileBytes = qint64(256) << 20;

    QString idScope() const { return m_idScope; }
    void setIdScope(const QString &scope) { m_idScope = scope; }
    QStringList iotHubs() const { return m_iotHubs; }
    void setIotHubs(const QStringList &hubs) { m_iotHubs = hubs; }
    QByteArray servicePolicyKey() const { return m_servicePolicyKey; }
    void setServicePolicyKey(const QByteArray &key) { m_servicePolicyKey = key; }

    std::optional<QJsonObject> enrollment(const QString &registrationId) const;
    void putEnrollment(const QJsonObject &enrollment);
    bool removeEnrollment(const QString &registrationId);
    QList<QJsonObject> enrollments() const { return m_enrollments.values(); }

    std::optional<QJsonObject> enrollmentGroup(const QString &groupId) const;
    void putEnrollmentGroup(const QJsonObject &group);
    bool removeEnrollmentGroup(const QString &groupId);
    QList<QJsonObject> enrollmentGroups() const { return m_groups.values(); }

    std::optional<QJsonObject> registration(const QString &registrationId) const;
    void putRegistration(const QJsonObject &record);
    bool removeRegistration(const QString &registrationId);
    QList<QJsonObject> registrations() const { return m_registrations.values(); }

    std::optional<QJsonObject> operation(const QString &operationId) const;
    void putOperation(const QString &operationId, const QJsonObject &operation);
    void removeOperation(const QString &operationId) { m_operations.remove(operationId); }
    // Forgets the oldest operations (by their "createdMs") beyond keep, so that a device that registers in
    // a loop cannot grow the state file without end.
    void pruneOperations(qsizetype keep);

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);
    // Writes atomically (QSaveFile), readable by the owner only: the file holds symmetric keys.
    bool save(const QString &filePath, QString *error) const;
    // A missing file is not an error (first start); a damaged one is.
    bool load(const QString &filePath, QString *error);

    // "2022-08-31T22:02:50.5163352Z": seven fractional digits, as the real service writes them.
    static QString timestampNow();
    // The service API's enrollment etag: a quoted GUID-like string, e.g. "\"6b0c…\"".
    static QString newEnrollmentEtag();
    // The device API's registration etag: base64 of a quoted Cosmos-style etag, as the real service sends.
    static QString newRegistrationEtag();

private:
    QString m_idScope;
    QStringList m_iotHubs;
    QByteArray m_servicePolicyKey;
    QMap<QString, QJsonObject> m_enrollments; // key: lower-cased registration ID
    QMap<QString, QJsonObject> m_groups;      // key: lower-cased group ID
    QMap<QString, QJsonObject> m_registrations;
    QMap<QString, QJsonObject> m_operations; // key: operation ID
};

} // namespace eflow::localdps
