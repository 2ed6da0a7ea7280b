#include "engine/dps/DpsError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

#include "engine/dps/DpsRegistrationState.h"
#include "engine/dps/DpsTr.h"

namespace eflow::dps {

namespace {

constexpr qsizetype kMaxBodyInDetails = 4096;

bool isUntrustedChain(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::UnableToDecodeIssuerPublicKey:
        return true;
    default:
        return false;
    }
}

QString sslErrorText(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &error : errors)
        lines << error.errorString();
    return lines.join(QStringLiteral("; "));
}

} // namespace

QByteArray DpsError::withoutKeys(const QByteArray &body)
{
    static const QRegularExpression keys(
        QStringLiteral("(\"(?:primaryKey|secondaryKey)\"\\s*:\\s*\")[^\"]*\""));
    if (!body.contains("Key"))
        return body;
    return QString::fromUtf8(body).replace(keys, QStringLiteral("\\1***\"")).toUtf8();
}

void DpsError::readServiceBody(const QByteArray &body)
{
    rawBody = withoutKeys(body);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return;
    const QJsonObject object = document.object();
    errorCode = jsonInteger(object.value(QLatin1String("errorCode")));
    const QString tracking = object.value(QLatin1String("trackingId")).toString();
    if (!tracking.isEmpty())
        trackingId = tracking;
    serviceMessage = object.value(QLatin1String("message")).toString();
}

DpsError DpsError::fromHttp(int httpStatus, const QByteArray &body, const QString &requestId,
                            const QString &host, int attempts)
{
    DpsError e;
    e.host = host;
    e.httpStatus = httpStatus;
    e.attempts = attempts;
    e.trackingId = requestId;
    e.readServiceBody(body);
    const QString reason = e.serviceMessage.isEmpty() ? DpsTr::tr("no reason given") : e.serviceMessage;

    if (httpStatus == 429) {
        e.kind = Kind::Throttled;
        e.message = DpsTr::tr("DPS kept throttling the requests over %n attempt(s): wait a few minutes, then "
                              "try again.",
                              nullptr, attempts);
        return e;
    }
    if (httpStatus >= 500) {
        e.kind = Kind::ServiceUnavailable;
        e.message = DpsTr::tr("DPS at %1 was not available (HTTP %2) over %n attempt(s): try again later, or "
                              "check the Azure status page.",
                              nullptr, attempts)
                        .arg(host)
                        .arg(httpStatus);
        return e;
    }
    switch (httpStatus) {
    case 400:
        e.kind = Kind::BadRequest;
        break;
    case 401:
        e.kind = Kind::Unauthorized;
        break;
    case 404:
        e.kind = Kind::NotFound;
        break;
    default:
        e.kind = Kind::HttpError;
        break;
    }
    e.message = DpsTr::tr("DPS refused the request with HTTP %1 (%2).").arg(httpStatus).arg(reason);
    return e;
}

DpsError DpsError::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
                               const QList<QSslError> &sslErrors, const QString &host)
{
    DpsError e;
    e.host = host;
    e.detail = errorString;
    if (!sslErrors.isEmpty()) {
        e.detail += QStringLiteral("\nTLS: ") + sslErrorText(sslErrors);
    }

    bool untrusted = false;
    bool nameMismatch = false;
    bool badTime = false;
    for (const QSslError &s : sslErrors) {
        untrusted = untrusted || isUntrustedChain(s.error());
        nameMismatch = nameMismatch || s.error() == QSslError::HostNameMismatch;
        badTime = badTime || s.error() == QSslError::CertificateExpired ||
                  s.error() == QSslError::CertificateNotYetValid;
    }

    // TLS first: the reply's own error code for a failed verification is not always the TLS one.
    if (untrusted) {
        e.kind = Kind::TlsUntrusted;
        e.message = DpsTr::tr("The server's certificate for %1 is not trusted; for a private endpoint give "
                              "its CA file.")
                        .arg(host);
        return e;
    }
    if (nameMismatch) {
        e.kind = Kind::TlsFailed;
        e.message = DpsTr::tr("The server's certificate is not valid for the name %1: check the endpoint "
                              "address.")
                        .arg(host);
        return e;
    }
    if (badTime) {
        e.kind = Kind::TlsFailed;
        e.message = DpsTr::tr("The server's certificate for %1 has expired or is not valid yet: check this "
                              "computer's date and time.")
                        .arg(host);
        return e;
    }

    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::TlsFailed;
        e.message =
            DpsTr::tr("The secure connection to %1 failed: check the endpoint address, and the network "
                      "and proxy.")
                .arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = Kind::HostNotFound;
        e.message =
            DpsTr::tr("Cannot reach %1: the name was not found. Check the network and proxy.").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.kind = Kind::ConnectionFailed;
        e.message =
            DpsTr::tr("%1 closed the connection before DPS answered: check the network and proxy, then "
                      "try again.")
                .arg(host);
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.kind = Kind::ProxyFailed;
        e.message =
            DpsTr::tr("Cannot reach %1: the proxy asks for a user name and password, or refused the ones "
                      "given (HTTP 407). Set them in the proxy settings (eflow-wizard proxy set).")
                .arg(host);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        e.kind = Kind::ProxyFailed;
        e.message =
            DpsTr::tr("Cannot reach %1: the proxy itself cannot be reached (refused, or its name was not "
                      "found). Check its address and port in the proxy settings.")
                .arg(host);
        break;
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownProxyError:
        // What Qt reports when a proxy that was given credentials refuses them and hangs up.
        e.kind = Kind::ProxyFailed;
        e.message =
            DpsTr::tr("Cannot reach %1 through the proxy: the proxy broke off the connection. Check the "
                      "proxy settings, and the proxy user's password if it needs one.")
                .arg(host);
        break;
    case QNetworkReply::ProxyTimeoutError:
        e.kind = Kind::ProxyFailed;
        e.message = DpsTr::tr("Cannot reach %1 through the proxy: check the proxy settings.").arg(host);
        break;
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        e.message = DpsTr::tr("%1 did not answer in time: check the network and proxy.").arg(host);
        break;
    default:
        e.kind = Kind::ConnectionFailed;
        e.message = DpsTr::tr("Cannot reach %1: check the network and proxy.").arg(host);
        break;
    }
    return e;
}

