#include "engine/jobs/HostSession.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QUrl>

#include "engine/host/PowerShellHostBackend.h"
#include "engine/sim/DemoEnvironment.h"
#include "engine/sim/SimScenario.h"
#include "engine/sim/SimulatedHost.h"

namespace eflow::jobs {

namespace {

struct HostSessionTr
{
    Q_DECLARE_TR_FUNCTIONS(HostSession)
};

} // namespace

HostTarget HostTarget::local()
{
    HostTarget t;
    t.kind = Kind::Local;
    t.ssh = host::PowerShellTarget::local();
    return t;
}

HostTarget HostTarget::demo(const QString &scenarioId, double speed)
{
    HostTarget t;
    t.kind = Kind::Demo;
    t.scenarioId = scenarioId;
    t.speed = speed;
    return t;
}

std::optional<HostTarget> HostTarget::fromSshUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("ssh") || url.host().isEmpty() ||
        !url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.password().isEmpty()) {
        if (error)
            *error =
                HostSessionTr::tr("A remote host is written ssh://USER@HOST or ssh://USER@HOST:PORT, not "
                                  "\"%1\" (no password: ssh uses your key or agent).")
                    .arg(text);
        return std::nullopt;
    }
    HostTarget t;
    t.kind = Kind::Ssh;
    t.ssh = host::PowerShellTarget::ssh(url.userName(), url.host(), url.port(0));
    return t;
}

QString HostTarget::toString() const
{
    switch (kind) {
    case Kind::Local:
        return QStringLiteral("local");
    case Kind::Ssh: {
        QString text = QStringLiteral("ssh://");
        if (!ssh.user.isEmpty())
            text += ssh.user + QLatin1Char('@');
        text += ssh.host;
        if (ssh.port > 0)
            text += QLatin1Char(':') + QString::number(ssh.port);
        return text;
    }
    case Kind::Demo:
        return QStringLiteral("demo:") + (scenarioId.isEmpty() ? sim::defaultSimScenarioId() : scenarioId);
    case Kind::Unknown:
        break;
    }
    return {};
}

std::optional<HostTarget> HostTarget::fromString(const QString &text)
{
    if (text == QLatin1String("local"))
        return local();
    if (text.startsWith(QLatin1String("demo:"))) {
        const QString id = text.mid(5);
        if (!sim::simScenario(id))
            return std::nullopt;
        return demo(id);
    }
    if (text.startsWith(QLatin1String("ssh://")))
        return fromSshUrl(text);
    return std::nullopt;
}

bool localPowerShellAvailable()
{
#if defined(Q_OS_WIN)
    return true;
#else
    return false;
#endif
}

HostSession::HostSession(QObject *parent)
    : QObject(parent)
{}

HostSession::~HostSession()
{
    close();
}

QString HostSession::demoDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

void HostSession::close()
{
    // The backend's VM may talk to the demo DPS: it goes first.
    m_backend.reset();
    m_demo.reset();
    m_target = {};
}

bool HostSession::open(const HostTarget &target, QString *error)
{
    close();
    auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    switch (target.kind) {
    case HostTarget::Kind::Demo: {
        const QString id = target.scenarioId.isEmpty() ? sim::defaultSimScenarioId() : target.scenarioId;
        if (!sim::simScenario(id))
            return fail(HostSessionTr::tr("There is no demo host \"%1\".").arg(id));
        auto demo = std::make_unique<sim::DemoEnvironment>();
        if (!demo->start(demoDirectory() + QStringLiteral("/dps")))
            return fail(HostSessionTr::tr("The demo's local DPS did not start: %1").arg(demo->errorString()));
        auto backend = demo->createHost(id, demoDirectory() + QStringLiteral("/host-") + id, target.speed);
        if (!backend)
            return fail(HostSessionTr::tr("The demo host \"%1\" could not be created.").arg(id));
        m_demo = std::move(demo);
        m_backend = std::move(backend);
        break;
    }
    case HostTarget::Kind::Ssh:
        if (target.ssh.host.isEmpty())
            return fail(HostSessionTr::tr("No remote host was given."));
        m_backend = std::make_unique<host::PowerShellHostBackend>(target.ssh);
        break;
    case HostTarget::Kind::Local:
        if (!localPowerShellAvailable())
            return fail(
                HostSessionTr::tr("This computer has no Windows PowerShell; choose a remote host or a "
                                  "demo host."));
        m_backend = std::make_unique<host::PowerShellHostBackend>(host::PowerShellTarget::local());
        break;
    case HostTarget::Kind::Unknown:
        return fail(HostSessionTr::tr("No target device was chosen."));
    }
    m_target = target;
    return true;
}

QString HostSession::describe() const
{
    return m_backend ? m_backend->describe() : QString();
}

} // namespace eflow::jobs
