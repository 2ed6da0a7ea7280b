#pragma once

#include <QStringList>

class QLabel;
class QWidget;

namespace eflow::ui {

// A bulleted list: a "•" and a plain-text, word-wrapped label per item, in a grid, so that wrapped lines
// hang under the text and not under the bullet. Plain text keeps a translation from injecting markup,
// and it lays out quickly: a rich-text label lays its whole document out again for every width its
// layout asks about, which cost the first page a third of its start-up time.
QWidget *makeBulletList(const QStringList &items, QWidget *parent);

// Whether `label` is one of the bullets of such a list (the autopilot prints "- item" for bullet and item).
bool isListBullet(const QLabel *label);

} // namespace eflow::ui
