#include "ui/overview/OverviewExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include "engine/support/Redactor.h"

namespace eflow::ui {

namespace {

struct OverviewExportTr
{
    Q_DECLARE_TR_FUNCTIONS(eflow::ui::OverviewWindow)
};

QJsonObject sizes(qint64 total, qint64 used, qint64 available)
{
    return {{QStringLiteral("total"), total},
            {QStringLiteral("used"), used},
            {QStringLiteral("available"), available}};
}

QJsonObject vmJson(const jobs::HostJobState &s)
{
    QJsonObject vm;
    const auto info = [&s](const char *key) {
        return s.vmInfo.value(QLatin1String(key)).toString();
    };
    vm.insert(QStringLiteral("ip4Address"), info("ip4Address"));
    vm.insert(QStringLiteral("eflowVersion"), info("eflowVersion"));
    vm.insert(QStringLiteral("releaseLine"), info("releaseLine"));
    if (!s.vm)
        return vm;
    const host::EflowVmStatus &v = *s.vm;
    vm.insert(QStringLiteral("name"), v.vmName);
    vm.insert(QStringLiteral("powerState"), v.powerStateText);
    vm.insert(QStringLiteral("iotEdgeVersion"), v.iotEdgeVersion);
    vm.insert(QStringLiteral("mobyEngineVersion"), v.mobyEngineVersion);
    vm.insert(QStringLiteral("mobyCliVersion"), v.mobyCliVersion);
    vm.insert(QStringLiteral("kernelVersion"), v.kernelVersion);
    vm.insert(QStringLiteral("cpuCount"), v.cpuCount > 0 ? v.cpuCount : v.configuredCpuCount);
    vm.insert(QStringLiteral("gpuCount"), v.configuredGpuCount);
    vm.insert(QStringLiteral("configuredMemoryMb"), v.configuredMemoryMb);
    vm.insert(QStringLiteral("memoryMb"), sizes(v.totalMemMb, v.usedMemMb, v.availableMemMb));
    vm.insert(QStringLiteral("storageMb"), sizes(v.totalStorageMb, v.usedStorageMb, v.availableStorageMb));
    return vm;
}

QJsonArray modulesJson(const jobs::HostJobState &s)
{
    QJsonArray modules;
    if (s.modules) {
        for (const host::IotEdgeModule &m : s.modules->modules) {
            modules.append(QJsonObject{{QStringLiteral("name"), m.name},
                                       {QStringLiteral("status"), m.statusText},
                                       {QStringLiteral("description"), m.description},
                                       {QStringLiteral("image"), m.image}});
        }
    }
    return modules;
}

QJsonObject checkJson(const host::IotEdgeCheckResult &c)
{
    QJsonArray sections;
    for (const host::IotEdgeCheckSection &section : c.sections) {
        QJsonArray checks;
        for (const host::IotEdgeCheck &check : section.checks) {
            checks.append(
                QJsonObject{{QStringLiteral("id"), check.id},
                            {QStringLiteral("description"), check.description},
                            {QStringLiteral("result"), host::checkResultKindKey(check.kind)},
                            {QStringLiteral("details"), QJsonArray::fromStringList(check.details)}});
        }
        sections.append(
            QJsonObject{{QStringLiteral("name"), section.name}, {QStringLiteral("checks"), checks}});
    }
    using K = host::CheckResultKind;
    return {{QStringLiteral("ok"), c.count(K::Ok)},
            {QStringLiteral("warnings"), c.count(K::Warning)},
            {QStringLiteral("errors"), c.count(K::Error) + c.count(K::Fatal)},
            {QStringLiteral("skipped"), c.count(K::Skipped) + c.count(K::Ignored)},
            {QStringLiteral("sections"), sections}};
}

void addStatusJson(QJsonObject &root, const jobs::HostJobState &s)
{
    root.insert(QStringLiteral("vm"), vmJson(s));
    if (s.service) {
        root.insert(QStringLiteral("service"), QJsonObject{{QStringLiteral("unit"), s.service->unit},
                                                           {QStringLiteral("active"), s.service->activeText},
                                                           {QStringLiteral("since"), s.service->since}});
    }
    if (s.systemServices) {
        QJsonArray services;
        for (const host::ServiceStatus &svc : s.systemServices->services)
            services.append(
                QJsonObject{{QStringLiteral("unit"), svc.unit}, {QStringLiteral("active"), svc.activeText}});
        root.insert(QStringLiteral("systemServices"), services);
    }
}

QStringList statusText(const jobs::HostJobState &s)
{
    QStringList out;
    const auto orDash = [](const QString &v) {
        return v.isEmpty() ? QStringLiteral("-") : v;
    };
    out << OverviewExportTr::tr("VM address: %1")
               .arg(orDash(s.vmInfo.value(QStringLiteral("ip4Address")).toString()));
    out << OverviewExportTr::tr("EFLOW version: %1 (release line %2)")
               .arg(orDash(s.vmInfo.value(QStringLiteral("eflowVersion")).toString()),
                    orDash(s.vmInfo.value(QStringLiteral("releaseLine")).toString()));
    if (s.vm) {
        const host::EflowVmStatus &v = *s.vm;
        out << OverviewExportTr::tr("VM: %1 (%2)").arg(orDash(v.vmName), orDash(v.powerStateText));
        out << OverviewExportTr::tr("IoT Edge: %1").arg(orDash(v.iotEdgeVersion));
        out << OverviewExportTr::tr("Memory: %1 MB used of %2 MB").arg(v.usedMemMb).arg(v.totalMemMb);
        out << OverviewExportTr::tr("Storage: %1 MB used of %2 MB")
                   .arg(v.usedStorageMb)
                   .arg(v.totalStorageMb);
        out << OverviewExportTr::tr("CPUs: %1, GPUs: %2").arg(v.cpuCount).arg(v.configuredGpuCount);
    }
    if (s.service)
        out << OverviewExportTr::tr("%1 — Active: %2").arg(s.service->unit, s.service->activeText);
    if (s.systemServices) {
        for (const host::ServiceStatus &svc : s.systemServices->services)
            out << QStringLiteral("  %1: %2").arg(svc.unit, svc.activeText);
    }
    return out;
}

QStringList modulesText(const jobs::HostJobState &s)
{
    QStringList out;
    if (!s.modules)
        return out;
    for (const host::IotEdgeModule &m : s.modules->modules)
        out << QStringLiteral("%1\t%2\t%3\t%4").arg(m.name, m.statusText, m.description, m.image);
    return out;
}

QStringList checksText(const jobs::HostJobState &s)
{
    QStringList out;
    if (!s.check)
        return out;
    for (const host::IotEdgeCheckSection &section : s.check->sections) {
        out << section.name;
        for (const host::IotEdgeCheck &check : section.checks) {
            out << QStringLiteral("  [%1] %2").arg(host::checkResultKindKey(check.kind), check.description);
            for (const QString &detail : check.details)
                out << QStringLiteral("      %1").arg(detail);
        }
    }
    return out;
}

} // namespace

QJsonObject overviewJson(const OverviewSnapshot &snapshot, OverviewPart part)
{
    const jobs::HostJobState &s = snapshot.state;
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("eflow-wizard-overview/1")},
                     {QStringLiteral("device"), snapshot.device},
                     {QStringLiteral("collectedAt"), snapshot.collectedAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("deployed"), !s.notDeployed}};
    const bool all = part == OverviewPart::All;
    if (all || part == OverviewPart::Status)
        addStatusJson(root, s);
    if (all || part == OverviewPart::Modules)
        root.insert(QStringLiteral("modules"), modulesJson(s));
    if ((all || part == OverviewPart::Checks) && s.check)
        root.insert(QStringLiteral("check"), checkJson(*s.check));
    if (all && !s.readErrors.isEmpty()) {
        QJsonObject errors;
        for (auto it = s.readErrors.cbegin(); it != s.readErrors.cend(); ++it)
            errors.insert(it.key(), it.value());
        root.insert(QStringLiteral("readErrors"), errors);
    }
    return root;
}

