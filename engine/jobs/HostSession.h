#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "engine/host/HostBackend.h"
#include "engine/jobs/HostFactory.h"
#include "engine/jobs/HostTarget.h"

namespace eflow::jobs {

// One open host: what the factory opened for a target. The job runner's worker owns one; everything in
// it lives on that worker's thread.
class HostSession final
{
public:
    HostSession() = default;
    Q_DISABLE_COPY_MOVE(HostSession)
    ~HostSession();

    // Closes what was open and opens the target through the factory. False with *error set when it
    // cannot be opened.
    bool open(const HostFactory &factory, const HostTarget &target, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_host != nullptr; }

    const HostTarget &target() const { return m_target; }
    host::HostBackend *backend() const { return m_host ? m_host->backend() : nullptr; }
    // What the factory opened (tests look into a demo host through it).
    OpenedHost *opened() const { return m_host.get(); }
    // Set for a demo target.
    std::optional<DemoDps> demo() const { return m_host ? m_host->demo() : std::nullopt; }
    // "This computer", "ssh://admin@edge-01", "Demo: Windows 11 Pro laptop".
    QString describe() const;

    // AppDataLocation + "/demo": where the demo's local DPS and simulated machines keep their state.
    static QString demoDirectory();

private:
    HostTarget m_target;
    std::unique_ptr<OpenedHost> m_host;
};

} // namespace eflow::jobs
