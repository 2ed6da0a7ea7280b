#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace eflow::localdps {

// One HTTP/1.1 request as the local DPS received it. Header names are stored lower-cased (HTTP header
// names are case-insensitive and the C SDK even sends "UserAgent"); values are kept verbatim.
struct LocalDpsHttpRequest
{
    QByteArray method;
    QByteArray target; // request-target as sent: path plus optional "?query"
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return QByteArray();
    }
    bool hasHeader(QByteArrayView lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return true;
        }
        return false;
    }
    // HTTP/1.1 keeps the connection unless told otherwise; HTTP/1.0 closes unless asked to keep it.
    bool keepAlive() const
    {
        const QByteArray connection = header("connection").toLower();
        if (version == "HTTP/1.0")
            return connection.contains("keep-alive");
        return !connection.contains("close");
    }
};

struct LocalDpsHttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool closeConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }

    // The bytes on the wire: status line, headers (plus Content-Length and Connection), blank line, body.
    QByteArray serialize() const;
    static QByteArray reasonPhrase(int status);
};

// A response with a JSON body and "Content-Type: application/json; charset=utf-8": every response carries
// it, errors included, because Node's SDK crashes on anything else (reference/dps-protocol.md §6.7).
LocalDpsHttpResponse jsonResponse(int status, const QJsonValue &body);
// The DPS error shape {"errorCode", "trackingId", "message", "timestampUtc"}, with the tracking ID also in
// x-ms-request-id (as the real service does) and the code in x-ms-error-code (as the spec declares).
LocalDpsHttpResponse errorResponse(int status, int errorCode, const QString &message);

} // namespace eflow::localdps
