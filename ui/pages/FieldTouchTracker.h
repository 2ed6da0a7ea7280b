#pragma once

#include <QObject>
#include <QSet>

class QLineEdit;

namespace eflow::ui {

// Remembers which fields the user has touched - typed in, or left by Tab or a click - so that "X is
// required" shows only after that, not on first view (issue 13 item 3). A field with text always shows its
// problems, whoever filled it.
class FieldTouchTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldTouchTracker)

public:
    explicit FieldTouchTracker(QObject *parent = nullptr);
    ~FieldTouchTracker() override;

    void track(QLineEdit *edit);
    bool isTouched(const QLineEdit *edit) const;
    // Whether a problem of edit is said now: it has text, or the user touched it.
    bool mayComplain(const QLineEdit *edit) const;
    // Forgets that edit was touched (its text was wiped by the page, not by the user).
    void reset(const QLineEdit *edit);

signals:
    // A field was touched for the first time: its problems may show now.
    void touched();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markTouched(const QLineEdit *edit);

    QSet<const QLineEdit *> m_touched;
};

} // namespace eflow::ui
