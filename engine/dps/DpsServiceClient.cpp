#include "engine/dps/DpsServiceClient.h"

#include <algorithm>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslSocket>

#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/SasToken.h"
#include "engine/dps/DpsTr.h"
#include "engine/dps/DpsTransport.h"
#include "engine/plan/Validation.h"
#include "engine/support/Logging.h"
#include "engine/support/Version.h"

#include <spdlog/spdlog.h>

namespace eflow::dps {

namespace {

using namespace std::chrono_literals;
using Op = DpsServiceOperation;

// A page of a thousand enrollments is a few megabytes; far more is not DPS, and reading it all would let
// any server on the path exhaust our memory.
constexpr qint64 kMaxResponseBytes = 32 * 1024 * 1024;
constexpr int kMaxBulkChunk = 10; // the service's limit (§4.5)

// The local DPS listens on a port of the loopback interface; nothing else may carry a port, so that a typo
// in a real host name is still reported by the validator.
const QRegularExpression &localHostPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(127\\.0\\.0\\.1|localhost):([0-9]{1,5})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// .NET v1 quotes a bare etag; "*" and quoted or weak etags go as they are (§4.3).
QByteArray ifMatchValue(const QString &etag)
{
    const QString t = etag.trimmed();
    if (t == u"*" || t.startsWith(u'"') || t.startsWith(u"W/\""))
        return t.toUtf8();
    return '"' + t.toUtf8() + '"';
}

// A success body that cannot be read is shown in the details; keys in it must not be.
QByteArray withoutKeys(const QByteArray &body)
{
    static const QRegularExpression keys(
        QStringLiteral("(\"(?:primaryKey|secondaryKey)\"\\s*:\\s*\")[^\"]*\""));
    return QString::fromUtf8(body).replace(keys, QStringLiteral("\\1***\"")).toUtf8();
}

enum class Target
{
    Unknown = 0,
    Enrollment,
    Group,
    Registration,
    Collection,
};

Target targetOf(Op op)
{
    switch (op) {
    case Op::CreateOrUpdateEnrollment:
    case Op::GetEnrollment:
    case Op::DeleteEnrollment:
    case Op::GetEnrollmentAttestation:
        return Target::Enrollment;
    case Op::CreateOrUpdateEnrollmentGroup:
    case Op::GetEnrollmentGroup:
    case Op::DeleteEnrollmentGroup:
    case Op::GetEnrollmentGroupAttestation:
    case Op::QueryRegistrations: // a 404 there names the group
        return Target::Group;
    case Op::GetRegistration:
    case Op::DeleteRegistration:
        return Target::Registration;
    case Op::QueryEnrollments:
    case Op::BulkEnrollments:
    case Op::QueryEnrollmentGroups:
    case Op::BulkEnrollmentGroups:
        return Target::Collection;
    case Op::Unknown:
        break;
    }
    return Target::Unknown;
}

bool isQuery(Op op)
{
    return op == Op::QueryEnrollments || op == Op::QueryEnrollmentGroups || op == Op::QueryRegistrations;
}

bool isDelete(Op op)
{
    return op == Op::DeleteEnrollment || op == Op::DeleteEnrollmentGroup || op == Op::DeleteRegistration;
}

QString jsonWhy(const QJsonParseError &parseError)
{
    return QStringLiteral("JSON parse error at offset %1: %2")
        .arg(parseError.offset)
        .arg(parseError.errorString());
}

} // namespace

QString DpsServiceResult::message() const
{
    switch (kind) {
    case Kind::Failed:
        return error.message;
    case Kind::Cancelled:
        return DpsTr::tr("The DPS request was cancelled.");
    case Kind::Unknown:
        return QString();
    case Kind::Succeeded:
        break;
    }
    switch (operation) {
    case Op::CreateOrUpdateEnrollment:
        return DpsTr::tr("Saved the individual enrollment %1.").arg(id);
    case Op::GetEnrollment:
    case Op::GetEnrollmentAttestation:
        return DpsTr::tr("Read the individual enrollment %1.").arg(id);
    case Op::DeleteEnrollment:
        return DpsTr::tr("Deleted the individual enrollment %1.").arg(id);
    case Op::QueryEnrollments:
        return DpsTr::tr("Read %n individual enrollment(s).", nullptr, int(enrollments.size()));
    case Op::CreateOrUpdateEnrollmentGroup:
        return DpsTr::tr("Saved the enrollment group %1.").arg(id);
    case Op::GetEnrollmentGroup:
    case Op::GetEnrollmentGroupAttestation:
        return DpsTr::tr("Read the enrollment group %1.").arg(id);
    case Op::DeleteEnrollmentGroup:
        return DpsTr::tr("Deleted the enrollment group %1.").arg(id);
    case Op::QueryEnrollmentGroups:
        return DpsTr::tr("Read %n enrollment group(s).", nullptr, int(enrollmentGroups.size()));
    case Op::GetRegistration:
        return DpsTr::tr("Read the registration record %1.").arg(id);
    case Op::DeleteRegistration:
        return DpsTr::tr("Deleted the registration record %1.").arg(id);
    case Op::QueryRegistrations:
        return DpsTr::tr("Read %n registration record(s) of the enrollment group %1.", nullptr,
                         int(registrations.size()))
            .arg(id);
    case Op::BulkEnrollments:
    case Op::BulkEnrollmentGroups:
        if (bulk.errors.isEmpty())
            return DpsTr::tr("DPS accepted all %n item(s) of the bulk operation.", nullptr,
                             bulkItemsSubmitted);
        return DpsTr::tr("DPS rejected %1 of %n item(s) of the bulk operation; the list shows why.", nullptr,
                         bulkItemsSubmitted)
            .arg(bulk.errors.size());
    case Op::Unknown:
        break;
    }
    return QString();
}

DpsServiceClient::DpsServiceClient(const QString &serviceConnectionString, DpsServiceClientOptions options,
                                   QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_overallTimer(this)
    , m_requestTimer(this)
    , m_delayTimer(this)
{
    configureProxy(m_network, m_options.useSystemProxy);
    for (QTimer *timer : {&m_overallTimer, &m_requestTimer, &m_delayTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_overallTimer, &QTimer::timeout, this, &DpsServiceClient::onOverallTimeout);
    connect(&m_requestTimer, &QTimer::timeout, this, &DpsServiceClient::onRequestTimeout);
    connect(&m_delayTimer, &QTimer::timeout, this, &DpsServiceClient::sendNext);

    const auto cs = crypto::ConnectionString::parse(serviceConnectionString);
    m_hostName = cs ? cs->hostName() : QString();
    const QRegularExpressionMatch local = localHostPattern().match(m_hostName);
    const int port = local.hasMatch() ? local.captured(2).toInt() : 443;

    // The validator knows no ports; for the local DPS it checks the rest with the bare host name.
    std::optional<plan::Problem> problem;
    if (cs && local.hasMatch()) {
        QString rebuilt;
        for (const QString &key : cs->keys()) {
            const QString value =
                key.compare(u"HostName", Qt::CaseInsensitive) == 0 ? local.captured(1) : cs->value(key);
            rebuilt += key + u'=' + value + u';';
        }
        problem = plan::checkServiceConnectionString(rebuilt);
        crypto::wipe(rebuilt);
    } else {
        problem = plan::checkServiceConnectionString(serviceConnectionString);
    }
    if (problem) {
        m_configError = DpsError::invalidInput(problem->message);
        return;
    }
    if (port < 1 || port > 65535) {
        m_configError = DpsError::invalidInput(
            DpsTr::tr("The port in the HostName %1 is not between 1 and 65535.").arg(m_hostName));
        return;
    }

    QByteArray keyText = cs->sharedAccessKey().toLatin1();
    const bool decoded = crypto::decodeBase64Strict(keyText, m_policyKey);
    crypto::wipe(keyText);
    if (!decoded) { // checked by the validator already; kept so that a broken key can never sign
        m_configError = DpsError::invalidInput(DpsTr::tr("The SharedAccessKey is not base64."));
        return;
    }
    m_policyName = cs->sharedAccessKeyName().toUtf8();
    m_signedResource = (m_options.signedResource.isEmpty() ? m_hostName : m_options.signedResource).toUtf8();

    m_endpoint.setScheme(QStringLiteral("https"));
    m_endpoint.setHost(local.hasMatch() ? local.captured(1) : m_hostName);
    if (local.hasMatch())
        m_endpoint.setPort(port);

    if (m_options.apiVersion.trimmed().isEmpty()) {
        m_configError = DpsError::invalidInput(DpsTr::tr("No DPS service api-version was given."));
        return;
    }
    const std::optional<QSslConfiguration> tls = tlsConfiguration(m_options.extraCaFile);
    if (!tls) {
        m_configError = DpsError::invalidCaFile(m_options.extraCaFile);
        return;
    }
    m_tls = *tls;
}

DpsServiceClient::~DpsServiceClient()
{
    m_running = false;
    abortReply();
}

bool DpsServiceClient::begin(DpsServiceOperation operation, const QString &id)
{
    if (m_running)
        return false;
    m_running = true;
    ++m_generation;
    m_result = DpsServiceResult{};
    m_result.operation = operation;
    m_result.id = id;
    m_queue.clear();
    m_bulkTotal = 0;
    m_current = Request{};
    m_allPages = false;
    m_retries = 0;
    return true;
}

// Every entry point: begin(), then input checks that end the call through failLater(), then the requests.
#define EFLOW_CHECK_INPUT(expr)                                                                              \
    do {                                                                                                     \
        if (const std::optional<QString> problem_ = (expr)) {                                                \
            failLater(DpsError::invalidInput(*problem_));                                                    \
            return true;                                                                                     \
        }                                                                                                    \
    } while (false)

namespace {

std::optional<QString> registrationIdProblem(const QString &id)
{
    if (auto p = plan::checkRegistrationId(id))
        return p->message;
    return std::nullopt;
}

std::optional<QString> groupIdProblem(const QString &id)
{
    if (auto p = plan::checkEnrollmentGroupId(id))
        return p->message;
    return std::nullopt;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray kQueryAll = R"({"query":"*"})";

} // namespace

bool DpsServiceClient::createOrUpdateEnrollment(const IndividualEnrollment &enrollment)
{
    if (!begin(Op::CreateOrUpdateEnrollment, enrollment.registrationId))
        return false;
    EFLOW_CHECK_INPUT(checkEnrollment(enrollment));
    startRequests(
        {{"PUT", "/enrollments/" + pathSegment(enrollment.registrationId), compact(enrollment.toJson()),
          enrollment.etag.isEmpty() ? QByteArray() : ifMatchValue(enrollment.etag)}});
    return true;
}

bool DpsServiceClient::getEnrollment(const QString &registrationId)
{
    if (!begin(Op::GetEnrollment, registrationId))
        return false;
    EFLOW_CHECK_INPUT(registrationIdProblem(registrationId));
    startRequests({{"GET", "/enrollments/" + pathSegment(registrationId), {}, {}}});
    return true;
}

bool DpsServiceClient::deleteEnrollment(const QString &registrationId, const QString &etag)
{
    if (!begin(Op::DeleteEnrollment, registrationId))
        return false;
    EFLOW_CHECK_INPUT(registrationIdProblem(registrationId));
    startRequests({{"DELETE",
                    "/enrollments/" + pathSegment(registrationId),
                    {},
                    etag.isEmpty() ? QByteArray() : ifMatchValue(etag)}});
    return true;
}

bool DpsServiceClient::getEnrollmentAttestation(const QString &registrationId)
{
    if (!begin(Op::GetEnrollmentAttestation, registrationId))
        return false;
    EFLOW_CHECK_INPUT(registrationIdProblem(registrationId));
    startRequests(
        {{"POST", "/enrollments/" + pathSegment(registrationId) + "/attestationmechanism", {}, {}}});
    return true;
}

bool DpsServiceClient::queryEnrollments(const QString &continuationToken, bool allPages)
{
    if (!begin(Op::QueryEnrollments, QString()))
        return false;
    m_allPages = allPages;
    m_result.continuationToken = continuationToken;
    startRequests({{"POST", "/enrollments/query", kQueryAll, {}}});
    return true;
}

bool DpsServiceClient::bulkEnrollments(BulkOperationMode mode, const QList<IndividualEnrollment> &enrollments)
{
    if (!begin(Op::BulkEnrollments, QString()))
        return false;
    EFLOW_CHECK_INPUT(mode == BulkOperationMode::Unknown
                          ? std::optional<QString>(DpsTr::tr("No bulk operation mode was given."))
                          : std::nullopt);
    for (const IndividualEnrollment &e : enrollments) {
        // Delete needs only the ID; whatever else the caller filled in is sent as it is.
        EFLOW_CHECK_INPUT(mode == BulkOperationMode::Delete ? registrationIdProblem(e.registrationId)
                                                            : checkEnrollment(e));
    }
    const int chunk = std::clamp(m_options.bulkChunkSize, 1, kMaxBulkChunk);
    QList<Request> requests;
    for (qsizetype i = 0; i < enrollments.size(); i += chunk) {
        QJsonArray items;
        for (qsizetype j = i; j < std::min(enrollments.size(), i + chunk); ++j)
            items.append(enrollments[j].toJson());
        const QJsonObject body{{QStringLiteral("mode"), toWire(mode)},
                               {QStringLiteral("enrollments"), items}};
        requests.append({"POST", "/enrollments", compact(body), {}, int(items.size())});
    }
    m_result.bulk.isSuccessful = true;
    m_bulkTotal = int(enrollments.size());
    startRequests(std::move(requests));
    return true;
}

bool DpsServiceClient::createOrUpdateEnrollmentGroup(const EnrollmentGroup &group)
{
    if (!begin(Op::CreateOrUpdateEnrollmentGroup, group.enrollmentGroupId))
        return false;
    EFLOW_CHECK_INPUT(checkEnrollmentGroup(group));
    startRequests(
        {{"PUT", "/enrollmentGroups/" + pathSegment(group.enrollmentGroupId), compact(group.toJson()),
          group.etag.isEmpty() ? QByteArray() : ifMatchValue(group.etag)}});
    return true;
}

bool DpsServiceClient::getEnrollmentGroup(const QString &enrollmentGroupId)
{
    if (!begin(Op::GetEnrollmentGroup, enrollmentGroupId))
        return false;
    EFLOW_CHECK_INPUT(groupIdProblem(enrollmentGroupId));
    startRequests({{"GET", "/enrollmentGroups/" + pathSegment(enrollmentGroupId), {}, {}}});
    return true;
}

bool DpsServiceClient::deleteEnrollmentGroup(const QString &enrollmentGroupId, const QString &etag)
{
    if (!begin(Op::DeleteEnrollmentGroup, enrollmentGroupId))
        return false;
    EFLOW_CHECK_INPUT(groupIdProblem(enrollmentGroupId));
    startRequests({{"DELETE",
                    "/enrollmentGroups/" + pathSegment(enrollmentGroupId),
                    {},
                    etag.isEmpty() ? QByteArray() : ifMatchValue(etag)}});
    return true;
}

bool DpsServiceClient::getEnrollmentGroupAttestation(const QString &enrollmentGroupId)
{
    if (!begin(Op::GetEnrollmentGroupAttestation, enrollmentGroupId))
        return false;
    EFLOW_CHECK_INPUT(groupIdProblem(enrollmentGroupId));
    startRequests(
        {{"POST", "/enrollmentGroups/" + pathSegment(enrollmentGroupId) + "/attestationmechanism", {}, {}}});
    return true;
}

bool DpsServiceClient::queryEnrollmentGroups(const QString &continuationToken, bool allPages)
{
    if (!begin(Op::QueryEnrollmentGroups, QString()))
        return false;
    m_allPages = allPages;
    m_result.continuationToken = continuationToken;
    startRequests({{"POST", "/enrollmentGroups/query", kQueryAll, {}}});
    return true;
}

bool DpsServiceClient::bulkEnrollmentGroups(BulkOperationMode mode, const QList<EnrollmentGroup> &groups)
{
    if (!begin(Op::BulkEnrollmentGroups, QString()))
        return false;
    EFLOW_CHECK_INPUT(mode == BulkOperationMode::Unknown
                          ? std::optional<QString>(DpsTr::tr("No bulk operation mode was given."))
                          : std::nullopt);
    for (const EnrollmentGroup &g : groups) {
        EFLOW_CHECK_INPUT(mode == BulkOperationMode::Delete ? groupIdProblem(g.enrollmentGroupId)
                                                            : checkEnrollmentGroup(g));
    }
    const int chunk = std::clamp(m_options.bulkChunkSize, 1, kMaxBulkChunk);
    QList<Request> requests;
    for (qsizetype i = 0; i < groups.size(); i += chunk) {
        QJsonArray items;
        for (qsizetype j = i; j < std::min(groups.size(), i + chunk); ++j)
            items.append(groups[j].toJson());
        const QJsonObject body{{QStringLiteral("mode"), toWire(mode)},
                               {QStringLiteral("enrollmentGroups"), items}};
        requests.append({"POST", "/enrollmentGroups", compact(body), {}, int(items.size())});
    }
    m_result.bulk.isSuccessful = true;
    m_bulkTotal = int(groups.size());
    startRequests(std::move(requests));
    return true;
}

bool DpsServiceClient::getRegistration(const QString &registrationId)
{
    if (!begin(Op::GetRegistration, registrationId))
        return false;
    EFLOW_CHECK_INPUT(registrationIdProblem(registrationId));
    startRequests({{"GET", "/registrations/" + pathSegment(registrationId), {}, {}}});
    return true;
}

bool DpsServiceClient::deleteRegistration(const QString &registrationId, const QString &etag)
{
    if (!begin(Op::DeleteRegistration, registrationId))
        return false;
    EFLOW_CHECK_INPUT(registrationIdProblem(registrationId));
    startRequests({{"DELETE",
                    "/registrations/" + pathSegment(registrationId),
                    {},
                    etag.isEmpty() ? QByteArray() : ifMatchValue(etag)}});
    return true;
}

bool DpsServiceClient::queryRegistrations(const QString &enrollmentGroupId, const QString &continuationToken,
                                          bool allPages)
{
    if (!begin(Op::QueryRegistrations, enrollmentGroupId))
        return false;
    EFLOW_CHECK_INPUT(groupIdProblem(enrollmentGroupId));
    m_allPages = allPages;
    m_result.continuationToken = continuationToken;
    // No body, as the az CLI sends it (§4.4).
    startRequests({{"POST", "/registrations/" + pathSegment(enrollmentGroupId) + "/query", {}, {}}});
    return true;
}

#undef EFLOW_CHECK_INPUT

void DpsServiceClient::startRequests(QList<Request> requests)
{
    if (!isValid()) {
        failLater(m_configError);
        return;
    }
    m_queue = std::move(requests);
    if (m_options.overallTimeout > 0ms)
        m_overallTimer.start(m_options.overallTimeout);
    // The first request leaves from the event loop, never before the caller has connected to finished().
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation || !m_running)
                return;
            if (m_queue.isEmpty()) // a bulk call with nothing in it
                finish(DpsServiceResult::Kind::Succeeded);
            else
                sendNext();
        },
        Qt::QueuedConnection);
}

QNetworkRequest DpsServiceClient::makeRequest(const Request &r) const
{
    QUrl url = m_endpoint;
    url.setPath(QString::fromLatin1(r.path), QUrl::StrictMode);
    url.setQuery(QStringLiteral("api-version=") + QString::fromLatin1(pathSegment(m_options.apiVersion)),
                 QUrl::StrictMode);
    QNetworkRequest request(url);

    // A fresh token per request: a long paged or bulk call must not outlive its token. Built like
    // crypto::serviceToken() (encoded sr, Node's field order), but over the configurable sr.
    crypto::SasFormat format = crypto::SasFormat::node();
    format.encodeResource = true;
    QByteArray token = crypto::buildSasToken(m_signedResource, m_policyKey,
                                             crypto::expiryFromNow(m_options.tokenTtl), m_policyName, format);
    request.setRawHeader("Authorization", token);
    crypto::wipe(token);
    // As Node sends them (§4.1): Accept except on DELETE, Content-Type on PUT and POST (even without a
    // body, where Qt would otherwise claim a form).
    if (r.method != "DELETE")
        request.setRawHeader("Accept", "application/json");
    if (r.method == "PUT" || r.method == "POST")
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    request.setRawHeader("User-Agent", QByteArrayLiteral(EFLOW_WIZARD_NAME "/" EFLOW_WIZARD_VERSION));
    if (!r.ifMatch.isEmpty())
        request.setRawHeader("If-Match", r.ifMatch);
    if (isQuery(m_result.operation)) {
        if (m_options.pageSize > 0)
            request.setRawHeader("x-ms-max-item-count", QByteArray::number(m_options.pageSize));
        if (!m_result.continuationToken.isEmpty())
            request.setRawHeader("x-ms-continuation", m_result.continuationToken.toUtf8());
    }
    request.setTransferTimeout(0); // our own timer names the cause
    // DPS never redirects; following one would hand the token to whichever host it names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(m_tls);
    return request;
}

void DpsServiceClient::sendNext()
{
    if (!m_running || m_reply || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    const QNetworkRequest request = makeRequest(m_current);
    m_sslErrors.clear();
    ++m_result.requests;
    spdlog::debug("DPS service: {} {}", QString::fromLatin1(m_current.method),
                  request.url().toDisplayString());

    QNetworkReply *reply = nullptr;
    if (m_current.method == "GET")
        reply = m_network->get(request);
    else if (m_current.method == "DELETE")
        reply = m_network->deleteResource(request);
    else if (m_current.method == "PUT")
        reply = m_network->put(request, m_current.body);
    else
        reply = m_network->post(request, m_current.body);
    m_reply = reply;
    // Kept to explain a failure; never ignored (TLS is always verified).
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, &DpsServiceClient::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received <= kMaxResponseBytes || reply != m_reply)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray start = reply->peek(512);
        abortReply();
        failMalformed(status, start,
                      QStringLiteral("the response is larger than %1 bytes").arg(kMaxResponseBytes));
    });
    if (m_options.requestTimeout > 0ms)
        m_requestTimer.start(m_options.requestTimeout);
}

void DpsServiceClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_reply.clear();
    m_requestTimer.stop();
    reply->deleteLater();
    if (!m_running)
        return;

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QByteArray body = reply->readAll();
    if (httpStatus == 0) {
        DpsError error = DpsError::fromNetwork(reply->error(), reply->errorString(), m_sslErrors, m_hostName);
        error.attempts = 1;
        finish(DpsServiceResult::Kind::Failed, std::move(error));
        return;
    }
    const bool isRead = m_current.method == "GET" || m_current.path.endsWith("/query") ||
                        m_current.path.endsWith("/attestationmechanism");
    if ((httpStatus == 429 || (httpStatus >= 500 && isRead)) && m_retries < m_options.maxRetries) {
        ++m_retries;
        const auto delay = m_options.retryPolicy.retryDelay(
            m_retries, DpsRetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After")));
        emit progress(DpsTr::tr("DPS answered HTTP %1; retry %2 of %3 in %4 ms.")
                          .arg(httpStatus)
                          .arg(m_retries)
                          .arg(m_options.maxRetries)
                          .arg(delay.count()));
        m_queue.prepend(m_current);
        m_delayTimer.start(delay);
        return;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        DpsError error = httpError(httpStatus, body, QString::fromUtf8(reply->rawHeader("x-ms-request-id")),
                                   !m_current.ifMatch.isEmpty());
        error.attempts = m_retries + 1;
        finish(DpsServiceResult::Kind::Failed, std::move(error));
        return;
    }
    m_retries = 0;
    if (!handleBody(body, reply->rawHeaderPairs(), httpStatus))
        return;
    if (!m_queue.isEmpty()) {
        sendNext();
        return;
    }
    finish(DpsServiceResult::Kind::Succeeded);
}

