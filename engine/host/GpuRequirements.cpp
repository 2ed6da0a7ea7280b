#include "engine/host/RequirementChecks.h"

#include <algorithm>

#include <QStringList>

// GPU passthrough (Direct Device Assignment, GPU paravirtualization), reference/eflow.md §3.4.
namespace eflow::host::detail {

namespace {

constexpr int kWindows11Build = 22000;  // GPU-PV needs no UBR check from here on
constexpr int kGpuPvWin10Build = 19044; // Windows 10 21H2 …
constexpr int kGpuPvWin10Ubr = 1620;    // … with UBR 1620 or later (GPU-1.4, §3.4)

} // namespace

// ---- GPU -----------------------------------------------------------------------------------------

RequirementCheck checkGpu(const HostFacts &f, const plan::DeploymentPlan &plan)
{
    const QString id = QStringLiteral("gpu");
    const QString title = HostRequirementsTr::tr("GPU passthrough");
    const plan::GpuSettings &gpu = plan.gpu;
    if (gpu.type == plan::GpuPassthrough::None || gpu.type == plan::GpuPassthrough::Unknown)
        return make(id, title, Status::Pass, HostRequirementsTr::tr("No GPU passthrough was chosen."));

    if (f.isVirtualMachine) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "GPU passthrough is not supported when EFLOW runs inside a virtual machine (nested "
                        "virtualization)."),
                    HostRequirementsTr::tr("Deploy without GPU passthrough, or use a physical host."));
    }
    // Deploy-Eflow compares the caption exactly.
    int available = 0;
    const GpuInfo *match = nullptr;
    QStringList names;
    for (const GpuInfo &g : f.gpus) {
        names << g.name;
        if (g.name == gpu.name) {
            ++available;
            match = &g;
        }
    }
    if (!match) {
        const QString list =
            names.isEmpty() ? HostRequirementsTr::tr("none") : names.join(QStringLiteral(", "));
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr("GPU '%1' is not on this host; GPUs found: %2.").arg(gpu.name, list),
            HostRequirementsTr::tr("Choose the GPU name exactly as Windows reports it."));
    }

    if (gpu.type == plan::GpuPassthrough::DirectDeviceAssignment) {
        if (!match->ddaCapable) {
            return make(
                id, title, Status::Fail,
                HostRequirementsTr::tr(
                    "Unsupported DDA type: %1. Direct Device Assignment supports only NVIDIA Tesla "
                    "T4 and A2.")
                    .arg(gpu.name),
                HostRequirementsTr::tr("Use GPU paravirtualization for this GPU, or no passthrough."));
        }
        if (gpu.count > available) {
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr("Not enough GPUs available: %1 requested, %2 '%3' found.")
                            .arg(num(gpu.count), num(available), gpu.name),
                        HostRequirementsTr::tr("Set the GPU count to at most %1.").arg(num(available)));
        }
        return make(
            id, title, Status::Pass,
            HostRequirementsTr::tr("%1 × '%2' can be assigned to the VM (Direct Device Assignment).")
                .arg(num(gpu.count), gpu.name),
            HostRequirementsTr::tr("Consider installing the GPU vendor's mitigation driver on the host."));
    }

    // ParaVirtualization
    if (f.isServer()) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "GPU paravirtualization is supported on Windows 10 and 11 only, not on Windows "
                        "Server."),
                    HostRequirementsTr::tr(
                        "Use Direct Device Assignment with an NVIDIA T4 or A2, or no passthrough."));
    }
    if (!match->gpuPvCapable) {
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr("The driver of '%1' (version %2) does not support GPU paravirtualization.")
                .arg(gpu.name, match->driverVersion),
            HostRequirementsTr::tr(
                "Install the GPU vendor's driver with WSL support (on Windows 10, also install "
                "WSL)."));
    }
    if (f.buildNumber < 0)
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The Windows build number")));
    const bool buildOk = f.buildNumber >= kWindows11Build || f.buildNumber > kGpuPvWin10Build ||
                         (f.buildNumber == kGpuPvWin10Build && f.ubr >= kGpuPvWin10Ubr);
    if (!buildOk) {
        if (f.buildNumber == kGpuPvWin10Build && f.ubr < 0)
            return make(id, title, Status::Unknown,
                        couldNotCheck(HostRequirementsTr::tr("The Windows update revision (UBR)")));
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr(
                "GPU paravirtualization needs Windows 10 build %1.%2 or later, or Windows 11; this "
                "is build %3.%4.")
                .arg(num(kGpuPvWin10Build), num(kGpuPvWin10Ubr), num(f.buildNumber), num(std::max(0, f.ubr))),
            HostRequirementsTr::tr("Install Windows updates."));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("'%1' supports GPU paravirtualization on build %2.")
                    .arg(gpu.name, num(f.buildNumber)));
}

} // namespace eflow::host::detail
