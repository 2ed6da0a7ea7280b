#include "ui/widgets/ProblemLabel.h"

#include <QLabel>
#include <QStringList>

#include "ui/widgets/NoteLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

QLabel *makeProblemLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    QLabel *label = makeNoteLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setVisible(false);
    return label;
}

void showProblems(QLabel *label, const eflow::plan::Problems &problems)
{
    QStringList lines;
    for (const auto &problem : problems)
        lines << u"✗ "_s + problem.message;
    label->setText(lines.join(u'\n'));
    label->setAccessibleDescription(label->text());
    label->setVisible(!lines.isEmpty());
}

} // namespace eflow::ui