bool DpsServiceClient::handleBody(const QByteArray &body, const QList<QNetworkReply::RawHeaderPair> &headers,
                                  int httpStatus)
{
    const Op op = m_result.operation;
    if (isDelete(op))
        return true; // 204, nothing to read

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        failMalformed(httpStatus, body, jsonWhy(parseError));
        return false;
    }
    QString why;
    if (isQuery(op)) {
        if (!document.isArray()) {
            failMalformed(httpStatus, body, QStringLiteral("a query answer is not a JSON array"));
            return false;
        }
        const QJsonArray items = document.array();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            bool ok = item.isObject();
            if (!ok) {
                why = QStringLiteral("item %1 of the page is not a JSON object").arg(i);
            } else if (op == Op::QueryEnrollments) {
                const auto e = IndividualEnrollment::fromJson(item.toObject(), &why);
                ok = e.has_value();
                if (ok)
                    m_result.enrollments << *e;
            } else if (op == Op::QueryEnrollmentGroups) {
                const auto g = EnrollmentGroup::fromJson(item.toObject(), &why);
                ok = g.has_value();
                if (ok)
                    m_result.enrollmentGroups << *g;
            } else {
                const auto s = DeviceRegistrationState::fromJson(item.toObject(), &why);
                ok = s.has_value();
                if (ok)
                    m_result.registrations << *s;
            }
            if (!ok) {
                failMalformed(httpStatus, body, why);
                return false;
            }
        }
        ++m_result.pages;
        QByteArray continuation;
        for (const auto &[name, value] : headers) {
            if (name.compare("x-ms-continuation", Qt::CaseInsensitive) == 0)
                continuation = value.trimmed();
        }
        // An empty token means "no more" too: re-sending none would start over for ever (§4.4). The same
        // token again would loop for ever as well.
        if (m_allPages && !continuation.isEmpty() && continuation == m_result.continuationToken.toUtf8()) {
            failMalformed(httpStatus, body, QStringLiteral("the continuation token did not change"));
            return false;
        }
        m_result.continuationToken = QString::fromUtf8(continuation);
        const qsizetype count =
            m_result.enrollments.size() + m_result.enrollmentGroups.size() + m_result.registrations.size();
        emit progress(
            DpsTr::tr("Read page %1 from DPS (%n item(s) so far).", nullptr, int(count)).arg(m_result.pages));
        if (m_allPages && !continuation.isEmpty())
            m_queue.append(m_current); // the same request; makeRequest() adds the new token
        return true;
    }

    if (!document.isObject()) {
        failMalformed(httpStatus, body, QStringLiteral("the body is not a JSON object"));
        return false;
    }
    const QJsonObject object = document.object();
    bool ok = false;
    switch (op) {
    case Op::CreateOrUpdateEnrollment:
    case Op::GetEnrollment:
        m_result.enrollment = IndividualEnrollment::fromJson(object, &why);
        ok = m_result.enrollment.has_value();
        break;
    case Op::CreateOrUpdateEnrollmentGroup:
    case Op::GetEnrollmentGroup:
        m_result.enrollmentGroup = EnrollmentGroup::fromJson(object, &why);
        ok = m_result.enrollmentGroup.has_value();
        break;
    case Op::GetEnrollmentAttestation:
    case Op::GetEnrollmentGroupAttestation:
        m_result.attestation = EnrollmentAttestation::fromJson(object, &why);
        ok = m_result.attestation.has_value();
        break;
    case Op::GetRegistration:
        m_result.registration = DeviceRegistrationState::fromJson(object, &why);
        ok = m_result.registration.has_value();
        break;
    case Op::BulkEnrollments:
    case Op::BulkEnrollmentGroups: {
        const auto chunk =
            BulkEnrollmentOperationResult::fromJson(object, op == Op::BulkEnrollmentGroups, &why);
        ok = chunk.has_value();
        if (ok) {
            m_result.bulkItemsSubmitted += m_current.items;
            m_result.bulk.isSuccessful = m_result.bulk.isSuccessful && chunk->isSuccessful;
            m_result.bulk.errors += chunk->errors;
            emit progress(DpsTr::tr("DPS took %1 of %2 bulk item(s); %n rejected so far.", nullptr,
                                    int(m_result.bulk.errors.size()))
                              .arg(m_result.bulkItemsSubmitted)
                              .arg(m_bulkTotal));
        }
        break;
    }
    default:
        ok = true;
        break;
    }
    if (!ok) {
        failMalformed(httpStatus, body, why);
        return false;
    }
    return true;
}

