#include "engine/dps/DpsDeviceClient.h"

#include <optional>
#include <utility>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>

#include <spdlog/spdlog.h>

#include "engine/crypto/SasToken.h"
#include "engine/dps/DpsTransport.h"
#include "engine/plan/Validation.h"
#include "engine/support/Logging.h" // fmt::formatter<QString> for the log lines
#include "engine/support/Version.h"

namespace eflow::dps {

namespace {

using namespace std::chrono_literals;

QString secondsText(std::chrono::milliseconds delay)
{
    // Whole seconds in production; tests scale delays below one second and still want a number.
    if (delay.count() % 1000 == 0)
        return QString::number(delay.count() / 1000);
    return QString::number(double(delay.count()) / 1000.0, 'f', 2);
}

// The body as a JSON object, or nothing with the reason in why (for the details view).
std::optional<QJsonObject> parseObject(const QByteArray &body, QString &why)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        why = QStringLiteral("JSON parse error at offset %1: %2")
                  .arg(parseError.offset)
                  .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        why = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

// DPS messages are at most 96 KB (reference §2.5); anything far larger is not DPS, and reading it
// all into memory would let any server on the path exhaust ours.
constexpr qint64 kMaxResponseBytes = 1024 * 1024;

// Failures below HTTP that say nothing about the request itself; DNS, TLS and refused connections
// are not among them: retrying those only delays a sentence the technician needs now.
bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isRetryable(int httpStatus)
{
    return httpStatus == 429 || httpStatus >= 500;
}

} // namespace

DpsDeviceClient::DpsDeviceClient(DpsDeviceClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_overallTimer(this)
    , m_requestTimer(this)
    , m_delayTimer(this)
{
    configureProxy(m_network, m_options.useSystemProxy);

    // Precise timers: a coarse one may fire up to 5 % early, and DPS must never be polled sooner
    // than its Retry-After.
    for (QTimer *timer : {&m_overallTimer, &m_requestTimer, &m_delayTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_overallTimer, &QTimer::timeout, this, &DpsDeviceClient::onOverallTimeout);
    connect(&m_requestTimer, &QTimer::timeout, this, &DpsDeviceClient::onRequestTimeout);
    connect(&m_delayTimer, &QTimer::timeout, this, &DpsDeviceClient::sendCurrent);
}

DpsDeviceClient::~DpsDeviceClient()
{
    m_running = false;
    abortReply();
}

bool DpsDeviceClient::registerDevice(const QString &idScope, const QString &registrationId,
                                     crypto::SecureBytes deviceKey, const QJsonObject &payload)
{
    return start(Step::Register, idScope, registrationId, std::move(deviceKey), payload);
}

bool DpsDeviceClient::lookupRegistration(const QString &idScope, const QString &registrationId,
                                         crypto::SecureBytes deviceKey)
{
    return start(Step::Lookup, idScope, registrationId, std::move(deviceKey), {});
}

bool DpsDeviceClient::start(Step step, const QString &idScope, const QString &registrationId,
                            crypto::SecureBytes deviceKey, const QJsonObject &payload)
{
    if (m_running)
        return false;
    m_running = true;
    ++m_generation;
    m_step = step;
    // Taken exactly as given: the key was made for this exact string, and validation says what is wrong.
    m_idScope = idScope;
    m_registrationId = registrationId;
    m_key = std::move(deviceKey);
    m_operationId.clear();
    m_attempts = 0;
    m_sslErrors.clear();

    QJsonObject body{{QStringLiteral("registrationId"), m_registrationId}};
    if (!payload.isEmpty())
        body.insert(QStringLiteral("payload"), payload);
    m_registerBody = QJsonDocument(body).toJson(QJsonDocument::Compact);

    // Input errors are reported like every other outcome, through finished() from the event loop,
    // so that callers have a single path to handle.
    if (const auto problem = plan::checkIdScope(m_idScope)) {
        failLater(DpsError::invalidInput(problem->message));
        return true;
    }
    if (const auto problem = plan::checkRegistrationId(m_registrationId)) {
        failLater(DpsError::invalidInput(problem->message));
        return true;
    }
    if (m_key.isEmpty()) {
        failLater(DpsError::invalidInput(
            tr("No device key was given for registration ID %1.").arg(m_registrationId)));
        return true;
    }
    const QUrl endpoint = m_options.endpoint;
    if (!endpoint.isValid() || endpoint.scheme() != QLatin1String("https") || endpoint.host().isEmpty()) {
        failLater(DpsError::invalidInput(
            tr("The DPS endpoint %1 is not an https:// address.").arg(endpoint.toDisplayString())));
        return true;
    }
    const std::optional<QSslConfiguration> tls = tlsConfiguration(m_options.extraCaFile);
    if (!tls) {
        failLater(DpsError::invalidCaFile(m_options.extraCaFile));
        return true;
    }
    m_tls = *tls;

    if (m_options.overallTimeout > 0ms)
        m_overallTimer.start(m_options.overallTimeout);
    say(step == Step::Lookup ? tr("Looking up registration ID %1 at %2…").arg(m_registrationId, host())
                             : tr("Registering %1 with DPS at %2…").arg(m_registrationId, host()));
    // The request leaves from the event loop, never before the caller has returned: whatever it
    // connects or sets up right after this call is in place before any answer can arrive.
    m_delayTimer.start(0);
    return true;
}

void DpsDeviceClient::cancel()
{
    if (!m_running)
        return;
    abortReply();
    finish(DpsOutcome::cancelled(m_registrationId));
}

QString DpsDeviceClient::host() const
{
    return m_options.endpoint.host();
}

QUrl DpsDeviceClient::urlFor(Step step) const
{
    QByteArray path = m_options.endpoint.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    path += '/' + pathSegment(m_idScope) + "/registrations/" + pathSegment(m_registrationId);
    if (step == Step::Register)
        path += "/register";
    else if (step == Step::Poll)
        path += "/operations/" + pathSegment(m_operationId);

    QUrl url = m_options.endpoint;
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    url.setQuery(QStringLiteral("api-version=") + QString::fromLatin1(pathSegment(m_options.apiVersion)),
                 QUrl::StrictMode);
    return url;
}

QNetworkRequest DpsDeviceClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    // A fresh expiry per request: a registration that waits on throttling must not outlive its token.
    QByteArray token = crypto::deviceRegistrationToken(
        m_idScope, m_registrationId, m_key, crypto::expiryFromNow(m_options.tokenTtl), m_options.sasFormat);
    request.setRawHeader("Authorization", token);
    crypto::wipe(token);
    request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", QByteArrayLiteral(EFLOW_WIZARD_NAME "/" EFLOW_WIZARD_VERSION));
    // Our own timer enforces the per-request limit, so that its error names the right cause.
    request.setTransferTimeout(0);
    // DPS never redirects; following one would hand the SAS token to whichever host it names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    request.setSslConfiguration(m_tls);
    return request;
}

void DpsDeviceClient::sendCurrent()
{
    if (!m_running || m_reply)
        return;
    const QUrl url = urlFor(m_step);
    const QNetworkRequest request = makeRequest(url);
    ++m_attempts;
    m_sslErrors.clear();

    QNetworkReply *reply = nullptr;
    switch (m_step) {
    case Step::Register:
        spdlog::debug("DPS: PUT {}", url.toDisplayString());
        reply = m_network->put(request, m_registerBody);
        break;
    case Step::Poll:
        spdlog::debug("DPS: GET {}", url.toDisplayString());
        reply = m_network->get(request);
        break;
    case Step::Lookup:
        spdlog::debug("DPS: POST {}", url.toDisplayString());
        reply = m_network->post(request, m_registerBody);
        break;
    case Step::Unknown:
        return;
    }
    m_reply = reply;
    // The errors are kept to explain the failure; they are never ignored (TLS is always verified).
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, &DpsDeviceClient::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received <= kMaxResponseBytes || reply != m_reply)
            return;
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray start = reply->peek(512);
        abortReply();
        finish(DpsOutcome::failure(
            m_registrationId,
            DpsError::malformed(
                host(), httpStatus, start,
                QStringLiteral("the response is larger than %1 bytes").arg(kMaxResponseBytes))));
    });
    if (m_options.requestTimeout > 0ms)
        m_requestTimer.start(m_options.requestTimeout);
}

