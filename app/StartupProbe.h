#pragma once

#include <chrono>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace eflow::app {

// For the start-up benchmark (tests/bench/bench-startup.sh): waits until `widget` has been painted for
// the first time, then prints "first-paint-ms: N" (since the process started, from /proc/self/stat) and
// "peak-rss-kb: N" (VmHWM) on stdout and quits the event loop. Header-only so that the bare QWizard
// baseline measures with exactly the same code.
class StartupProbe final : public QObject
{
public:
    explicit StartupProbe(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

    // Milliseconds since this process started. The benchmark script passes the launch moment in
    // EFLOW_BENCH_T0_NS (nanoseconds since the epoch), which is exact; otherwise /proc/self/stat's start
    // time is used, which only has the kernel's 10 ms tick.
    static double msSinceProcessStart()
    {
        const QByteArray t0 = qgetenv("EFLOW_BENCH_T0_NS");
        if (!t0.isEmpty()) {
            const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                std::chrono::system_clock::now().time_since_epoch());
            return double(now.count() - t0.toLongLong()) / 1e6;
        }
        QFile stat(QStringLiteral("/proc/self/stat"));
        QFile uptime(QStringLiteral("/proc/uptime"));
        if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray s = stat.readAll();
        const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
        const double ticks = fields.value(19).toDouble(); // field 22 overall, 20 after "pid (comm) "
        const double up = uptime.readAll().split(' ').value(0).toDouble();
        const double hz = 100.0; // sysconf(_SC_CLK_TCK) is 100 on every Linux we build for
        return (up - ticks / hz) * 1000.0;
    }

    static qint64 peakRssKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint has been flushed to the screen.
            QTimer::singleShot(0, this, []() {
                QTextStream out(stdout);
                out << "first-paint-ms: " << QString::number(msSinceProcessStart(), 'f', 1) << '\n'
                    << "peak-rss-kb: " << peakRssKb() << '\n';
                out.flush();
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace eflow::app