DpsError DpsServiceClient::httpError(int httpStatus, const QByteArray &body, const QString &requestId,
                                     bool sentIfMatch) const
{
    DpsError e;
    e.host = m_hostName;
    e.httpStatus = httpStatus;
    e.attempts = 1;
    e.trackingId = requestId;
    e.readServiceBody(body);
    e.rawBody = withoutKeys(body);
    const QString id = m_result.id;
    const Target target = targetOf(m_result.operation);
    const QString reason = e.serviceMessage.isEmpty() ? DpsTr::tr("no reason given") : e.serviceMessage;

    if (httpStatus == 401) {
        e.kind = DpsError::Kind::Unauthorized;
        e.message =
            DpsTr::tr("DPS at %1 refused the request: the service connection string's key or policy is "
                      "wrong. Copy the connection string of a shared access policy of the DPS again.")
                .arg(m_hostName);
    } else if (httpStatus == 403) {
        e.kind = DpsError::Kind::HttpError;
        e.message = DpsTr::tr("The shared access policy %1 may not do this at %2: use a policy with the "
                              "enrollment and registration permissions, such as provisioningserviceowner.")
                        .arg(QString::fromUtf8(m_policyName), m_hostName);
    } else if (httpStatus == 404) {
        e.kind = DpsError::Kind::NotFound;
        switch (target) {
        case Target::Enrollment:
            e.message = DpsTr::tr("DPS at %1 has no enrollment %2.").arg(m_hostName, id);
            break;
        case Target::Group:
            e.message = DpsTr::tr("DPS at %1 has no enrollment group %2.").arg(m_hostName, id);
            break;
        case Target::Registration:
            e.message = DpsTr::tr("DPS at %1 has no registration record %2.").arg(m_hostName, id);
            break;
        case Target::Collection:
        case Target::Unknown:
            e.message = DpsTr::tr("%1 answered \"not found\": check that HostName names your Device "
                                  "Provisioning Service.")
                            .arg(m_hostName);
            break;
        }
    } else if (httpStatus == 412 || (httpStatus == 409 && sentIfMatch)) {
        e.kind = DpsError::Kind::HttpError;
        e.message =
            target == Target::Group
                ? DpsTr::tr("The enrollment group %1 changed since it was read (etag mismatch): reload "
                            "and retry.")
                      .arg(id)
            : target == Target::Registration
                ? DpsTr::tr("The registration record %1 changed since it was read (etag mismatch): "
                            "reload and retry.")
                      .arg(id)
                : DpsTr::tr("The enrollment %1 changed since it was read (etag mismatch): reload and "
                            "retry.")
                      .arg(id);
    } else if (httpStatus == 409) {
        e.kind = DpsError::Kind::HttpError;
        e.message = target == Target::Group
                        ? DpsTr::tr("DPS already has an enrollment group %1, or it changed since it was read "
                                    "(etag mismatch): reload and retry.")
                              .arg(id)
                        : DpsTr::tr("DPS already has an enrollment %1, or it changed since it was read (etag "
                                    "mismatch): reload and retry.")
                              .arg(id);
    } else if (httpStatus == 400) {
        e.kind = DpsError::Kind::BadRequest;
        e.message = DpsTr::tr("DPS rejected the request: %1").arg(reason);
    } else if (httpStatus == 429) {
        e.kind = DpsError::Kind::Throttled;
        e.message = DpsTr::tr("DPS is throttling requests: wait a minute, then try again.");
    } else if (httpStatus >= 500) {
        e.kind = DpsError::Kind::ServiceUnavailable;
        e.message = DpsTr::tr("DPS at %1 was not available (HTTP %2): try again later, or check the Azure "
                              "status page.")
                        .arg(m_hostName)
                        .arg(httpStatus);
    } else {
        e.kind = DpsError::Kind::HttpError;
        e.message = DpsTr::tr("DPS refused the request with HTTP %1 (%2).").arg(httpStatus).arg(reason);
    }
    return e;
}

