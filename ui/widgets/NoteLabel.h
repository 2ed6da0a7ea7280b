#pragma once

class QLabel;
class QWidget;

namespace eflow::ui {

// A wrapped, plain-text, mouse-selectable label for notes, verdicts and answers on the pages: plain text
// so that a host's or DPS's words can never be read as markup.
QLabel *makeNoteLabel(QWidget *parent);

} // namespace eflow::ui
