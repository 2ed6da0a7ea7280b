#include "engine/plan/Validation.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include "engine/plan/ValidationSupport.h"

// The virtual machine's resources: release line, processors, memory, storage, log size and GPU.
namespace eflow::plan {

using namespace detail;

namespace {

std::optional<Problem> releaseProblem(EflowRelease release)
{
    if (release != EflowRelease::Unknown)
        return std::nullopt;
    return problemFor(Field::Release, ValidationTr::tr("EFLOW release is required: choose 1.5 LTS, 1.4 LTS "
                                                       "or 1.1 LTS."));
}

std::optional<Problem> gpuNameProblem(const GpuSettings &gpu, const HostLimits &host)
{
    if (gpu.name.trimmed().isEmpty()) {
        const QString message = gpu.type == GpuPassthrough::DirectDeviceAssignment
                                    ? ValidationTr::tr("GPU name is required for Direct Device Assignment.")
                                    : ValidationTr::tr("GPU name is required for GPU paravirtualization.");
        return problemFor(Field::GpuName, message);
    }
    if (!host.gpuNames.isEmpty() && !host.gpuNames.contains(gpu.name)) {
        // Deploy-Eflow compares -gpuName with the Win32_VideoController caption as is.
        for (const QString &candidate : host.gpuNames) {
            if (candidate.trimmed().compare(gpu.name.trimmed(), Qt::CaseInsensitive) == 0) {
                return problemFor(
                    Field::GpuName,
                    ValidationTr::tr("GPU name '%1' differs from Windows' name '%2' in letter case "
                                     "or spaces; it must match Windows' name exactly.")
                        .arg(gpu.name, candidate));
            }
        }
        QStringList quoted;
        for (const QString &candidate : host.gpuNames) {
            if (!quoted.contains(candidate))
                quoted << ValidationTr::tr("'%1'").arg(candidate);
        }
        //: %2 is a list of GPU names as Windows reports them
        return problemFor(Field::GpuName,
                          ValidationTr::tr("GPU name '%1' does not match any GPU on this host; it must match "
                                           "Windows' name exactly: %2.")
                              .arg(gpu.name, QLocale().createSeparatedList(quoted)));
    }
    if (gpu.type == GpuPassthrough::DirectDeviceAssignment) {
        // The module refuses anything else with "Unsupported DDA Type" (eflow.md §3.4).
        static const QRegularExpression supported(QStringLiteral("(^|[^A-Za-z0-9])(T4|A2)([^A-Za-z0-9]|$)"));
        if (!supported.match(gpu.name).hasMatch()) {
            return problemFor(
                Field::GpuName,
                ValidationTr::tr("GPU name '%1': Direct Device Assignment supports only NVIDIA T4 "
                                 "and NVIDIA A2 GPUs; use GPU paravirtualization for this GPU.")
                    .arg(gpu.name));
        }
    }
    return std::nullopt;
}

} // namespace

Problems checkVmSettings(EflowRelease release, const VmSettings &vm, const HostLimits &host)
{
    Problems problems;
    if (auto p = releaseProblem(release)) {
        // Every range below depends on the release line.
        problems << *p;
        return problems;
    }
    const ReleaseLimits limits = limitsFor(release);
    const QString line = displayName(release);

    if (vm.cpuCount < 1) {
        problems << Problem{
            Field::CpuCount,
            ValidationTr::tr("CPU count must be at least 1; %1 was entered.").arg(num(vm.cpuCount))};
    } else if (host.logicalProcessors > 0 && vm.cpuCount > host.logicalProcessors) {
        problems << Problem{Field::CpuCount,
                            ValidationTr::tr("CPU count is %1, but this host has only %2 logical processors.")
                                .arg(num(vm.cpuCount), num(host.logicalProcessors))};
    }

    if (vm.memoryMb < limits.memoryMinMb) {
        problems << Problem{Field::MemoryMb,
                            ValidationTr::tr("Memory must be at least %1 MB; %2 MB was entered.")
                                .arg(num(limits.memoryMinMb), num(vm.memoryMb))};
    } else if (limits.memoryMustBeEven && vm.memoryMb % 2 != 0) {
        problems << Problem{
            Field::MemoryMb,
            ValidationTr::tr("Memory must be an even number of MB on EFLOW %1; %2 MB is odd, use "
                             "%3 or %4 MB.")
                .arg(line, num(vm.memoryMb), num(vm.memoryMb - 1), num(qint64(vm.memoryMb) + 1))};
    } else if (host.freeMemoryMb > 0 && vm.memoryMb > host.freeMemoryMb) {
        problems << Problem{Field::MemoryMb,
                            ValidationTr::tr("Memory is %1 MB, but this host has only %2 MB free.")
                                .arg(num(vm.memoryMb), num(host.freeMemoryMb))};
    }

    if (vm.diskSizeGb && (*vm.diskSizeGb < limits.diskMinGb || *vm.diskSizeGb > limits.diskMaxGb)) {
        problems << Problem{
            Field::DiskSizeGb,
            ValidationTr::tr("Disk size must be between %1 and %2 GB on EFLOW %3; %4 GB was "
                             "entered.")
                .arg(num(limits.diskMinGb), num(limits.diskMaxGb), line, num(*vm.diskSizeGb))};
    }

    if (vm.dataSizeGb) {
        if (!limits.supportsDataSize) {
            problems << Problem{
                Field::DataSizeGb,
                ValidationTr::tr("Data size (vmDataSize) is not available on EFLOW %1; set the disk "
                                 "size instead.")
                    .arg(line)};
        } else if (vm.diskSizeGb) {
            problems << Problem{
                Field::DataSizeGb,
                ValidationTr::tr("Data size and disk size cannot both be set: Deploy-Eflow's "
                                 "vmDiskSize and vmDataSize are mutually exclusive; clear one "
                                 "of them.")};
        } else if (*vm.dataSizeGb < limits.dataMinGb || *vm.dataSizeGb > limits.dataMaxGb) {
            problems << Problem{
                Field::DataSizeGb,
                ValidationTr::tr("Data size must be between %1 and %2 GB on EFLOW %3; %4 GB was "
                                 "entered.")
                    .arg(num(limits.dataMinGb), num(limits.dataMaxGb), line, num(*vm.dataSizeGb))};
        }
    }

    if (vm.logSize != VmLogSize::Unknown && !limits.supportsLogSize) {
        problems << Problem{Field::LogSize,
                            ValidationTr::tr("Log size (vmLogSize) is not available on EFLOW %1; "
                                             "leave it at the default.")
                                .arg(line)};
    }
    return problems;
}

Problems checkGpu(const GpuSettings &gpu, const HostLimits &host)
{
    Problems problems;
    switch (gpu.type) {
    case GpuPassthrough::Unknown:
        problems << Problem{Field::GpuType,
                            ValidationTr::tr("GPU passthrough type is required: choose none, "
                                             "Direct Device Assignment or GPU paravirtualization.")};
        break;
    case GpuPassthrough::None:
        if (!gpu.name.isEmpty()) {
            problems << Problem{Field::GpuName,
                                ValidationTr::tr("GPU name is only used with GPU passthrough; "
                                                 "clear it or choose a passthrough type.")};
        }
        if (gpu.count != 0) {
            problems << Problem{
                Field::GpuCount,
                ValidationTr::tr("GPU count must be 0 without GPU passthrough; %1 was entered.")
                    .arg(num(gpu.count))};
        }
        break;
    case GpuPassthrough::DirectDeviceAssignment: {
        const auto nameProblem = gpuNameProblem(gpu, host);
        if (nameProblem)
            problems << *nameProblem;
        if (gpu.count < 1) {
            problems << Problem{
                Field::GpuCount,
                ValidationTr::tr("GPU count must be at least 1 for Direct Device Assignment; %1 "
                                 "was entered.")
                    .arg(num(gpu.count))};
        } else if (!nameProblem && !host.gpuNames.isEmpty()) {
            const auto available = host.gpuNames.count(gpu.name);
            if (gpu.count > available) {
                problems << Problem{
                    Field::GpuCount,
                    ValidationTr::tr("GPU count is %1, but the number of GPUs named '%2' on this "
                                     "host is %3.")
                        .arg(num(gpu.count), gpu.name, num(available))};
            }
        }
        break;
    }
    case GpuPassthrough::ParaVirtualization:
        if (auto nameProblem = gpuNameProblem(gpu, host))
            problems << *nameProblem;
        if (gpu.count != 1) {
            problems << Problem{Field::GpuCount,
                                ValidationTr::tr("GPU count must be 1: GPU-PV uses exactly one "
                                                 "GPU; %1 was entered.")
                                    .arg(num(gpu.count))};
        }
        break;
    }
    return problems;
}

} // namespace eflow::plan
