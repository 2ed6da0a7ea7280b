#include "engine/dps/EnrollmentModels.h"

#include <initializer_list>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include "engine/dps/DpsTr.h"
#include "engine/dps/EnrollmentJsonReader.h"
#include "engine/plan/Validation.h"

namespace eflow::dps {

namespace {

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

template<typename Enum>
Enum parseWire(QStringView text, std::initializer_list<std::pair<const char16_t *, Enum>> values)
{
    for (const auto &[wire, value] : values) {
        if (text.compare(QStringView(wire), Qt::CaseInsensitive) == 0)
            return value;
    }
    return Enum::Unknown;
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Writes the members both kinds of enrollment share; `extra` first, so that a modelled member always wins.
void writeCommon(const EnrollmentCommon &c, QJsonObject &out)
{
    out.insert(str(u"attestation"), c.attestation.toJson());
    out.insert(str(u"capabilities"), QJsonObject{{str(u"iotEdge"), c.iotEdge}});
    if (!c.initialTwin.isUndefined() && !c.initialTwin.isNull())
        out.insert(str(u"initialTwin"), c.initialTwin);
    if (c.provisioningStatus != ProvisioningStatus::Unknown)
        out.insert(str(u"provisioningStatus"), toWire(c.provisioningStatus));
    if (c.allocationPolicy != AllocationPolicy::Unknown)
        out.insert(str(u"allocationPolicy"), toWire(c.allocationPolicy));
    if (!c.iotHubs.isEmpty())
        out.insert(str(u"iotHubs"), QJsonArray::fromStringList(c.iotHubs));
    if (c.reprovisionPolicy) {
        out.insert(str(u"reprovisionPolicy"),
                   QJsonObject{{str(u"updateHubAssignment"), c.reprovisionPolicy->updateHubAssignment},
                               {str(u"migrateDeviceData"), c.reprovisionPolicy->migrateDeviceData}});
    }
    if (!c.etag.isEmpty())
        out.insert(str(u"etag"), c.etag);
    if (c.createdDateTimeUtc.isValid())
        out.insert(str(u"createdDateTimeUtc"), timeText(c.createdDateTimeUtc));
    if (c.lastUpdatedDateTimeUtc.isValid())
        out.insert(str(u"lastUpdatedDateTimeUtc"), timeText(c.lastUpdatedDateTimeUtc));
}

const std::initializer_list<const char16_t *> kCommonMembers = {
    u"attestation", u"capabilities",      u"initialTwin", u"provisioningStatus", u"allocationPolicy",
    u"iotHubs",     u"reprovisionPolicy", u"etag",        u"createdDateTimeUtc", u"lastUpdatedDateTimeUtc"};

bool readCommon(EnrollmentJsonReader &r, EnrollmentCommon &c, QString *error)
{
    if (!r.has(str(u"attestation"))) {
        if (r.ok() && error)
            *error = DpsTr::tr("%1 is missing.").arg(r.where(str(u"attestation")));
        return false;
    }
    const QJsonObject attestation = r.object(str(u"attestation"));
    if (!r.ok())
        return false;
    QString nestedError;
    const auto parsed = EnrollmentAttestation::fromJson(attestation, &nestedError);
    if (!parsed) {
        if (error)
            *error = nestedError;
        return false;
    }
    c.attestation = *parsed;

    const QJsonObject capabilities = r.object(str(u"capabilities"));
    EnrollmentJsonReader cr(capabilities, r.where(str(u"capabilities")), error);
    c.iotEdge = cr.boolean(str(u"iotEdge"), false);
    r.failNested(cr.ok());

    if (r.ok() && r.has(str(u"initialTwin")))
        c.initialTwin = r.object(str(u"initialTwin"));

    if (r.ok() && r.has(str(u"provisioningStatus"))) {
        const QString text = r.string(str(u"provisioningStatus"));
        c.provisioningStatus = parseProvisioningStatus(text);
        if (r.ok() && c.provisioningStatus == ProvisioningStatus::Unknown)
            r.badValue(str(u"provisioningStatus"), text, QStringLiteral("enabled, disabled"));
    }
    if (r.ok() && r.has(str(u"allocationPolicy"))) {
        const QString text = r.string(str(u"allocationPolicy"));
        c.allocationPolicy = parseAllocationPolicy(text);
        if (r.ok() && c.allocationPolicy == AllocationPolicy::Unknown)
            r.badValue(str(u"allocationPolicy"), text, QStringLiteral("hashed, geoLatency, static, custom"));
    }
    if (r.ok())
        c.iotHubs = r.stringList(str(u"iotHubs"));
    if (r.ok() && r.has(str(u"reprovisionPolicy"))) {
        const QJsonObject policy = r.object(str(u"reprovisionPolicy"));
        if (r.ok()) {
            EnrollmentJsonReader pr(policy, r.where(str(u"reprovisionPolicy")), error);
            ReprovisionPolicy p;
            p.updateHubAssignment = pr.boolean(str(u"updateHubAssignment"), true);
            p.migrateDeviceData = pr.boolean(str(u"migrateDeviceData"), true);
            r.failNested(pr.ok());
            c.reprovisionPolicy = p;
        }
    }
    if (r.ok())
        c.etag = r.string(str(u"etag"));
    if (r.ok())
        c.createdDateTimeUtc = r.time(str(u"createdDateTimeUtc"));
    if (r.ok())
        c.lastUpdatedDateTimeUtc = r.time(str(u"lastUpdatedDateTimeUtc"));
    return r.ok();
}

std::optional<QString> checkCommon(const EnrollmentCommon &c)
{
    if (c.attestation.type == AttestationType::SymmetricKey) {
        // Both or neither: the service generates what is missing, but one key typed and one forgotten is
        // far more likely a mistake than a wish.
        if (c.attestation.primaryKey.isEmpty() != c.attestation.secondaryKey.isEmpty())
            return DpsTr::tr("Give both the primary and the secondary key, or neither to let DPS generate "
                             "them.");
        if (!c.attestation.primaryKey.isEmpty()) {
            if (auto p = plan::checkSymmetricKey(c.attestation.primaryKey))
                return p->message;
            if (auto p = plan::checkSymmetricKey(c.attestation.secondaryKey))
                return p->message;
        }
    }
    if (auto problem = checkInitialTwin(c.initialTwin))
        return problem;
    return std::nullopt;
}

} // namespace

QString toWire(ProvisioningStatus status)
{
    switch (status) {
    case ProvisioningStatus::Enabled:
        return QStringLiteral("enabled");
    case ProvisioningStatus::Disabled:
        return QStringLiteral("disabled");
    case ProvisioningStatus::Unknown:
        break;
    }
    return {};
}

QString toWire(AllocationPolicy policy)
{
    switch (policy) {
    case AllocationPolicy::Hashed:
        return QStringLiteral("hashed");
    case AllocationPolicy::GeoLatency:
        return QStringLiteral("geoLatency");
    case AllocationPolicy::Static:
        return QStringLiteral("static");
    case AllocationPolicy::Custom:
        return QStringLiteral("custom");
    case AllocationPolicy::Unknown:
        break;
    }
    return {};
}

QString toWire(AttestationType type)
{
    switch (type) {
    case AttestationType::None:
        return QStringLiteral("none");
    case AttestationType::Tpm:
        return QStringLiteral("tpm");
    case AttestationType::X509:
        return QStringLiteral("x509");
    case AttestationType::SymmetricKey:
        return QStringLiteral("symmetricKey");
    case AttestationType::Unknown:
        break;
    }
    return {};
}

QString toWire(BulkOperationMode mode)
{
    switch (mode) {
    case BulkOperationMode::Create:
        return QStringLiteral("create");
    case BulkOperationMode::Update:
        return QStringLiteral("update");
    case BulkOperationMode::UpdateIfMatchETag:
        return QStringLiteral("updateIfMatchETag");
    case BulkOperationMode::Delete:
        return QStringLiteral("delete");
    case BulkOperationMode::Unknown:
        break;
    }
    return {};
}

QString toWire(DpsStatus status)
{
    switch (status) {
    case DpsStatus::Unassigned:
        return QStringLiteral("unassigned");
    case DpsStatus::Assigning:
        return QStringLiteral("assigning");
    case DpsStatus::Assigned:
        return QStringLiteral("assigned");
    case DpsStatus::Failed:
        return QStringLiteral("failed");
    case DpsStatus::Disabled:
        return QStringLiteral("disabled");
    case DpsStatus::Unknown:
        break;
    }
    return {};
}

ProvisioningStatus parseProvisioningStatus(QStringView text)
{
    return parseWire<ProvisioningStatus>(
        text, {{u"enabled", ProvisioningStatus::Enabled}, {u"disabled", ProvisioningStatus::Disabled}});
}

AllocationPolicy parseAllocationPolicy(QStringView text)
{
    return parseWire<AllocationPolicy>(text, {{u"hashed", AllocationPolicy::Hashed},
                                              {u"geoLatency", AllocationPolicy::GeoLatency},
                                              {u"static", AllocationPolicy::Static},
                                              {u"custom", AllocationPolicy::Custom}});
}

AttestationType parseAttestationType(QStringView text)
{
    return parseWire<AttestationType>(text, {{u"none", AttestationType::None},
                                             {u"tpm", AttestationType::Tpm},
                                             {u"x509", AttestationType::X509},
                                             {u"symmetricKey", AttestationType::SymmetricKey}});
}

BulkOperationMode parseBulkOperationMode(QStringView text)
{
    return parseWire<BulkOperationMode>(text, {{u"create", BulkOperationMode::Create},
                                               {u"update", BulkOperationMode::Update},
                                               {u"updateIfMatchETag", BulkOperationMode::UpdateIfMatchETag},
                                               {u"delete", BulkOperationMode::Delete}});
}

QJsonObject EnrollmentAttestation::toJson() const
{
    QJsonObject out;
    out.insert(str(u"type"), toWire(type));
    if (type == AttestationType::SymmetricKey) {
        // Keys omitted (not empty strings) ask the service to generate them (§4.7).
        QJsonObject keys;
        if (!primaryKey.isEmpty())
            keys.insert(str(u"primaryKey"), primaryKey);
        if (!secondaryKey.isEmpty())
            keys.insert(str(u"secondaryKey"), secondaryKey);
        if (!keys.isEmpty())
            out.insert(str(u"symmetricKey"), keys);
    } else if (type == AttestationType::Tpm) {
        out.insert(str(u"tpm"), other);
    } else if (type == AttestationType::X509) {
        out.insert(str(u"x509"), other);
    }
    return out;
}

std::optional<EnrollmentAttestation> EnrollmentAttestation::fromJson(const QJsonObject &object,
                                                                     QString *error)
{
    EnrollmentJsonReader r(object, QStringLiteral("attestation"), error);
    EnrollmentAttestation a;
    const QString typeText = r.string(str(u"type"));
    if (!r.ok())
        return std::nullopt;
    a.type = parseAttestationType(typeText);
    if (a.type == AttestationType::Unknown) {
        r.badValue(str(u"type"), typeText, QStringLiteral("none, tpm, x509, symmetricKey"));
        return std::nullopt;
    }
    if (a.type == AttestationType::SymmetricKey) {
        const QJsonObject keys = r.object(str(u"symmetricKey"));
        EnrollmentJsonReader kr(keys, r.where(str(u"symmetricKey")), error);
        a.primaryKey = kr.string(str(u"primaryKey"));
        a.secondaryKey = kr.string(str(u"secondaryKey"));
        r.failNested(kr.ok());
    } else if (a.type == AttestationType::Tpm) {
        a.other = r.object(str(u"tpm"));
    } else if (a.type == AttestationType::X509) {
        a.other = r.object(str(u"x509"));
    }
    if (!r.ok())
        return std::nullopt;
    return a;
}

QJsonObject DeviceRegistrationState::toJson() const
{
    QJsonObject out = extra;
    out.insert(str(u"registrationId"), registrationId);
    if (createdDateTimeUtc.isValid())
        out.insert(str(u"createdDateTimeUtc"), timeText(createdDateTimeUtc));
    if (!assignedHub.isEmpty())
        out.insert(str(u"assignedHub"), assignedHub);
    if (!deviceId.isEmpty())
        out.insert(str(u"deviceId"), deviceId);
    if (status != DpsStatus::Unknown)
        out.insert(str(u"status"), toWire(status));
    if (!substatus.isEmpty())
        out.insert(str(u"substatus"), substatus);
    if (errorCode != 0)
        out.insert(str(u"errorCode"), double(errorCode));
    if (!errorMessage.isEmpty())
        out.insert(str(u"errorMessage"), errorMessage);
    if (lastUpdatedDateTimeUtc.isValid())
        out.insert(str(u"lastUpdatedDateTimeUtc"), timeText(lastUpdatedDateTimeUtc));
    if (!etag.isEmpty())
        out.insert(str(u"etag"), etag);
    return out;
}

std::optional<DeviceRegistrationState> DeviceRegistrationState::fromJson(const QJsonObject &object,
                                                                         QString *error)
{
    EnrollmentJsonReader r(object, QStringLiteral("registrationState"), error);
    DeviceRegistrationState s;
    s.registrationId = r.string(str(u"registrationId"));
    s.createdDateTimeUtc = r.time(str(u"createdDateTimeUtc"));
    s.assignedHub = r.string(str(u"assignedHub"));
    s.deviceId = r.string(str(u"deviceId"));
    // A status this client does not know yet stays Unknown rather than failing the whole list.
    s.status = parseDpsStatus(r.string(str(u"status")));
    s.substatus = r.string(str(u"substatus"));
    s.errorCode = r.integer(str(u"errorCode"));
    s.errorMessage = r.string(str(u"errorMessage"));
    s.lastUpdatedDateTimeUtc = r.time(str(u"lastUpdatedDateTimeUtc"));
    s.etag = r.string(str(u"etag"));
    if (!r.ok())
        return std::nullopt;
    s.extra = r.rest({u"registrationId", u"createdDateTimeUtc", u"assignedHub", u"deviceId", u"status",
                      u"substatus", u"errorCode", u"errorMessage", u"lastUpdatedDateTimeUtc", u"etag"});
    return s;
}

QJsonObject IndividualEnrollment::toJson() const
{
    QJsonObject out = extra;
    out.insert(str(u"registrationId"), registrationId);
    if (!deviceId.isEmpty())
        out.insert(str(u"deviceId"), deviceId);
    writeCommon(*this, out);
    if (registrationState)
        out.insert(str(u"registrationState"), registrationState->toJson());
    return out;
}

std::optional<IndividualEnrollment> IndividualEnrollment::fromJson(const QJsonObject &object, QString *error)
{
    EnrollmentJsonReader r(object, QStringLiteral("enrollment"), error);
    IndividualEnrollment e;
    e.registrationId = r.string(str(u"registrationId"));
    if (r.ok() && e.registrationId.isEmpty()) {
        if (error)
            *error = DpsTr::tr("%1 is missing.").arg(r.where(str(u"registrationId")));
        return std::nullopt;
    }
    e.deviceId = r.string(str(u"deviceId"));
    if (!r.ok() || !readCommon(r, e, error))
        return std::nullopt;
    if (r.has(str(u"registrationState"))) {
        const QJsonObject state = r.object(str(u"registrationState"));
        if (!r.ok())
            return std::nullopt;
        e.registrationState = DeviceRegistrationState::fromJson(state, error);
        if (!e.registrationState)
            return std::nullopt;
    }
    QJsonObject rest = r.rest(kCommonMembers);
    for (const char16_t *name : {u"registrationId", u"deviceId", u"registrationState"})
        rest.remove(QString::fromUtf16(name));
    e.extra = rest;
    return e;
}

QJsonObject EnrollmentGroup::toJson() const
{
    QJsonObject out = extra;
    out.insert(str(u"enrollmentGroupId"), enrollmentGroupId);
    writeCommon(*this, out);
    return out;
}

std::optional<EnrollmentGroup> EnrollmentGroup::fromJson(const QJsonObject &object, QString *error)
{
    EnrollmentJsonReader r(object, QStringLiteral("enrollmentGroup"), error);
    EnrollmentGroup g;
    g.enrollmentGroupId = r.string(str(u"enrollmentGroupId"));
    if (r.ok() && g.enrollmentGroupId.isEmpty()) {
        if (error)
            *error = DpsTr::tr("%1 is missing.").arg(r.where(str(u"enrollmentGroupId")));
        return std::nullopt;
    }
    if (!r.ok() || !readCommon(r, g, error))
        return std::nullopt;
    QJsonObject rest = r.rest(kCommonMembers);
    rest.remove(str(u"enrollmentGroupId"));
    g.extra = rest;
    return g;
}

std::optional<BulkEnrollmentOperationResult>
BulkEnrollmentOperationResult::fromJson(const QJsonObject &object, bool groups, QString *error)
{
    EnrollmentJsonReader r(object, QStringLiteral("bulkResult"), error);
    BulkEnrollmentOperationResult result;
    if (!r.has(str(u"isSuccessful"))) {
        if (error)
            *error = DpsTr::tr("%1 is missing.").arg(r.where(str(u"isSuccessful")));
        return std::nullopt;
    }
    result.isSuccessful = r.boolean(str(u"isSuccessful"), false);
    const QJsonValue errors = object.value(QLatin1String("errors"));
    if (!errors.isUndefined() && !errors.isNull() && !errors.isArray()) {
        if (error && r.ok())
            *error = DpsTr::tr("%1 should be %2, but it is %3.")
                         .arg(r.where(str(u"errors")), DpsTr::tr("an array"), jsonTypeName(errors));
        return std::nullopt;
    }
    const QJsonArray array = errors.toArray();
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QJsonValue item = array.at(i);
        const QString path = r.where(QStringLiteral("errors[%1]").arg(i));
        if (!item.isObject()) {
            if (error)
                *error = DpsTr::tr("%1 should be %2, but it is %3.")
                             .arg(path, DpsTr::tr("an object"), jsonTypeName(item));
            return std::nullopt;
        }
        EnrollmentJsonReader er(item.toObject(), path, error);
        BulkEnrollmentOperationError e;
        e.id = er.string(groups ? str(u"enrollmentGroupId") : str(u"registrationId"));
        e.errorCode = er.integer(str(u"errorCode"));
        e.errorStatus = er.string(str(u"errorStatus"));
        r.failNested(er.ok());
        result.errors << e;
    }
    if (!r.ok())
        return std::nullopt;
    return result;
}

std::optional<QString> checkInitialTwin(const QJsonValue &twin)
{
    if (twin.isUndefined() || twin.isNull())
        return std::nullopt;
    if (!twin.isObject()) {
        return DpsTr::tr("The initial twin must be a JSON object such as "
                         "{\"tags\":{…},\"properties\":{\"desired\":{…}}}, but it is %1.")
            .arg(jsonTypeName(twin));
    }
    const QJsonObject object = twin.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"tags" && it.key() != u"properties") {
            return DpsTr::tr("The initial twin may only contain \"tags\" and \"properties\", not \"%1\".")
                .arg(it.key().left(64));
        }
    }
    const QJsonValue tags = object.value(QLatin1String("tags"));
    if (!tags.isUndefined() && !tags.isNull() && !tags.isObject())
        return DpsTr::tr("The initial twin's \"tags\" must be a JSON object, but it is %1.")
            .arg(jsonTypeName(tags));
    const QJsonValue properties = object.value(QLatin1String("properties"));
    if (properties.isUndefined() || properties.isNull())
        return std::nullopt;
    if (!properties.isObject()) {
        return DpsTr::tr(
                   "The initial twin's \"properties\" must be a JSON object with \"desired\", but it is "
                   "%1.")
            .arg(jsonTypeName(properties));
    }
    const QJsonValue desired = properties.toObject().value(QLatin1String("desired"));
    if (!desired.isUndefined() && !desired.isNull() && !desired.isObject()) {
        return DpsTr::tr("The initial twin's \"properties.desired\" must be a JSON object, but it is %1.")
            .arg(jsonTypeName(desired));
    }
    return std::nullopt;
}

std::optional<QJsonValue> parseInitialTwin(const QByteArray &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError parseError;
    // Wrapped in an array so that a bare value ("3", "\"x\"") parses too and gets the object sentence.
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        if (error) {
            *error = DpsTr::tr("The initial twin is not valid JSON (%1 near character %2).")
                         .arg(parseError.errorString())
                         .arg(qMax(0, parseError.offset - 1)); // minus the '[' added above
        }
        return std::nullopt;
    }
    const QJsonValue value = document.array().at(0);
    if (auto problem = checkInitialTwin(value)) {
        if (error)
            *error = *problem;
        return std::nullopt;
    }
    return value;
}

std::optional<QString> checkEnrollment(const IndividualEnrollment &e)
{
    if (auto p = plan::checkRegistrationId(e.registrationId))
        return p->message;
    if (!e.deviceId.isEmpty()) {
        if (auto p = plan::checkDeviceId(e.deviceId))
            return p->message;
    }
    return checkCommon(e);
}

std::optional<QString> checkEnrollmentGroup(const EnrollmentGroup &g)
{
    if (auto p = plan::checkEnrollmentGroupId(g.enrollmentGroupId))
        return p->message;
    return checkCommon(g);
}

} // namespace eflow::dps
