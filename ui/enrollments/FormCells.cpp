#include "ui/enrollments/FormCells.h"

#include <QVBoxLayout>
#include <QWidget>

namespace eflow::ui {

QWidget *cellWithNotes(QWidget *parent, QWidget *field, std::initializer_list<QWidget *> notes)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(cell);
    layout->addWidget(field);
    for (QWidget *note : notes) {
        note->setParent(cell);
        layout->addWidget(note);
    }
    return cell;
}

} // namespace eflow::ui
