#include "engine/jobs/HostTarget.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace eflow::jobs {

namespace {

struct HostSessionTr
{
    Q_DECLARE_TR_FUNCTIONS(HostSession)
};

// The host part of an ssh:// text that QUrl may have refused as a whole ("ssh://admin@-oX=y" is not a
// valid URL), percent-decoded.
QString rawHost(const QString &text)
{
    const QLatin1String scheme("ssh://");
    if (!text.startsWith(scheme))
        return {};
    QString authority = text.mid(scheme.size());
    const qsizetype end = authority.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (end >= 0)
        authority.truncate(end);
    const QString hostPort = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
    return QUrl::fromPercentEncoding(hostPort.section(QLatin1Char(':'), 0, 0).toUtf8());
}

// ssh takes an argument that starts with '-' as an option, so "ssh://-oProxyCommand=…@host" would run a
// command on this computer. The engine passes "--" before the destination as well; this names the part.
std::optional<QString> optionLikePart(const QString &text, const QUrl &url)
{
    const QString host = url.isValid() ? url.host() : rawHost(text);
    if (host.startsWith(QLatin1Char('-')))
        //: %1 the ssh:// text as typed
        return HostSessionTr::tr("The host in \"%1\" starts with '-', which ssh would read as an option; a "
                                 "host name or address never does.")
            .arg(text);
    if (url.isValid() && url.userName().startsWith(QLatin1Char('-')))
        //: %1 the ssh:// text as typed
        return HostSessionTr::tr("The user in \"%1\" starts with '-', which ssh would read as an option; "
                                 "write the Windows account name.")
            .arg(text);
    return std::nullopt;
}

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
    if (const auto problem = optionLikePart(text, url)) {
        if (error)
            *error = *problem;
        return std::nullopt;
    }
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
    case Kind::Demo: {
        QString text = scenarioId.isEmpty() ? QStringLiteral("demo") : QStringLiteral("demo:") + scenarioId;
        if (!machine.isEmpty())
            text += (scenarioId.isEmpty() ? QStringLiteral(":/") : QStringLiteral("/")) + machine;
        return text;
    }
    case Kind::Unknown:
        break;
    }
    return {};
}

std::optional<HostTarget> HostTarget::fromString(const QString &text)
{
    if (text == QLatin1String("local"))
        return local();
    if (text == QLatin1String("demo"))
        return demo();
    if (text.startsWith(QLatin1String("demo:"))) {
        const QString rest = text.mid(5);
        const QString id = rest.section(QLatin1Char('/'), 0, 0);
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        HostTarget target = demo(id);
        if (slash >= 0) {
            target.machine = rest.mid(slash + 1);
            if (checkMachineName(target.machine))
                return std::nullopt;
        } else if (id.isEmpty()) {
            return std::nullopt;
        }
        return target;
    }
    if (text.startsWith(QLatin1String("ssh://")))
        return fromSshUrl(text);
    return std::nullopt;
}

std::optional<QString> HostTarget::checkMachineName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (pattern.match(name).hasMatch())
        return std::nullopt;
    //: %1 the name as written
    return HostSessionTr::tr(
               "A demo machine is named with 1 to 63 letters, digits, '.', '_' or '-', starting "
               "with a letter or digit, not \"%1\".")
        .arg(name.left(80));
}

bool localPowerShellAvailable()
{
#if defined(Q_OS_WIN)
    return true;
#else
    return false;
#endif
}

} // namespace eflow::jobs
