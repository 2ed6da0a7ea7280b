#include "ui/enrollments/WindowSize.h"

#include <QScreen>
#include <QWidget>

namespace eflow::ui {

void resizeWithinScreen(QWidget *window, QSize preferred)
{
    const QScreen *screen = window->screen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QSize room = screen->availableGeometry().size() - QSize(16, 48);
    window->resize(preferred.boundedTo(room));
}

} // namespace eflow::ui
