#include "engine/dps/DpsHttpExchange.h"

#include <utility>

#include <QNetworkReply>

#include <spdlog/spdlog.h>

#include "engine/crypto/SasToken.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsHttpConnection.h"
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

// A header value that would end its line early and start a header of its own. The API's headers come from
// DPS answers too (If-Match, x-ms-continuation), so they are outside data.
bool breaksTheLine(QByteArrayView value)
{
    return value.contains('\r') || value.contains('\n') || value.contains('\0');
}

int wholeSeconds(std::chrono::milliseconds duration)
{
    return int((duration.count() + 999) / 1000);
}

} // namespace

DpsHttpExchange::DpsHttpExchange(DpsHttpSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_connection(new DpsHttpConnection(this))
    , m_tls(*tlsConfiguration(QString())) // verified against the system's roots until told otherwise
    , m_requestTimer(this)
    , m_sendTimer(this)
{
    connect(m_connection, &DpsHttpConnection::finished, this, &DpsHttpExchange::onAnswer);
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
    if (!m_running || m_connection->isBusy())
        return;
    for (const auto &[name, value] : m_request.headers) {
        if (breaksTheLine(value)) {
            DpsHttpAnswer answer;
            answer.error =
                DpsError::invalidInput(DpsTr::tr("The request header %1 holds a line break; it was not sent.")
                                           .arg(QString::fromLatin1(name)));
            complete(std::move(answer));
            return;
        }
    }
    const QUrl &url = m_request.url;
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray bytes = m_request.method + ' ' + target + " HTTP/1.1\r\nHost: " +
                       url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toLatin1() + "\r\n";
    for (const auto &[name, value] : m_request.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "User-Agent: " EFLOW_WIZARD_NAME "/" EFLOW_WIZARD_VERSION "\r\n";
    if (m_request.method == "PUT" || m_request.method == "POST" || !m_request.body.isEmpty())
        bytes += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    if (m_request.authorization) {
        QByteArray token = m_request.authorization();
        // Wiped with the request by the connection; the token's own copy right here.
        bytes += "Authorization: " + token + "\r\n";
        crypto::wipe(token);
    }
    bytes += "\r\n" + m_request.body;

    if (m_proxyHost != url.host() || m_proxy.type() == QNetworkProxy::DefaultProxy) {
        m_proxyHost = url.host();
        m_proxy = proxyFor(url, m_settings.useSystemProxy);
    }
    m_connection->setProxy(m_proxy);
    m_connection->setTlsConfiguration(m_tls);
    ++m_attempts;
    spdlog::debug("DPS: {} {}", QString::fromLatin1(m_request.method), url.toDisplayString());
    // DPS never redirects, and a 3xx is not followed: that would hand the SAS token to whichever host it
    // names.
    m_connection->send(url, std::move(bytes), kMaxHeaderBytes, m_request.maxBodyBytes);
    if (m_settings.requestTimeout > 0ms)
        m_requestTimer.start(m_settings.requestTimeout);
    emit requestSent();
}

void DpsHttpExchange::onAnswer(const DpsHttpResult &result)
{
    m_requestTimer.stop();
    if (!m_running)
        return;
    switch (result.kind) {
    case DpsHttpResult::Kind::NetworkFailed:
        onNetworkFailure(result);
        return;
    case DpsHttpResult::Kind::HeadersTooLarge:
        refuse(DpsError::tooLarge(m_settings.host, result.httpStatus, {}, DpsError::Oversized::Headers,
                                  kMaxHeaderBytes));
        return;
    case DpsHttpResult::Kind::BodyTooLarge:
        refuse(DpsError::tooLarge(m_settings.host, result.httpStatus, result.bodyStart,
                                  DpsError::Oversized::Body, m_request.maxBodyBytes));
        return;
    case DpsHttpResult::Kind::Answered:
        break;
    default:
        refuse(DpsError::malformed(m_settings.host, result.httpStatus, result.bodyStart, result.detail));
        return;
    }

    DpsHttpAnswer answer;
    answer.httpStatus = result.response.status;
    answer.attempts = m_attempts;
    answer.body = result.response.body;
    answer.headers = result.response.headers;
    answer.retryAfter = DpsRetryPolicy::parseRetryAfter(result.response.header("Retry-After"));
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

void DpsHttpExchange::onNetworkFailure(const DpsHttpResult &result)
{
    // A connection lost after the status line (a body cut short) is a network failure, not an answer.
    if (m_request.resendable && isTransientNetworkError(result.networkError) &&
        retry(DpsTr::tr("The request to DPS failed (%1); retry %2 of %3 in %4 s"), std::nullopt,
              result.errorString))
        return;
    DpsHttpAnswer answer;
    answer.attempts = m_attempts;
    answer.error =
        DpsError::fromNetwork(result.networkError, result.errorString, result.sslErrors, m_settings.host);
    answer.error.attempts = m_attempts;
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
    if (m_request.resendBefore && std::chrono::steady_clock::now() + delay >= *m_request.resendBefore)
        return false;
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
    m_connection->abort();
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
