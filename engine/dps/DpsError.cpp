#include "engine/dps/DpsError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
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

void DpsError::readServiceBody(const QByteArray &body)
{
    rawBody = body;
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
                            const QString &host, const QString &idScope, const QString &registrationId,
                            int attempts)
{
    DpsError e;
    e.host = host;
    e.httpStatus = httpStatus;
    e.attempts = attempts;
    e.trackingId = requestId;
    e.readServiceBody(body);
    const QString reason = e.serviceMessage.isEmpty() ? DpsTr::tr("no reason given") : e.serviceMessage;

    if (httpStatus == 401) {
        e.kind = Kind::Unauthorized;
        e.message = DpsTr::tr("DPS rejected the key for registration ID %1: the key does not match this "
                              "registration ID. For a group enrollment use the derived device key, not the "
                              "group key.")
                        .arg(registrationId);
    } else if (httpStatus == 404) {
        e.kind = Kind::NotFound;
        e.message = DpsTr::tr("DPS at %1 does not know the ID scope %2: copy the ID scope from the Overview "
                              "page of your Device Provisioning Service in the Azure portal.")
                        .arg(host, idScope);
    } else if (httpStatus == 400 && e.errorCode == 400004) {
        e.kind = Kind::BadRequest;
        e.message =
            DpsTr::tr("DPS rejected the registration ID %1 as invalid: use letters, digits and - . _ : "
                      "only, with a letter or digit at the start and end.")
                .arg(registrationId);
    } else if (httpStatus == 400) {
        e.kind = Kind::BadRequest;
        e.message = DpsTr::tr("DPS rejected the registration request for %1 (%2): check the ID scope and "
                              "registration ID.")
                        .arg(registrationId, reason);
    } else if (httpStatus == 429) {
        e.kind = Kind::Throttled;
        e.message = DpsTr::tr("DPS kept throttling the requests over %n attempt(s): wait a few minutes, then "
                              "try again.",
                              nullptr, attempts);
    } else if (httpStatus >= 500) {
        e.kind = Kind::ServiceUnavailable;
        e.message = DpsTr::tr("DPS at %1 was not available (HTTP %2) over %n attempt(s): try again later, or "
                              "check the Azure status page.",
                              nullptr, attempts)
                        .arg(host)
                        .arg(httpStatus);
    } else {
        e.kind = Kind::HttpError;
        e.message = DpsTr::tr("DPS refused the registration of %1 with HTTP %2 (%3).")
                        .arg(registrationId)
                        .arg(httpStatus)
                        .arg(reason);
    }
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
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
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
    e.rawBody = body;
    e.detail = why;
    e.message = DpsTr::tr("%1 answered, but not as a Device Provisioning Service does (HTTP %2): check the "
                          "endpoint address; the details show what came back.")
                    .arg(host)
                    .arg(httpStatus);
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
