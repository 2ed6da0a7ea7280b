#pragma once

#include <initializer_list>

class QWidget;

namespace eflow::ui {

// A form's field cell with what belongs under the field (its problem sentence, a note), so that a hidden
// note takes no room: a form row of its own with an empty label would keep its spacing even when hidden.
// Takes field and notes into the new cell.
QWidget *cellWithNotes(QWidget *parent, QWidget *field, std::initializer_list<QWidget *> notes);

} // namespace eflow::ui
