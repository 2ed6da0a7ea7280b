#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "engine/host/HostModels.h"

class QPalette;
class QStyle;
class QTableWidgetItem;
class QTreeWidgetItem;

namespace eflow::ui {

// How bad a row of the overview is. Shown as an icon and a word, with colour only on top (style.md
// §11: never by colour alone), so support staff see at a glance what needs attention.
enum class Severity
{
    Unknown = 0,
    Ok,
    Warning,
    Error,
};

Severity moduleSeverity(const host::IotEdgeModule &module);
Severity checkSeverity(host::CheckResultKind kind);
// systemServices: a row of `iotedge system status`, where a socket-activated service waits "Ready"
// (inactive) while healthy; for the `systemctl status` unit inactive means the runtime does not run.
Severity serviceSeverity(const host::ServiceStatus &service, bool systemServices = false);

// The style's standard icon (information, warning, critical); a null icon for Ok/Unknown.
QIcon severityIcon(Severity severity, const QStyle *style);
// A text colour readable on the palette's base (darker in light themes, lighter in dark ones); invalid
// for Ok/Unknown (the palette's own text colour stays).
QColor severityColor(Severity severity, const QPalette &palette);
// "Warning", "Error" — the word that goes with the icon for screen readers and tooltips; empty for Ok.
QString severityWord(Severity severity);

// Marks a cell/column with the severity's icon, colour and an accessible word.
void markSeverity(QTableWidgetItem *item, Severity severity, const QStyle *style, const QPalette &palette);
void markSeverity(QTreeWidgetItem *item, int column, Severity severity, const QStyle *style,
                  const QPalette &palette);

} // namespace eflow::ui