void DpsDeviceClient::onReplyFinished()
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
        if (isTransientNetworkError(reply->error()) && retryTransient(reply->errorString()))
            return;
        DpsError error = DpsError::fromNetwork(reply->error(), reply->errorString(), m_sslErrors, host());
        error.attempts = m_attempts;
        finish(DpsOutcome::failure(m_registrationId, std::move(error)));
        return;
    }

    const auto retryAfter = DpsRetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"));
    if (isRetryable(httpStatus)) {
        const int retries = m_attempts - 1;
        if (retries < m_options.maxRetries) {
            const auto delay = m_options.retryPolicy.retryDelay(retries + 1, retryAfter);
            say(tr("DPS answered HTTP %1; retry %2 of %3 in %4 s")
                    .arg(httpStatus)
                    .arg(retries + 1)
                    .arg(m_options.maxRetries)
                    .arg(secondsText(delay)));
            scheduleNext(delay);
            return;
        }
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        DpsError error =
            DpsError::fromHttp(httpStatus, body, QString::fromUtf8(reply->rawHeader("x-ms-request-id")),
                               host(), m_idScope, m_registrationId, m_attempts);
        finish(DpsOutcome::failure(m_registrationId, std::move(error)));
        return;
    }

    m_attempts = 0;
    if (m_step == Step::Lookup)
        handleLookupAnswer(httpStatus, body);
    else
        handleAnswer(httpStatus, body, retryAfter);
}

