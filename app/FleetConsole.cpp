#include "app/FleetConsole.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <QCoreApplication>

#include "app/TerminalWidth.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)
};

using jobs::FleetOutcome;

QString elapsedText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2")
                           .arg(s / 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'));
}

// The live table's columns, in terminal columns (a Japanese character takes two): each as wide as its
// header where the header is the wider.
struct Columns
{
    int host = 0;
    int step = 0;
    int percent = 0;
    int elapsed = 0;
};

Columns columnsFor(int width)
{
    Columns c;
    c.host = qMax(qBound(12, width / 4, 32), terminalWidth(Tr::tr("HOST")));
    c.step = qMax(qBound(10, width / 4, 34), terminalWidth(Tr::tr("PHASE")));
    c.percent = qMax(4, terminalWidth(Tr::tr("   %")));
    c.elapsed = qMax(6, terminalWidth(Tr::tr("ELAPSED")));
    return c;
}

QString summaryText(const jobs::FleetRun &run)
{
    const QMap<FleetOutcome, int> counts = run.counts();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << Tr::tr("%1 %2", "a number of hosts and their outcome, e.g. 7 running")
                     .arg(it.value())
                     .arg(jobs::fleetOutcomeTitle(it.key()));
    return Tr::tr("%1 hosts: %2")
        .arg(run.hostCount())
        .arg(parts.join(Tr::tr(", ", "between two counts of hosts")));
}

} // namespace

bool isLiveTerminal(int fd)
{
    if (!::isatty(fd))
        return false;
    const QByteArray term = qgetenv("TERM");
    return !term.isEmpty() && term != "dumb";
}

