#pragma once

#include <memory>

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

#include "engine/dps/DpsHttpResponseParser.h"

class QSslSocket;

namespace eflow::dps {

// How one request on a DpsHttpConnection ended.
struct DpsHttpResult
{
    enum class Kind
    {
        Unknown = 0,
        Answered,        // response holds the whole answer
        NetworkFailed,   // networkError / errorString / sslErrors: no whole answer came
        Malformed,       // the server's bytes are not HTTP/1.1; detail says why
        HeadersTooLarge, // over the header cap
        BodyTooLarge,    // over the body cap; bodyStart is how it began
    };
    Kind kind = Kind::Unknown;
    DpsHttpResponse response;
    int httpStatus = 0; // as far as it was read
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
    QString detail;
    QByteArray bodyStart;
};

// One HTTP/1.1 connection to DPS over TLS (or plain TCP for an http:// address), through the proxy it is
// given, read with DpsHttpResponseParser so that nothing the server sends is kept beyond the caps. A
// connection the last answer left open is used again for the next request to the same host and port,
// and a kept-alive connection the server closed before answering is replaced once, transparently (as
// Qt's HTTP client does). One request at a time; no timeout of its own (the exchange has one).
class DpsHttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DpsHttpConnection)

public:
    explicit DpsHttpConnection(QObject *parent = nullptr);
    ~DpsHttpConnection() override;

    void setProxy(const QNetworkProxy &proxy) { m_proxy = proxy; }
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }

    // Sends a whole request (it may hold the Authorization token: the connection takes it over and wipes
    // it once the request is done) to url's host and port. finished() follows exactly once, from the event
    // loop, unless abort() comes first.
    void send(const QUrl &url, QByteArray request, qsizetype maxHeaderBytes, qint64 maxBodyBytes);
    // Drops the request in flight and the connection, quietly.
    void abort();
    bool isBusy() const { return m_busy; }

signals:
    void finished(const eflow::dps::DpsHttpResult &result);

private:
    void connectSocket();
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void finish(DpsHttpResult result);
    void finishFromParser();
    void failNetwork(QNetworkReply::NetworkError error, const QString &errorString);
    void dropSocket();

    QNetworkProxy m_proxy{QNetworkProxy::NoProxy};
    QSslConfiguration m_tls;
    QPointer<QSslSocket> m_socket;
    QString m_socketHost;
    int m_socketPort = -1;
    bool m_socketEncrypted = false;
    bool m_reusable = false; // the last answer left the connection open for the next request

    bool m_busy = false;
    bool m_reused = false; // this request went on a kept-alive connection
    bool m_retriedStale = false;
    quint64 m_generation = 0; // of the request whose finished() may still be queued
    QUrl m_url;
    QByteArray m_request;
    QList<QSslError> m_sslErrors;
    std::unique_ptr<DpsHttpResponseParser> m_parser;
};

} // namespace eflow::dps

Q_DECLARE_METATYPE(eflow::dps::DpsHttpResult)