void DpsDeviceClient::handleAnswer(int httpStatus, const QByteArray &body,
                                   std::optional<std::chrono::seconds> retryAfter)
{
    QString why;
    const auto parsed = parseObject(body, why);
    if (!parsed) {
        finish(DpsOutcome::failure(m_registrationId, DpsError::malformed(host(), httpStatus, body, why)));
        return;
    }
    const QJsonObject &object = *parsed;
    const QString statusText = object.value(QLatin1String("status")).toString();
    const DpsStatus status = parseDpsStatus(statusText);
    const QString operationId = object.value(QLatin1String("operationId")).toString();
    if (!operationId.isEmpty())
        m_operationId = operationId;

    // §2.6: assigning means "poll"; so does unassigned while the operation is still accepted (202).
    const bool keepPolling = status == DpsStatus::Assigning ||
                             (status == DpsStatus::Unassigned && httpStatus == 202 && !operationId.isEmpty());
    if (keepPolling) {
        if (m_operationId.isEmpty()) {
            finish(DpsOutcome::failure(
                m_registrationId,
                DpsError::malformed(host(), httpStatus, body,
                                    QStringLiteral("status assigning without operationId"))));
            return;
        }
        m_step = Step::Poll;
        const auto delay = m_options.retryPolicy.pollDelay(retryAfter);
        say(tr("DPS is assigning (operation %1), next poll in %2 s").arg(m_operationId, secondsText(delay)));
        scheduleNext(delay);
        return;
    }

    if (status == DpsStatus::Unknown) {
        finish(DpsOutcome::failure(
            m_registrationId, DpsError::malformed(host(), httpStatus, body,
                                                  QStringLiteral("unknown status \"%1\"").arg(statusText))));
        return;
    }

    DpsRegistrationState state =
        DpsRegistrationState::fromJson(object.value(QLatin1String("registrationState")).toObject());
    // The operation's status is the authoritative one; registrationState may be absent.
    state.status = status;
    if (state.statusText.isEmpty())
        state.statusText = statusText;
    if (status == DpsStatus::Assigned && (state.assignedHub.isEmpty() || state.deviceId.isEmpty())) {
        finish(DpsOutcome::failure(
            m_registrationId,
            DpsError::malformed(host(), httpStatus, body,
                                QStringLiteral("assigned without assignedHub or deviceId"))));
        return;
    }
    finish(DpsOutcome::fromState(m_registrationId, m_operationId, state));
}

