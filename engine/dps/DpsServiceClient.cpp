#include "engine/dps/DpsServiceClient.h"

#include <algorithm>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/SasToken.h"
#include "engine/dps/DpsHttpExchange.h"
#include "engine/dps/DpsServiceAnswers.h"
#include "engine/dps/DpsServiceErrors.h"
#include "engine/dps/DpsTr.h"
#include "engine/dps/DpsTransport.h"
#include "engine/plan/Validation.h"
#include "engine/support/Logging.h"

namespace eflow::dps {

namespace {

using namespace std::chrono_literals;
using Op = DpsServiceOperation;
using Header = QPair<QByteArray, QByteArray>;

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
    if (etag.isEmpty())
        return {};
    const QString t = etag.trimmed();
    if (t == u"*" || t.startsWith(u'"') || t.startsWith(u"W/\""))
        return t.toUtf8();
    return '"' + t.toUtf8() + '"';
}

bool isQuery(Op op)
{
    return op == Op::QueryEnrollments || op == Op::QueryEnrollmentGroups || op == Op::QueryRegistrations;
}

bool isDelete(Op op)
{
    return op == Op::DeleteEnrollment || op == Op::DeleteEnrollmentGroup || op == Op::DeleteRegistration;
}

} // namespace

DpsServiceClient::DpsServiceClient(const QString &serviceConnectionString, DpsServiceClientOptions options,
                                   QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_call([this] { onDeadline(); }, this)
{
    const auto cs = crypto::ConnectionString::parse(serviceConnectionString);
    m_hostName = cs ? cs->hostName() : QString();
    m_http = new DpsHttpExchange(DpsHttpSettings::from(m_hostName, m_options), this);
    connect(m_http, &DpsHttpExchange::requestSent, this, [this] { ++m_result.requests; });
    connect(m_http, &DpsHttpExchange::progress, this, &DpsServiceClient::progress);
    connect(m_http, &DpsHttpExchange::finished, this, &DpsServiceClient::onAnswer);
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
    m_http->setTlsConfiguration(*tls);
}

DpsServiceClient::~DpsServiceClient()
{
    m_call.end();
    m_http->abort();
}

bool DpsServiceClient::begin(DpsServiceOperation operation, const QString &id)
{
    if (!m_call.begin())
        return false;
    m_result = DpsServiceResult{};
    m_result.operation = operation;
    m_result.id = id;
    m_queue.clear();
    m_bulkTotal = 0;
    m_current = Request{};
    m_allPages = false;
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
    startRequests({{"PUT", "/enrollments/" + pathSegment(enrollment.registrationId),
                    compact(enrollment.toJson()), ifMatchValue(enrollment.etag)}});
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
    startRequests({{"DELETE", "/enrollments/" + pathSegment(registrationId), {}, ifMatchValue(etag)}});
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
    QJsonArray items;
    for (const IndividualEnrollment &e : enrollments)
        items.append(e.toJson());
    startBulk("/enrollments", QStringLiteral("enrollments"), mode, items);
    return true;
}

bool DpsServiceClient::createOrUpdateEnrollmentGroup(const EnrollmentGroup &group)
{
    if (!begin(Op::CreateOrUpdateEnrollmentGroup, group.enrollmentGroupId))
        return false;
    EFLOW_CHECK_INPUT(checkEnrollmentGroup(group));
    startRequests({{"PUT", "/enrollmentGroups/" + pathSegment(group.enrollmentGroupId),
                    compact(group.toJson()), ifMatchValue(group.etag)}});
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
    startRequests(
        {{"DELETE", "/enrollmentGroups/" + pathSegment(enrollmentGroupId), {}, ifMatchValue(etag)}});
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
    QJsonArray items;
    for (const EnrollmentGroup &g : groups)
        items.append(g.toJson());
    startBulk("/enrollmentGroups", QStringLiteral("enrollmentGroups"), mode, items);
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
    startRequests({{"DELETE", "/registrations/" + pathSegment(registrationId), {}, ifMatchValue(etag)}});
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

void DpsServiceClient::startBulk(const QByteArray &path, const QString &listName, BulkOperationMode mode,
                                 const QJsonArray &items)
{
    const qsizetype chunk = std::clamp(m_options.bulkChunkSize, 1, kMaxBulkChunk);
    QList<Request> requests;
    for (qsizetype i = 0; i < items.size(); i += chunk) {
        QJsonArray part;
        for (qsizetype j = i; j < std::min(items.size(), i + chunk); ++j)
            part.append(items[j]);
        const QJsonObject body{{QStringLiteral("mode"), toWire(mode)}, {listName, part}};
        requests.append({"POST", path, compact(body), {}, int(part.size())});
    }
    m_result.bulk.isSuccessful = true;
    m_bulkTotal = int(items.size());
    startRequests(std::move(requests));
}

void DpsServiceClient::startRequests(QList<Request> requests)
{
    if (!isValid()) {
        failLater(m_configError);
        return;
    }
    m_queue = std::move(requests);
    m_call.startDeadline(m_options.overallTimeout);
    if (!m_queue.isEmpty()) {
        sendNext(); // leaves from the event loop (DpsHttpExchange::start), after the caller has connected
        return;
    }
    // A bulk call with nothing in it ends as every call does, from the event loop.
    m_call.later([this] { finish(DpsServiceResult::Kind::Succeeded); });
}

void DpsServiceClient::sendNext()
{
    m_current = m_queue.takeFirst();
    DpsHttpRequest request;
    request.method = m_current.method;
    request.url = m_endpoint;
    request.url.setPath(QString::fromLatin1(m_current.path), QUrl::StrictMode);
    request.url.setQuery(QStringLiteral("api-version=") +
                             QString::fromLatin1(pathSegment(m_options.apiVersion)),
                         QUrl::StrictMode);
    // As Node sends them (§4.1): Accept except on DELETE, Content-Type on PUT and POST (even without a body,
    // where Qt would otherwise claim a form).
    if (m_current.method != "DELETE")
        request.headers << Header("Accept", "application/json");
    if (m_current.method == "PUT" || m_current.method == "POST")
        request.headers << Header("Content-Type", "application/json; charset=utf-8");
    if (!m_current.ifMatch.isEmpty())
        request.headers << Header("If-Match", m_current.ifMatch);
    const bool query = isQuery(m_result.operation);
    if (query && m_options.pageSize > 0)
        request.headers << Header("x-ms-max-item-count", QByteArray::number(m_options.pageSize));
    if (query && !m_result.continuationToken.isEmpty())
        request.headers << Header("x-ms-continuation", m_result.continuationToken.toUtf8());
    request.body = m_current.body;
    // Built like crypto::serviceToken() (encoded sr, Node's field order), but over the configurable sr.
    request.authorization = [this] {
        crypto::SasFormat format = crypto::SasFormat::node();
        format.encodeResource = true;
        return crypto::buildSasToken(m_signedResource, m_policyKey, crypto::expiryFromNow(m_options.tokenTtl),
                                     m_policyName, format);
    };
    // Reads may be sent again after a 5xx or a lost answer; a write may have happened, and resending a
    // create would turn it into a conflict.
    request.resendable = m_current.method == "GET" || m_current.path.endsWith("/query") ||
                         m_current.path.endsWith("/attestationmechanism");
    request.maxBodyBytes = query ? DpsHttpRequest::kPageAnswerBytes : DpsHttpRequest::kSmallAnswerBytes;
    request.describeHttpError = [this, sentIfMatch = !m_current.ifMatch.isEmpty()](DpsError &e) {
        describeServiceError(e, m_result.operation, m_result.id, QString::fromUtf8(m_policyName),
                             sentIfMatch);
    };
    m_http->start(std::move(request));
}

void DpsServiceClient::onAnswer(const DpsHttpAnswer &answer)
{
    if (!m_call.isRunning())
        return;
    if (!answer.succeeded()) {
        finish(DpsServiceResult::Kind::Failed, answer.error);
        return;
    }
    if (!handleBody(answer))
        return;
    if (!m_queue.isEmpty()) {
        sendNext();
        return;
    }
    finish(DpsServiceResult::Kind::Succeeded);
}

bool DpsServiceClient::handleBody(const DpsHttpAnswer &answer)
{
    const Op op = m_result.operation;
    if (isDelete(op))
        return true; // 204, nothing to read

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    QString why;
    if (parseError.error != QJsonParseError::NoError) {
        why = QStringLiteral("JSON parse error at offset %1: %2")
                  .arg(parseError.offset)
                  .arg(parseError.errorString());
    } else if (isQuery(op)) {
        if (!document.isArray())
            why = QStringLiteral("a query answer is not a JSON array");
        else if (readQueryPage(m_result, document.array(), &why))
            return nextPage(answer);
    } else if (!document.isObject()) {
        why = QStringLiteral("the body is not a JSON object");
    } else if (readObjectAnswer(m_result, document.object(), m_current.items, &why)) {
        if (op == Op::BulkEnrollments || op == Op::BulkEnrollmentGroups)
            emit progress(DpsTr::tr("DPS took %1 of %2 bulk item(s); %n rejected so far.", nullptr,
                                    int(m_result.bulk.errors.size()))
                              .arg(m_result.bulkItemsSubmitted)
                              .arg(m_bulkTotal));
        return true;
    }
    failMalformed(answer.httpStatus, answer.body, why);
    return false;
}

bool DpsServiceClient::nextPage(const DpsHttpAnswer &answer)
{
    const QByteArray continuation = answer.header("x-ms-continuation").trimmed();
    // An empty token means "no more" too: re-sending none would start over for ever (§4.4). The same token
    // again would loop for ever as well.
    if (m_allPages && !continuation.isEmpty() && continuation == m_result.continuationToken.toUtf8()) {
        failMalformed(answer.httpStatus, answer.body,
                      QStringLiteral("the continuation token did not change"));
        return false;
    }
    m_result.continuationToken = QString::fromUtf8(continuation);
    const qsizetype count =
        m_result.enrollments.size() + m_result.enrollmentGroups.size() + m_result.registrations.size();
    emit progress(
        DpsTr::tr("Read page %1 from DPS (%n item(s) so far).", nullptr, int(count)).arg(m_result.pages));
    if (m_allPages && !continuation.isEmpty())
        m_queue.append(m_current); // the same request; sendNext() adds the new token
    return true;
}

void DpsServiceClient::failMalformed(int httpStatus, const QByteArray &body, const QString &why)
{
    finish(DpsServiceResult::Kind::Failed, DpsError::malformed(m_hostName, httpStatus, body, why));
}

void DpsServiceClient::onDeadline()
{
    m_http->abort();
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

void DpsServiceClient::cancel()
{
    if (!m_call.isRunning())
        return;
    m_http->abort();
    finish(DpsServiceResult::Kind::Cancelled);
}

void DpsServiceClient::finish(DpsServiceResult::Kind kind, DpsError error)
{
    if (!m_call.end())
        return;
    m_http->abort();
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
    m_call.later([this, error = std::move(error)] { finish(DpsServiceResult::Kind::Failed, error); });
}

} // namespace eflow::dps
