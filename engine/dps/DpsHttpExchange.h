#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QTimer>
#include <QUrl>

#include "engine/dps/DpsError.h"
#include "engine/dps/DpsHttpResponseParser.h"
#include "engine/dps/DpsRetryPolicy.h"

namespace eflow::dps {

class DpsHttpConnection;
struct DpsHttpResult;

// One request as a DPS client asks for it: the API's method, address, headers and body. What every DPS
// request has besides (User-Agent, no redirects, verified TLS, timeout, caps, retries) the exchange adds.
struct DpsHttpRequest
{
    // DPS messages are at most 96 KB (reference/dps-protocol.md §2.5); a page of a thousand enrollments is
    // a few megabytes. Far more is not DPS, and reading it all would let any server on the path exhaust
    // our memory.
    static constexpr qint64 kSmallAnswerBytes = 1024 * 1024;
    static constexpr qint64 kPageAnswerBytes = 32 * 1024 * 1024;

    QByteArray method; // GET, PUT, POST or DELETE
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // the API's own: Content-Type, If-Match, paging
    QByteArray body;                              // sent with PUT and POST
    // The Authorization header, made again for every attempt: a request that waits out throttling must
    // not outlive its SAS token. What it returns is wiped once it is set on the request.
    std::function<QByteArray()> authorization;
    // May it be sent again after a 5xx, a dropped connection or no answer in time? Only where repeating it
    // can do no harm (reads, the device API's register and poll); a create resent after a 5xx may turn
    // into a conflict. A 429 is always resent: the service did nothing.
    bool resendable = false;
    // When set, resends also stop once the next one would start at or after this moment, whatever the
    // count allows: the device API gives a registration a time budget (as Azure's SDKs do), and a
    // resend that could not finish within it would only turn the real cause (429, 503) into a timeout.
    std::optional<std::chrono::steady_clock::time_point> resendBefore;
    qint64 maxBodyBytes = kSmallAnswerBytes;
    // The API's own sentence for an HTTP error status (which enrollment, which registration ID): called
    // with the mapped error, whose kind and facts are set. Empty: the general sentence stays.
    std::function<void(DpsError &)> describeHttpError;
};

// How one client's exchanges talk to DPS; fixed for the client's life.
struct DpsHttpSettings
{
    QString host; // named in every error sentence
    bool useSystemProxy = true;
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)}; // one attempt; 0: none
    int maxRetries = 3;                                                 // resends per request
    DpsRetryPolicy retryPolicy;

    // From a client's options, which name these fields alike.
    template<typename ClientOptions>
    static DpsHttpSettings from(const QString &host, const ClientOptions &options)
    {
        DpsHttpSettings s;
        s.host = host;
        s.useSystemProxy = options.useSystemProxy;
        s.requestTimeout = options.requestTimeout;
        s.maxRetries = options.maxRetries;
        s.retryPolicy = options.retryPolicy;
        return s;
    }
};

// What one exchange brought back, after any retries.
struct DpsHttpAnswer
{
    int httpStatus = 0; // 0 when no HTTP answer came
    QByteArray body;
    DpsHttpHeaders headers;
    std::optional<std::chrono::seconds> retryAfter; // the service's Retry-After, parsed and clamped
    int attempts = 0;                               // requests sent for this exchange
    // Set unless a 2xx answer came: no connection, TLS, a timeout, an answer over a cap, or an HTTP error
    // status (kind, raw facts, and the sentence of the request's describeHttpError).
    DpsError error;

    bool succeeded() const { return !error.isValid(); }
    // The last value of a header, by case-insensitive name; empty when absent.
    QByteArray header(QByteArrayView name) const { return lastHeader(headers, name); }
};

// One HTTPS exchange with DPS, shared by the device and the service client: the request with a fresh
// token per attempt, the per-request timeout, caps on header and body size, resends of 429 (and of 5xx,
// dropped connections and timeouts where the request allows), Retry-After, and the mapping of network
// and HTTP failures to a DpsError. The wire is read by DpsHttpConnection rather than QNetworkAccessManager:
// Qt 6.4 buffers a response's header block without any limit before anyone can look at it, so a server
// sending an endless header would exhaust memory. Fully asynchronous: start() returns at once, finished()
// reports the end exactly once from the event loop, and abort() stops it at any moment without a signal.
class DpsHttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DpsHttpExchange)

public:
    static constexpr qint64 kMaxHeaderBytes = 32 * 1024; // DPS sends a few hundred bytes

    explicit DpsHttpExchange(DpsHttpSettings settings, QObject *parent = nullptr);
    ~DpsHttpExchange() override; // aborts quietly

    const DpsHttpSettings &settings() const { return m_settings; }
    // Verified TLS for the requests that follow (see tlsConfiguration() in DpsTransport.h).
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }

    // Sends request after delay (0: from the event loop, never from within this call, so that whatever
    // the caller sets up after it is in place before an answer). False when one is already running.
    bool start(DpsHttpRequest request, std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    // Stops at once: aborts the request in flight or the wait before the next, emits nothing.
    void abort();
    bool isRunning() const { return m_running; }

signals:
    void requestSent(); // once per attempt, retries included
    // A translated line when a request is resent, with the reason and the wait.
    void progress(const QString &line);
    void finished(const eflow::dps::DpsHttpAnswer &answer);

private:
    void send();
    void onAnswer(const DpsHttpResult &result);
    void onNetworkFailure(const DpsHttpResult &result);
    void onRequestTimeout();
    // True when a resend is scheduled (sentence, with reason, retry number, limit and wait, goes to
    // progress()); false when the retries are used up.
    bool retry(const QString &sentence, std::optional<std::chrono::seconds> retryAfter,
               const QString &reason);
    void refuse(DpsError error); // an answer over a cap, or not HTTP
    void dropReply();
    void complete(DpsHttpAnswer answer);

    DpsHttpSettings m_settings;
    DpsHttpConnection *m_connection = nullptr;
    QSslConfiguration m_tls;
    QTimer m_requestTimer;
    QTimer m_sendTimer;  // the first send, and the wait before a resend
    QString m_proxyHost; // the host m_proxy was looked up for
    QNetworkProxy m_proxy;

    bool m_running = false;
    DpsHttpRequest m_request;
    int m_attempts = 0;
};

} // namespace eflow::dps

Q_DECLARE_METATYPE(eflow::dps::DpsHttpAnswer)
