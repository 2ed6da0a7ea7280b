#pragma once

#include <optional>

#include <QString>

namespace eflow::app {

struct WizardRunOptions
{
    bool demo = false;
    QString demoScenario;
    // The demo's pace: 1 = a real deploy's pace, 0 = instant; unset: 1 with a window, 0 for --autopilot.
    std::optional<double> demoSpeed;
    // Walk the pages with default choices and print what each showed (no user needed).
    bool autopilot = false;
    // --remember-key: the autopilot remembers the key on Connect, or uses the one remembered before.
    bool rememberKey = false;
    // Benchmarks: quit right after the first page is painted, printing the time and peak memory
    // (tests/bench/bench-startup.sh); report the longest stall of the GUI thread at the end.
    bool benchFirstPaint = false;
    bool stallReport = false;
    // --overview: only the device overview, for a host provisioned earlier (support staff), on the
    // demo host or on `target` (an ssh:// URL; empty: this computer).
    bool overview = false;
    QString target;
    // --enrollments: only the Enrollments window (issue 15); "Use in the wizard" brings the wizard up.
    bool enrollments = false;
    // --fleet: only the Fleet window (issue 16), with these files loaded; fleetRun starts it and quits at the
    // end.
    bool fleet = false;
    QString fleetFile;
    QString fleetPlan;
    bool fleetRun = false;
    int fleetConcurrency = 8;
};

// Shows the wizard, or walks it headless with the autopilot. Needs a QApplication.
int runWizard(const WizardRunOptions &options);
// Shows the device overview alone for the demo host or options.target. Needs a QApplication.
int runOverview(const WizardRunOptions &options);
// Shows the Enrollments window alone (the demo's local DPS offered in demo mode). Needs a QApplication.
int runEnrollments(const WizardRunOptions &options);

} // namespace eflow::app
