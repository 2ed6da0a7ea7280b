#include "ui/overview/OverviewSeverity.h"

#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <QTableWidgetItem>
#include <QTreeWidgetItem>

namespace eflow::ui {

namespace {

struct OverviewSeverityTr
{
    Q_DECLARE_TR_FUNCTIONS(eflow::ui::OverviewWindow)
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

Severity moduleSeverity(const host::IotEdgeModule &module)
{
    switch (module.status) {
    case host::ModuleStatus::Running:
        return Severity::Ok;
    case host::ModuleStatus::Failed:
    case host::ModuleStatus::Dead:
    case host::ModuleStatus::Backoff:
        return Severity::Error;
    case host::ModuleStatus::Stopped:
    case host::ModuleStatus::Unknown:
        break;
    }
    // Not running is worth a look even when the word is one the parser does not know.
    return Severity::Warning;
}

Severity checkSeverity(host::CheckResultKind kind)
{
    switch (kind) {
    case host::CheckResultKind::Ok:
        return Severity::Ok;
    case host::CheckResultKind::Warning:
        return Severity::Warning;
    case host::CheckResultKind::Error:
    case host::CheckResultKind::Fatal:
        return Severity::Error;
    case host::CheckResultKind::Skipped:
    case host::CheckResultKind::Ignored:
    case host::CheckResultKind::Unknown:
        break;
    }
    return Severity::Unknown;
}

Severity serviceSeverity(const host::ServiceStatus &service, bool systemServices)
{
    switch (service.state) {
    case host::ServiceState::Active:
        return Severity::Ok;
    case host::ServiceState::Inactive:
        return systemServices ? Severity::Ok : Severity::Warning;
    case host::ServiceState::Failed:
        return Severity::Error;
    case host::ServiceState::Activating:
    case host::ServiceState::Deactivating:
    case host::ServiceState::Reloading:
    case host::ServiceState::Unknown:
        break;
    }
    return Severity::Warning;
}

QIcon severityIcon(Severity severity, const QStyle *style)
{
    switch (severity) {
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Ok:
    case Severity::Unknown:
        break;
    }
    return {};
}

QColor severityColor(Severity severity, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Warning:
        return dark ? QColor(0xff, 0xc8, 0x57) : QColor(0x8a, 0x5a, 0x00);
    case Severity::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
    case Severity::Ok:
    case Severity::Unknown:
        break;
    }
    return {};
}

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return OverviewSeverityTr::tr("Warning");
    case Severity::Error:
        return OverviewSeverityTr::tr("Error");
    case Severity::Ok:
    case Severity::Unknown:
        break;
    }
    return {};
}

void markSeverity(QTableWidgetItem *item, Severity severity, const QStyle *style, const QPalette &palette)
{
    item->setIcon(severityIcon(severity, style));
    if (const QColor colour = severityColor(severity, palette); colour.isValid())
        item->setForeground(colour);
    if (const QString word = severityWord(severity); !word.isEmpty()) {
        item->setToolTip(word);
        item->setData(Qt::AccessibleDescriptionRole, word);
    }
}

void markSeverity(QTreeWidgetItem *item, int column, Severity severity, const QStyle *style,
                  const QPalette &palette)
{
    item->setIcon(column, severityIcon(severity, style));
    if (const QColor colour = severityColor(severity, palette); colour.isValid())
        item->setForeground(column, colour);
    if (const QString word = severityWord(severity); !word.isEmpty())
        item->setData(column, Qt::AccessibleDescriptionRole, word);
}

} // namespace eflow::ui