void DpsDeviceClient::handleLookupAnswer(int httpStatus, const QByteArray &body)
{
    QString why;
    const auto parsed = parseObject(body, why);
    if (!parsed) {
        finish(DpsOutcome::failure(m_registrationId, DpsError::malformed(host(), httpStatus, body, why)));
        return;
    }
    const DpsRegistrationState state = DpsRegistrationState::fromJson(*parsed);
    if (state.status == DpsStatus::Unknown) {
        finish(DpsOutcome::failure(
            m_registrationId,
            DpsError::malformed(host(), httpStatus, body,
                                QStringLiteral("unknown status \"%1\"").arg(state.statusText))));
        return;
    }
    finish(DpsOutcome::fromState(m_registrationId, QString(), state));
}

bool DpsDeviceClient::retryTransient(const QString &reason)
{
    // A connection closed or reset mid-request, or a request that got no answer in time, is worth the same
    // bounded retries as a 503: the register PUT and the operation GET are both safe to repeat.
    const int retries = m_attempts - 1;
    if (retries >= m_options.maxRetries)
        return false;
    const auto delay = m_options.retryPolicy.retryDelay(retries + 1, std::nullopt);
    say(tr("The request to DPS failed (%1); retry %2 of %3 in %4 s")
            .arg(reason)
            .arg(retries + 1)
            .arg(m_options.maxRetries)
            .arg(secondsText(delay)));
    scheduleNext(delay);
    return true;
}

void DpsDeviceClient::scheduleNext(std::chrono::milliseconds delay)
{
    m_delayTimer.start(delay);
}

void DpsDeviceClient::onOverallTimeout()
{
    if (!m_running)
        return;
    abortReply();
    const int secondsAllowed = int((m_options.overallTimeout.count() + 999) / 1000);
    finish(DpsOutcome::failure(m_registrationId, DpsError::timeout(host(), secondsAllowed, true)));
}

void DpsDeviceClient::onRequestTimeout()
{
    if (!m_running)
        return;
    abortReply();
    const int secondsAllowed = int((m_options.requestTimeout.count() + 999) / 1000);
    if (retryTransient(tr("no answer within %1 s").arg(secondsAllowed)))
        return;
    finish(DpsOutcome::failure(m_registrationId, DpsError::timeout(host(), secondsAllowed, false)));
}

void DpsDeviceClient::abortReply()
{
    m_requestTimer.stop();
    m_delayTimer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        // Disconnected first: abort() emits finished() synchronously, and that must not be taken
        // for an answer.
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void DpsDeviceClient::finish(DpsOutcome outcome)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_overallTimer.stop();
    abortReply();
    m_key.wipe();
    m_step = Step::Unknown;
    // The last line of progress is the outcome itself, so a console view tells the whole story.
    const QString line = outcome.message();
    if (outcome.kind == DpsOutcome::Kind::Error) {
        spdlog::warn("DPS: {}\n{}", line, outcome.error.details());
        emit progress(line);
    } else {
        say(line);
    }
    emit finished(outcome);
}

void DpsDeviceClient::failLater(DpsError error)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, error = std::move(error)]() mutable {
            if (generation == m_generation)
                finish(DpsOutcome::failure(m_registrationId, std::move(error)));
        },
        Qt::QueuedConnection);
}

void DpsDeviceClient::say(const QString &line)
{
    spdlog::info("DPS: {}", line);
    emit progress(line);
}

} // namespace eflow::dps
