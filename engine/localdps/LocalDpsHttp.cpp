#include "engine/localdps/LocalDpsHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include "engine/localdps/LocalDpsStore.h"

namespace eflow::localdps {

QByteArray LocalDpsHttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray LocalDpsHttpResponse::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers) {
        if (h.first.compare("content-length", Qt::CaseInsensitive) == 0 ||
            h.first.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    // RFC 9110 §8.6: no Content-Length on 204 (which never has a body).
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += closeConnection ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    out += body;
    return out;
}

LocalDpsHttpResponse jsonResponse(int status, const QJsonValue &body)
{
    LocalDpsHttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    if (body.isObject())
        response.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        response.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return response;
}

LocalDpsHttpResponse errorResponse(int status, int errorCode, const QString &message)
{
    const QString trackingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    LocalDpsHttpResponse response =
        jsonResponse(status, QJsonObject{
                                 {QStringLiteral("errorCode"), errorCode},
                                 {QStringLiteral("trackingId"), trackingId},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("timestampUtc"), LocalDpsStore::timestampNow()},
                             });
    response.setHeader("x-ms-request-id", trackingId.toLatin1());
    response.setHeader("x-ms-error-code", QByteArray::number(errorCode));
    return response;
}

} // namespace eflow::localdps
