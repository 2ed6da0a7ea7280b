#include "engine/localdps/LocalDpsDeviceApi.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/localdps/LocalDpsErrors.h"
#include "engine/localdps/LocalDpsRequestTarget.h"
#include "engine/localdps/LocalDpsSasToken.h"
#include "engine/localdps/LocalDpsStore.h"

namespace eflow::localdps {

namespace {

constexpr qsizetype maxKeptOperations = 1000;

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

LocalDpsHttpResponse unauthorized()
{
    return errorResponse(401, LocalDpsErrors::unauthorized, str(u"Unauthorized"));
}

bool isEnabled(const QJsonObject &enrollment)
{
    return enrollment.value(u"provisioningStatus")
               .toString(str(u"enabled"))
               .compare(u"disabled", Qt::CaseInsensitive) != 0;
}

// RegistrationOperationStatus: operationId and status always, as Java and .NET require (reference §7.4).
QJsonObject operationBody(const QString &operationId, const QJsonObject &state)
{
    return QJsonObject{{str(u"operationId"), operationId},
                       {str(u"status"), state.value(u"status")},
                       {str(u"registrationState"), state}};
}

} // namespace

LocalDpsDeviceApi::LocalDpsDeviceApi(LocalDpsStore &store, const LocalDpsOptions &options)
    : m_store(store)
    , m_options(options)
    , m_instanceTag(QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0'))
{}

bool LocalDpsDeviceApi::matches(const LocalDpsRequestTarget &target)
{
    return target.size() >= 3 && target.segment(1).compare(u"registrations", Qt::CaseInsensitive) == 0 &&
           !target.segment(0).isEmpty();
}

LocalDpsHttpResponse LocalDpsDeviceApi::withRetryAfter(LocalDpsHttpResponse response) const
{
    response.setHeader("Retry-After", QByteArray::number(std::max(1, m_options.retryAfterSeconds)));
    return response;
}

LocalDpsHttpResponse LocalDpsDeviceApi::handle(const LocalDpsHttpRequest &request,
                                               const LocalDpsRequestTarget &target, bool *stateChanged)
{
    m_lastRegisteredId.clear();
    *stateChanged = false;
    const QString scope = target.segment(0);
    const QString registrationId = target.segment(2);

    enum class Route
    {
        Unknown = 0,
        Register,
        Operation,
        Lookup,
    };
    Route route = Route::Unknown;
    QByteArray allowed;
    if (target.size() == 4 && target.segment(3).compare(u"register", Qt::CaseInsensitive) == 0) {
        route = Route::Register;
        allowed = "PUT";
    } else if (target.size() == 5 && target.segment(3).compare(u"operations", Qt::CaseInsensitive) == 0) {
        route = Route::Operation;
        allowed = "GET";
    } else if (target.size() == 3) {
        route = Route::Lookup;
        allowed = "POST";
    }
    if (route == Route::Unknown)
        return errorResponse(404, LocalDpsErrors::notFound, str(u"Not found"));
    if (request.method != allowed) {
        LocalDpsHttpResponse response =
            errorResponse(405, LocalDpsErrors::methodNotAllowed, str(u"Method not allowed"));
        response.setHeader("Allow", allowed);
        return response;
    }
    if (target.queryItem(str(u"api-version")).isEmpty())
        return errorResponse(400, LocalDpsErrors::badRequest,
                             str(u"The api-version query parameter is missing"));
    // An ID scope names a DPS instance; a request for another instance never reaches this one's enrollments.
    // Real DPS's answer is unconfirmed (reference §10); 404 tells a technician the scope is the problem.
    if (scope.compare(m_store.idScope(), Qt::CaseInsensitive) != 0)
        return errorResponse(404, LocalDpsErrors::enrollmentNotFound, str(u"The ID scope is not known"));

    LocalDpsHttpResponse failure;
    const std::optional<Attestation> attestation = authenticate(request, registrationId, &failure);
    if (!attestation)
        return failure;

    switch (route) {
    case Route::Register: {
        LocalDpsHttpResponse response = registerDevice(request, registrationId, *attestation, target);
        *stateChanged = response.status < 300;
        return response;
    }
    case Route::Operation:
        return operationStatus(registrationId, target.segment(4), stateChanged);
    case Route::Lookup:
        return statusLookup(registrationId);
    case Route::Unknown:
        break;
    }
    return errorResponse(404, LocalDpsErrors::notFound, str(u"Not found"));
}

std::optional<LocalDpsDeviceApi::Attestation>
LocalDpsDeviceApi::authenticate(const LocalDpsHttpRequest &request, const QString &registrationId,
                                LocalDpsHttpResponse *failure) const
{
    *failure = unauthorized();
    const std::optional<LocalDpsSasToken> token = LocalDpsSasToken::parse(request.header("authorization"));
    if (!token || token->isExpired(QDateTime::currentSecsSinceEpoch()))
        return std::nullopt;
    // The audience is compared decoded and case-insensitively, so raw, %2F and %2f resources all match.
    const QString expected = (m_store.idScope() + str(u"/registrations/") + registrationId).toLower();
    if (QString::fromUtf8(token->decodedResource()).toLower() != expected)
        return std::nullopt;

    // An individual enrollment takes precedence: its keys are the only ones that count for its ID.
    if (const std::optional<QJsonObject> enrollment = m_store.enrollment(registrationId)) {
        const QJsonObject keys =
            enrollment->value(u"attestation").toObject().value(u"symmetricKey").toObject();
        for (const char16_t *name : {u"primaryKey", u"secondaryKey"}) {
            const QByteArray key = keys.value(QStringView(name)).toString().toLatin1();
            if (!key.isEmpty() && token->isSignedWithBase64Key(key))
                return Attestation{*enrollment, false};
        }
        return std::nullopt;
    }
    // Group devices sign with HMAC(groupKey, registrationId) over the ID exactly as the device sent it.
    const QByteArray idUtf8 = registrationId.toUtf8();
    for (const QJsonObject &group : m_store.enrollmentGroups()) {
        const QJsonObject attestation = group.value(u"attestation").toObject();
        if (attestation.value(u"type").toString() != u"symmetricKey")
            continue;
        const QJsonObject keys = attestation.value(u"symmetricKey").toObject();
        for (const char16_t *name : {u"primaryKey", u"secondaryKey"}) {
            crypto::SecureBytes groupKey;
            if (!crypto::decodeBase64Strict(keys.value(QStringView(name)).toString().toLatin1(), groupKey))
                continue;
            crypto::DeviceKeyDeriver deriver(groupKey);
            QByteArray derived = deriver.derive(idUtf8);
            const bool ok = !derived.isEmpty() && token->isSignedWithBase64Key(derived);
            crypto::wipe(derived);
            if (ok)
                return Attestation{group, true};
        }
    }
    return std::nullopt;
}

QString LocalDpsDeviceApi::allocateHub(const QJsonObject &enrollment, const QString &registrationId) const
{
    const QString fixed = enrollment.value(u"iotHubHostName").toString();
    QStringList candidates;
    for (const QJsonValue &hub : enrollment.value(u"iotHubs").toArray())
        candidates.append(hub.toString());
    if (candidates.isEmpty())
        candidates = m_store.iotHubs();
    if (candidates.isEmpty())
        return fixed;

    LocalDpsAllocation policy = m_options.allocation;
    const QString named = enrollment.value(u"allocationPolicy").toString();
    if (named.compare(u"hashed", Qt::CaseInsensitive) == 0)
        policy = LocalDpsAllocation::Hashed;
    else if (named.compare(u"static", Qt::CaseInsensitive) == 0)
        policy = LocalDpsAllocation::Static;

    if (policy == LocalDpsAllocation::Hashed) {
        // A cryptographic hash, not qHash: the choice must survive restarts and Qt's per-process seed.
        const QByteArray digest =
            QCryptographicHash::hash(registrationId.toLower().toUtf8(), QCryptographicHash::Sha256);
        const quint32 value = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
                              (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
        return candidates.at(qsizetype(value % quint32(candidates.size())));
    }
    return fixed.isEmpty() ? candidates.first() : fixed;
}

LocalDpsHttpResponse LocalDpsDeviceApi::registerDevice(const LocalDpsHttpRequest &request,
                                                       const QString &registrationId,
                                                       const Attestation &attestation,
                                                       const LocalDpsRequestTarget &target)
{
    // Node sends the ID in the body too; other clients may send nothing, which is fine.
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (!doc.isObject())
            return errorResponse(400, LocalDpsErrors::badRequest,
                                 str(u"The request body is not a JSON object"));
        const QString bodyId = doc.object().value(u"registrationId").toString();
        if (!bodyId.isEmpty() && bodyId.compare(registrationId, Qt::CaseInsensitive) != 0)
            return errorResponse(400, LocalDpsErrors::invalidRegistrationId, str(u"Invalid RegistrationId"));
    }

    const QString now = LocalDpsStore::timestampNow();
    const std::optional<QJsonObject> previous = m_store.registration(registrationId);
    const QJsonObject previousState =
        previous ? previous->value(u"registrationState").toObject() : QJsonObject();

    QJsonObject state{
        {str(u"registrationId"), registrationId},
        {str(u"createdDateTimeUtc"), previousState.value(u"createdDateTimeUtc").toString(now)},
        {str(u"lastUpdatedDateTimeUtc"), now},
        {str(u"etag"), LocalDpsStore::newRegistrationEtag()},
    };
    const QJsonObject &enrollment = attestation.enrollment;
    if (!isEnabled(enrollment)) {
        state.insert(str(u"status"), str(u"disabled"));
    } else {
        const QString hub = allocateHub(enrollment, registrationId);
        if (hub.isEmpty()) {
            state.insert(str(u"status"), str(u"failed"));
            state.insert(str(u"errorCode"), LocalDpsErrors::noHub);
            state.insert(str(u"errorMessage"), str(u"No IoT hub is linked to this enrollment"));
        } else {
            const QString deviceId =
                attestation.isGroup ? registrationId : enrollment.value(u"deviceId").toString(registrationId);
            const QString previousHub = previousState.value(u"assignedHub").toString();
            QString substatus = str(u"initialAssignment");
            if (!previousHub.isEmpty() && previousHub != hub) {
                const bool migrate = enrollment.value(u"reprovisionPolicy")
                                         .toObject()
                                         .value(u"migrateDeviceData")
                                         .toBool(true);
                substatus = migrate ? str(u"deviceDataMigrated") : str(u"deviceDataReset");
            } else if (previous && target.queryItem(str(u"forceRegistration")) == u"true") {
                substatus = str(u"reprovisionedToInitialAssignment");
            }
            state.insert(str(u"assignedHub"), hub);
            state.insert(str(u"deviceId"), deviceId.isEmpty() ? registrationId : deviceId);
            state.insert(str(u"status"), str(u"assigned"));
            state.insert(str(u"substatus"), substatus);
        }
    }
    if (attestation.isGroup) {
        state.insert(str(u"symmetricKey"),
                     QJsonObject{{str(u"enrollmentGroupId"), enrollment.value(u"enrollmentGroupId")}});
    }

    QJsonObject record{
        {str(u"registrationState"), state},
        {str(u"iotEdge"), enrollment.value(u"capabilities").toObject().value(u"iotEdge").toBool()}};
    if (attestation.isGroup)
        record.insert(str(u"enrollmentGroupId"), enrollment.value(u"enrollmentGroupId"));
    m_store.putRegistration(record);

    const QString operationId =
        str(u"5.") + m_instanceTag + u'.' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store.putOperation(operationId, QJsonObject{{str(u"registrationId"), registrationId},
                                                  {str(u"pollsLeft"), std::max(0, m_options.assigningPolls)},
                                                  {str(u"createdMs"), QDateTime::currentMSecsSinceEpoch()}});
    m_store.pruneOperations(maxKeptOperations);
    m_lastRegisteredId = registrationId;

    // .NET accepts nothing but 202 for the PUT (reference §7.1), so even an instant result is "assigning".
    return withRetryAfter(jsonResponse(
        202, QJsonObject{{str(u"operationId"), operationId}, {str(u"status"), str(u"assigning")}}));
}

LocalDpsHttpResponse LocalDpsDeviceApi::operationStatus(const QString &registrationId,
                                                        const QString &operationId, bool *stateChanged)
{
    std::optional<QJsonObject> operation = m_store.operation(operationId);
    if (!operation ||
        operation->value(u"registrationId").toString().compare(registrationId, Qt::CaseInsensitive) != 0)
        return errorResponse(404, LocalDpsErrors::registrationNotFound, str(u"The operation is not known"));
    const std::optional<QJsonObject> record = m_store.registration(registrationId);
    if (!record)
        return errorResponse(404, LocalDpsErrors::registrationNotFound,
                             str(u"The registration is not known"));

    const int pollsLeft = operation->value(u"pollsLeft").toInt();
    if (pollsLeft > 0) {
        operation->insert(str(u"pollsLeft"), pollsLeft - 1);
        m_store.putOperation(operationId, *operation);
        *stateChanged = true;
        const QJsonObject assigning{{str(u"registrationId"), registrationId},
                                    {str(u"status"), str(u"assigning")}};
        return withRetryAfter(jsonResponse(202, QJsonObject{{str(u"operationId"), operationId},
                                                            {str(u"status"), str(u"assigning")},
                                                            {str(u"registrationState"), assigning}}));
    }
    return jsonResponse(200, operationBody(operationId, record->value(u"registrationState").toObject()));
}

LocalDpsHttpResponse LocalDpsDeviceApi::statusLookup(const QString &registrationId) const
{
    const std::optional<QJsonObject> record = m_store.registration(registrationId);
    if (!record)
        return errorResponse(404, LocalDpsErrors::registrationNotFound,
                             str(u"The registration is not known"));
    return jsonResponse(200, record->value(u"registrationState").toObject());
}

} // namespace eflow::localdps
