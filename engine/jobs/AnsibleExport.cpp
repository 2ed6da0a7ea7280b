#include "engine/jobs/AnsibleExport.h"

#include <algorithm>

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include "engine/host/PowerShellEnvelope.h"
#include "engine/host/PowerShellProcess.h"
#include "engine/host/PowerShellScripts.h"
#include "engine/jobs/FleetPlan.h"
#include "engine/plan/EflowRelease.h"
#include "engine/support/SecretRef.h"

namespace eflow::jobs {

namespace {

using Tr = AnsibleExportTr;
using host::PowerShellScripts;

// The static files of the export, compiled in (engine/CMakeLists.txt, eflow_ansible_files); empty only
// in a broken build, which exportAnsible() then refuses.
QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/eflow/ansible/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A YAML double-quoted scalar (JSON's escapes are YAML's). A value with a brace in it is tagged !unsafe, so
// that Ansible never takes "{{" in a user name for a template; others stay plain for ansible-inventory.
QByteArray yamlText(const QString &value)
{
    QByteArray out = value.contains(QLatin1Char('{')) ? "!unsafe \"" : "\"";
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')).toLatin1();
        } else {
            out += QString(c).toUtf8();
        }
    }
    out += '"';
    return out;
}

// The arguments the wizard starts a local Windows PowerShell with, its bootstrap last. The bootstrap is
// the plain one: a build outside Windows may add the tests' preload (EFLOW_PS_PRELOAD) to its own.
QByteArray powerShellArguments()
{
    QStringList arguments = host::PowerShellProcess::arguments(host::PowerShellTarget::local());
    arguments.last() = host::PowerShellEnvelope::encodedBootstrap();
    return arguments.join(QLatin1Char(' ')).toLatin1();
}

// One exported host: its inventory name, its row and the scripts of its plan by operation.
struct ExportHost
{
    QString name;
    const FleetHost *row = nullptr;
    plan::DeploymentPlan plan;
    QMap<QString, QString> scripts; // operation -> text (createSwitch only when the plan creates one)
};

// The drive the probe measures, as the wizard's deploy job picks it: the VHDX folder's, else C:.
QString probeDrive(const plan::DeploymentPlan &plan)
{
    const QString &dir = plan.install.vhdxDir;
    return dir.size() >= 2 && dir.at(1) == QLatin1Char(':') ? dir.left(2) : QString();
}

QMap<QString, QString> scriptsFor(const plan::DeploymentPlan &plan)
{
    QMap<QString, QString> scripts;
    scripts.insert(QStringLiteral("probe"), PowerShellScripts::probe(probeDrive(plan)));
    scripts.insert(QStringLiteral("enableHyperV"), PowerShellScripts::enableHyperV());
    if (plan.switchCreation.create)
        scripts.insert(QStringLiteral("createSwitch"), PowerShellScripts::createSwitch(plan.switchCreation));
    scripts.insert(QStringLiteral("installEflow"),
                   PowerShellScripts::installEflow(plan.release, plan.install));
    scripts.insert(QStringLiteral("deploy"), PowerShellScripts::deploy(plan));
    scripts.insert(QStringLiteral("vmStatus"), PowerShellScripts::vmStatus());
    scripts.insert(QStringLiteral("provision"),
                   PowerShellScripts::provision(plan.release, plan.provisioning));
    scripts.insert(QStringLiteral("moduleList"), PowerShellScripts::moduleList());
    if (plan.edgeProxy.isSet())
        scripts.insert(QStringLiteral("configureEdgeProxy"),
                       PowerShellScripts::configureEdgeProxy(plan.edgeProxy));
    return scripts;
}

// A name not taken yet: the host's own, else with its port, else with its fleet file line.
QString uniqueName(const FleetHost &row, const QSet<QString> &taken)
{
    QString name = ansibleHostName(row.target);
    if (name.isEmpty())
        name = QStringLiteral("host-line-%1").arg(row.line);
    if (taken.contains(name) && row.target.ssh.port > 0)
        name += QStringLiteral("-%1").arg(row.target.ssh.port);
    if (taken.contains(name))
        name += QStringLiteral("-line-%1").arg(row.line);
    return name;
}

