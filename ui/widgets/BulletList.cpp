#include "ui/widgets/BulletList.h"

#include <QGridLayout>
#include <QLabel>
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

constexpr char bulletProperty[] = "eflowListBullet";

} // namespace

QWidget *makeBulletList(const QStringList &items, QWidget *parent)
{
    auto *list = new QWidget(parent);
    auto *grid = new QGridLayout(list);
    const int space = list->fontMetrics().horizontalAdvance(u' ');
    grid->setContentsMargins(space * 2, 0, 0, 0);
    grid->setHorizontalSpacing(space * 2);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const QString &item : items) {
        auto *bullet = new QLabel(u"\u2022"_s, list);
        bullet->setTextFormat(Qt::PlainText);
        bullet->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        bullet->setProperty(bulletProperty, true);
        QLabel *text = makeWrappingLabel(item, list);
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(bullet, row, 0);
        grid->addWidget(text, row, 1);
        ++row;
    }
    return list;
}

bool isListBullet(const QLabel *label)
{
    return label && label->property(bulletProperty).toBool();
}

} // namespace eflow::ui
