#pragma once

#include <utility>

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QUrl>

class QTcpSocket;

namespace eflow::testsupport {

// One scripted answer of the stub.
struct StubReply
{
    enum class Action
    {
        Unknown = 0,
        Respond, // status line, Content-Type, Content-Length, the extra headers, the body
        Raw,     // body written exactly as given, then the connection closed (a hand-made answer)
        Close,   // drop the connection without answering
        Hang,    // never answer
        Stream,  // body, then filler again and again up to streamBytes in all (or until the client goes)
    };
    Action action = Action::Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray filler;
    qint64 streamBytes = 0;

    static StubReply json(int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return StubReply{Action::Respond, status, std::move(body), std::move(headers), {}, 0};
    }
    static StubReply raw(QByteArray bytes) { return StubReply{Action::Raw, 0, std::move(bytes), {}, {}, 0}; }
    static StubReply close() { return StubReply{Action::Close, 0, {}, {}, {}, 0}; }
    static StubReply hang() { return StubReply{Action::Hang, 0, {}, {}, {}, 0}; }
    // A hostile server: start, then filler written as fast as the client reads, up to total bytes.
    static StubReply stream(QByteArray start, QByteArray filler, qint64 total)
    {
        return StubReply{Action::Stream, 0, std::move(start), {}, std::move(filler), total};
    }
};

// One request as the stub received it.
struct StubRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    qint64 atMs = 0; // since the stub started

    QJsonObject json() const;
};

// A minimal HTTP/1.1 server over TLS on 127.0.0.1 for the DPS client tests: answers each request with the
// next scripted reply (or the fallback once the script is used up) and records what it received.
class HttpsStub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpsStub)

public:
    HttpsStub(const QSslCertificate &certificate, const QSslKey &key);

    quint16 port() const { return m_server.serverPort(); }
    QUrl endpoint() const;
    void script(QList<StubReply> replies) { m_script = std::move(replies); }
    // What to answer once the script is used up; by default a 500 "unscripted request".
    void setFallback(StubReply reply) { m_fallback = std::move(reply); }
    const QList<StubRequest> &received() const { return m_received; }
    // Bytes of Stream replies the clients took before they closed the connection (or the stream ended).
    qint64 streamedBytes() const { return m_streamed; }
    // TLS connections accepted so far (kept-alive connections carry several requests).
    int connectionCount() const { return m_connectionCount; }
    // Closes every open connection, as a server does with idle kept-alive ones.
    void closeConnections();

private:
    void takeConnections();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    void stream(QTcpSocket *socket, const StubReply &reply);

    QSslServer m_server;
    QElapsedTimer m_clock;
    QList<StubReply> m_script;
    StubReply m_fallback = StubReply::json(500, "{\"message\":\"unscripted request\"}");
    QList<StubRequest> m_received;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    qint64 m_streamed = 0;
    int m_connectionCount = 0;
};

} // namespace eflow::testsupport

Q_DECLARE_METATYPE(eflow::testsupport::StubReply)
