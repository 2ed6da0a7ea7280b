#pragma once

#include <functional>

#include <QHash>
#include <QString>

#include "engine/plan/DeploymentPlan.h"
#include "engine/plan/Validation.h"

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QWidget;

namespace eflow::ui {

// The building blocks the Connect page and its sections share, so that every field of every method looks
// and behaves the same: a labelled line edit with its problem sentence below it, a masked key with Show
// and Copy, and the hidden note that appears when there is something to say.

// Where a field's problem sentences go: key int(type) * 1000 + int(field).
using ProblemLabels = QHash<int, QLabel *>;
int problemKey(eflow::plan::ProvisioningType type, eflow::plan::Field field);

// A note that stays hidden until there is something to say.
QLabel *hiddenNoteLabel(QWidget *parent);

// A form whose long rows wrap (the label above its field), so that German labels do not push the fields
// off a narrow page.
QFormLayout *newProvisioningForm(QWidget *page);

// A line edit with its label (buddy) and problem label in form, registered in problems. secret: a
// KeyField (masked, with a Show toggle beside it; no input method keeps the text).
QLineEdit *addProvisioningField(QWidget *page, QFormLayout *form, ProblemLabels &problems,
                                eflow::plan::ProvisioningType type, eflow::plan::Field field,
                                const QString &label, const QString &accessibleName, bool secret = false);

// The field whose problems label shows (set by addProvisioningField), or null.
QLineEdit *fieldOfProblem(const QLabel *problem);
// The row that holds a field made by addProvisioningField (and its Show toggle): room for a button more.
QHBoxLayout *fieldLine(QLineEdit *edit);

// A read-only, masked key with Show and Copy, for the derived key and the demo panel. Copy puts
// copyText() on the clipboard, so that a key held elsewhere is not read back from the display.
QWidget *maskedKeyRow(QWidget *parent, QLineEdit *edit, QToolButton *show, QPushButton *copy,
                      std::function<QString()> copyText);

// Clears a line edit that may have shown a key, overwriting the copy taken here (best effort, see
// ConnectPage::wipeSecretFields).
void clearKeyField(QLineEdit *edit);

} // namespace eflow::ui
