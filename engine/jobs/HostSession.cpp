#include "engine/jobs/HostSession.h"

#include <QStandardPaths>

namespace eflow::jobs {

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
    m_host.reset();
    m_target = {};
}

bool HostSession::open(const HostFactory &factory, const HostTarget &target, QString *error)
{
    close();
    std::unique_ptr<OpenedHost> host = factory.open(target, error);
    if (!host)
        return false;
    m_host = std::move(host);
    m_target = target;
    return true;
}

QString HostSession::describe() const
{
    return backend() ? backend()->describe() : QString();
}

} // namespace eflow::jobs
