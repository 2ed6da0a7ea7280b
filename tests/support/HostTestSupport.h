#pragma once

// What the engine tests of hosts and jobs share: waiting for a host operation, and a plan that has got
// past the License page. Header-only: each test is its own executable.

#include <memory>

#include <QSignalSpy>

#include "engine/host/HostOperation.h"
#include "engine/plan/DeploymentPlan.h"
#include "engine/plan/EflowRelease.h"

namespace eflow::testsupport {

// Waits for the operation (at most ms) and hands it over: the test owns it.
inline std::unique_ptr<host::HostOperation> finishOperation(host::HostOperation *raw, int ms = 60000)
{
    std::unique_ptr<host::HostOperation> op(raw);
    if (!op->isFinished()) {
        QSignalSpy spy(op.get(), &host::HostOperation::finished);
        if (!spy.wait(ms))
            qWarning("operation %s did not finish", qPrintable(op->name()));
    }
    return op;
}

// The licence accepted and the release line's default processors and memory, as the wizard's pages
// leave a plan.
inline plan::DeploymentPlan licensedPlan(plan::EflowRelease release = plan::defaultRelease())
{
    plan::DeploymentPlan p;
    p.release = release;
    p.eulaAccepted = true;
    const plan::ReleaseLimits limits = plan::limitsFor(release);
    p.vm.cpuCount = limits.cpuDefault;
    p.vm.memoryMb = limits.memoryDefaultMb;
    return p;
}

// The same with the VM's processors and memory chosen, as the Settings page leaves it.
inline plan::DeploymentPlan licensedPlan(plan::EflowRelease release, int cpuCount, int memoryMb)
{
    plan::DeploymentPlan p = licensedPlan(release);
    p.vm.cpuCount = cpuCount;
    p.vm.memoryMb = memoryMb;
    return p;
}

// DPS with a symmetric key of an individual enrollment: what the Connect page leaves for scope and ID.
inline plan::ProvisioningSettings individualEnrollment(const QString &idScope, const QString &registrationId)
{
    plan::ProvisioningSettings settings;
    settings.type = plan::ProvisioningType::DpsSymmetricKey;
    settings.idScope = idScope;
    settings.registrationId = registrationId;
    settings.keySource = plan::SymmetricKeySource::IndividualEnrollment;
    return settings;
}

} // namespace eflow::testsupport
