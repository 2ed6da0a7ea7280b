#include "app/HostReport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "app/TerminalWidth.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostReport)
};

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("  %1 %2\n").arg(leftJustifiedToWidth(label, 24), value);
}

QString unknownText()
{
    return Tr::tr("not reported");
}

QString mb(qint64 value)
{
    return value < 0 ? unknownText() : Tr::tr("%1 MB").arg(value);
}

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return unknownText();
    return *value ? Tr::tr("yes") : Tr::tr("no");
}

QString serviceText(host::ServiceRunState state)
{
    switch (state) {
    case host::ServiceRunState::Running:
        return Tr::tr("running");
    case host::ServiceRunState::Stopped:
        return Tr::tr("stopped");
    case host::ServiceRunState::Missing:
        return Tr::tr("not installed");
    case host::ServiceRunState::Unknown:
        break;
    }
    return unknownText();
}

QString statusMark(host::RequirementStatus status)
{
    switch (status) {
    case host::RequirementStatus::Pass:
        return QStringLiteral("✓");
    case host::RequirementStatus::Warning:
        return QStringLiteral("!");
    case host::RequirementStatus::Fail:
        return QStringLiteral("✗");
    case host::RequirementStatus::ActionNeeded:
        return QStringLiteral("→");
    case host::RequirementStatus::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString verdictText(host::TargetVerdict verdict)
{
    switch (verdict) {
    case host::TargetVerdict::Supported:
        return Tr::tr("Supported");
    case host::TargetVerdict::SupportedWithActions:
        return Tr::tr("Supported after the actions above");
    case host::TargetVerdict::Unsupported:
        return Tr::tr("Unsupported");
    case host::TargetVerdict::Unknown:
        break;
    }
    return Tr::tr("Could not be evaluated");
}

// The table the overview shows, padded like `iotedge list` (columns at least 15 wide, 2 apart).
QString moduleTable(const host::ModuleList &list)
{
    QList<QStringList> rows;
    rows << QStringList{Tr::tr("NAME"), Tr::tr("STATUS"), Tr::tr("DESCRIPTION"), Tr::tr("IMAGE")};
    for (const host::IotEdgeModule &m : list.modules)
        rows << QStringList{m.name, m.statusText, m.description, m.image};
    QList<int> widths(4, 15);
    for (const QStringList &r : rows)
        for (int c = 0; c < 4; ++c)
            widths[c] = qMax(widths[c], terminalWidth(r.at(c)));
    QString text;
    for (const QStringList &r : rows) {
        QString line = QStringLiteral("  ");
        for (int c = 0; c < 4; ++c)
            line += c == 3 ? r.at(c) : leftJustifiedToWidth(r.at(c), widths[c] + 2);
        text += line.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString formatHostFacts(const host::HostFacts &f)
{
    QString text;
    QString windows = f.osCaption.isEmpty() ? unknownText() : f.osCaption;
    if (f.buildNumber >= 0)
        windows += Tr::tr(", build %1")
                       .arg(f.ubr >= 0 ? QStringLiteral("%1.%2").arg(f.buildNumber).arg(f.ubr)
                                       : QString::number(f.buildNumber));
    if (!f.architecture.isEmpty())
        windows += QStringLiteral(" (%1)").arg(f.architecture);
    text += row(Tr::tr("Computer"), f.computerName.isEmpty() ? unknownText() : f.computerName);
    text += row(Tr::tr("Windows"), windows);
    text += row(Tr::tr("Memory"), Tr::tr("%1 free of %2").arg(mb(f.freeMemoryMb), mb(f.totalMemoryMb)));
    text += row(Tr::tr("Logical processors"),
                f.logicalProcessors < 0 ? unknownText() : QString::number(f.logicalProcessors));
    text += row(Tr::tr("Disk %1").arg(f.disk.drive.isEmpty() ? QStringLiteral("C:") : f.disk.drive),
                Tr::tr("%1 free of %2").arg(mb(f.disk.freeMb), mb(f.disk.sizeMb)));
    text += row(Tr::tr("Hyper-V"), host::featureStateText(f.hyperV));
    text += row(Tr::tr("Hypervisor running"), yesNo(f.hypervisorPresent));
    text += row(Tr::tr("Firmware virtualization"), yesNo(f.firmwareVirtualization));
    for (const host::HostService &s : f.services)
        text += row(Tr::tr("Service %1").arg(s.name), serviceText(s.state));
    text += row(Tr::tr("Virtual machine"),
                f.isVirtualMachine ? Tr::tr("yes (%1)").arg(f.virtualMachineVendor) : Tr::tr("no"));
    if (f.switches.isEmpty())
        text += row(Tr::tr("Virtual switches"), Tr::tr("none"));
    for (const host::VirtualSwitch &s : f.switches) {
        QString value = QStringLiteral("%1 (%2)").arg(s.name, host::switchKindKey(s.kind));
        if (!s.hostAddress.isEmpty())
            value += Tr::tr(", host %1/%2").arg(s.hostAddress).arg(s.prefixLength);
        if (s.kind == host::SwitchKind::Internal && !s.isDefaultSwitch)
            value += s.hasNat ? Tr::tr(", NAT") : Tr::tr(", no NAT");
        text += row(Tr::tr("Virtual switch"), value);
    }
    if (f.gpus.isEmpty())
        text += row(Tr::tr("GPUs"), Tr::tr("none"));
    for (const host::GpuInfo &g : f.gpus) {
        QStringList kinds;
        if (g.ddaCapable)
            kinds << Tr::tr("DDA");
        if (g.gpuPvCapable)
            kinds << Tr::tr("GPU-PV");
        text +=
            row(Tr::tr("GPU"),
                kinds.isEmpty() ? g.name : Tr::tr("%1 (%2)").arg(g.name, kinds.join(QStringLiteral(", "))));
    }
    text += row(Tr::tr("Administrator"), f.elevated ? Tr::tr("yes") : Tr::tr("no"));
    text +=
        row(Tr::tr("PowerShell"), Tr::tr("%1 %2, execution policy %3")
                                      .arg(f.psEdition, f.psVersion,
                                           f.executionPolicy.isEmpty() ? unknownText() : f.executionPolicy));
    text += row(Tr::tr("EFLOW installed"),
                f.eflow.installed ? QStringLiteral("%1 %2").arg(f.eflow.productName, f.eflow.version)
                                  : Tr::tr("no"));
    text += row(Tr::tr("EFLOW virtual machine"),
                f.vm.exists ? Tr::tr("%1 (%2)").arg(f.vm.name, f.vm.powerState == host::VmPowerState::Running
                                                                   ? Tr::tr("running")
                                                                   : Tr::tr("off"))
                            : Tr::tr("none"));
    return text;
}

QString formatEvaluation(const host::TargetEvaluation &evaluation)
{
    QString text;
    for (const host::RequirementCheck &c : evaluation.checks) {
        text += QStringLiteral("  %1 %2: %3\n").arg(statusMark(c.status), c.title, c.detail);
        if (!c.fix.isEmpty() && c.status != host::RequirementStatus::Pass)
            text += QStringLiteral("      %1\n").arg(c.fix);
    }
    text += Tr::tr("Verdict: %1")
                .arg(evaluation.summary.isEmpty() ? verdictText(evaluation.verdict) : evaluation.summary);
    text += QLatin1Char('\n');
    if (evaluation.restartRequired)
        text += Tr::tr("Windows must restart before EFLOW can be deployed.") + QLatin1Char('\n');
    return text;
}

bool isRuntimeHealthy(const jobs::HostJobState &state, QString *why)
{
    auto say = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!state.modules)
        return say(Tr::tr("the module list could not be read"));
    bool agent = false;
    for (const host::IotEdgeModule &m : state.modules->modules)
        agent = agent || (m.name == QLatin1String("edgeAgent") && m.status == host::ModuleStatus::Running);
    if (!agent)
        return say(Tr::tr("edgeAgent is not running"));
    if (state.service && state.service->state != host::ServiceState::Active)
        return say(Tr::tr("the IoT Edge service is %1").arg(state.service->activeText));
    if (!state.service && !state.systemServices)
        return say(Tr::tr("the IoT Edge service status could not be read"));
    if (state.systemServices && !state.systemServices->allHealthy())
        return say(Tr::tr("an IoT Edge system service is down"));
    return true;
}

QString formatStatus(const jobs::HostJobState &state)
{
    QString text;
    if (state.vm) {
        const host::EflowVmStatus &vm = *state.vm;
        text += Tr::tr("Virtual machine") + QLatin1Char('\n');
        text += row(Tr::tr("Name"), vm.vmName);
        text += row(Tr::tr("Power state"), vm.powerStateText);
        if (!vm.iotEdgeVersion.isEmpty())
            text += row(Tr::tr("IoT Edge"), vm.iotEdgeVersion);
        if (vm.totalMemMb >= 0)
            text += row(Tr::tr("Memory"), Tr::tr("%1 used of %2").arg(mb(vm.usedMemMb), mb(vm.totalMemMb)));
        if (vm.totalStorageMb >= 0)
            text += row(Tr::tr("Storage"),
                        Tr::tr("%1 used of %2").arg(mb(vm.usedStorageMb), mb(vm.totalStorageMb)));
        text += QLatin1Char('\n');
    } else if (state.readErrors.contains(QStringLiteral("vm"))) {
        text += Tr::tr("Virtual machine: %1").arg(state.readErrors.value(QStringLiteral("vm"))) +
                QLatin1String("\n\n");
    }

    if (!state.vm && state.readErrors.contains(QStringLiteral("vm")) && !state.modules && !state.service &&
        !state.systemServices && !state.check) {
        // Without the VM nothing else can be read; one sentence instead of the same one four times.
        text += Tr::tr("The module list, the service status and iotedge check need the virtual machine.") +
                QLatin1Char('\n');
        return text;
    }

    text += Tr::tr("IoT Edge Module List") + QLatin1Char('\n');
    if (state.modules)
        text += moduleTable(*state.modules);
    else
        text +=
            QStringLiteral("  %1\n").arg(state.readErrors.value(QStringLiteral("modules"), unknownText()));
    text += QLatin1Char('\n');

    text += Tr::tr("IoT Edge Status") + QLatin1Char('\n');
    if (state.service) {
        QString active = state.service->activeText;
        if (!state.service->since.isEmpty())
            active = Tr::tr("%1 since %2").arg(active, state.service->since);
        text += row(state.service->unit, active);
    } else if (state.readErrors.contains(QStringLiteral("service"))) {
        text += QStringLiteral("  %1\n").arg(state.readErrors.value(QStringLiteral("service")));
    }
    if (state.systemServices) {
        text += QStringLiteral("  %1\n").arg(Tr::tr("System services (iotedge system status):"));
        for (const host::ServiceStatus &s : state.systemServices->services)
            text += QStringLiteral("    %1 %2\n").arg(leftJustifiedToWidth(s.unit, 24), s.activeText);
    }
    text += QLatin1Char('\n');

    if (state.check) {
        const host::IotEdgeCheckResult &c = *state.check;
        text +=
            Tr::tr("iotedge check: %1 OK, %2, %3")
                .arg(c.count(host::CheckResultKind::Ok))
                .arg(Tr::tr("%n warning(s)", nullptr, c.count(host::CheckResultKind::Warning)),
                     Tr::tr("%n error(s)", nullptr,
                            c.count(host::CheckResultKind::Error) + c.count(host::CheckResultKind::Fatal)));
        text += QLatin1Char('\n');
        for (const host::IotEdgeCheckSection &section : c.sections) {
            for (const host::IotEdgeCheck &check : section.checks) {
                if (check.kind != host::CheckResultKind::Error &&
                    check.kind != host::CheckResultKind::Fatal &&
                    check.kind != host::CheckResultKind::Warning)
                    continue;
                const QString mark =
                    check.kind == host::CheckResultKind::Warning ? QStringLiteral("‼") : QStringLiteral("×");
                text += QStringLiteral("  %1 %2\n").arg(mark, check.description);
                for (const QString &d : check.details)
                    text += QStringLiteral("      %1\n").arg(d);
            }
        }
    } else if (state.readErrors.contains(QStringLiteral("check"))) {
        text += Tr::tr("iotedge check: %1").arg(state.readErrors.value(QStringLiteral("check"))) +
                QLatin1Char('\n');
    }
    return text;
}

QJsonObject evaluationToJson(const host::TargetEvaluation &evaluation)
{
    QJsonArray checks;
    for (const host::RequirementCheck &c : evaluation.checks) {
        checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("title"), c.title},
                                  {QStringLiteral("status"), host::requirementStatusKey(c.status)},
                                  {QStringLiteral("detail"), c.detail},
                                  {QStringLiteral("fix"), c.fix}});
    }
    return QJsonObject{{QStringLiteral("verdict"), host::targetVerdictKey(evaluation.verdict)},
                       {QStringLiteral("summary"), evaluation.summary},
                       {QStringLiteral("restartRequired"), evaluation.restartRequired},
                       {QStringLiteral("checks"), checks}};
}

