#pragma once

#include <QString>

#include "engine/plan/Validation.h"

class QLabel;
class QWidget;

namespace eflow::ui {

// A section's problems, one sentence a line; read by screen readers as the label's name and text.
// Hidden until there is something to show.
QLabel *makeProblemLabel(const QString &objectName, const QString &accessibleName, QWidget *parent);

// Shows the plan's own sentences, each marked ✗ (not by colour alone); hides the label when there are none.
void showProblems(QLabel *label, const eflow::plan::Problems &problems);

} // namespace eflow::ui