QByteArray inventoryYaml(const QList<ExportHost> &hosts, const AnsibleExportSources &sources)
{
    QByteArray y =
        "# Written by eflow-wizard fleet export --ansible from " + sources.fleetFile.toUtf8() + " (plan " +
        sources.planFile.toUtf8() +
        ").\n"
        "# One host per ssh:// row of the fleet file; how Ansible connects is in\n"
        "# group_vars/eflow_hosts/main.yml. No key here: the group key is in the vault (README.md).\n"
        "eflow_hosts:\n"
        "  hosts:\n";
    for (const ExportHost &h : hosts) {
        const HostTarget &t = h.row->target;
        y += "    " + h.name.toUtf8() + ":\n";
        y += "      ansible_host: " + yamlText(t.ssh.host) + '\n';
        if (t.ssh.port > 0)
            y += "      ansible_port: " + QByteArray::number(t.ssh.port) + '\n';
        if (!t.ssh.user.isEmpty())
            y += "      ansible_user: " + yamlText(t.ssh.user) + '\n';
        y += "      eflow_target: " + yamlText(t.toString()) + '\n';
        y += "      eflow_fleet_line: " + QByteArray::number(h.row->line) + '\n';
        y += "      eflow_registration_id: " + yamlText(h.plan.provisioning.registrationId) + '\n';
        y += QByteArray("      eflow_create_switch: ") + (h.plan.switchCreation.create ? "true" : "false") +
             '\n';
        y += QByteArray("      eflow_edge_proxy: ") + (h.plan.edgeProxy.isSet() ? "true" : "false") + '\n';
        if (const auto ref = support::parseSecretRef(h.row->secretRef))
            y += "      eflow_group_key_name: " + yamlText(ref->name) + '\n';
    }
    return y;
}

QByteArray groupVarsYaml(const plan::DeploymentPlan &plan)
{
    const QByteArray release = plan::releaseKey(plan.release).toUtf8();
    return "# Written by eflow-wizard fleet export --ansible. The group key goes into vault.yml beside this\n"
           "# file (ansible-vault create group_vars/eflow_hosts/vault.yml), never here.\n"
           "\n"
           "# OpenSSH (Windows' own server, key login, an administrator's account). cmd is OpenSSH's "
           "default\n"
           "# shell on Windows; set powershell where the host's DefaultShell is PowerShell.\n"
           "ansible_connection: ssh\n"
           "ansible_shell_type: cmd\n"
           "# Deploy-Eflow can run for half an hour without a line: keep the connection alive meanwhile.\n"
           "ansible_ssh_common_args: -o ServerAliveInterval=30 -o ServerAliveCountMax=10\n"
           "# WinRM instead (needs python3-winrm on the controller; not tried by eflow-wizard's tests):\n"
           "# ansible_connection: winrm\n"
           "# ansible_port: 5986\n"
           "# ansible_winrm_transport: ntlm\n"
           "# ansible_winrm_server_cert_validation: validate\n"
           "# ansible_winrm_operation_timeout_sec: 60\n"
           "# ansible_winrm_read_timeout_sec: 90\n"
           "\n"
           "# What the plan chose (informational; the scripts carry the values).\n"
           "eflow_release: \"" +
           release +
           "\"\n"
           "eflow_id_scope: " +
           yamlText(plan.provisioning.idScope) +
           "\n"
           "eflow_enrollment_group: " +
           yamlText(plan.provisioning.enrollmentGroupId) +
           "\n"
           "\n"
           "# Restart Windows when Hyper-V or the installer needs it, then go on; false: stop with a "
           "sentence.\n"
           "eflow_allow_reboot: true\n"
           "eflow_reboot_timeout: 1800\n"
           "# How long to wait for edgeAgent after provisioning: retries x delay seconds.\n"
           "eflow_runtime_wait_retries: 30\n"
           "eflow_runtime_wait_delay: 10\n";
}

