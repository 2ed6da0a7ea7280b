#pragma once

// Whether a window fits a small screen (issue 13 item 1: 960×500 logical pixels): nothing the user reads or
// operates lies outside the window or is cut off at the side, a scroll area never scrolls sideways, and no
// label is squeezed below the room its text needs. Shared by the UI tests that check a window's fit.

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QString>
#include <QTest>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

namespace eflow::uitest {

inline QString describe(const QWidget *w)
{
    using namespace Qt::StringLiterals;
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text().left(40);
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return u"%1 (%2) \"%3\""_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), text);
}

// What a reader or a user's pointer needs to reach: controls, and labels with something to read.
inline bool matters(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent))
        return false; // parts of a composite widget
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return !label->text().trimmed().isEmpty() || !label->pixmap().isNull();
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QAbstractScrollArea *>(w);
}

// The scroll area that w scrolls in, if any (a view's own viewport is not one: the view is checked).
inline const QScrollArea *scrolledBy(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (const auto *scroll = qobject_cast<const QScrollArea *>(p))
            return scroll;
    }
    return nullptr;
}

// Every widget that matters lies inside the window, and inside its scroll area's width; a scroll area
// never scrolls sideways; no label is squeezed below the room its text needs.
inline QStringList misfits(const QWidget &window)
{
    using namespace Qt::StringLiterals;
    QStringList problems;
    const QRect bounds = window.rect();
    for (const QScrollArea *scroll : window.findChildren<QScrollArea *>()) {
        if (!scroll->isVisible() || !scroll->widget())
            continue;
        if (scroll->horizontalScrollBar()->isVisible() && scroll->horizontalScrollBar()->maximum() > 0)
            problems << u"%1 scrolls sideways"_s.arg(describe(scroll));
        if (scroll->widget()->width() > scroll->viewport()->width() + 1)
            problems << u"%1 is %2 px wide in a %3 px scroll area"_s.arg(describe(scroll->widget()))
                            .arg(scroll->widget()->width())
                            .arg(scroll->viewport()->width());
    }
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisible() || !matters(w) || w->isWindow())
            continue;
        const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
        if (const QScrollArea *scroll = scrolledBy(w, &window)) {
            const QRect port(scroll->viewport()->mapTo(&window, QPoint(0, 0)), scroll->viewport()->size());
            if (r.left() < port.left() - 1 || r.right() > port.right() + 1)
                problems << u"%1 at x %2..%3 sticks out of its scroll area (x %4..%5)"_s.arg(describe(w))
                                .arg(r.left())
                                .arg(r.right())
                                .arg(port.left())
                                .arg(port.right());
        } else if (!bounds.contains(r)) {
            problems << u"%1 at (%2,%3 %4×%5) is outside the %6×%7 window"_s.arg(describe(w))
                            .arg(r.x())
                            .arg(r.y())
                            .arg(r.width())
                            .arg(r.height())
                            .arg(bounds.width())
                            .arg(bounds.height());
        }
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (!label->wordWrap() && label->width() + 1 < label->minimumSizeHint().width())
                problems << u"%1 is cut: %2 px for %3 px of text"_s.arg(describe(w))
                                .arg(label->width())
                                .arg(label->minimumSizeHint().width());
            else if (label->wordWrap() && label->height() + 1 < label->heightForWidth(label->width()))
                problems << u"%1 is cut: %2 px high for %3 px of text"_s.arg(describe(w))
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()));
        }
    }
    return problems;
}

// misfits() once the layouts have settled: they settle in posted events, later on a loaded machine, so what
// still misfits after waitMs does for good.
inline QStringList settledMisfits(const QWidget &window, int waitMs = 3000)
{
    QStringList problems = misfits(window);
    for (int waited = 0; !problems.isEmpty() && waited < waitMs; waited += 50) {
        QTest::qWait(50);
        problems = misfits(window);
    }
    return problems;
}

} // namespace eflow::uitest
