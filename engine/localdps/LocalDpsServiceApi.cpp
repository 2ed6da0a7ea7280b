#include "engine/localdps/LocalDpsServiceApi.h"

#include <QDateTime>
#include <QJsonDocument>

#include "engine/crypto/KeyGenerator.h"
#include "engine/localdps/LocalDpsErrors.h"
#include "engine/localdps/LocalDpsRequestTarget.h"
#include "engine/localdps/LocalDpsSasToken.h"
#include "engine/localdps/LocalDpsStore.h"
#include "engine/plan/Validation.h"

namespace eflow::localdps {

namespace {

constexpr int maxBulkItems = 10; // reference/dps-protocol.md §4.5

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString idField(LocalDpsServiceApi::Kind kind)
{
    return kind == LocalDpsServiceApi::Kind::Group ? str(u"enrollmentGroupId") : str(u"registrationId");
}

// Etags arrive as "\"abc\"", "abc" or W/"abc" depending on the client (reference §4.3).
QString bareEtag(QString etag)
{
    etag = etag.trimmed();
    if (etag.startsWith(u"W/"))
        etag.remove(0, 2);
    if (etag.size() >= 2 && etag.startsWith(u'"') && etag.endsWith(u'"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

bool etagMatches(const QString &ifMatch, const QString &current)
{
    return ifMatch.trimmed() == u"*" || bareEtag(ifMatch) == bareEtag(current);
}

std::optional<QJsonValue> parseBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonValue();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    if (doc.isObject())
        return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

std::optional<QString> canonical(const QString &value, std::initializer_list<const char16_t *> allowed)
{
    for (const char16_t *candidate : allowed) {
        if (value.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(candidate);
    }
    return std::nullopt;
}

} // namespace

LocalDpsServiceApi::LocalDpsServiceApi(LocalDpsStore &store, const LocalDpsOptions &options)
    : m_store(store)
    , m_options(options)
{}

bool LocalDpsServiceApi::matches(const LocalDpsRequestTarget &target)
{
    const QString first = target.segment(0).toLower();
    return first == u"enrollments" || first == u"enrollmentgroups" || first == u"registrations";
}

bool LocalDpsServiceApi::authenticate(const LocalDpsHttpRequest &request) const
{
    const std::optional<LocalDpsSasToken> token = LocalDpsSasToken::parse(request.header("authorization"));
    if (!token || token->isExpired(QDateTime::currentSecsSinceEpoch()))
        return false;
    if (QString::fromUtf8(token->keyName()).compare(m_options.servicePolicyName, Qt::CaseInsensitive) != 0)
        return false;
    // The audience may be any segment prefix of the endpoint that starts with the host (reference §3.5).
    const QString resource = QString::fromUtf8(token->decodedResource()).toLower();
    // Only the emulator's own names count. The Host header is the client's to choose, so accepting it would
    // let a token minted for any other service through together with a matching forged header.
    const QString host = resource.section(u'/', 0, 0);
    if (!m_acceptedHosts.contains(host, Qt::CaseInsensitive))
        return false;
    return token->isSignedWithBase64Key(m_store.servicePolicyKey());
}

LocalDpsHttpResponse LocalDpsServiceApi::handle(const LocalDpsHttpRequest &request,
                                                const LocalDpsRequestTarget &target, bool *stateChanged)
{
    *stateChanged = false;
    if (!authenticate(request))
        return errorResponse(401, LocalDpsErrors::unauthorized, str(u"Unauthorized"));
    if (target.queryItem(str(u"api-version")).isEmpty())
        return errorResponse(400, LocalDpsErrors::badRequest,
                             str(u"The api-version query parameter is missing"));

    const QString collection = target.segment(0).toLower();
    const QByteArray &method = request.method;
    auto notAllowed = [](const QByteArray &allow) {
        LocalDpsHttpResponse response =
            errorResponse(405, LocalDpsErrors::methodNotAllowed, str(u"Method not allowed"));
        response.setHeader("Allow", allow);
        return response;
    };

    if (collection == u"registrations") {
        if (target.size() == 2) {
            if (method != "GET" && method != "DELETE")
                return notAllowed("GET, DELETE");
            return handleRegistration(request, target.segment(1), stateChanged);
        }
        if (target.size() == 3 && target.segment(2).compare(u"query", Qt::CaseInsensitive) == 0) {
            if (method != "POST")
                return notAllowed("POST");
            const QString groupId = target.segment(1);
            if (!m_store.enrollmentGroup(groupId))
                return errorResponse(404, LocalDpsErrors::enrollmentNotFound,
                                     str(u"The enrollment group is not known"));
            QJsonArray states;
            for (const QJsonObject &record : m_store.registrations()) {
                if (record.value(u"enrollmentGroupId").toString().compare(groupId, Qt::CaseInsensitive) == 0)
                    states.append(record.value(u"registrationState"));
            }
            return query(request, states, "DeviceRegistration");
        }
        return errorResponse(404, LocalDpsErrors::notFound, str(u"Not found"));
    }

    const Kind kind = collection == u"enrollments" ? Kind::Individual : Kind::Group;
    if (target.size() == 1) {
        if (method != "POST")
            return notAllowed("POST");
        return handleBulk(kind, request, stateChanged);
    }
    if (target.size() == 2 && method == "POST" &&
        target.segment(1).compare(u"query", Qt::CaseInsensitive) == 0) {
        if (!parseBody(request.body))
            return errorResponse(400, LocalDpsErrors::badRequest, str(u"The request body is not valid JSON"));
        QJsonArray items;
        const QList<QJsonObject> all =
            kind == Kind::Group ? m_store.enrollmentGroups() : m_store.enrollments();
        for (const QJsonObject &stored : all)
            items.append(forReading(kind, stored));
        return query(request, items, kind == Kind::Group ? "EnrollmentGroup" : "Enrollment");
    }
    if (target.size() == 2) {
        if (method != "GET" && method != "PUT" && method != "DELETE")
            return notAllowed("GET, PUT, DELETE");
        return handleEnrollment(kind, request, target.segment(1), stateChanged);
    }
    if (target.size() == 3 && target.segment(2).compare(u"attestationmechanism", Qt::CaseInsensitive) == 0) {
        if (method != "POST")
            return notAllowed("POST");
        return handleAttestation(kind, target.segment(1));
    }
    return errorResponse(404, LocalDpsErrors::notFound, str(u"Not found"));
}

std::optional<QJsonObject> LocalDpsServiceApi::find(Kind kind, const QString &id) const
{
    return kind == Kind::Group ? m_store.enrollmentGroup(id) : m_store.enrollment(id);
}

void LocalDpsServiceApi::put(Kind kind, const QJsonObject &stored)
{
    if (kind == Kind::Group)
        m_store.putEnrollmentGroup(stored);
    else
        m_store.putEnrollment(stored);
}

bool LocalDpsServiceApi::remove(Kind kind, const QString &id)
{
    if (kind == Kind::Group)
        return m_store.removeEnrollmentGroup(id);
    // The registration record belongs to the individual enrollment and goes with it; a group's records
    // stay until deleted one by one, as on the real service.
    if (const auto record = m_store.registration(id); record && !record->contains(u"enrollmentGroupId"))
        m_store.removeRegistration(id);
    return m_store.removeEnrollment(id);
}

QJsonObject LocalDpsServiceApi::withoutKeys(const QJsonObject &stored)
{
    QJsonObject out = stored;
    QJsonObject attestation = out.value(u"attestation").toObject();
    if (attestation.contains(u"symmetricKey")) {
        QJsonObject keys = attestation.value(u"symmetricKey").toObject();
        keys.remove(u"primaryKey");
        keys.remove(u"secondaryKey");
        attestation.insert(str(u"symmetricKey"), keys);
        out.insert(str(u"attestation"), attestation);
    }
    return out;
}

QJsonObject LocalDpsServiceApi::forReading(Kind kind, const QJsonObject &stored) const
{
    QJsonObject out = withoutKeys(stored);
    if (kind == Kind::Individual) {
        const auto record = m_store.registration(stored.value(u"registrationId").toString());
        if (record && !record->contains(u"enrollmentGroupId"))
            out.insert(str(u"registrationState"), record->value(u"registrationState"));
    }
    return out;
}

std::optional<QJsonObject> LocalDpsServiceApi::normalize(Kind kind, const QJsonObject &input,
                                                         const std::optional<QJsonObject> &existing,
                                                         const QStringList &linkedHubs, QString *error,
                                                         int *errorCode)
{
    auto reject = [&](const QString &message, int code = LocalDpsErrors::badRequest) {
        *error = message;
        *errorCode = code;
        return std::nullopt;
    };

    QJsonObject out = input;
    out.remove(u"registrationState");
    out.remove(u"etag");
    out.remove(u"createdDateTimeUtc");
    out.remove(u"lastUpdatedDateTimeUtc");

    const QString id = out.value(idField(kind)).toString();
    const auto idProblem =
        kind == Kind::Group ? plan::checkEnrollmentGroupId(id) : plan::checkRegistrationId(id);
    if (idProblem)
        return reject(idProblem->message, LocalDpsErrors::invalidRegistrationId);
    if (kind == Kind::Individual) {
        const QString deviceId = out.value(u"deviceId").toString();
        if (!deviceId.isEmpty()) {
            if (const auto problem = plan::checkDeviceId(deviceId))
                return reject(problem->message);
        }
    }

    QJsonObject attestation = out.value(u"attestation").toObject();
    const std::optional<QString> type =
        canonical(attestation.value(u"type").toString(), {u"none", u"tpm", u"x509", u"symmetricKey"});
    if (!type)
        return reject(str(u"attestation.type must be none, tpm, x509 or symmetricKey"));
    attestation.insert(str(u"type"), *type);
    if (*type == u"symmetricKey") {
        const QJsonObject previous =
            existing ? existing->value(u"attestation").toObject().value(u"symmetricKey").toObject()
                     : QJsonObject();
        QJsonObject keys = attestation.value(u"symmetricKey").toObject();
        for (const char16_t *name : {u"primaryKey", u"secondaryKey"}) {
            const QStringView field(name);
            QString key = keys.value(field).toString();
            if (key.isEmpty())
                key = previous.value(field).toString();
            if (key.isEmpty())
                key = QString::fromLatin1(crypto::generateSymmetricKey(64));
            if (const auto problem = plan::checkSymmetricKey(key))
                return reject(problem->message);
            keys.insert(field.toString(), key);
        }
        attestation.insert(str(u"symmetricKey"), keys);
    } else if (*type == u"tpm") {
        if (kind == Kind::Group)
            return reject(str(u"An enrollment group cannot use TPM attestation"));
        if (attestation.value(u"tpm").toObject().value(u"endorsementKey").toString().isEmpty())
            return reject(str(u"attestation.tpm.endorsementKey is required"));
    }
    out.insert(str(u"attestation"), attestation);

    QJsonObject capabilities = out.value(u"capabilities").toObject();
    capabilities.insert(str(u"iotEdge"), capabilities.value(u"iotEdge").toBool(false));
    out.insert(str(u"capabilities"), capabilities);

    const std::optional<QString> status =
        canonical(out.value(u"provisioningStatus").toString(str(u"enabled")), {u"enabled", u"disabled"});
    if (!status)
        return reject(str(u"provisioningStatus must be enabled or disabled"));
    out.insert(str(u"provisioningStatus"), *status);

    if (!out.contains(u"reprovisionPolicy")) {
        out.insert(str(u"reprovisionPolicy"),
                   QJsonObject{{str(u"updateHubAssignment"), true}, {str(u"migrateDeviceData"), true}});
    }
    if (out.contains(u"allocationPolicy")) {
        const std::optional<QString> policy = canonical(out.value(u"allocationPolicy").toString(),
                                                        {u"hashed", u"geoLatency", u"static", u"custom"});
        if (!policy)
            return reject(str(u"allocationPolicy must be hashed, geoLatency, static or custom"));
        out.insert(str(u"allocationPolicy"), *policy);
    }
    QStringList hubs;
    for (const QJsonValue &hub : out.value(u"iotHubs").toArray())
        hubs.append(hub.toString());
    if (!out.value(u"iotHubHostName").toString().isEmpty())
        hubs.append(out.value(u"iotHubHostName").toString());
    for (const QString &hub : hubs) {
        if (!linkedHubs.contains(hub, Qt::CaseInsensitive))
            return reject(str(u"The IoT hub %1 is not linked to this provisioning service").arg(hub));
    }

    const QString now = LocalDpsStore::timestampNow();
    out.insert(str(u"etag"), LocalDpsStore::newEnrollmentEtag());
    out.insert(str(u"createdDateTimeUtc"),
               existing ? existing->value(u"createdDateTimeUtc").toString(now) : now);
    out.insert(str(u"lastUpdatedDateTimeUtc"), now);
    return out;
}

LocalDpsHttpResponse LocalDpsServiceApi::handleEnrollment(Kind kind, const LocalDpsHttpRequest &request,
                                                          const QString &id, bool *stateChanged)
{
    const std::optional<QJsonObject> existing = find(kind, id);
    const QString notFoundText =
        kind == Kind::Group ? str(u"The enrollment group is not known") : str(u"The enrollment is not known");
    const bool hasIfMatch = request.hasHeader("if-match");
    const QString ifMatch = QString::fromLatin1(request.header("if-match"));

    if (request.method == "GET") {
        if (!existing)
            return errorResponse(404, LocalDpsErrors::enrollmentNotFound, notFoundText);
        return jsonResponse(200, forReading(kind, *existing));
    }
    if (request.method == "DELETE") {
        if (!existing)
            return errorResponse(404, LocalDpsErrors::enrollmentNotFound, notFoundText);
        if (hasIfMatch && !etagMatches(ifMatch, existing->value(u"etag").toString()))
            return errorResponse(412, LocalDpsErrors::preconditionFailed, str(u"The etag does not match"));
        remove(kind, id);
        *stateChanged = true;
        return jsonResponse(204, QJsonValue());
    }

    // PUT: create, or update under the etag rules of reference §4.3.
    const std::optional<QJsonValue> body = parseBody(request.body);
    if (!body || !body->isObject())
        return errorResponse(400, LocalDpsErrors::badRequest, str(u"The request body is not a JSON object"));
    QJsonObject input = body->toObject();
    const QString bodyId = input.value(idField(kind)).toString();
    if (bodyId.isEmpty())
        input.insert(idField(kind), id);
    else if (bodyId.compare(id, Qt::CaseInsensitive) != 0)
        return errorResponse(400, LocalDpsErrors::invalidRegistrationId,
                             str(u"The ID in the body does not match the ID in the path"));
    if (existing) {
        if (!hasIfMatch)
            return errorResponse(409, LocalDpsErrors::conflict,
                                 str(u"The enrollment already exists; send If-Match to update it"));
        if (!etagMatches(ifMatch, existing->value(u"etag").toString()))
            return errorResponse(412, LocalDpsErrors::preconditionFailed, str(u"The etag does not match"));
    }
    QString error;
    int errorCode = 0;
    const std::optional<QJsonObject> stored =
        normalize(kind, input, existing, m_store.iotHubs(), &error, &errorCode);
    if (!stored)
        return errorResponse(400, errorCode, error);
    put(kind, *stored);
    *stateChanged = true;
    return jsonResponse(200, *stored);
}

LocalDpsHttpResponse LocalDpsServiceApi::handleAttestation(Kind kind, const QString &id) const
{
    const std::optional<QJsonObject> existing = find(kind, id);
    if (!existing)
        return errorResponse(404, LocalDpsErrors::enrollmentNotFound, str(u"Not found"));
    return jsonResponse(200, existing->value(u"attestation").toObject());
}

LocalDpsHttpResponse LocalDpsServiceApi::handleBulk(Kind kind, const LocalDpsHttpRequest &request,
                                                    bool *stateChanged)
{
    const std::optional<QJsonValue> body = parseBody(request.body);
    if (!body || !body->isObject())
        return errorResponse(400, LocalDpsErrors::badRequest, str(u"The request body is not a JSON object"));
    const QJsonObject operation = body->toObject();
    // Node spells it updateIfMatchEtag, the spec updateIfMatchETag (reference §4.5).
    const std::optional<QString> mode = canonical(operation.value(u"mode").toString(),
                                                  {u"create", u"update", u"updateIfMatchETag", u"delete"});
    if (!mode)
        return errorResponse(400, LocalDpsErrors::badRequest,
                             str(u"mode must be create, update, updateIfMatchETag or delete"));
    const QJsonArray items =
        operation.value(kind == Kind::Group ? u"enrollmentGroups" : u"enrollments").toArray();
    if (items.isEmpty() || items.size() > maxBulkItems)
        return errorResponse(400, LocalDpsErrors::badRequest,
                             str(u"A bulk operation takes 1 to %1 items").arg(maxBulkItems));

    QJsonArray errors;
    auto addError = [&](const QString &id, int code, const QString &text) {
        errors.append(
            QJsonObject{{idField(kind), id}, {str(u"errorCode"), code}, {str(u"errorStatus"), text}});
    };
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(idField(kind)).toString();
        const std::optional<QJsonObject> existing = find(kind, id);
        if (*mode == u"delete") {
            if (!existing) {
                addError(id, LocalDpsErrors::enrollmentNotFound, str(u"Not found"));
                continue;
            }
            if (item.contains(u"etag") &&
                !etagMatches(item.value(u"etag").toString(), existing->value(u"etag").toString())) {
                addError(id, LocalDpsErrors::preconditionFailed, str(u"The etag does not match"));
                continue;
            }
            remove(kind, id);
            *stateChanged = true;
            continue;
        }
        if (*mode == u"create" && existing) {
            addError(id, LocalDpsErrors::conflict, str(u"Already exists"));
            continue;
        }
        if (*mode == u"updateIfMatchETag" &&
            (!existing ||
             !etagMatches(item.value(u"etag").toString(), existing->value(u"etag").toString()))) {
            addError(id, LocalDpsErrors::preconditionFailed, str(u"The etag does not match"));
            continue;
        }
        QString error;
        int errorCode = 0;
        const std::optional<QJsonObject> stored =
            normalize(kind, item, existing, m_store.iotHubs(), &error, &errorCode);
        if (!stored) {
            addError(id, errorCode, error);
            continue;
        }
        put(kind, *stored);
        *stateChanged = true;
    }
    return jsonResponse(200, QJsonObject{{str(u"isSuccessful"), errors.isEmpty()}, {str(u"errors"), errors}});
}

LocalDpsHttpResponse LocalDpsServiceApi::handleRegistration(const LocalDpsHttpRequest &request,
                                                            const QString &id, bool *stateChanged)
{
    const std::optional<QJsonObject> record = m_store.registration(id);
    if (!record)
        return errorResponse(404, LocalDpsErrors::registrationNotFound,
                             str(u"The registration is not known"));
    const QJsonObject state = record->value(u"registrationState").toObject();
    if (request.method == "GET")
        return jsonResponse(200, state);
    if (request.hasHeader("if-match") &&
        !etagMatches(QString::fromLatin1(request.header("if-match")), state.value(u"etag").toString()))
        return errorResponse(412, LocalDpsErrors::preconditionFailed, str(u"The etag does not match"));
    m_store.removeRegistration(id);
    *stateChanged = true;
    return jsonResponse(204, QJsonValue());
}

LocalDpsHttpResponse LocalDpsServiceApi::query(const LocalDpsHttpRequest &request, const QJsonArray &items,
                                               const QByteArray &itemType) const
{
    // Only "SELECT *" semantics: the emulator returns every item; the query text is not evaluated.
    qsizetype pageSize = items.size();
    if (request.hasHeader("x-ms-max-item-count")) {
        bool ok = false;
        const int requested = request.header("x-ms-max-item-count").toInt(&ok);
        if (!ok || requested <= 0)
            return errorResponse(400, LocalDpsErrors::badRequest,
                                 str(u"x-ms-max-item-count must be positive"));
        pageSize = requested;
    }
    qsizetype offset = 0;
    if (request.hasHeader("x-ms-continuation") && !request.header("x-ms-continuation").isEmpty()) {
        bool ok = false;
        offset = QByteArray::fromBase64(request.header("x-ms-continuation")).toLongLong(&ok);
        if (!ok || offset < 0 || offset > items.size())
            return errorResponse(400, LocalDpsErrors::badRequest,
                                 str(u"The continuation token is not valid"));
    }
    QJsonArray page;
    for (qsizetype i = offset; i < items.size() && page.size() < pageSize; ++i)
        page.append(items.at(i));

    LocalDpsHttpResponse response = jsonResponse(200, page);
    response.setHeader("x-ms-item-type", itemType);
    if (request.hasHeader("x-ms-max-item-count"))
        response.setHeader("x-ms-max-item-count", QByteArray::number(pageSize));
    // Never an empty continuation: Node would loop for ever on it (reference §4.4).
    const qsizetype next = offset + page.size();
    if (next < items.size())
        response.setHeader("x-ms-continuation", QByteArray::number(next).toBase64());
    return response;
}

} // namespace eflow::localdps
