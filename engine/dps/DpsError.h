#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace eflow::dps {

// Why a DPS request failed, with a sentence the technician can act on and the raw facts behind it
// (design.md: "Errors are sentences a technician can act on … with the raw detail one click away").
struct DpsError
{
    enum class Kind
    {
        Unknown = 0,
        InvalidInput,       // ID scope, registration ID or key rejected before anything was sent
        InvalidCaFile,      // the extra CA file could not be read as PEM
        Unauthorized,       // 401: the key/token does not fit the registration ID
        NotFound,           // 404: unknown ID scope (or operation)
        BadRequest,         // 400: e.g. 400004 invalid registration ID
        Throttled,          // 429, still after every retry
        ServiceUnavailable, // 5xx, still after every retry
        HttpError,          // any other HTTP error status
        TlsUntrusted,       // the server's certificate chain is not trusted
        TlsFailed,          // any other TLS failure (name mismatch, expired, handshake)
        HostNotFound,       // DNS
        ConnectionFailed,   // refused, reset, closed before an answer
        ProxyFailed,
        Timeout,           // the whole operation or one request took too long
        MalformedResponse, // the server answered, but not with DPS JSON
    };

    Kind kind = Kind::Unknown;
    QString message;        // translated sentence for the user
    QString host;           // the DPS host that was asked
    int httpStatus = 0;     // 0 when no HTTP answer came
    qint64 errorCode = 0;   // DPS errorCode, e.g. 401002
    QString trackingId;     // body trackingId, else the x-ms-request-id header
    QString serviceMessage; // the service's own "message"
    QByteArray rawBody;     // the response body as received
    QString detail;         // technical text: Qt network error, TLS errors, JSON parse error
    int attempts = 0;       // requests sent for the failing step (> 1 after retries)

    bool isValid() const { return kind != Kind::Unknown; }
    // A multi-line technical summary for a "details" view; no secret is ever part of it.
    QString details() const;

    // What the DPS error body says, if it is one: {"errorCode":…,"trackingId":…,"message":…}. The body is
    // kept for the details with any enrollment keys in it masked.
    void readServiceBody(const QByteArray &body);
    // The body as the details may show it: "primaryKey"/"secondaryKey" values replaced by ***.
    static QByteArray withoutKeys(const QByteArray &body);

    // An HTTP error status from DPS: the kind and raw facts, the sentence for 429 and 5xx (which came after
    // every resend), and a general one for the rest, which each client replaces with its API's own.
    static DpsError fromHttp(int httpStatus, const QByteArray &body, const QString &requestId,
                             const QString &host, int attempts);
    // A failure below HTTP: DNS, connection, proxy, TLS. sslErrors are those reported for the reply.
    static DpsError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
                                const QList<QSslError> &sslErrors, const QString &host);
    static DpsError timeout(const QString &host, int seconds, bool wholeOperation);
    static DpsError malformed(const QString &host, int httpStatus, const QByteArray &body,
                              const QString &why);
    enum class Oversized
    {
        Unknown = 0,
        Body,
        Headers,
    };
    // An answer over a cap, refused before it was read; start is what had come of the body.
    static DpsError tooLarge(const QString &host, int httpStatus, const QByteArray &start, Oversized what,
                             qint64 limitBytes);
    static DpsError invalidInput(const QString &message);
    static DpsError invalidCaFile(const QString &path);
};

} // namespace eflow::dps
