#include "ui/fleet/FleetTableModel.h"

#include <limits>
#include <utility>

#include <QColor>
#include <QPalette>

namespace eflow::ui {

namespace {

using jobs::FleetOutcome;

QString elapsedText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

FleetTableModel::FleetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_repaint.setSingleShot(true);
    connect(&m_repaint, &QTimer::timeout, this, &FleetTableModel::repaintSome);
}

FleetTableModel::~FleetTableModel() = default;

void FleetTableModel::setHosts(const QList<jobs::FleetHost> &hosts)
{
    beginResetModel();
    m_hosts = hosts;
    m_probe = nullptr;
    m_run = nullptr;
    m_cache.clear();
    resetShown();
    endResetModel();
}

void FleetTableModel::resetShown()
{
    m_repaint.stop();
    m_dirtyRows.clear();
    m_dirty.assign(m_hosts.size(), false);
    m_shown.assign(m_hosts.size(), {});
    for (int row = 0; row < int(m_hosts.size()); ++row)
        for (int column = 0; column < ColumnCount; ++column)
            m_shown[row][column] = shownKey(row, column);
}

QString FleetTableModel::shownKey(int row, int column) const
{
    const QModelIndex cell = index(row, column);
    QString key = cell.data(Qt::DisplayRole).toString();
    key += QLatin1Char('\x1f') + cell.data(PercentRole).toString();
    key += QLatin1Char('\x1f') + cell.data(Qt::ForegroundRole).toString();
    // The failure filter asks the first column: it is told when a row may pass or fail it anew.
    if (column == HostColumn && cell.data(FailureRole).toBool())
        key += QLatin1String("\x1f"
                             "failure");
    return key;
}

void FleetTableModel::changedAll()
{
    // Cell by cell, as the run's changes: a range would repaint the whole table, and most cells of a
    // row (host, registration ID) stay as they were.
    for (int row = 0; row < int(m_hosts.size()); ++row)
        markDirty(row);
}

void FleetTableModel::markDirty(int row)
{
    if (row < 0 || row >= int(m_dirty.size()))
        return;
    if (!m_dirty[row]) {
        m_dirty[row] = true;
        m_dirtyRows.push_back(row);
    }
    if (!m_repaint.isActive())
        m_repaint.start(kRepaintMs);
}

void FleetTableModel::flush()
{
    m_repaint.stop();
    tellViews(std::numeric_limits<int>::max());
}

void FleetTableModel::repaintSome()
{
    // A wave of hosts changes many visible rows at once, and a view paints every cell it is told about
    // in one go (about 0.1 ms a cell): a few rows per frame keep each paint short, and the rest follow
    // a frame later.
    tellViews(kRowsPerRepaint);
    if (!m_dirtyRows.empty())
        m_repaint.start(kNextRepaintMs);
}

void FleetTableModel::tellViews(int rowLimit)
{
    int told = 0;
    while (!m_dirtyRows.empty() && told < rowLimit) {
        const int row = m_dirtyRows.front();
        m_dirtyRows.pop_front();
        m_dirty[row] = false;
        bool changed = false;
        for (int column = 0; column < ColumnCount; ++column) {
            QString key = shownKey(row, column);
            if (key == m_shown[row][column])
                continue;
            m_shown[row][column] = std::move(key);
            changed = true;
            const QModelIndex cell = index(row, column);
            emit dataChanged(cell, cell);
        }
        told += changed ? 1 : 0;
    }
}

void FleetTableModel::refreshCache()
{
    m_cache.clear();
    if (!m_run)
        return;
    m_cache.reserve(m_run->hostCount());
    for (int row = 0; row < m_run->hostCount(); ++row)
        m_cache << m_run->status(row);
}

const jobs::FleetHostStatus *FleetTableModel::cached(int row) const
{
    return row >= 0 && row < m_cache.size() ? &m_cache.at(row) : nullptr;
}

void FleetTableModel::setProbe(jobs::FleetProbe *probe)
{
    if (m_probe)
        m_probe->disconnect(this);
    m_probe = probe;
    if (probe)
        connect(probe, &jobs::FleetProbe::hostChanged, this, &FleetTableModel::rowChanged);
    changedAll();
}

void FleetTableModel::setRun(jobs::FleetRun *run)
{
    if (m_run)
        m_run->disconnect(this);
    m_run = run;
    if (run)
        connect(run, &jobs::FleetRun::hostChanged, this, &FleetTableModel::rowChanged);
    refreshCache();
    changedAll();
}

void FleetTableModel::tick()
{
    if (!m_run || !m_run->isRunning())
        return;
    for (int row = 0; row < m_cache.size(); ++row) {
        if (m_cache.at(row).result.outcome != FleetOutcome::Running)
            continue;
        m_cache[row] = m_run->status(row);
        markDirty(row);
    }
}

void FleetTableModel::rowChanged(int row)
{
    if (row < 0 || row >= int(m_hosts.size()))
        return;
    if (m_run && row < m_cache.size())
        m_cache[row] = m_run->status(row);
    markDirty(row);
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetTableModel::checkText(int row) const
{
    if (!m_probe || row >= m_probe->hostCount())
        return {};
    const jobs::FleetProbeResult &r = m_probe->result(row);
    switch (r.state) {
    case jobs::FleetProbeResult::State::Waiting:
        return tr("waiting");
    case jobs::FleetProbeResult::State::Running:
        return tr("checking…");
    case jobs::FleetProbeResult::State::Done:
        return r.summary;
    case jobs::FleetProbeResult::State::Failed:
        return tr("not reached: %1").arg(r.error);
    case jobs::FleetProbeResult::State::Cancelled:
        return tr("not checked");
    }
    return {};
}

bool FleetTableModel::isFailure(int row, const jobs::FleetHostStatus *status) const
{
    if (status && jobs::isFleetFailure(status->result.outcome))
        return true;
    if (status && status->result.outcome == FleetOutcome::Cancelled)
        return true;
    if (m_probe && row < m_probe->hostCount()) {
        const jobs::FleetProbeResult &r = m_probe->result(row);
        return r.state == jobs::FleetProbeResult::State::Failed ||
               (r.state == jobs::FleetProbeResult::State::Done &&
                r.verdict == host::TargetVerdict::Unsupported);
    }
    return false;
}

QVariant FleetTableModel::display(int row, int column, const jobs::FleetHostStatus *status) const
{
    const jobs::FleetHost &host = m_hosts.at(row);
    switch (column) {
    case HostColumn:
        return host.target.toString();
    case RegistrationColumn:
        return host.registrationId;
    case CheckColumn:
        return checkText(row);
    case StatusColumn:
        return status ? jobs::fleetOutcomeTitle(status->result.outcome) : tr("not run");
    case ProgressColumn:
        return status && (status->result.outcome == FleetOutcome::Running || status->percent > 0)
                   ? QStringLiteral("%1%").arg(status->percent)
                   : QString();
    case ElapsedColumn:
        return status && status->elapsedMs > 0 ? elapsedText(status->elapsedMs) : QString();
    case DeviceColumn:
        if (!status || status->result.deviceId.isEmpty())
            return {};
        return status->result.hub.isEmpty() ? status->result.deviceId
                                            : tr("%1 on %2").arg(status->result.deviceId, status->result.hub);
    case DetailColumn:
        if (!status)
            return {};
        if (status->result.outcome == FleetOutcome::Running || status->result.cause.isEmpty())
            return status->result.outcome == FleetOutcome::Running
                       ? status->step + QStringLiteral(" — ") + status->lastLine
                       : status->lastLine;
        return QString(status->result.cause).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_hosts.size()))
        return {};
    const int row = index.row();
    const jobs::FleetHostStatus *s = m_run ? cached(row) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column(), s);
    case Qt::ToolTipRole:
        if (s && !s->result.fix.isEmpty())
            return tr("%1\nFix: %2").arg(s->result.cause, s->result.fix);
        if (s && !s->result.verification.isEmpty())
            return s->result.verification;
        return index.column() == CheckColumn ? checkText(row) : QVariant();
    case PercentRole:
        // A bar while a host runs and for the way it got; none for a host that never got under way.
        return s && (s->result.outcome == FleetOutcome::Running || s->percent > 0) ? s->percent : -1;
    case FailureRole:
        return isFailure(row, s);
    case OutcomeRole:
        return int(s ? s->result.outcome : FleetOutcome::Waiting);
    case Qt::ForegroundRole:
        if ((index.column() == StatusColumn || index.column() == CheckColumn) && isFailure(row, s))
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    default:
        return {};
    }
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostColumn:
        return tr("Host");
    case RegistrationColumn:
        return tr("Registration ID");
    case CheckColumn:
        return tr("Target check");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case ElapsedColumn:
        return tr("Elapsed");
    case DeviceColumn:
        return tr("Device");
    case DetailColumn:
        return tr("Last line or cause");
    default:
        return {};
    }
}

} // namespace eflow::ui