QString overviewJsonText(const OverviewSnapshot &snapshot, OverviewPart part)
{
    return support::Redactor::redact(
        QString::fromUtf8(QJsonDocument(overviewJson(snapshot, part)).toJson(QJsonDocument::Indented)));
}

QString overviewText(const OverviewSnapshot &snapshot, OverviewPart part)
{
    const jobs::HostJobState &s = snapshot.state;
    QStringList out{
        OverviewExportTr::tr("Device: %1").arg(snapshot.device),
        OverviewExportTr::tr("Collected: %1").arg(snapshot.collectedAt.toUTC().toString(Qt::ISODate))};
    if (s.notDeployed)
        out << OverviewExportTr::tr("EFLOW is not deployed on this host.");
    const bool all = part == OverviewPart::All;
    const auto section = [&out](const QString &title, const QStringList &lines) {
        out << QString() << title;
        out << (lines.isEmpty() ? QStringList{OverviewExportTr::tr("Not read yet.")} : lines);
    };
    if (all || part == OverviewPart::Status)
        section(OverviewExportTr::tr("IoT Edge Status"), statusText(s));
    if (all || part == OverviewPart::Modules)
        section(OverviewExportTr::tr("IoT Edge Module List"), modulesText(s));
    if (all || part == OverviewPart::Checks)
        section(OverviewExportTr::tr("iotedge check"), checksText(s));
    if (all && !s.readErrors.isEmpty()) {
        QStringList errors;
        for (auto it = s.readErrors.cbegin(); it != s.readErrors.cend(); ++it)
            errors << QStringLiteral("%1: %2").arg(it.key(), it.value());
        section(OverviewExportTr::tr("Could not be read"), errors);
    }
    return support::Redactor::redact(out.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace eflow::ui