void DpsServiceClient::failMalformed(int httpStatus, const QByteArray &body, const QString &why)
{
    finish(DpsServiceResult::Kind::Failed,
           DpsError::malformed(m_hostName, httpStatus, withoutKeys(body), why));
}

void DpsServiceClient::onOverallTimeout()
{
    if (!m_running)
        return;
    abortReply();
    const int seconds = int((m_options.overallTimeout.count() + 999) / 1000);
    DpsError e;
    e.kind = DpsError::Kind::Timeout;
    e.host = m_hostName;
    e.message = DpsTr::tr("DPS at %1 did not finish the request within %n second(s): check the network and "
                          "proxy, then try again.",
                          nullptr, seconds)
                    .arg(m_hostName);
    finish(DpsServiceResult::Kind::Failed, std::move(e));
}

void DpsServiceClient::onRequestTimeout()
{
    if (!m_running)
        return;
    abortReply();
    const int seconds = int((m_options.requestTimeout.count() + 999) / 1000);
    finish(DpsServiceResult::Kind::Failed, DpsError::timeout(m_hostName, seconds, false));
}

void DpsServiceClient::cancel()
{
    if (!m_running)
        return;
    abortReply();
    finish(DpsServiceResult::Kind::Cancelled);
}

void DpsServiceClient::abortReply()
{
    m_requestTimer.stop();
    m_delayTimer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        // Disconnected first: abort() emits finished() synchronously, which is no answer.
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void DpsServiceClient::finish(DpsServiceResult::Kind kind, DpsError error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_overallTimer.stop();
    abortReply();
    m_queue.clear();
    m_result.kind = kind;
    m_result.error = std::move(error);
    const QString line = m_result.message();
    if (kind == DpsServiceResult::Kind::Failed)
        spdlog::warn("DPS service: {}\n{}", line, m_result.error.details());
    else
        spdlog::info("DPS service: {}", line);
    emit progress(line);
    // A copy: a slot may start the next call on this client, which resets m_result.
    const DpsServiceResult result = m_result;
    emit finished(result);
}

void DpsServiceClient::failLater(DpsError error)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, error = std::move(error)]() mutable {
            if (generation == m_generation)
                finish(DpsServiceResult::Kind::Failed, std::move(error));
        },
        Qt::QueuedConnection);
}

} // namespace eflow::dps
