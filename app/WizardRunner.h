#pragma once

#include <QString>

namespace eflow::app {

struct WizardRunOptions
{
    bool demo = false;
    QString demoScenario;
    // Walk the pages with default choices and print what each showed (no user needed).
    bool autopilot = false;
};

// Shows the wizard, or walks it headless with the autopilot. Needs a QApplication.
int runWizard(const WizardRunOptions &options);

} // namespace eflow::app