DpsError DpsError::timeout(const QString &host, int seconds, bool wholeOperation)
{
    DpsError e;
    e.kind = Kind::Timeout;
    e.host = host;
    e.message = wholeOperation
                    ? DpsTr::tr("DPS at %1 did not finish the registration within %n second(s): check the "
                                "network and proxy, then try again.",
                                nullptr, seconds)
                          .arg(host)
                    : DpsTr::tr("%1 did not answer within %n second(s): check the network and proxy.",
                                nullptr, seconds)
                          .arg(host);
    return e;
}

DpsError DpsError::malformed(const QString &host, int httpStatus, const QByteArray &body, const QString &why)
{
    DpsError e;
    e.kind = Kind::MalformedResponse;
    e.host = host;
    e.httpStatus = httpStatus;
    e.rawBody = withoutKeys(body);
    e.detail = why;
    e.message = DpsTr::tr("%1 answered, but not as a Device Provisioning Service does (HTTP %2): check the "
                          "endpoint address; the details show what came back.")
                    .arg(host)
                    .arg(httpStatus);
    return e;
}

DpsError DpsError::tooLarge(const QString &host, int httpStatus, const QByteArray &start, Oversized what,
                            qint64 limitBytes)
{
    DpsError e;
    e.kind = Kind::MalformedResponse;
    e.host = host;
    e.httpStatus = httpStatus;
    e.rawBody = withoutKeys(start);
    const qint64 kib = limitBytes / 1024;
    if (what == Oversized::Headers) {
        e.detail = QStringLiteral("the response headers are larger than %1 bytes").arg(limitBytes);
        e.message = DpsTr::tr("%1 sent response headers larger than %2 KiB, far more than DPS ever sends, so "
                              "the answer was refused: check the endpoint address and the proxy.")
                        .arg(host)
                        .arg(kib);
    } else {
        e.detail = QStringLiteral("the response is larger than %1 bytes").arg(limitBytes);
        e.message = DpsTr::tr("%1 sent an answer larger than %2 KiB, far more than DPS ever sends, so it was "
                              "refused: check the endpoint address and the proxy.")
                        .arg(host)
                        .arg(kib);
    }
    return e;
}

DpsError DpsError::invalidInput(const QString &message)
{
    DpsError e;
    e.kind = Kind::InvalidInput;
    e.message = message;
    return e;
}

DpsError DpsError::invalidCaFile(const QString &path)
{
    DpsError e;
    e.kind = Kind::InvalidCaFile;
    e.message =
        DpsTr::tr("No PEM certificate could be read from the CA file %1: give the private endpoint's CA "
                  "certificate in PEM format.")
            .arg(path);
    return e;
}

QString DpsError::details() const
{
    QStringList lines;
    if (!host.isEmpty())
        lines << QStringLiteral("Host: %1").arg(host);
    if (httpStatus != 0)
        lines << QStringLiteral("HTTP status: %1").arg(httpStatus);
    if (errorCode != 0)
        lines << QStringLiteral("DPS error code: %1").arg(errorCode);
    if (!trackingId.isEmpty())
        lines << QStringLiteral("Tracking ID: %1").arg(trackingId);
    if (!serviceMessage.isEmpty())
        lines << QStringLiteral("Service message: %1").arg(serviceMessage);
    if (attempts > 1)
        lines << QStringLiteral("Attempts: %1").arg(attempts);
    if (!detail.isEmpty())
        lines << QStringLiteral("Detail: %1").arg(detail);
    if (!rawBody.isEmpty()) {
        QString body = QString::fromUtf8(rawBody.left(kMaxBodyInDetails));
        if (rawBody.size() > kMaxBodyInDetails)
            body += QStringLiteral(" …");
        lines << QStringLiteral("Body: %1").arg(body);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace eflow::dps
