#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <QTimer>
#include <QVector>

#include "engine/jobs/FleetRun.h"

namespace eflow::app {

// What `fleet run` shows while it runs (issue 16 item 2). On a terminal: a live table redrawn four times a
// second — a summary line, then the hosts running now and the latest failures (host, phase, percent,
// elapsed, last line), as many as the terminal has rows for. Otherwise (a log, a pipe): one plain line
// each time a host enters a phase or ends.
class FleetConsole final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetConsole)

public:
    FleetConsole(const jobs::FleetRun &run, QTextStream &stream, bool live, QObject *parent = nullptr);
    ~FleetConsole() override;

    // The final table's last redraw (live) and nothing else; the caller prints the summary after it.
    void stop();

private:
    void onHostChanged(int row);
    void redraw();
    QStringList tableLines(int width, int height) const;
    QString rowLine(const jobs::FleetHostStatus &s, int width) const;

    const jobs::FleetRun &m_run;
    QTextStream &m_stream;
    bool m_live = false;
    QTimer m_timer;
    int m_drawnLines = 0;
    QVector<QString> m_lastPhase; // plain mode: what each host last printed
    QList<int> m_recentEnds;      // rows that ended lately, newest last (live mode)
};

// The closing summary: counts by outcome, then each host that is not provisioned with its cause and fix.
void printFleetSummary(const jobs::FleetRun &run, QTextStream &stream);

// Whether fd is a terminal that understands the cursor movements of the live table.
bool isLiveTerminal(int fd);

} // namespace eflow::app
