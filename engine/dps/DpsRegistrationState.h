#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace eflow::dps {

// RegistrationOperationStatus.status / DeviceRegistrationResult.status (reference/dps-protocol.md §2.3).
enum class DpsStatus
{
    Unknown = 0,
    Unassigned,
    Assigning,
    Assigned,
    Failed,
    Disabled,
};

// Case-insensitive, as Node and Java match it (§2.6 step 5). Unknown for anything else.
DpsStatus parseDpsStatus(QStringView text);

// A JSON number or numeric string as an integer; 0 when it is neither or out of range.
qint64 jsonInteger(const QJsonValue &value);

// DeviceRegistrationResult: what DPS knows about one registration (§2.3).
struct DpsRegistrationState
{
    QString registrationId;
    DpsStatus status = DpsStatus::Unknown;
    QString statusText; // as the service wrote it, for the details view
    QString assignedHub;
    QString deviceId;
    QString substatus; // initialAssignment, deviceDataMigrated, deviceDataReset, …
    QString etag;
    QDateTime createdDateTimeUtc;
    QDateTime lastUpdatedDateTimeUtc;
    qint64 errorCode = 0;
    QString errorMessage;
    QString enrollmentGroupId; // symmetricKey.enrollmentGroupId, for group enrollments
    QJsonObject payload;       // returned by a custom-allocation webhook

    // Takes what is there and ignores the rest; fields of the wrong JSON type stay empty. Whether the
    // result is usable (e.g. assigned without a hub) is for the caller to judge.
    static DpsRegistrationState fromJson(const QJsonObject &object);
};

} // namespace eflow::dps
