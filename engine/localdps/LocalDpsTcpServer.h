#pragma once

#include <functional>

#include <QTcpServer>

namespace eflow::localdps {

// A TCP server that hands each accepted socket descriptor straight to its owner. LocalDps does TLS itself
// on top, so that its connection caps and deadlines cover the handshake too: QSslServer only hands out a
// socket once its handshake is done, so a client that never finishes one was out of LocalDps's reach.
class LocalDpsTcpServer final : public QTcpServer
{
    Q_DISABLE_COPY_MOVE(LocalDpsTcpServer)

public:
    using Handler = std::function<void(qintptr descriptor)>;

    explicit LocalDpsTcpServer(Handler handler, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_handler(std::move(handler))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_handler(descriptor); }

private:
    Handler m_handler;
};

} // namespace eflow::localdps
