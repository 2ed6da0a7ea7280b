#include "app/WizardRunner.h"

#include <QApplication>
#include <QWizardPage>

#include "app/Console.h"
#include "app/GuiStallWatchdog.h"
#include "app/StartupProbe.h"
#include "app/HostCatalog.h"
#include "engine/plan/EflowRelease.h"
#include "engine/plan/PlanModel.h"
#include "ui/Autopilot.h"
#include "ui/OverviewWindow.h"
#include "ui/WizardController.h"
#include "ui/WizardWindow.h"
#include "ui/enrollments/EnrollmentsSession.h"

#include <spdlog/spdlog.h>

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WizardRunner)
};

void printPlan(const plan::PlanModel &model)
{
    out() << Tr::tr("Plan: EFLOW %1; Deploy-Eflow answers: -acceptEula %2 -acceptOptionalTelemetry %3")
                 .arg(plan::displayName(model.release()), model.acceptEulaArgument(),
                      model.acceptOptionalTelemetryArgument())
          << Qt::endl;
}

ui::WizardOptions wizardOptionsFor(const WizardRunOptions &options)
{
    ui::WizardOptions wizardOptions;
    wizardOptions.demo = options.demo;
    wizardOptions.hosts = makeHostFactory();
    if (options.demo) {
        const auto scenario = wizardOptions.hosts->demoScenario(
            options.demoScenario.isEmpty() ? wizardOptions.hosts->defaultDemoScenario()
                                           : options.demoScenario);
        if (scenario)
            wizardOptions.demoHostTitle = scenario->title;
        wizardOptions.demoScenario = options.demoScenario;
        wizardOptions.demoSpeed = options.demoSpeed.value_or(options.autopilot ? 0.0 : 1.0);
    }
    return wizardOptions;
}

} // namespace

int runWizard(const WizardRunOptions &options)
{
    plan::PlanModel model;
    const ui::WizardOptions wizardOptions = wizardOptionsFor(options);
    ui::WizardWindow wizard(&model, wizardOptions);

    if (options.benchFirstPaint) {
        new StartupProbe(&wizard);
        wizard.show();
        return QApplication::exec();
    }

    GuiStallWatchdog watchdog;
    if (options.stallReport) {
        watchdog.setContext([&wizard]() {
            const QWizardPage *page = wizard.currentPage();
            return page ? page->title() : QString();
        });
        watchdog.start();
    }
    auto reportStalls = [&options, &watchdog]() {
        if (!options.stallReport)
            return;
        out() << Tr::tr("Longest stall of the GUI thread: %1 ms (%2 ticks of 5 ms, %3 stalls over 50 ms)")
                     .arg(watchdog.longestStallMs())
                     .arg(watchdog.ticks())
                     .arg(watchdog.longStalls())
              << Qt::endl;
        if (watchdog.longestStallMs() > 0)
            out() << Tr::tr("  It ended %1 ms into the run, on the page \"%2\".")
                         .arg(watchdog.longestStallAtMs())
                         .arg(watchdog.longestStallContext())
                  << Qt::endl;
    };

    if (options.autopilot) {
        spdlog::info("autopilot run (demo={})", options.demo);
        // A shown window opens the demo host itself once its pages are built after the first paint; this
        // one is not shown yet, so the demo host is opened here, before the autopilot shows it.
        if (options.demo && !wizard.controller()->isOpen() && !wizard.controller()->isOpening())
            wizard.controller()->openTarget(
                jobs::HostTarget::demo(wizardOptions.demoScenario, wizardOptions.demoSpeed));
        // The autopilot advances from this event loop (it nests none) and ends it when it is done.
        ui::Autopilot autopilot(wizard, out());
        autopilot.setRememberKey(options.rememberKey);
        QObject::connect(&autopilot, &ui::Autopilot::finished, &autopilot,
                         [](int) { QApplication::exit(0); });
        autopilot.start();
        if (!autopilot.isFinished())
            QApplication::exec();
        // An event loop that ended before the walk did (the last window closed) is a walk not completed.
        const int rc = autopilot.isFinished() ? autopilot.exitCode() : 1;
        out().flush();
        printPlan(model);
        reportStalls();
        out() << (rc == 0 ? Tr::tr("Result: the device is provisioned and edgeAgent is running.")
                          : Tr::tr("Result: the wizard did not complete (see above)."))
              << Qt::endl;
        return rc == 0 ? ExitOk : ExitFailure;
    }

    wizard.show();
    // One event loop for the wizard and the overview windows: it ends when the last of them is closed
    // (Finish with "open the device overview" shows the overview before the wizard closes).
    const int rc = QApplication::exec();
    if (wizard.result() == QDialog::Accepted)
        printPlan(model);
    reportStalls();
    return rc;
}

int runEnrollments(const WizardRunOptions &options)
{
    // The wizard exists from the start, hidden: the window works on its controller (the demo host, the
    // keychain), and "Use in the wizard" shows it with its Connect page filled in.
    plan::PlanModel model;
    const ui::WizardOptions wizardOptions = wizardOptionsFor(options);
    ui::WizardWindow wizard(&model, wizardOptions);
    ui::WizardController *controller = wizard.controller();
    // Demo: the local DPS runs with the demo host; opened now, the window offers its service connection.
    if (options.demo && !controller->isOpen() && !controller->isOpening())
        controller->openTarget(jobs::HostTarget::demo(wizardOptions.demoScenario, wizardOptions.demoSpeed));
    ui::EnrollmentsSession *session = ui::EnrollmentsSession::of(controller);
    QObject::connect(session, &ui::EnrollmentsSession::choiceReady, &wizard, [&wizard]() {
        wizard.show();
        wizard.raise();
        wizard.activateWindow();
    });
    session->showWindow();
    // Ends with the last window: the Enrollments window, or the wizard after it.
    return QApplication::exec();
}

int runOverview(const WizardRunOptions &options)
{
    plan::PlanModel model;
    ui::WizardController controller(&model, makeHostFactory());
    std::optional<jobs::HostTarget> target;
    QString error;
    if (options.demo)
        target = jobs::HostTarget::demo(options.demoScenario, options.demoSpeed.value_or(1.0));
    else if (!options.target.isEmpty())
        target = jobs::HostTarget::fromSshUrl(options.target, &error);
    else
        target = jobs::HostTarget::local();
    if (!target) {
        printError(Tr::tr("--target %1: %2").arg(options.target, error));
        return ExitUsage;
    }
    if (!controller.openTarget(*target, &error)) {
        printError(Tr::tr("Could not open %1: %2").arg(target->toString(), error));
        return ExitFailure;
    }
    QObject::connect(&controller, &ui::WizardController::targetFailed, &controller,
                     [target](const QString &why) {
                         printError(Tr::tr("Could not open %1: %2").arg(target->toString(), why));
                         QApplication::exit(ExitFailure);
                     });
    ui::OverviewWindow overview(&controller);
    // "EFLOW is not deployed on this host: start the wizard": the overview closes and the wizard opens.
    bool startWizard = false;
    QObject::connect(&overview, &ui::OverviewWindow::startWizardRequested, &overview, [&]() {
        startWizard = true;
        overview.close();
    });
    overview.show();
    overview.refresh();
    const int rc = QApplication::exec();
    if (!startWizard)
        return rc;
    WizardRunOptions wizardOptions = options;
    wizardOptions.overview = false;
    return runWizard(wizardOptions);
}

} // namespace eflow::app
