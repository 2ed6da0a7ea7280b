#include "ui/widgets/BuddyRow.h"

#include <QFormLayout>
#include <QLabel>

namespace eflow::ui {

QLabel *addBuddyRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

} // namespace eflow::ui
