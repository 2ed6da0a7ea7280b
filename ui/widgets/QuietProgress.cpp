#include "ui/widgets/QuietProgress.h"

#include <QProgressBar>

namespace eflow::ui {

void setProgressQuietly(QProgressBar *bar, int minimum, int maximum, int value)
{
    if (bar->minimum() == minimum && bar->maximum() == maximum && bar->value() == value)
        return;
    // With updates off, the synchronous repaint() inside setValue() does nothing; turning them on again
    // schedules one update() for the next paint of the window.
    const bool updates = bar->updatesEnabled();
    bar->setUpdatesEnabled(false);
    bar->setRange(minimum, maximum);
    bar->setValue(value);
    bar->setUpdatesEnabled(updates);
    bar->update();
}

} // namespace eflow::ui
