#include "ui/widgets/KeyField.h"

#include <QKeyEvent>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace eflow::ui {

KeyField::KeyField(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    // The caller's layout places it; without a parent it stays with the field.
    m_show = new QToolButton(parent ? parent : this);
    m_show->setCheckable(true);
    m_show->setText(tr("Show"));
    m_show->setAccessibleName(tr("Show the key"));
    connect(m_show, &QToolButton::toggled, this, [this](bool on) {
        setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(on ? tr("Hide") : tr("Show"));
    });
}

KeyField::~KeyField() = default;

void KeyField::setShowAccessibleName(const QString &name)
{
    m_show->setAccessibleName(name);
}

void KeyField::conceal()
{
    m_show->setChecked(false);
}

void KeyField::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers();
    // ASCII only: on a Mac, Option types letters such as "ç", which are text.
    const QString text = event->text();
    const bool asciiPrintable =
        text.size() == 1 && text.at(0).unicode() > 0x20 && text.at(0).unicode() < 0x7f;
    if ((mods & Qt::AltModifier) && !(mods & Qt::ControlModifier) && asciiPrintable) {
        // A mnemonic nobody claimed: not text. Ignored, so that it travels on to the window.
        event->ignore();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace eflow::ui
