#include "tests/support/HttpsStub.h"

#include <memory>
#include <utility>

#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace eflow::testsupport {

QJsonObject StubRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpsStub::HttpsStub(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpsStub::takeConnections);
    m_clock.start();
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("stub cannot listen");
}

QUrl HttpsStub::endpoint() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
}

void HttpsStub::takeConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        ++m_connectionCount;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket); // the address may be reused by the next socket
            socket->deleteLater();
        });
        readFrom(socket);
    }
}

void HttpsStub::closeConnections()
{
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->disconnectFromHost();
}

void HttpsStub::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        StubRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        request.query = question < 0 ? QByteArray() : target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.atMs = m_clock.elapsed();
        m_received << request;
        answer(socket);
    }
}

void HttpsStub::answer(QTcpSocket *socket)
{
    const StubReply reply = m_script.isEmpty() ? m_fallback : m_script.takeFirst();
    switch (reply.action) {
    case StubReply::Action::Close:
        socket->disconnectFromHost();
        return;
    case StubReply::Action::Raw:
        socket->write(reply.body);
        socket->disconnectFromHost(); // after the bytes are written
        return;
    case StubReply::Action::Stream:
        stream(socket, reply);
        return;
    case StubReply::Action::Hang:
    case StubReply::Action::Unknown:
        return;
    case StubReply::Action::Respond:
        break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n" +
                     "Content-Type: application/json; charset=utf-8\r\n" +
                     "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + reply.body;
    socket->write(out);
}

void HttpsStub::stream(QTcpSocket *socket, const StubReply &reply)
{
    // Topped up whenever the client has taken what was queued: the stub's own memory stays small.
    // QSslSocket's bytesToWrite() leaves out what it has encrypted and queued on the TCP socket below.
    auto *tls = qobject_cast<QSslSocket *>(socket);
    auto queued = [socket, tls] {
        return socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
    };
    struct Progress
    {
        qint64 written = 0;
        bool started = false;
    };
    // One state for every signal that tops up (the lambda is copied into each connection).
    auto progress = std::make_shared<Progress>();
    auto topUp = [this, socket, reply, queued, progress] {
        while (socket->state() == QAbstractSocket::ConnectedState && queued() < 1024 * 1024 &&
               progress->written < reply.streamBytes) {
            const QByteArray &part = std::exchange(progress->started, true) ? reply.filler : reply.body;
            if (socket->write(part) < 0)
                return; // the client has gone
            progress->written += part.size();
            m_streamed += part.size();
        }
        if (progress->written >= reply.streamBytes)
            socket->disconnectFromHost();
    };
    connect(socket, &QIODevice::bytesWritten, this, topUp);
    if (tls)
        connect(tls, &QSslSocket::encryptedBytesWritten, this, topUp);
    topUp();
}

} // namespace eflow::testsupport
