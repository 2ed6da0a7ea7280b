#include "engine/jobs/PowerShellHosts.h"

#include "engine/host/PowerShellHostBackend.h"
#include "engine/host/SshKnownHosts.h"

namespace eflow::jobs {

namespace {

// A Windows host driven through PowerShell: the backend is all there is to it.
class PowerShellHost final : public OpenedHost
{
public:
    explicit PowerShellHost(const host::PowerShellTarget &target)
        : m_backend(std::make_unique<host::PowerShellHostBackend>(target))
    {}

    host::HostBackend *backend() const override { return m_backend.get(); }

private:
    std::unique_ptr<host::PowerShellHostBackend> m_backend;
};

} // namespace

void registerPowerShellHosts(HostFactory &factory)
{
    factory.registerKind(HostTarget::Kind::Ssh, [](const HostTarget &target, QString *) {
        host::PowerShellTarget ssh = target.ssh;
        // Host keys are checked against the wizard's own known_hosts unless the caller named another.
        if (ssh.knownHostsFile.isEmpty())
            ssh.knownHostsFile = host::SshKnownHosts::defaultFile();
        return std::unique_ptr<OpenedHost>(std::make_unique<PowerShellHost>(ssh));
    });
    if (localPowerShellAvailable()) {
        factory.registerKind(HostTarget::Kind::Local, [](const HostTarget &, QString *) {
            return std::unique_ptr<OpenedHost>(
                std::make_unique<PowerShellHost>(host::PowerShellTarget::local()));
        });
    }
}

} // namespace eflow::jobs
