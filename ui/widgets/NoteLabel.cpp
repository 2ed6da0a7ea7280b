#include "ui/widgets/NoteLabel.h"

#include <QLabel>
#include "ui/widgets/WrappingLabel.h"

namespace eflow::ui {

QLabel *makeNoteLabel(QWidget *parent)
{
    QLabel *label = makeWrappingLabel(QString(), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace eflow::ui