QJsonObject statusToJson(const jobs::HostJobState &state)
{
    QJsonObject json;
    if (state.vm) {
        json.insert(QStringLiteral("vm"),
                    QJsonObject{{QStringLiteral("name"), state.vm->vmName},
                                {QStringLiteral("powerState"), state.vm->powerStateText},
                                {QStringLiteral("iotEdgeVersion"), state.vm->iotEdgeVersion}});
    }
    if (state.modules) {
        QJsonArray modules;
        for (const host::IotEdgeModule &m : state.modules->modules)
            modules.append(QJsonObject{{QStringLiteral("name"), m.name},
                                       {QStringLiteral("status"), host::moduleStatusKey(m.status)},
                                       {QStringLiteral("description"), m.description},
                                       {QStringLiteral("image"), m.image}});
        json.insert(QStringLiteral("modules"), modules);
    }
    if (state.service) {
        json.insert(QStringLiteral("service"),
                    QJsonObject{{QStringLiteral("unit"), state.service->unit},
                                {QStringLiteral("active"), state.service->activeText},
                                {QStringLiteral("since"), state.service->since}});
    }
    if (state.systemServices) {
        QJsonArray services;
        for (const host::ServiceStatus &s : state.systemServices->services)
            services.append(
                QJsonObject{{QStringLiteral("name"), s.unit}, {QStringLiteral("state"), s.activeText}});
        json.insert(QStringLiteral("systemServices"), services);
    }
    if (state.check) {
        QJsonArray checks;
        for (const host::IotEdgeCheckSection &section : state.check->sections)
            for (const host::IotEdgeCheck &c : section.checks)
                checks.append(
                    QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("description"), c.description},
                                {QStringLiteral("result"), host::checkResultKindKey(c.kind)},
                                {QStringLiteral("details"), QJsonArray::fromStringList(c.details)}});
        json.insert(QStringLiteral("checks"), checks);
    }
    QJsonObject errors;
    for (auto it = state.readErrors.cbegin(); it != state.readErrors.cend(); ++it)
        errors.insert(it.key(), it.value());
    if (!errors.isEmpty())
        json.insert(QStringLiteral("readErrors"), errors);
    QString why;
    json.insert(QStringLiteral("healthy"), isRuntimeHealthy(state, &why));
    if (!why.isEmpty())
        json.insert(QStringLiteral("problem"), why);
    return json;
}

} // namespace eflow::app
