#pragma once

#include <QSize>

class QWidget;

namespace eflow::ui {

// Resizes a window of the Enrollments window's family to `preferred`, or less where its screen has no room
// for it (a 1366×768 laptop at 125 % is 1093×614 logical pixels), leaving room for the window manager's
// frame, which is not known before the window is mapped.
void resizeWithinScreen(QWidget *window, QSize preferred);

} // namespace eflow::ui