FleetConsole::FleetConsole(const jobs::FleetRun &run, QTextStream &stream, bool live, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_stream(stream)
    , m_live(live)
    , m_lastPhase(run.hostCount())
{
    connect(&run, &jobs::FleetRun::hostChanged, this, &FleetConsole::onHostChanged);
    if (m_live) {
        connect(&m_timer, &QTimer::timeout, this, &FleetConsole::redraw);
        m_timer.start(250);
    }
}

FleetConsole::~FleetConsole() = default;

void FleetConsole::stop()
{
    if (!m_live)
        return;
    m_timer.stop();
    redraw();
}

void FleetConsole::onHostChanged(int row)
{
    const jobs::FleetHostStatus s = m_run.status(row);
    const bool ended = s.result.outcome != FleetOutcome::Running && s.result.outcome != FleetOutcome::Waiting;
    if (m_live) {
        if (ended && !s.fromEarlierRun) {
            m_recentEnds.removeAll(row);
            m_recentEnds << row;
            if (m_recentEnds.size() > 200)
                m_recentEnds.removeFirst();
        }
        return;
    }
    // Plain lines: one when a host enters a phase, one when it ends.
    QString mark = ended ? jobs::fleetOutcomeKey(s.result.outcome) : s.result.phase;
    if (mark.isEmpty() || m_lastPhase[row] == mark)
        return;
    m_lastPhase[row] = mark;
    const QString host = s.host.target.toString();
    if (!ended) {
        m_stream << Tr::tr("%1: %2").arg(host, s.result.phase) << Qt::endl;
        return;
    }
    const jobs::FleetHostResult &r = s.result;
    if (r.outcome == FleetOutcome::Provisioned)
        m_stream << Tr::tr("%1: provisioned as %2 on %3 (%4 s)")
                        .arg(host, r.deviceId.isEmpty() ? r.registrationId : r.deviceId,
                             r.hub.isEmpty() ? Tr::tr("its hub") : r.hub)
                        .arg(r.durationSeconds, 0, 'f', 1)
                 << Qt::endl;
    else
        m_stream << Tr::tr("%1: %2: %3")
                        .arg(host, jobs::fleetOutcomeTitle(r.outcome),
                             QString(r.cause).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                 << Qt::endl;
}

QString FleetConsole::rowLine(const jobs::FleetHostStatus &s, int width) const
{
    const Columns c = columnsFor(width);
    const QString fixed =
        fitToWidth(s.host.target.toString(), c.host) + QLatin1Char(' ') + fitToWidth(s.step, c.step) +
        QLatin1Char(' ') + rightJustifiedToWidth(QStringLiteral("%1%").arg(s.percent), c.percent) +
        QLatin1Char(' ') + rightJustifiedToWidth(elapsedText(s.elapsedMs), c.elapsed) + QLatin1Char(' ');
    const QString tail =
        s.result.outcome == FleetOutcome::Running || s.result.cause.isEmpty() ? s.lastLine : s.result.cause;
    // One column short of the terminal's width: a line that fills it would wrap on some terminals.
    return fixed + fitToWidth(tail, width - terminalWidth(fixed) - 1).trimmed();
}

QStringList FleetConsole::tableLines(int width, int height) const
{
    const Columns c = columnsFor(width);
    QStringList lines;
    lines << fitToWidth(summaryText(m_run), width - 1).trimmed();
    lines << fitToWidth(leftJustifiedToWidth(Tr::tr("HOST"), c.host) + QLatin1Char(' ') +
                            leftJustifiedToWidth(Tr::tr("PHASE"), c.step) + QLatin1Char(' ') +
                            rightJustifiedToWidth(Tr::tr("   %"), c.percent) + QLatin1Char(' ') +
                            rightJustifiedToWidth(Tr::tr("ELAPSED"), c.elapsed) + QLatin1Char(' ') +
                            Tr::tr("LAST LINE"),
                        width - 1)
                 .trimmed();
    const int room = qMax(1, height - 3);
    QList<int> running;
    for (int row = 0; row < m_run.hostCount(); ++row)
        if (m_run.status(row).result.outcome == FleetOutcome::Running)
            running << row;
    // The running hosts first; the rest of the room for the latest that ended, failures before successes.
    QList<int> shown = running.mid(0, room);
    QList<int> failures, successes;
    for (auto it = m_recentEnds.crbegin(); it != m_recentEnds.crend(); ++it) {
        const FleetOutcome o = m_run.status(*it).result.outcome;
        if (o == FleetOutcome::Running || o == FleetOutcome::Waiting)
            continue;
        (o == FleetOutcome::Provisioned ? successes : failures) << *it;
    }
    for (const QList<int> *list : {&failures, &successes})
        for (int row : *list)
            if (shown.size() < room && !shown.contains(row))
                shown << row;
    for (int row : shown)
        lines << rowLine(m_run.status(row), width);
    return lines;
}

void FleetConsole::redraw()
{
    winsize size{};
    int width = 100, height = 30;
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20 && size.ws_row > 5) {
        width = size.ws_col;
        height = size.ws_row;
    }
    const QStringList lines = tableLines(width, height);
    QString text;
    if (m_drawnLines > 0)
        text += QStringLiteral("\x1b[%1F").arg(m_drawnLines); // to the first line drawn last time
    for (const QString &line : lines)
        text += line + QStringLiteral("\x1b[K\n"); // each line, clearing what the last drawing left
    text += QStringLiteral("\x1b[J");              // and any line below a longer table of last time
    m_stream << text;
    m_stream.flush();
    m_drawnLines = int(lines.size());
}

void printFleetSummary(const jobs::FleetRun &run, QTextStream &stream)
{
    stream << Qt::endl << summaryText(run) << Qt::endl;
    for (int row = 0; row < run.hostCount(); ++row) {
        const jobs::FleetHostStatus s = run.status(row);
        const jobs::FleetHostResult &r = s.result;
        if (r.outcome == FleetOutcome::Provisioned)
            continue;
        stream << QStringLiteral("  %1 (%2): %3")
                      .arg(r.target, r.registrationId, jobs::fleetOutcomeTitle(r.outcome));
        if (s.fromEarlierRun)
            stream << Tr::tr(" — in an earlier run; --retry-failed runs it again");
        stream << Qt::endl;
        const QString indent = QStringLiteral("\n        ");
        if (!r.cause.isEmpty())
            stream << QStringLiteral("      ")
                   << Tr::tr("Cause: %1").arg(r.cause).replace(QLatin1Char('\n'), indent) << Qt::endl;
        if (!r.fix.isEmpty())
            stream << QStringLiteral("      ")
                   << Tr::tr("Fix: %1").arg(r.fix).replace(QLatin1Char('\n'), indent) << Qt::endl;
    }
}

} // namespace eflow::app
