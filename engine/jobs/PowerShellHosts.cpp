#include "engine/jobs/PowerShellHosts.h"

#include "engine/host/PowerShellHostBackend.h"

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
        return std::unique_ptr<OpenedHost>(std::make_unique<PowerShellHost>(target.ssh));
    });
    if (localPowerShellAvailable()) {
        factory.registerKind(HostTarget::Kind::Local, [](const HostTarget &, QString *) {
            return std::unique_ptr<OpenedHost>(
                std::make_unique<PowerShellHost>(host::PowerShellTarget::local()));
        });
    }
}

} // namespace eflow::jobs
