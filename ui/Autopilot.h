#pragma once

#include <functional>

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

// Runs the event loop until done() is true (returns true) or timeoutMs have passed (false); the GUI
// thread keeps answering meanwhile: the autopilot is a user who waits, not a blocking call. Tools that
// drive the wizard (the screenshot tool) wait the same way.
bool waitFor(const std::function<bool()> &done, int timeoutMs);

} // namespace eflow::ui
