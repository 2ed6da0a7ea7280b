#include "engine/dps/DpsHttpConnection.h"

#include <utility>

#include <QSslSocket>
#include <QTimer>

#include "engine/crypto/SecureBytes.h"

namespace eflow::dps {

namespace {

// The same numbers Qt's HTTP client reports for these socket failures, so that DpsError::fromNetwork
// maps them as before.
QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::UnknownProxyError;
    case QAbstractSocket::NetworkError:
        return QNetworkReply::TemporaryNetworkFailureError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

constexpr qint64 kReadChunkBytes = 64 * 1024;

} // namespace

DpsHttpConnection::DpsHttpConnection(QObject *parent)
    : QObject(parent)
{}

DpsHttpConnection::~DpsHttpConnection()
{
    abort();
}

void DpsHttpConnection::send(const QUrl &url, QByteArray request, qsizetype maxHeaderBytes,
                             qint64 maxBodyBytes)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    ++m_generation;
    m_url = url;
    crypto::wipe(m_request);
    m_request = std::move(request);
    m_sslErrors.clear();
    m_retriedStale = false;
    m_parser = std::make_unique<DpsHttpResponseParser>(maxHeaderBytes, maxBodyBytes);

    const bool encrypted = url.scheme() != QLatin1String("http");
    const int port = url.port(encrypted ? 443 : 80);
    const bool sameServer =
        m_socket && m_socketHost == url.host() && m_socketPort == port && m_socketEncrypted == encrypted;
    if (sameServer && m_reusable && m_socket->state() == QAbstractSocket::ConnectedState &&
        m_socket->bytesAvailable() == 0) {
        m_reused = true;
        m_reusable = false;
        // From the event loop, like every other path: the caller's set-up after send() comes first.
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (m_busy && generation == m_generation)
                onConnected();
        });
        return;
    }
    connectSocket();
}

