#include "engine/dps/DpsHttpExchange.h"

#include <utility>

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <spdlog/spdlog.h>

#include "engine/crypto/SasToken.h"
#include "engine/dps/DpsTr.h"
#include "engine/dps/DpsTransport.h"
#include "engine/support/Logging.h" // fmt::formatter<QString> for the log lines
#include "engine/support/Version.h"

namespace eflow::dps {

namespace {

using namespace std::chrono_literals;

// Failures below HTTP that say nothing about the request itself; DNS, TLS and refused connections are
// not among them: retrying those only delays a sentence the technician needs now.
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

// Network-layer and proxy errors (Qt numbers them below 200); the rest describe an HTTP answer.
bool isBelowHttp(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

int statusOf(const QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    return status.isValid() ? status.toInt() : 0;
}

int wholeSeconds(std::chrono::milliseconds duration)
{
    return int((duration.count() + 999) / 1000);
}

} // namespace

QByteArray DpsHttpAnswer::header(QByteArrayView name) const
{
    QByteArray value;
    for (const auto &[headerName, headerValue] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            value = headerValue;
    }
    return value;
}

DpsHttpExchange::DpsHttpExchange(DpsHttpSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_tls(*tlsConfiguration(QString())) // verified against the system's roots until told otherwise
    , m_requestTimer(this)
    , m_sendTimer(this)
{
    configureProxy(m_network, m_settings.useSystemProxy);
    // Precise timers: a coarse one may fire up to 5 % early, and DPS must never be asked again sooner
    // than its Retry-After.
    for (QTimer *timer : {&m_requestTimer, &m_sendTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_requestTimer, &QTimer::timeout, this, &DpsHttpExchange::onRequestTimeout);
    connect(&m_sendTimer, &QTimer::timeout, this, &DpsHttpExchange::send);
}

DpsHttpExchange::~DpsHttpExchange()
{
    abort();
}

bool DpsHttpExchange::start(DpsHttpRequest request, std::chrono::milliseconds delay)
{
    if (m_running)
        return false;
    m_running = true;
    m_request = std::move(request);
    m_attempts = 0;
    m_sendTimer.start(std::max(delay, 0ms));
    return true;
}

void DpsHttpExchange::abort()
{
    m_running = false;
    dropReply();
    m_request = DpsHttpRequest{};
}

void DpsHttpExchange::send()
{
    if (!m_running || m_reply)
        return;
    QNetworkRequest request(m_request.url);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (m_request.authorization) {
        QByteArray token = m_request.authorization();
        request.setRawHeader("Authorization", token);
        crypto::wipe(token);
    }
    request.setRawHeader("User-Agent", QByteArrayLiteral(EFLOW_WIZARD_NAME "/" EFLOW_WIZARD_VERSION));
    // Our own timer enforces the per-request limit, so that its error names the right cause.
    request.setTransferTimeout(0);
    // DPS never redirects; following one would hand the SAS token to whichever host it names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(m_tls);

    ++m_attempts;
    m_sslErrors.clear();
    spdlog::debug("DPS: {} {}", QString::fromLatin1(m_request.method), m_request.url.toDisplayString());
    QNetworkReply *reply = nullptr;
    if (m_request.method == "GET")
        reply = m_network->get(request);
    else if (m_request.method == "DELETE")
        reply = m_network->deleteResource(request);
    else if (m_request.method == "PUT")
        reply = m_network->put(request, m_request.body);
    else
        reply = m_network->post(request, m_request.body);
    m_reply = reply;
    // Kept to explain a failure; never ignored (TLS is always verified).
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, &DpsHttpExchange::onMetaData);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { onDownloadProgress(received); });
    connect(reply, &QNetworkReply::finished, this, &DpsHttpExchange::onReplyFinished);
    if (m_settings.requestTimeout > 0ms)
        m_requestTimer.start(m_settings.requestTimeout);
    emit requestSent();
}

void DpsHttpExchange::onMetaData()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    qint64 headerBytes = 0;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        headerBytes += name.size() + value.size() + 4; // ": " and CRLF, as on the wire
    if (headerBytes > kMaxHeaderBytes) {
        refuse(DpsError::tooLarge(m_settings.host, statusOf(reply), {}, DpsError::Oversized::Headers,
                                  kMaxHeaderBytes));
        return;
    }
    // Refused before the body starts when the server says in advance that it is too large.
    bool known = false;
    const qint64 length = reply->rawHeader("Content-Length").toLongLong(&known);
    if (known && length > m_request.maxBodyBytes)
        refuse(DpsError::tooLarge(m_settings.host, statusOf(reply), {}, DpsError::Oversized::Body,
                                  m_request.maxBodyBytes));
}

void DpsHttpExchange::onDownloadProgress(qint64 received)
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply || received <= m_request.maxBodyBytes)
        return;
    refuse(DpsError::tooLarge(m_settings.host, statusOf(reply), reply->peek(512), DpsError::Oversized::Body,
                              m_request.maxBodyBytes));
}

void DpsHttpExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_reply.clear();
    m_requestTimer.stop();
    reply->deleteLater();
    if (!m_running)
        return;

    DpsHttpAnswer answer;
    answer.httpStatus = statusOf(reply);
    answer.attempts = m_attempts;
    // A connection lost after the status line (a body cut short) is a network failure, not an answer.
    if (answer.httpStatus == 0 || isBelowHttp(reply->error())) {
        answer.httpStatus = 0;
        if (m_request.resendable && isTransientNetworkError(reply->error()) &&
            retry(DpsTr::tr("The request to DPS failed (%1); retry %2 of %3 in %4 s"), std::nullopt,
                  reply->errorString()))
            return;
        answer.error =
            DpsError::fromNetwork(reply->error(), reply->errorString(), m_sslErrors, m_settings.host);
        answer.error.attempts = m_attempts;
        complete(std::move(answer));
        return;
    }
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    answer.retryAfter = DpsRetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"));
    const int status = answer.httpStatus;
    if ((status == 429 || (status >= 500 && m_request.resendable)) &&
        retry(DpsTr::tr("DPS answered HTTP %1; retry %2 of %3 in %4 s"), answer.retryAfter,
              QString::number(status)))
        return;
    if (status < 200 || status >= 300) {
        answer.error =
            DpsError::fromHttp(status, answer.body, QString::fromUtf8(answer.header("x-ms-request-id")),
                               m_settings.host, m_attempts);
        if (m_request.describeHttpError)
            m_request.describeHttpError(answer.error);
    }
    complete(std::move(answer));
}

void DpsHttpExchange::onRequestTimeout()
{
    if (!m_running)
        return;
    dropReply();
    const int seconds = wholeSeconds(m_settings.requestTimeout);
    if (m_request.resendable && retry(DpsTr::tr("The request to DPS failed (%1); retry %2 of %3 in %4 s"),
                                      std::nullopt, DpsTr::tr("no answer within %1 s").arg(seconds)))
        return;
    DpsHttpAnswer answer;
    answer.attempts = m_attempts;
    answer.error = DpsError::timeout(m_settings.host, seconds, false);
    answer.error.attempts = m_attempts;
    complete(std::move(answer));
}

bool DpsHttpExchange::retry(const QString &sentence, std::optional<std::chrono::seconds> retryAfter,
                            const QString &reason)
{
    const int retries = m_attempts - 1;
    if (retries >= m_settings.maxRetries)
        return false;
    const auto delay = m_settings.retryPolicy.retryDelay(retries + 1, retryAfter);
    // One arg() call: a reason with a '%' in it must not be taken for a placeholder.
    const QString line =
        sentence.arg(reason, QString::number(retries + 1), QString::number(m_settings.maxRetries),
                     DpsRetryPolicy::secondsText(delay));
    spdlog::info("DPS: {}", line);
    m_sendTimer.start(delay);
    emit progress(line);
    return true;
}

void DpsHttpExchange::refuse(DpsError error)
{
    dropReply();
    DpsHttpAnswer answer;
    answer.httpStatus = error.httpStatus;
    answer.attempts = m_attempts;
    error.attempts = m_attempts;
    answer.error = std::move(error);
    complete(std::move(answer));
}

void DpsHttpExchange::dropReply()
{
    m_requestTimer.stop();
    m_sendTimer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        // Disconnected first: abort() emits finished() synchronously, and that must not be taken for an
        // answer.
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void DpsHttpExchange::complete(DpsHttpAnswer answer)
{
    if (!m_running)
        return;
    // Idle before the signal: a slot may start the next exchange at once.
    m_running = false;
    m_request = DpsHttpRequest{};
    emit finished(answer);
}

} // namespace eflow::dps
