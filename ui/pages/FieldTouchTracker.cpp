#include "ui/pages/FieldTouchTracker.h"

#include <QFocusEvent>
#include <QLineEdit>

namespace eflow::ui {

FieldTouchTracker::FieldTouchTracker(QObject *parent)
    : QObject(parent)
{}

FieldTouchTracker::~FieldTouchTracker() = default;

void FieldTouchTracker::track(QLineEdit *edit)
{
    if (!edit)
        return;
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, [this, edit] { markTouched(edit); });
    connect(edit, &QObject::destroyed, this, [this, edit] { m_touched.remove(edit); });
}

bool FieldTouchTracker::isTouched(const QLineEdit *edit) const
{
    return m_touched.contains(edit);
}

bool FieldTouchTracker::mayComplain(const QLineEdit *edit) const
{
    return !edit || !edit->text().isEmpty() || isTouched(edit);
}

void FieldTouchTracker::reset(const QLineEdit *edit)
{
    m_touched.remove(edit);
}

bool FieldTouchTracker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // Leaving by Tab, Backtab or a click; not when the window loses focus or a menu pops up.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
            reason == Qt::MouseFocusReason || reason == Qt::ShortcutFocusReason)
            markTouched(qobject_cast<QLineEdit *>(watched));
    }
    return QObject::eventFilter(watched, event);
}

void FieldTouchTracker::markTouched(const QLineEdit *edit)
{
    if (!edit || m_touched.contains(edit))
        return;
    m_touched.insert(edit);
    emit touched();
}

} // namespace eflow::ui