void DpsHttpConnection::connectSocket()
{
    dropSocket();
    m_reused = false;
    m_reusable = false;
    m_socketEncrypted = m_url.scheme() != QLatin1String("http");
    m_socketHost = m_url.host();
    m_socketPort = m_url.port(m_socketEncrypted ? 443 : 80);
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setProxy(m_proxy);
    socket->setReadBufferSize(kReadChunkBytes); // the kernel holds the rest until the parser asks
    connect(socket, &QSslSocket::readyRead, this, &DpsHttpConnection::onReadyRead);
    connect(socket, &QAbstractSocket::errorOccurred, this, &DpsHttpConnection::onSocketError);
    connect(socket, &QAbstractSocket::disconnected, this, &DpsHttpConnection::onDisconnected);
    // Kept to explain a failure; never ignored (TLS is always verified).
    connect(socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    if (m_socketEncrypted) {
        socket->setSslConfiguration(m_tls);
        connect(socket, &QSslSocket::encrypted, this, &DpsHttpConnection::onConnected);
        socket->connectToHostEncrypted(m_socketHost, quint16(m_socketPort));
    } else {
        connect(socket, &QAbstractSocket::connected, this, &DpsHttpConnection::onConnected);
        socket->connectToHost(m_socketHost, quint16(m_socketPort));
    }
}

void DpsHttpConnection::onConnected()
{
    if (!m_busy || !m_socket)
        return;
    m_socket->write(m_request);
}

void DpsHttpConnection::onReadyRead()
{
    QSslSocket *socket = m_socket.data();
    if (!socket || sender() != socket)
        return;
    if (!m_busy) {
        // Nothing is owed on an idle connection: whatever comes is not DPS's, and it is not kept.
        dropSocket();
        return;
    }
    while (m_busy && socket->bytesAvailable() > 0) {
        const QByteArray bytes = socket->read(kReadChunkBytes);
        if (m_parser->feed(bytes) != DpsHttpResponseParser::Result::NeedMore) {
            finishFromParser();
            return;
        }
    }
}

void DpsHttpConnection::onSocketError()
{
    QSslSocket *socket = m_socket.data();
    if (!socket || sender() != socket)
        return;
    const QAbstractSocket::SocketError error = socket->error();
    if (!m_busy) {
        dropSocket();
        return;
    }
    if (error != QAbstractSocket::RemoteHostClosedError) {
        failNetwork(networkErrorOf(error), socket->errorString());
        return;
    }
    onDisconnected();
}

void DpsHttpConnection::onDisconnected()
{
    QSslSocket *socket = m_socket.data();
    if (!socket || sender() != socket)
        return;
    if (!m_busy) {
        dropSocket();
        return;
    }
    // What arrived before the close is part of the answer.
    while (socket->bytesAvailable() > 0 && m_parser->result() == DpsHttpResponseParser::Result::NeedMore)
        m_parser->feed(socket->read(kReadChunkBytes));
    if (m_parser->result() != DpsHttpResponseParser::Result::NeedMore) {
        finishFromParser();
        return;
    }
    if (m_reused && !m_retriedStale && !m_parser->receivedAnything()) {
        // The server had closed the kept-alive connection before it read the request: nothing was done,
        // so the request goes again on a new connection, once.
        m_retriedStale = true;
        connectSocket();
        return;
    }
    m_parser->finishOnClose();
    if (m_parser->truncated()) {
        failNetwork(QNetworkReply::RemoteHostClosedError, m_parser->error());
        return;
    }
    finishFromParser();
}

void DpsHttpConnection::finishFromParser()
{
    DpsHttpResult r;
    r.httpStatus = m_parser->status();
    r.detail = m_parser->error();
    switch (m_parser->result()) {
    case DpsHttpResponseParser::Result::Complete:
        r.kind = DpsHttpResult::Kind::Answered;
        m_reusable = m_parser->response().keepAlive;
        r.response = m_parser->takeResponse();
        break;
    case DpsHttpResponseParser::Result::HeadersTooLarge:
        r.kind = DpsHttpResult::Kind::HeadersTooLarge;
        break;
    case DpsHttpResponseParser::Result::BodyTooLarge:
        r.kind = DpsHttpResult::Kind::BodyTooLarge;
        r.bodyStart = m_parser->bodyStart();
        break;
    default:
        r.kind = DpsHttpResult::Kind::Malformed;
        r.bodyStart = m_parser->bodyStart();
        break;
    }
    if (r.kind != DpsHttpResult::Kind::Answered)
        m_reusable = false;
    finish(std::move(r));
}

void DpsHttpConnection::failNetwork(QNetworkReply::NetworkError error, const QString &errorString)
{
    DpsHttpResult r;
    r.kind = DpsHttpResult::Kind::NetworkFailed;
    r.httpStatus = m_parser ? m_parser->status() : 0;
    r.networkError = error;
    r.errorString = errorString;
    r.sslErrors = m_sslErrors;
    m_reusable = false;
    finish(std::move(r));
}

void DpsHttpConnection::finish(DpsHttpResult result)
{
    if (!m_busy)
        return;
    m_busy = false;
    crypto::wipe(m_request);
    m_request.clear();
    m_parser.reset();
    if (!m_reusable)
        dropSocket();
    // From the event loop, never from inside a socket's signal: a slot may delete this connection (and
    // with it the socket). A send() or abort() in between makes it stale.
    QTimer::singleShot(0, this, [this, generation = m_generation, result = std::move(result)] {
        if (generation == m_generation)
            emit finished(result);
    });
}

void DpsHttpConnection::abort()
{
    m_busy = false;
    ++m_generation;
    crypto::wipe(m_request);
    m_request.clear();
    m_parser.reset();
    dropSocket();
}

void DpsHttpConnection::dropSocket()
{
    m_reusable = false;
    if (QSslSocket *socket = m_socket.data()) {
        m_socket.clear();
        // Disconnected first: abort() may emit disconnected() synchronously.
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace eflow::dps
