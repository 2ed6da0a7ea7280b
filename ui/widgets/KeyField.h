#pragma once

#include <QLineEdit>

class QToolButton;

namespace eflow::ui {

// A masked line edit for a secret the user types (a symmetric key, a group key, a connection string), with
// a Show toggle beside it (issue 13 item 3). The toggle is a sibling for the caller's layout (row()), has
// an accessible name and no mnemonic, so that it takes no letter from the page's fields.
//
// Alt+letter never types into the field (issue 13 item 12): QLineEdit takes an Alt+letter that no widget
// claims as typed text, so a missed mnemonic put an invisible "c" into the masked key. Ctrl+Alt (AltGr on
// Windows) still types, as keyboard layouts need it.
class KeyField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyField)

public:
    explicit KeyField(QWidget *parent = nullptr);
    ~KeyField() override;

    QToolButton *showToggle() const { return m_show; }
    // The accessible name of the toggle, e.g. "Show the symmetric key".
    void setShowAccessibleName(const QString &name);
    // Masks the text again (the page is left, the key wiped).
    void conceal();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QToolButton *m_show = nullptr;
};

} // namespace eflow::ui
