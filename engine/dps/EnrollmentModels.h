#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "engine/dps/DpsRegistrationState.h"

namespace eflow::dps {

// The service-API models of reference/dps-protocol.md §4.6 (api-version 2021-10-01), with the exact wire
// field names. fromJson() is strict about types: a field of the wrong JSON type is an error that names the
// field, never a silently empty value, because a half-read enrollment written back with PUT would erase
// what was not understood. Fields this model does not know (customAllocationDefinition, iotHubHostName,
// optionalDeviceInformation, …) are kept in `extra` and written back unchanged for the same reason.
//
// Symmetric keys live in these models as base64 text. Nothing here logs, and no debug stream operator
// exists on purpose: a model must never reach a log line (design.md, "Secrets").

enum class ProvisioningStatus
{
    Unknown = 0, // not set: the service defaults to enabled
    Enabled,
    Disabled,
};

enum class AllocationPolicy
{
    Unknown = 0, // not set: the service's default policy applies
    Hashed,
    GeoLatency,
    Static,
    Custom,
};

enum class AttestationType
{
    Unknown = 0,
    None,
    Tpm,
    X509,
    SymmetricKey,
};

enum class BulkOperationMode
{
    Unknown = 0,
    Create,
    Update,
    UpdateIfMatchETag,
    Delete,
};

// Wire spellings. The parsers match case-insensitively (Node spells "updateIfMatchEtag", §4.5) and return
// Unknown for anything else.
QString toWire(ProvisioningStatus status);
QString toWire(AllocationPolicy policy);
QString toWire(AttestationType type);
QString toWire(BulkOperationMode mode);
QString toWire(DpsStatus status);
ProvisioningStatus parseProvisioningStatus(QStringView text);
AllocationPolicy parseAllocationPolicy(QStringView text);
AttestationType parseAttestationType(QStringView text);
BulkOperationMode parseBulkOperationMode(QStringView text);

// AttestationMechanism. For symmetric keys, empty keys mean "let the service generate them" on PUT, and
// "hidden" on GET (the service never returns keys there, §4.7: use the attestationmechanism call).
struct EnrollmentAttestation
{
    AttestationType type = AttestationType::SymmetricKey;
    QString primaryKey;   // base64; secret
    QString secondaryKey; // base64; secret
    // The tpm / x509 member as received, for attestation types this wizard does not edit.
    QJsonObject other;

    bool hasKeys() const { return !primaryKey.isEmpty() || !secondaryKey.isEmpty(); }
    bool operator==(const EnrollmentAttestation &) const = default;

    QJsonObject toJson() const;
    static std::optional<EnrollmentAttestation> fromJson(const QJsonObject &object, QString *error = nullptr);
};

struct ReprovisionPolicy
{
    bool updateHubAssignment = true;
    bool migrateDeviceData = true;

    bool operator==(const ReprovisionPolicy &) const = default;
};

// DeviceRegistrationState of the service API (§4.6); every field is read-only for clients.
struct DeviceRegistrationState
{
    QString registrationId;
    QDateTime createdDateTimeUtc;
    QString assignedHub;
    QString deviceId;
    DpsStatus status = DpsStatus::Unknown;
    QString substatus;
    qint64 errorCode = 0;
    QString errorMessage;
    QDateTime lastUpdatedDateTimeUtc;
    QString etag;
    QJsonObject extra; // payload and anything newer

    bool operator==(const DeviceRegistrationState &) const = default;

    QJsonObject toJson() const;
    static std::optional<DeviceRegistrationState> fromJson(const QJsonObject &object,
                                                           QString *error = nullptr);
};

// What individual enrollments and enrollment groups share.
struct EnrollmentCommon
{
    EnrollmentAttestation attestation;
    bool iotEdge = false; // capabilities.iotEdge
    // {"tags":{…},"properties":{"desired":{…}}}; undefined or null: no initial twin. A QJsonValue, not an
    // object, so that what a user typed can be carried here and rejected by checkInitialTwin() with a
    // sentence before anything is sent.
    QJsonValue initialTwin = QJsonValue(QJsonValue::Undefined);
    ProvisioningStatus provisioningStatus = ProvisioningStatus::Unknown;
    AllocationPolicy allocationPolicy = AllocationPolicy::Unknown;
    QStringList iotHubs;
    std::optional<ReprovisionPolicy> reprovisionPolicy;
    QString etag; // as the service wrote it, quotes included
    QDateTime createdDateTimeUtc;
    QDateTime lastUpdatedDateTimeUtc;
    QJsonObject extra;

    bool operator==(const EnrollmentCommon &) const = default;
};

struct IndividualEnrollment : EnrollmentCommon
{
    QString registrationId;
    QString deviceId; // empty: the device ID is the registration ID
    std::optional<DeviceRegistrationState> registrationState;

    bool operator==(const IndividualEnrollment &) const = default;

    QJsonObject toJson() const;
    static std::optional<IndividualEnrollment> fromJson(const QJsonObject &object, QString *error = nullptr);
};

struct EnrollmentGroup : EnrollmentCommon
{
    QString enrollmentGroupId;

    bool operator==(const EnrollmentGroup &) const = default;

    QJsonObject toJson() const;
    static std::optional<EnrollmentGroup> fromJson(const QJsonObject &object, QString *error = nullptr);
};

// One failed item of a bulk operation: registrationId for enrollments, enrollmentGroupId for groups.
struct BulkEnrollmentOperationError
{
    QString id;
    qint64 errorCode = 0;
    QString errorStatus;

    bool operator==(const BulkEnrollmentOperationError &) const = default;
};

struct BulkEnrollmentOperationResult
{
    bool isSuccessful = false;
    QList<BulkEnrollmentOperationError> errors;

    bool operator==(const BulkEnrollmentOperationResult &) const = default;

    // groups: read enrollmentGroupId instead of registrationId from each error.
    static std::optional<BulkEnrollmentOperationResult> fromJson(const QJsonObject &object, bool groups,
                                                                 QString *error = nullptr);
};

// A translated sentence when initialTwin cannot be sent: not an object, tags or properties or
// properties.desired not objects, or a member other than tags and properties. Nothing when it is fine
// (including undefined / null: no initial twin).
std::optional<QString> checkInitialTwin(const QJsonValue &initialTwin);
// Parses what a user typed as an initial twin; on failure a sentence with the position of the JSON error.
std::optional<QJsonValue> parseInitialTwin(const QByteArray &text, QString *error = nullptr);

// Everything wrong with an enrollment before it is sent: IDs, device ID, keys, initial twin.
std::optional<QString> checkEnrollment(const IndividualEnrollment &enrollment);
std::optional<QString> checkEnrollmentGroup(const EnrollmentGroup &group);

} // namespace eflow::dps
