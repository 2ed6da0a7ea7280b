#include "app/FleetWindowRunner.h"

#include <QApplication>
#include <QTableView>

#include "app/Console.h"
#include "app/GuiStallWatchdog.h"
#include "app/HostCatalog.h"
#include "ui/fleet/FleetWindow.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

} // namespace

int runFleetWindow(const WizardRunOptions &options)
{
    jobs::prepareProcessForFleet(jobs::FleetFront::Window);
    ui::FleetWindowOptions windowOptions;
    windowOptions.demoSpeed = options.demoSpeed.value_or(options.fleetRun ? 0.0 : 1.0);
    windowOptions.concurrency = options.fleetConcurrency;
    ui::FleetWindow window(makeHostFactory(), windowOptions);
    QString error;
    if (!options.fleetFile.isEmpty() && !window.loadFleet(options.fleetFile, &error)) {
        printError(error);
        return ExitInvalidInput;
    }
    if (!options.fleetPlan.isEmpty() && !window.loadPlan(options.fleetPlan, &error)) {
        printError(error);
        return ExitInvalidInput;
    }
    GuiStallWatchdog watchdog;
    if (options.stallReport)
        watchdog.start();
    window.show();
    if (options.fleetRun) {
        QObject::connect(&window, &ui::FleetWindow::runFinished, &window, [&window]() {
            out() << window.statusText() << Qt::endl;
            QApplication::quit();
        });
        if (!window.startRun(&error)) {
            printError(error);
            return ExitInvalidInput;
        }
    }
    const int rc = QApplication::exec();
    if (options.stallReport)
        out()
            << Tr::tr(
                   "Longest stall of the GUI thread: %1 ms (%2 ticks of 5 ms, %3 stalls over 50 ms), %4 rows")
                   .arg(watchdog.longestStallMs())
                   .arg(watchdog.ticks())
                   .arg(watchdog.longStalls())
                   .arg(window.table()->model()->rowCount())
            << Qt::endl;
    if (options.fleetRun && window.run()) {
        const auto counts = window.run()->counts();
        return counts.value(jobs::FleetOutcome::Provisioned) == window.run()->hostCount() ? ExitOk
                                                                                          : ExitFailure;
    }
    return rc;
}

} // namespace eflow::app
