#include "ui/widgets/VerticalScrollArea.h"

#include <algorithm>

#include <QEvent>
#include <QLayout>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace eflow::ui {

VerticalScrollArea::VerticalScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"pageScrollArea"_s);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The content follows the viewport's width; its height is the larger of the viewport's and its own.
    setWidgetResizable(true);
    // Not a Tab stop: Tab goes from field to field, and the area scrolls to the one that has the focus.
    setFocusPolicy(Qt::NoFocus);
    // The page's own background shows through: a scroll area is not something the reader should see.
    viewport()->setAutoFillBackground(false);
}

VerticalScrollArea::~VerticalScrollArea() = default;

void VerticalScrollArea::setContent(QWidget *content)
{
    content->setAutoFillBackground(false);
    content->installEventFilter(this);
    setWidget(content);
    // The minimum width is taken at the content's first layout request (eventFilter()), once polished.
    m_contentMinimumWidth = -1;
    updateGeometry();
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QWidget *content = widget();
    if (!content)
        return QScrollArea::minimumSizeHint();
    // Room for the vertical scroll bar is kept always: the content must not be squeezed below its
    // minimum width when the bar appears.
    const int frame = 2 * frameWidth();
    const int width = content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + frame;
    const int height = std::min(content->minimumSizeHint().height(), kMinimumHeight) + frame;
    return {width, height};
}

QSize VerticalScrollArea::sizeHint() const
{
    const QWidget *content = widget();
    if (!content)
        return QScrollArea::sizeHint();
    const int frame = 2 * frameWidth();
    const QSize wanted = content->sizeHint().expandedTo(content->minimumSizeHint());
    return {wanted.width() + verticalScrollBar()->sizeHint().width() + frame, wanted.height() + frame};
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The content's layout changed (a section shown, a longer text). The scroll area fits the content to
    // its width by itself; only a new minimum width concerns the window. Asking the window to lay itself
    // out on every change (a step's state, a console line) cost a QWizard-wide layout pass, 5-8 ms, each.
    if (watched == widget() && event->type() == QEvent::LayoutRequest) {
        const int minimumWidth = widget()->minimumSizeHint().width();
        if (minimumWidth != m_contentMinimumWidth) {
            m_contentMinimumWidth = minimumWidth;
            updateGeometry();
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

VerticalScrollArea *wrapInVerticalScrollArea(QWidget *page)
{
    auto *content = new QWidget;
    content->setObjectName(u"pageContent"_s);
    auto *scroll = new VerticalScrollArea(page);
    // The content gets the page's layout only once it is in the scroll area: setWidget() sizes its
    // widget at once, and with the layout in it that measured every wrapped label of the page before
    // any was polished (a third of the text measuring before the first paint), to be done again on show.
    scroll->setContent(content);
    if (QLayout *layout = page->layout())
        content->setLayout(layout); // steals the layout; its widgets move with it
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(scroll);
    return scroll;
}

} // namespace eflow::ui
