#include "engine/host/HostBackend.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace eflow::host {

namespace {

struct HostBackendTr
{
    Q_DECLARE_TR_FUNCTIONS(HostBackend)
};

// An operation that fails on the next turn of the event loop, so that the caller can connect first.
HostOperation *failLater(const QString &name, const QString &error)
{
    auto *op = new HostOperation(name);
    QTimer::singleShot(0, op, [op, error] { op->fail(error); });
    return op;
}

} // namespace

bool HostBackend::isValidModuleName(const QString &module)
{
    // Stricter than IoT Hub allows on purpose: the name reaches a Linux shell through ssh.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return pattern.match(module).hasMatch();
}

HostOperation *HostBackend::moduleLogs(const QString &module, int)
{
    return failLater(HostBackendTr::tr("Reading the module's logs"),
                     HostBackendTr::tr("This host cannot read the logs of module %1.").arg(module));
}

HostOperation *HostBackend::configureEdgeProxy(plan::EflowRelease, const plan::EdgeProxySettings &proxy)
{
    return failLater(HostBackendTr::tr("Configuring the IoT Edge proxy"),
                     HostBackendTr::tr("This host cannot set the IoT Edge proxy %1.").arg(proxy.url));
}

HostOperation *HostBackend::fetchFile(const QString &remotePath, const QString &, const QString &)
{
    return failLater(HostBackendTr::tr("Copying the file"),
                     HostBackendTr::tr("This host cannot copy %1 to this computer.").arg(remotePath));
}

} // namespace eflow::host
