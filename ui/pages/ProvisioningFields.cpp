#include "ui/pages/ProvisioningFields.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/crypto/SecureBytes.h"
#include "ui/pages/ConnectPage.h"
#include "ui/widgets/KeyField.h"
#include "ui/widgets/NoteLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

int problemKey(plan::ProvisioningType type, plan::Field field)
{
    return int(type) * 1000 + int(field);
}

QLabel *hiddenNoteLabel(QWidget *parent)
{
    QLabel *label = makeNoteLabel(parent);
    label->setVisible(false);
    return label;
}

QFormLayout *newProvisioningForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QLineEdit *addProvisioningField(QWidget *page, QFormLayout *form, ProblemLabels &problems,
                                plan::ProvisioningType type, plan::Field field, const QString &label,
                                const QString &accessibleName, bool secret)
{
    auto *cell = new QWidget(page);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    auto *line = new QHBoxLayout;
    cellLayout->addLayout(line);
    QLineEdit *edit = nullptr;
    if (secret) {
        auto *key = new KeyField(cell);
        line->addWidget(key, 1);
        line->addWidget(key->showToggle());
        edit = key;
    } else {
        edit = new QLineEdit(cell);
        line->addWidget(edit, 1);
    }
    edit->setAccessibleName(accessibleName);
    auto *problem = hiddenNoteLabel(cell);
    problem->setObjectName(u"problem_%1_%2"_s.arg(int(type)).arg(int(field)));
    problem->setProperty("eflowField", QVariant::fromValue<QObject *>(edit));
    problems.insert(problemKey(type, field), problem);
    cellLayout->addWidget(problem);
    auto *labelWidget = new QLabel(label, page);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, cell);
    return edit;
}

QLineEdit *fieldOfProblem(const QLabel *problem)
{
    return problem ? qobject_cast<QLineEdit *>(problem->property("eflowField").value<QObject *>()) : nullptr;
}

QHBoxLayout *fieldLine(QLineEdit *edit)
{
    QLayout *cell = edit && edit->parentWidget() ? edit->parentWidget()->layout() : nullptr;
    QLayoutItem *first = cell && cell->count() > 0 ? cell->itemAt(0) : nullptr;
    return first ? qobject_cast<QHBoxLayout *>(first->layout()) : nullptr;
}

QWidget *maskedKeyRow(QWidget *parent, QLineEdit *edit, QToolButton *show, QPushButton *copy,
                      std::function<QString()> copyText)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setReadOnly(true);
    edit->setEchoMode(QLineEdit::Password);
    show->setCheckable(true);
    show->setText(ConnectPage::tr("Show"));
    QObject::connect(show, &QToolButton::toggled, edit, [edit, show](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? ConnectPage::tr("Hide") : ConnectPage::tr("Show"));
    });
    copy->setText(ConnectPage::tr("Copy"));
    QObject::connect(copy, &QPushButton::clicked, edit, [copyText = std::move(copyText)] {
        QString text = copyText();
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
        crypto::wipe(text);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(show);
    layout->addWidget(copy);
    return row;
}

void clearKeyField(QLineEdit *edit)
{
    // Best effort, and no more than that: the line edit's own buffer is replaced by clear(), and the
    // copy taken here is overwritten, but Qt may have made copies (undo history, input method, the
    // clipboard if the user copied) that this page cannot reach. We promise "not kept, not stored",
    // not "erased from memory".
    if (!edit || edit->text().isEmpty())
        return;
    QString copy = edit->text();
    edit->clear();
    crypto::wipe(copy);
}

} // namespace eflow::ui
