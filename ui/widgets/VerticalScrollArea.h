#pragma once

#include <QScrollArea>

namespace eflow::ui {

// A scroll area that scrolls only vertically (style.md §14): its content is always exactly as wide as the
// viewport, and it asks its window for the content's minimum width, so nothing is cut off at the side or
// reached by scrolling sideways. Heights are the other way round: it asks for little, and long content
// scrolls, so a page fits a small screen (issue 13: a 960×500 window).
class VerticalScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerticalScrollArea)

public:
    explicit VerticalScrollArea(QWidget *parent = nullptr);
    ~VerticalScrollArea() override;

    // Sets the content (takes ownership), watching it for layout changes.
    void setContent(QWidget *content);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

    // The least height the area asks for: enough for a few rows, not the whole page.
    static constexpr int kMinimumHeight = 120;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_contentMinimumWidth = -1;
};

// Moves `page`'s layout, and with it every widget the layout holds, onto a content widget inside a new
// VerticalScrollArea, which becomes the page's only child in a margin-free layout. Pages are built as
// ordinary widgets and wrapped once, by the window that shows them.
VerticalScrollArea *wrapInVerticalScrollArea(QWidget *page);

} // namespace eflow::ui