QByteArray readme(const QList<ExportHost> &hosts, const QList<AnsibleLeftOut> &leftOut,
                  const plan::DeploymentPlan &plan, const AnsibleExportSources &sources)
{
    QByteArray text = resource(QStringLiteral("README.md"));
    QStringList keyNames;
    for (const ExportHost &h : hosts) {
        if (const auto ref = support::parseSecretRef(h.row->secretRef); ref && !keyNames.contains(ref->name))
            keyNames << ref->name;
    }
    QByteArray groupKeys;
    if (!keyNames.isEmpty()) {
        groupKeys = "\n   Hosts whose fleet row names a key of their own (`secret_ref`) take it from "
                    "`eflow_group_keys`:\n\n"
                    "   ```yaml\n   eflow_group_keys:\n";
        for (const QString &name : std::as_const(keyNames))
            groupKeys +=
                "     " + name.toUtf8() + ": \"<the key remembered as keychain:" + name.toUtf8() + ">\"\n";
        groupKeys += "   ```\n";
    }
    QByteArray left;
    if (!leftOut.isEmpty()) {
        left = "\n## Left out\n\nThese rows of the fleet file are not in the inventory:\n\n";
        for (const AnsibleLeftOut &l : leftOut)
            left += "- line " + QByteArray::number(l.line) + ", `" + l.target.toUtf8() +
                    "`: " + l.reason.toUtf8() + '\n';
    }
    const auto orDash = [](const QString &s) {
        return s.isEmpty() ? QByteArray("-") : s.toUtf8();
    };
    text.replace("@FLEET_FILE@", orDash(sources.fleetFile));
    text.replace("@PLAN_FILE@", orDash(sources.planFile));
    text.replace("@HOST_COUNT@", QByteArray::number(hosts.size()));
    text.replace("@RELEASE@", plan::releaseKey(plan.release).toUtf8());
    text.replace("@ID_SCOPE@", orDash(plan.provisioning.idScope));
    text.replace("@GROUP_ID@", orDash(plan.provisioning.enrollmentGroupId));
    text.replace("@GROUP_KEYS@\n", groupKeys);
    text.replace("@LEFT_OUT@\n", left);
    return text;
}

// scripts/all/<op>.ps1 where every host that runs op runs the same text, else scripts/hosts/<host>/<op>.ps1.
void addScripts(const QList<ExportHost> &hosts, QList<AnsibleExportFile> &files)
{
    for (const QString &op : ansibleOperations()) {
        QSet<QString> texts;
        for (const ExportHost &h : hosts) {
            if (h.scripts.contains(op))
                texts.insert(h.scripts.value(op));
        }
        if (texts.size() == 1) {
            files.append({QStringLiteral("scripts/all/%1.ps1").arg(op), texts.begin()->toUtf8()});
            continue;
        }
        for (const ExportHost &h : hosts) {
            if (h.scripts.contains(op))
                files.append({QStringLiteral("scripts/hosts/%1/%2.ps1").arg(h.name, op),
                              h.scripts.value(op).toUtf8()});
        }
    }
}

// The hosts to export, each with its checked plan and scripts; demo rows into leftOut.
std::optional<QList<ExportHost>> exportHosts(const FleetFile &fleet, const plan::DeploymentPlan &fleetPlan,
                                             const QString &fleetFile, QList<AnsibleLeftOut> &leftOut,
                                             QString *error)
{
    QList<ExportHost> hosts;
    QSet<QString> taken;
    QStringList problems;
    for (const FleetHost &row : fleet.hosts) {
        if (row.target.kind != HostTarget::Kind::Ssh) {
            leftOut.append({row.line, row.target.toString(),
                            Tr::tr("a demo machine exists only inside eflow-wizard, Ansible cannot reach it; "
                                   "run it with eflow-wizard fleet run")});
            continue;
        }
        ExportHost h;
        h.row = &row;
        h.plan = fleetHostPlan(fleetPlan, row);
        const QStringList refused = fleetPlanProblems(h.plan, false);
        if (!refused.isEmpty()) {
            for (const QString &problem : refused)
                problems << Tr::tr("%1:%2: %3").arg(fleetFile).arg(row.line).arg(problem);
            continue;
        }
        h.name = uniqueName(row, taken);
        taken.insert(h.name);
        h.scripts = scriptsFor(h.plan);
        hosts.append(h);
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    if (hosts.isEmpty()) {
        if (error)
            *error =
                Tr::tr("the fleet file has no ssh:// host; Ansible reaches Windows hosts over SSH, and demo "
                       "machines run only with eflow-wizard fleet run");
        return std::nullopt;
    }
    return hosts;
}

} // namespace

