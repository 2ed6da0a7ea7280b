#pragma once

class QProgressBar;

namespace eflow::ui {

// Sets a progress bar's range and value with an ordinary, deferred repaint. QProgressBar::setValue()
// repaints synchronously whenever the painted bar changes, which painted the whole window once per
// progress report: 1-12 ms each on the GUI thread, dozens of times in a deploy (the autopilot's stall
// report). Nothing happens when the range and value are what the bar shows already.
void setProgressQuietly(QProgressBar *bar, int minimum, int maximum, int value);

} // namespace eflow::ui
