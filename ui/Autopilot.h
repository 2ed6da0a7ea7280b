#pragma once

class QTextStream;

namespace eflow::ui {

class WizardWindow;

// Walks the real wizard the way a user would, on any Qt platform (offscreen included), and reports
// in plain text what each page showed and what was chosen: the default release is kept, the licence
// terms are accepted and the optional diagnostic data stays off. Navigation goes through the wizard's
// own Next/Finish buttons, so a button that a user could not press stops the autopilot too.
// Returns 0 when the wizard was finished with the licence terms accepted; otherwise prints the reason
// and returns non-zero: 1 stuck on a page, 2 finished without acceptance, 3 the wizard would not start.
int runAutopilot(WizardWindow &wizard, QTextStream &out);

} // namespace eflow::ui
