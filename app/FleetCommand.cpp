#include "app/FleetCommand.h"

#include <QCoreApplication>

#include "app/Console.h"
#include "app/FleetExportCommand.h"
#include "app/FleetRunCommand.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)
};

QString usage()
{
    const QString program = QCoreApplication::applicationName();
    return Tr::tr("Usage: %1 fleet run FLEET_FILE --plan PLAN [options]\n"
                  "       %1 fleet export --ansible DIR FLEET_FILE --plan PLAN\n"
                  "\n"
                  "run     deploys and provisions every host of the fleet file, N at a time, and resumes\n"
                  "        where an interrupted run stopped (%1 fleet run --help)\n"
                  "export  writes an Ansible inventory and playbook that do the same from a controller\n"
                  "        (%1 fleet export --help)\n")
        .arg(program);
}

} // namespace

int runFleet(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h") ||
        action == QLatin1String("help")) {
        (action.isEmpty() ? err() : out()) << usage();
        return action.isEmpty() ? ExitUsage : ExitOk;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    if (action == QLatin1String("run"))
        return runFleetRun(rest);
    if (action == QLatin1String("export"))
        return runFleetExport(rest);
    printError(Tr::tr("fleet: unknown action \"%1\" (run or export; see %2 fleet --help)")
                   .arg(action, QCoreApplication::applicationName()));
    return ExitUsage;
}

} // namespace eflow::app
