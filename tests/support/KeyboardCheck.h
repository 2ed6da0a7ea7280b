#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QStringList>
#include <QWidget>

namespace eflow::uitest {

// The accessible name of every visible control, and no mnemonic letter twice among the visible widgets.
inline QStringList keyboardProblems(const QWidget *window)
{
    QStringList problems;
    QMap<QString, QString> letters;
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            text = label->text();
            if (!QKeySequence::mnemonic(text).isEmpty() && !label->buddy())
                problems << "label without buddy: " + text;
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            text = button->text();
        }
        const QString letter = QKeySequence::mnemonic(text).toString();
        if (!letter.isEmpty()) {
            if (letters.contains(letter))
                problems << letter + " twice: \"" + letters.value(letter) + "\" and \"" + text + "\"";
            letters.insert(letter, text);
        }
        const bool control = qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
                             qobject_cast<const QComboBox *>(w) ||
                             qobject_cast<const QAbstractItemView *>(w) ||
                             qobject_cast<const QPlainTextEdit *>(w);
        // A spin box's own line edit is not a control of its own: the spin box is what a screen reader names.
        if (qobject_cast<const QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (control && w->focusPolicy() != Qt::NoFocus && w->accessibleName().trimmed().isEmpty() &&
            (!qobject_cast<const QAbstractButton *>(w) ||
             qobject_cast<const QAbstractButton *>(w)->text().isEmpty()))
            problems << "no accessible name: " + w->objectName();
    }
    return problems;
}

} // namespace eflow::uitest