const AnsibleExportFile *AnsibleExport::file(const QString &path) const
{
    for (const AnsibleExportFile &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QString ansibleHostName(const HostTarget &target)
{
    static const QRegularExpression outside(QStringLiteral("[^a-z0-9._-]+"));
    QString name = target.ssh.host.toLower();
    name.replace(outside, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

const QStringList &ansibleOperations()
{
    static const QStringList operations = {
        QStringLiteral("probe"),        QStringLiteral("enableHyperV"), QStringLiteral("createSwitch"),
        QStringLiteral("installEflow"), QStringLiteral("deploy"),       QStringLiteral("vmStatus"),
        QStringLiteral("provision"),    QStringLiteral("moduleList"),   QStringLiteral("configureEdgeProxy")};
    return operations;
}

std::optional<AnsibleExport> exportAnsible(const FleetFile &fleet, const plan::DeploymentPlan &fleetPlan,
                                           const AnsibleExportSources &sources, QString *error)
{
    // A fleet provisions through a DPS enrollment group with symmetric keys, as fleet run insists.
    const plan::ProvisioningType type = fleetPlan.provisioning.type;
    if (type != plan::ProvisioningType::Unknown && type != plan::ProvisioningType::DpsSymmetricKey) {
        if (error)
            *error = Tr::tr("%1: a fleet provisions through a DPS enrollment group with symmetric keys; the "
                            "plan's provisioning type is \"%2\"")
                         .arg(sources.planFile, plan::provisioningTypeKey(type));
        return std::nullopt;
    }
    AnsibleExport result;
    const auto hosts = exportHosts(fleet, fleetPlan, sources.fleetFile, result.leftOut, error);
    if (!hosts)
        return std::nullopt;
    // The fleet-wide values (release, scope, group) are the same in every host's plan.
    const plan::DeploymentPlan &first = hosts->first().plan;
    QByteArray runner = resource(QStringLiteral("eflow-run.ps1"));
    runner.replace("@EFLOW_POWERSHELL_ARGUMENTS@", powerShellArguments());
    result.files = {
        {QStringLiteral("README.md"), readme(*hosts, result.leftOut, first, sources)},
        {QStringLiteral("inventory.yml"), inventoryYaml(*hosts, sources)},
        {QStringLiteral("group_vars/eflow_hosts/main.yml"), groupVarsYaml(first)},
        {QStringLiteral("playbook.yml"), resource(QStringLiteral("playbook.yml"))},
        {QStringLiteral("files/eflow-run.ps1"), runner},
        {QStringLiteral("filter_plugins/eflow_dps.py"), resource(QStringLiteral("eflow_dps.py"))},
    };
    for (const AnsibleExportFile &f : std::as_const(result.files)) {
        if (f.content.isEmpty()) {
            if (error)
                *error = Tr::tr("this build of eflow-wizard lacks the export's file %1").arg(f.path);
            return std::nullopt;
        }
    }
    addScripts(*hosts, result.files);
    std::sort(result.files.begin(), result.files.end(),
              [](const AnsibleExportFile &a, const AnsibleExportFile &b) { return a.path < b.path; });
    for (const ExportHost &h : *hosts)
        result.hostNames << h.name;
    return result;
}

} // namespace eflow::jobs
