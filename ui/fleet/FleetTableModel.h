#pragma once

#include <array>
#include <deque>
#include <vector>

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include "engine/jobs/FleetFile.h"
#include "engine/jobs/FleetProbe.h"
#include "engine/jobs/FleetRun.h"

namespace eflow::ui {

// The Fleet window's table (issue 16 item 3): one row per host of the fleet file, with what the target
// check found, the run's outcome, its progress, elapsed time, device and hub, and the last line or the
// failure's cause (its fix in the tooltip). A view of the engine's FleetProbe and FleetRun: it keeps no
// state of its own beyond which of them it shows.
class FleetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTableModel)

public:
    enum Column
    {
        HostColumn = 0,
        RegistrationColumn,
        CheckColumn,
        StatusColumn,
        ProgressColumn,
        ElapsedColumn,
        DeviceColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        PercentRole = Qt::UserRole + 1, // int 0-100, or -1 when no bar is shown
        FailureRole,                    // bool: the check refused the host or the run did not provision it
        OutcomeRole,                    // jobs::FleetOutcome as int
    };

    explicit FleetTableModel(QObject *parent = nullptr);
    ~FleetTableModel() override;

    void setHosts(const QList<jobs::FleetHost> &hosts);
    void setProbe(jobs::FleetProbe *probe);
    void setRun(jobs::FleetRun *run);
    const QList<jobs::FleetHost> &hosts() const { return m_hosts; }
    // Repaints the elapsed time of running rows (the window calls it once a second).
    void tick();
    // Tells the views now about every change not told yet. Otherwise they hear of changes kRepaintMs
    // after the first one, kRowsPerRepaint rows at a time, kNextRepaintMs apart while more are left.
    void flush();
    static constexpr int kRepaintMs = 100;
    static constexpr int kRowsPerRepaint = 6;
    static constexpr int kNextRepaintMs = 25;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowChanged(int row);
    QVariant display(int row, int column, const jobs::FleetHostStatus *status) const;
    QString checkText(int row) const;
    bool isFailure(int row, const jobs::FleetHostStatus *status) const;

    void refreshCache();
    const jobs::FleetHostStatus *cached(int row) const;
    // What a cell shows (text, bar, colour), to tell the views only about cells that look different.
    QString shownKey(int row, int column) const;
    void markDirty(int row);
    void repaintSome();
    void tellViews(int rowLimit);
    void changedAll();
    void resetShown();

    QList<jobs::FleetHost> m_hosts;
    // What the run said about each row when it last changed: painting asks data() for every role of every
    // visible cell, and building a status from the run each time made painting 200 rows slow.
    QList<jobs::FleetHostStatus> m_cache;
    // What each cell showed when the views were last told, and the rows changed since (oldest first). A
    // view repaints its whole viewport for a dataChanged() that spans more than one cell, and a table of
    // 200 rows with 16 hosts running changes many times a frame: the views hear about single cells that
    // look different, a few rows at a time.
    std::vector<std::array<QString, ColumnCount>> m_shown;
    std::deque<int> m_dirtyRows;
    std::vector<bool> m_dirty;
    QTimer m_repaint;
    QPointer<jobs::FleetProbe> m_probe;
    QPointer<jobs::FleetRun> m_run;
};

} // namespace eflow::ui
