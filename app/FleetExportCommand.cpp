#include "app/FleetExportCommand.h"

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "app/Console.h"
#include "app/SecretArguments.h"
#include "engine/jobs/AnsibleExport.h"
#include "engine/jobs/FleetFile.h"
#include "engine/plan/PlanFile.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetExportCommand)
};

// The line every exported playbook starts with: how --force knows a folder holds an earlier export.
constexpr QByteArrayView kPlaybookMarker = "# Written by `eflow-wizard fleet export --ansible`";

// The options of `fleet export`, made once per run (their texts are translated).
struct ExportOptions
{
    QCommandLineOption ansible{QStringLiteral("ansible"),
                               Tr::tr("Write the Ansible inventory, playbook and scripts into DIR (new or "
                                      "empty)."),
                               Tr::tr("DIR")};
    QCommandLineOption plan{QStringLiteral("plan"), Tr::tr("The deployment plan every host starts from."),
                            Tr::tr("PLAN")};
    QCommandLineOption force{QStringLiteral("force"),
                             Tr::tr("Write over an earlier export in DIR: its scripts folder is replaced; "
                                    "the vault and your own files are kept.")};
};

QString helpText()
{
    return Tr::tr(
        "Writes an Ansible inventory and playbook that deploy EFLOW on every ssh:// host of FLEET_FILE and "
        "provision it through the DPS enrollment group, with the same PowerShell that fleet run sends "
        "(ansible.windows.win_powershell over OpenSSH or WinRM). No key is written: the group key goes into "
        "the controller's Ansible vault, and each host's key is derived on the controller when the playbook "
        "runs. Demo hosts are left out (Ansible cannot reach them). DIR/README.md says how to run it.\n"
        "\n"
        "Exit codes: 0 written; 2 the command line is wrong; 3 the fleet file or the plan is malformed, or "
        "the plan does not fit a host; 4 a file cannot be read, or DIR cannot be written (or is not empty).");
}

// Whether dir may receive the export: new, empty, or (with --force) an earlier export. Prints why not.
bool checkTarget(const QString &dir, bool force)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        printError(Tr::tr("fleet export: %1 is a file, not a folder").arg(dir));
        return false;
    }
    const QDir folder(dir);
    if (!info.exists() ||
        folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return true;
    if (!force) {
        printError(
            Tr::tr("fleet export: %1 is not empty; give a new or empty folder, or --force to write over "
                   "an earlier export there")
                .arg(dir));
        return false;
    }
    QFile playbook(folder.filePath(QStringLiteral("playbook.yml")));
    if (!playbook.open(QIODevice::ReadOnly) ||
        !playbook.read(kPlaybookMarker.size()).startsWith(kPlaybookMarker)) {
        printError(Tr::tr("fleet export: %1 is not empty and holds no earlier export of eflow-wizard "
                          "(playbook.yml); --force only writes over one")
                       .arg(dir));
        return false;
    }
    return true;
}

// Writes every file (0644: none holds a secret), after removing an earlier export's scripts, whose host
// folders would otherwise outlive their hosts and shadow the shared scripts.
bool writeExport(const QString &dir, const jobs::AnsibleExport &exported)
{
    QDir root(dir);
    const QString scripts = root.filePath(QStringLiteral("scripts"));
    if (QFileInfo::exists(scripts) && !QDir(scripts).removeRecursively()) {
        printError(Tr::tr("fleet export: cannot remove the earlier export's %1").arg(scripts));
        return false;
    }
    constexpr QFileDevice::Permissions mode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    for (const jobs::AnsibleExportFile &f : exported.files) {
        const QString path = root.filePath(f.path);
        if (!root.mkpath(QFileInfo(f.path).path())) {
            printError(Tr::tr("fleet export: cannot create the folder %1").arg(QFileInfo(path).path()));
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.content) != f.content.size() ||
            !file.setPermissions(mode) || !file.commit()) {
            printError(Tr::tr("fleet export: cannot write %1: %2").arg(path, file.errorString()));
            return false;
        }
    }
    return true;
}

void printSummary(const QString &dir, const jobs::AnsibleExport &exported)
{
    out() << Tr::tr("Wrote %1 files for %2 hosts into %3.")
                 .arg(exported.files.size())
                 .arg(exported.hostNames.size())
                 .arg(dir)
          << '\n';
    for (const jobs::AnsibleLeftOut &l : exported.leftOut)
        out() << Tr::tr("Left out line %1 (%2): %3.").arg(l.line).arg(l.target, l.reason) << '\n';
    out() << Tr::tr("Next: put the enrollment group's key into the vault (ansible-vault create %1), then run "
                    "ansible-playbook -i %2 %3 --ask-vault-pass. %4 says more.")
                 .arg(QDir(dir).filePath(QStringLiteral("group_vars/eflow_hosts/vault.yml")),
                      QDir(dir).filePath(QStringLiteral("inventory.yml")),
                      QDir(dir).filePath(QStringLiteral("playbook.yml")),
                      QDir(dir).filePath(QStringLiteral("README.md")))
          << '\n';
    out().flush();
}

} // namespace

int runFleetExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ExportOptions o;
    parser.setApplicationDescription(helpText());
    parser.addHelpOption();
    parser.addOptions({o.ansible, o.plan, o.force});
    parser.addPositionalArgument(QStringLiteral("FLEET_FILE"), Tr::tr("The fleet file (CSV or JSON)."));
    if (const auto exit = parseSubcommandLine(parser, arguments, QStringLiteral("fleet export")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(o.plan) || !parser.isSet(o.ansible) ||
        parser.value(o.ansible).isEmpty()) {
        printError(
            Tr::tr("fleet export: give --ansible DIR, one FLEET_FILE and --plan PLAN (see fleet export "
                   "--help)"));
        return ExitUsage;
    }
    const QString fleetFile = positional.constFirst();
    const QString planFile = parser.value(o.plan);
    const QString dir = parser.value(o.ansible);
    QString error;
    const auto fleet = jobs::readFleetFile(fleetFile, &error);
    if (!fleet) {
        printError(error);
        return QFileInfo::exists(fleetFile) ? ExitInvalidInput : ExitIoError;
    }
    const auto plan = plan::loadPlan(planFile, &error);
    if (!plan) {
        printError(error);
        return QFileInfo::exists(planFile) ? ExitInvalidInput : ExitIoError;
    }
    const auto exported = jobs::exportAnsible(*fleet, *plan, {fleetFile, planFile}, &error);
    if (!exported) {
        printError(Tr::tr("fleet export: %1").arg(error));
        return ExitInvalidInput;
    }
    if (!checkTarget(dir, parser.isSet(o.force)) || !writeExport(dir, *exported))
        return ExitIoError;
    printSummary(dir, *exported);
    return ExitOk;
}

} // namespace eflow::app
