#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace eflow::ui {

// Adds a form row whose label is the field's buddy, so that the label's mnemonic (&x) focuses the field.
// The label is created next to the field (same parent); returned for pages that show or hide it.
QLabel *addBuddyRow(QFormLayout *form, const QString &text, QWidget *field);

} // namespace eflow::ui
