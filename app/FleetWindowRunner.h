#pragma once

#include "app/WizardRunner.h"

namespace eflow::app {

// --fleet: the Fleet window alone (issue 16 item 3), with --fleet-file and --fleet-plan loaded when given.
// --fleet-run starts the run at once and quits when it ends (demos; the GUI stall benchmark with
// --stall-report). Needs a QApplication.
int runFleetWindow(const WizardRunOptions &options);

} // namespace eflow::app
