// Issue 16 item 5, "Scale, measured": COUNT demo hosts (default 200) deployed, provisioned and verified by
// one FleetRun, CONCURRENCY at a time (default 16), in this process, against baselines taken by the same
// engine in the same process just before:
//   time:   one demo host run alone (the median of --baseline-runs single-host runs, after a warm-up run);
//           the fleet's speed-up = COUNT x single-host time / fleet time, and its share of the ideal
//           (min(CONCURRENCY, COUNT)); CPU seconds per host in the fleet against alone.
//   memory: VmRSS at rest after the factory and the finished single-host runs (the base), then the peak
//           during the fleet (VmHWM, reset through /proc/self/clear_refs, and VmRSS sampled every few ms);
//           (peak - base) per concurrent host and per host, and their ratio to the 1 MiB goal.
// One demo machine ("bench-keeper") stays open throughout, so the demo's local DPS (shared by every demo
// host of a factory, stopped when the last closes) runs in the base as well as in the fleet: neither the
// single-host time nor the fleet's memory then carries the DPS's start. --profile adds where the memory
// at the peak sits (smaps by kind, malloc's own counts, threads). Used by bench-fleet.sh; not a test.
// Exit 0 only when every host of the fleet was provisioned.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <malloc.h>
#include <sys/resource.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include "engine/jobs/FleetRun.h"
#include "engine/jobs/HostJobRunner.h"
#include "engine/jobs/PowerShellHosts.h"
#include "engine/sim/DemoHost.h"

#include <spdlog/spdlog.h>

using namespace eflow;

namespace {

constexpr double kGoalKibPerHost = 1024.0; // issue 16 item 5: under 1 MB of RSS per host

struct Settings
{
    int count = 200;
    int concurrency = 16;
    int baselineRuns = 5;
    QString scenario = QStringLiteral("win11-pro");
    double speed = 0.0; // the demo's pace: 0 = instant, as `fleet run --demo` at full speed
    int sampleMs = 5;
    bool profile = false;
    // Experiments with the allocator, to measure fixes the product could make (not its configuration):
    int arenaMax =
        0; // mallopt(M_ARENA_MAX) before any thread starts; 0 = the product's (prepareProcessForFleet)
    bool trimEachHost = false; // malloc_trim(0) after every host of the fleet
};

Settings parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fleet run scale benchmark (issue 16 item 5)."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("hosts in the fleet"),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("hosts at a time"),
                                         QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption baselineRuns(QStringLiteral("baseline-runs"),
                                          QStringLiteral("single-host runs for the time baseline (median)"),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("demo scenario of every host"), QStringLiteral("ID"),
                                      QStringLiteral("win11-pro"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("demo pace (0 = instant)"),
                                   QStringLiteral("X"), QStringLiteral("0"));
    const QCommandLineOption sample(QStringLiteral("sample-ms"), QStringLiteral("VmRSS sampling interval"),
                                    QStringLiteral("MS"), QStringLiteral("5"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("where the memory at the peak sits (smaps, malloc)"));
    const QCommandLineOption arenaMax(QStringLiteral("arena-max"),
                                      QStringLiteral("experiment: mallopt(M_ARENA_MAX, N) at start"),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption trim(QStringLiteral("trim-each-host"),
                                  QStringLiteral("experiment: malloc_trim(0) after every host of the fleet"));
    parser.addOptions({count, concurrency, baselineRuns, scenario, speed, sample, profile, arenaMax, trim});
    parser.process(app);

    Settings s;
    s.count = std::max(1, parser.value(count).toInt());
    s.concurrency = std::clamp(parser.value(concurrency).toInt(), 1, 64); // FleetRun's own bounds
    s.baselineRuns = std::max(1, parser.value(baselineRuns).toInt());
    s.scenario = parser.value(scenario);
    s.speed = std::max(0.0, parser.value(speed).toDouble());
    s.sampleMs = std::max(1, parser.value(sample).toInt());
    s.profile = parser.isSet(profile);
    s.arenaMax = std::max(0, parser.value(arenaMax).toInt());
    s.trimEachHost = parser.isSet(trim);
    return s;
}

// ---- The process, as /proc and getrusage see it ----

struct ProcStatus
{
    qint64 rssKib = 0;
    qint64 hwmKib = 0;
    int threads = 0;
};

qint64 statusNumber(const QByteArray &line, int keyLength)
{
    return line.mid(keyLength).trimmed().split(' ').constFirst().toLongLong();
}

// Read with plain stdio: this also runs on the sampler thread, where no Qt object lives.
ProcStatus readStatus()
{
    ProcStatus s;
    FILE *f = std::fopen("/proc/self/status", "re");
    if (!f)
        return s;
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, f)) {
        const QByteArray line(buffer);
        if (line.startsWith("VmRSS:"))
            s.rssKib = statusNumber(line, 6);
        else if (line.startsWith("VmHWM:"))
            s.hwmKib = statusNumber(line, 6);
        else if (line.startsWith("Threads:"))
            s.threads = int(statusNumber(line, 8));
    }
    std::fclose(f);
    return s;
}

// Sets VmHWM back to the current RSS (Linux >= 4.0); false where /proc/self/clear_refs cannot be written.
bool resetPeak()
{
    FILE *f = std::fopen("/proc/self/clear_refs", "we");
    if (!f)
        return false;
    const bool ok = std::fputs("5", f) >= 0;
    return std::fclose(f) == 0 && ok;
}

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

struct CpuTimes
{
    double process = 0; // every thread, user + system
    double main = 0;    // the calling (main) thread: the FleetRun and the verifiers live there
};

CpuTimes cpuNow()
{
    rusage self{}, thread{};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_THREAD, &thread);
    return {seconds(self.ru_utime) + seconds(self.ru_stime),
            seconds(thread.ru_utime) + seconds(thread.ru_stime)};
}

// Where the resident memory sits, from /proc/self/smaps. The kinds are heuristics: glibc aligns every
// secondary malloc arena to 64 MiB (HEAP_MAX_SIZE), and a thread's stack is an 8 MiB anonymous mapping
// (RLIMIT_STACK; QThread takes the default).
struct MemoryBreakdown
{
    qint64 rssKib = 0;
    qint64 mainHeapKib = 0; // [heap]: the main arena (brk)
    qint64 arenaKib = 0;    // secondary malloc arenas, one per thread that allocated, up to 8 x cores
    int arenas = 0;
    qint64 stackKib = 0; // thread stacks (touched pages only)
    int stacks = 0;
    qint64 otherAnonKib = 0; // large malloc blocks (mmapped), Qt/OpenSSL private maps
    qint64 fileKib = 0;      // code and data of the binary and its libraries
    int threads = 0;
    size_t mallocInUse = 0;   // mallinfo2: bytes handed out (all arenas)
    size_t mallocFree = 0;    // free bytes kept inside the arenas (fragmentation, not yet returned)
    size_t mallocMmapped = 0; // blocks malloc mmapped directly
};

MemoryBreakdown readBreakdown()
{
    MemoryBreakdown b;
    FILE *f = std::fopen("/proc/self/smaps", "re");
    if (!f)
        return b;
    constexpr quint64 kArenaAlign = 64ull << 20;
    constexpr quint64 kStackSize = 8ull << 20;
    qint64 *bucket = &b.fileKib; // where the Rss: line of the current mapping goes
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, f)) {
        const QByteArray line = QByteArray(buffer).trimmed();
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 5 && fields.at(0).contains('-') && !fields.at(0).endsWith(':')) {
            const QList<QByteArray> range = fields.at(0).split('-');
            const quint64 start = range.at(0).toULongLong(nullptr, 16);
            const quint64 size = range.value(1).toULongLong(nullptr, 16) - start;
            const QByteArray path = fields.size() >= 6 ? fields.at(5) : QByteArray();
            const bool anonymousRw =
                (path.isEmpty() || path.startsWith("[anon")) && fields.at(1).startsWith("rw");
            if (path == "[heap]") {
                bucket = &b.mainHeapKib;
            } else if (path == "[stack]") {
                bucket = &b.stackKib;
            } else if (anonymousRw && start % kArenaAlign == 0) {
                bucket = &b.arenaKib;
                ++b.arenas;
            } else if (anonymousRw && size == kStackSize) {
                bucket = &b.stackKib;
                ++b.stacks;
            } else {
                bucket = path.isEmpty() || path.startsWith("[") ? &b.otherAnonKib : &b.fileKib;
            }
            continue;
        }
        if (line.startsWith("Rss:")) {
            const qint64 kib = statusNumber(line, 4);
            b.rssKib += kib;
            *bucket += kib;
        }
    }
    std::fclose(f);
    const struct mallinfo2 m = mallinfo2();
    b.mallocInUse = m.uordblks;
    b.mallocFree = m.fordblks;
    b.mallocMmapped = m.hblkhd;
    b.threads = readStatus().threads;
    return b;
}

// Samples VmRSS and the thread count on a thread of its own, so the figures do not depend on the event
// loop being free; with profile, keeps the breakdown taken nearest to the highest RSS (at most every 100 ms).
class Sampler final
{
public:
    Sampler(int intervalMs, bool profile)
        : m_intervalMs(intervalMs)
        , m_profile(profile)
        , m_thread([this] { loop(); })
    {}
    Q_DISABLE_COPY_MOVE(Sampler)
    ~Sampler() { stop(); }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    qint64 maxRssKib() const { return m_maxRss; }
    int maxThreads() const { return m_maxThreads; }
    int samples() const { return m_samples; }
    MemoryBreakdown atPeak()
    {
        const std::lock_guard lock(m_mutex);
        return m_atPeak;
    }

private:
    void loop()
    {
        auto lastProfile = std::chrono::steady_clock::now() - std::chrono::seconds(1);
        qint64 profiledRss = 0;
        while (!m_stop) {
            const ProcStatus s = readStatus();
            m_maxRss = std::max<qint64>(m_maxRss, s.rssKib);
            m_maxThreads = std::max(m_maxThreads.load(), s.threads);
            ++m_samples;
            const auto now = std::chrono::steady_clock::now();
            if (m_profile && s.rssKib > profiledRss && now - lastProfile >= std::chrono::milliseconds(100)) {
                MemoryBreakdown b = readBreakdown();
                profiledRss = s.rssKib;
                lastProfile = now;
                const std::lock_guard lock(m_mutex);
                m_atPeak = b;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(m_intervalMs));
        }
    }

    const int m_intervalMs;
    const bool m_profile;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_maxRss{0};
    std::atomic<int> m_maxThreads{0};
    std::atomic<int> m_samples{0};
    std::mutex m_mutex;
    MemoryBreakdown m_atPeak;
    std::thread m_thread; // last: it starts in the constructor and reads the members above
};

// ---- Fleet runs ----

struct RunFigures
{
    double wallSeconds = 0;
    CpuTimes cpu;           // spent during the run
    double hostSeconds = 0; // the mean of each host's own duration (FleetHostResult::durationSeconds)
    int provisioned = 0;
    int hosts = 0;
    QString firstProblem; // the first host that was not provisioned, and why
};

struct Bench
{
    Settings settings;
    QString directory; // scratch: demo machines, journals, state files
    std::shared_ptr<jobs::HostFactory> factory;
    int runs = 0;
};

QList<jobs::FleetHost> demoHosts(const Settings &s, const QString &prefix, int count)
{
    QList<jobs::FleetHost> hosts;
    for (int i = 1; i <= count; ++i) {
        jobs::FleetHost h;
        h.line = i + 1;
        h.target = jobs::HostTarget::demo(s.scenario, s.speed);
        h.target.machine = prefix + QString::number(i).rightJustified(4, QLatin1Char('0'));
        h.registrationId = h.target.machine;
        hosts << h;
    }
    return hosts;
}

// RSS and malloc's bytes in use once a share of the fleet's hosts has ended (--profile): a plateau says the
// memory follows the hosts running, a slope says it follows the hosts done.
struct Milestone
{
    int done = 0;
    qint64 rssKib = 0;
    size_t mallocInUse = 0;
};

// Calls onEnded with the number of hosts ended so far each time one of run's hosts ends (hostChanged comes
// for every step and line, too).
void watchHostEnds(jobs::FleetRun &run, int hosts, std::function<void(int)> onEnded)
{
    auto ended = std::make_shared<std::vector<bool>>(size_t(hosts), false);
    auto done = std::make_shared<int>(0);
    QObject::connect(&run, &jobs::FleetRun::hostChanged, &run, [&run, ended, done, onEnded](int row) {
        const jobs::FleetOutcome outcome = run.status(row).result.outcome;
        if (ended->at(size_t(row)) || outcome == jobs::FleetOutcome::Running ||
            outcome == jobs::FleetOutcome::Waiting)
            return;
        (*ended)[size_t(row)] = true;
        onEnded(++*done);
    });
}

// One FleetRun to its end on a fleet file of its own (so its state file is new); qFatal when it cannot start
// or does not end within the timeout. milestones: filled every 10 % of hosts ended when not null.
RunFigures runFleet(Bench &bench, const QList<jobs::FleetHost> &hosts, int concurrency,
                    std::vector<Milestone> *milestones = nullptr)
{
    jobs::FleetRunOptions o;
    o.fleetFile = bench.directory + QStringLiteral("/fleet-%1.csv").arg(++bench.runs);
    o.plan.release = plan::EflowRelease::Lts1_4;
    o.plan.eulaAccepted = true;
    o.hosts = hosts;
    o.concurrency = concurrency;
    o.speed = bench.settings.speed;
    o.journalDirectory = bench.directory + QStringLiteral("/journal");

    RunFigures f;
    {
        jobs::FleetRun run(bench.factory, o);
        QEventLoop loop;
        QObject::connect(&run, &jobs::FleetRun::finished, &loop, &QEventLoop::quit);
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
        timeout.start(std::chrono::minutes(30));

        const int step = std::max<int>(1, int(hosts.size()) / 10);
        const bool trim = bench.settings.trimEachHost;
        if (milestones || trim) {
            watchHostEnds(run, int(hosts.size()), [&run, milestones, step, trim](int done) {
                if (milestones && done % step == 0)
                    milestones->push_back({done, readStatus().rssKib, mallinfo2().uordblks});
                if (trim) // once the ended host's driver, runner and thread are gone
                    QTimer::singleShot(50, &run, [] { malloc_trim(0); });
            });
        }
        const CpuTimes cpuBefore = cpuNow();
        QElapsedTimer clock;
        clock.start();
        QString error;
        if (!run.start(&error))
            qFatal("the fleet run did not start: %s", qPrintable(error));
        if (loop.exec() != 0)
            qFatal("the fleet run did not end within 30 minutes");
        f.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
        const CpuTimes cpuAfter = cpuNow();
        f.cpu = {cpuAfter.process - cpuBefore.process, cpuAfter.main - cpuBefore.main};

        const QList<jobs::FleetHostResult> results = run.results();
        f.hosts = int(results.size());
        for (const jobs::FleetHostResult &r : results) {
            f.hostSeconds += r.durationSeconds / double(std::max<qsizetype>(1, results.size()));
            if (r.outcome == jobs::FleetOutcome::Provisioned)
                ++f.provisioned;
            else if (f.firstProblem.isEmpty())
                f.firstProblem = r.target + QStringLiteral(": ") + jobs::fleetOutcomeKey(r.outcome) +
                                 QStringLiteral(": ") + r.cause;
        }
    }
    // The drivers are deleted with the run; their runners' threads and workers go by deleteLater.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return f;
}

// Opens one demo machine and keeps it open: the shared local DPS then runs from before the base to after
// the fleet. qFatal when it does not open.
std::unique_ptr<jobs::HostJobRunner> openKeeper(Bench &bench)
{
    auto keeper =
        std::make_unique<jobs::HostJobRunner>(bench.factory, bench.directory + QStringLiteral("/journal"));
    QEventLoop loop;
    QObject::connect(keeper.get(), &jobs::HostJobRunner::opened, &loop, [&loop] { loop.exit(0); });
    QObject::connect(keeper.get(), &jobs::HostJobRunner::openFailed, &loop, [&loop](const QString &error) {
        qWarning("%s", qPrintable(error));
        loop.exit(1);
    });
    jobs::HostTarget target = jobs::HostTarget::demo(bench.settings.scenario, bench.settings.speed);
    target.machine = QStringLiteral("bench-keeper");
    QString error;
    if (!keeper->open(target, &error))
        qFatal("the keeper host was refused: %s", qPrintable(error));
    if (loop.exec() != 0)
        qFatal("the keeper host did not open");
    return keeper;
}

// Lets the deleteLater()s of the last run land and the threads end, then reads VmRSS.
ProcStatus statusAtRest()
{
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return readStatus();
}

struct Measured
{
    RunFigures warmUp;
    std::vector<RunFigures> singles;
    RunFigures single; // the median run by wall time
    ProcStatus base;
    RunFigures fleet;
    ProcStatus afterFleet;
    qint64 peakHwmKib = 0; // 0: VmHWM could not be reset, only the samples count
    qint64 peakSampledKib = 0;
    int peakThreads = 0;
    int samples = 0;
    MemoryBreakdown baseBreakdown;
    MemoryBreakdown peakBreakdown;
    MemoryBreakdown afterBreakdown;
    std::vector<Milestone> milestones;
};

Measured measure(Bench &bench)
{
    const Settings &s = bench.settings;
    Measured m;
    const std::unique_ptr<jobs::HostJobRunner> keeper = openKeeper(bench);
    m.warmUp = runFleet(bench, demoHosts(s, QStringLiteral("warm-"), 1), 1);
    for (int i = 0; i < s.baselineRuns; ++i)
        m.singles.push_back(runFleet(bench, demoHosts(s, QStringLiteral("single%1-").arg(i), 1), 1));
    std::vector<RunFigures> sorted = m.singles;
    std::sort(sorted.begin(), sorted.end(),
              [](const RunFigures &a, const RunFigures &b) { return a.wallSeconds < b.wallSeconds; });
    m.single = sorted.at(sorted.size() / 2);

    {
        // Started before the base is read, so that its own thread and buffers are in the base too.
        Sampler sampler(s.sampleMs, s.profile);
        m.base = statusAtRest();
        if (s.profile)
            m.baseBreakdown = readBreakdown();
        const bool peakReset = resetPeak();
        m.fleet = runFleet(bench, demoHosts(s, QStringLiteral("host-"), s.count), s.concurrency,
                           s.profile ? &m.milestones : nullptr);
        m.peakHwmKib = peakReset ? readStatus().hwmKib : 0;
        sampler.stop();
        m.peakSampledKib = sampler.maxRssKib();
        m.peakThreads = sampler.maxThreads();
        m.samples = sampler.samples();
        m.peakBreakdown = sampler.atPeak();
    }
    m.afterFleet = statusAtRest();
    if (s.profile)
        m.afterBreakdown = readBreakdown();
    return m;
}

// ---- The report ----

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// A report line's label, padded so that the values line up.
QString label(const QString &text)
{
    return QStringLiteral("  ") + (text + QLatin1Char(' ')).leftJustified(38, QLatin1Char(' ')) +
           QStringLiteral(": ");
}

QString kib(double value)
{
    return value >= 10240 ? fixed(value / 1024.0, 1) + QStringLiteral(" MiB")
                          : fixed(value, 0) + QStringLiteral(" KiB");
}

void printBreakdown(QTextStream &out, const char *title, const MemoryBreakdown &b)
{
    out << "  " << title << ": RSS " << kib(double(b.rssKib)) << " = main heap " << kib(double(b.mainHeapKib))
        << " + " << b.arenas << " malloc arenas " << kib(double(b.arenaKib)) << " + " << b.stacks
        << " thread stacks " << kib(double(b.stackKib)) << " + other anonymous "
        << kib(double(b.otherAnonKib)) << " + files " << kib(double(b.fileKib)) << "; threads " << b.threads
        << '\n';
    out << "    malloc: in use " << kib(double(b.mallocInUse) / 1024.0) << ", free inside arenas "
        << kib(double(b.mallocFree) / 1024.0) << ", mmapped blocks " << kib(double(b.mallocMmapped) / 1024.0)
        << '\n';
}

void printProfile(QTextStream &out, const Measured &m, const Settings &s)
{
    const MemoryBreakdown &a = m.baseBreakdown;
    const MemoryBreakdown &b = m.peakBreakdown;
    out << "where the memory sits (--profile; smaps kinds are heuristics):\n";
    printBreakdown(out, "base", a);
    printBreakdown(out, "peak", b);
    const double per = double(s.concurrency);
    out << "  growth per concurrent host: malloc in use "
        << kib(double(qint64(b.mallocInUse) - qint64(a.mallocInUse)) / 1024.0 / per) << ", free in arenas "
        << kib(double(qint64(b.mallocFree) - qint64(a.mallocFree)) / 1024.0 / per) << ", arenas+heap RSS "
        << kib(double(b.arenaKib + b.mainHeapKib - a.arenaKib - a.mainHeapKib) / per) << ", stacks "
        << kib(double(b.stackKib - a.stackKib) / per) << ", other anonymous "
        << kib(double(b.otherAnonKib - a.otherAnonKib) / per) << ", threads "
        << fixed(double(b.threads - a.threads) / per, 2) << '\n';
    printBreakdown(out, "after", m.afterBreakdown);
    out << "  kept per host after the run: malloc in use "
        << kib(double(qint64(m.afterBreakdown.mallocInUse) - qint64(a.mallocInUse)) / 1024.0 / s.count)
        << ", RSS " << kib(double(m.afterBreakdown.rssKib - a.rssKib) / s.count) << '\n';
    out << "  hosts ended: RSS, malloc in use:";
    for (const Milestone &ms : m.milestones)
        out << "  " << ms.done << ": " << kib(double(ms.rssKib)) << ", "
            << kib(double(ms.mallocInUse) / 1024.0);
    out << '\n';
}

// Prints the figures, ratios first; returns true when every host of the fleet was provisioned.
bool report(const Measured &m, const Settings &s)
{
    QTextStream out(stdout);
    const double t1 = m.single.wallSeconds;
    const double fleet = m.fleet.wallSeconds;
    const double ideal = double(std::min(s.concurrency, s.count));
    const double speedUp = double(s.count) * t1 / fleet;
    const double cpuPerHostAlone = m.single.cpu.process;
    const double cpuPerHostFleet = m.fleet.cpu.process / double(s.count);
    out << "fleet: " << s.count << " demo hosts (" << s.scenario << "), concurrency " << s.concurrency
        << ", speed " << s.speed << ", " << QThread::idealThreadCount() << " cores\n";
    if (s.arenaMax > 0 || s.trimEachHost)
        out << "EXPERIMENT (not the product's allocator settings):"
            << (s.arenaMax > 0 ? QStringLiteral(" M_ARENA_MAX=%1").arg(s.arenaMax) : QString())
            << (s.trimEachHost ? " malloc_trim(0) after every host" : "") << '\n';
    out << "provisioned: " << m.fleet.provisioned << " / " << s.count << '\n';
    if (!m.fleet.firstProblem.isEmpty())
        out << "  first problem: " << m.fleet.firstProblem << '\n';

    out << "TIME (baseline: one host alone, same engine, same process; median of " << s.baselineRuns << ")\n";
    out << label(QStringLiteral("speed-up (%1 x single / fleet)").arg(s.count)) << fixed(speedUp, 2) << "x\n";
    out << label(QStringLiteral("share of the ideal (%1x)").arg(ideal)) << fixed(speedUp / ideal, 3) << '\n';
    // Hosts of equal length run in ceil(COUNT / CONCURRENCY) waves, the last one part-empty.
    const double waves = std::ceil(double(s.count) / double(s.concurrency));
    out << label(QStringLiteral("share of the wave bound (%1x)").arg(fixed(double(s.count) / waves, 2)))
        << fixed(speedUp * waves / double(s.count), 3) << "  (" << s.count << " hosts in " << waves
        << " waves of " << s.concurrency << ")\n";
    out << label(QStringLiteral("host duration in fleet / alone"))
        << fixed(m.fleet.hostSeconds / m.single.hostSeconds, 2) << "x  (each host's own start-to-end)\n";
    out << label(QStringLiteral("CPU per host, fleet / alone")) << fixed(cpuPerHostFleet / cpuPerHostAlone, 2)
        << "x\n";
    out << label(QStringLiteral("cores busy, fleet / alone"))
        << fixed((m.fleet.cpu.process / fleet) / (m.single.cpu.process / t1), 2) << "x  ("
        << fixed(m.fleet.cpu.process / fleet, 2) << " vs " << fixed(m.single.cpu.process / t1, 2) << ")\n";
    out << label(QStringLiteral("concurrency the cores could carry"))
        << fixed(QThread::idealThreadCount() * m.single.hostSeconds / cpuPerHostFleet, 0)
        << "  (cores x host time alone / CPU per host in the fleet: the work is waiting, not computing)\n";
    out << label(QStringLiteral("main thread's share of the CPU")) << "fleet "
        << fixed(m.fleet.cpu.main / m.fleet.cpu.process, 2) << ", alone "
        << fixed(m.single.cpu.main / m.single.cpu.process, 2) << '\n';
    out << "  absolute: fleet " << fixed(fleet, 2) << " s = " << fixed(60.0 * s.count / fleet, 1)
        << " hosts/min; one host alone " << fixed(t1 * 1000, 1) << " ms = " << fixed(60.0 / t1, 1)
        << " hosts/min (single runs";
    for (const RunFigures &single : m.singles)
        out << ' ' << fixed(single.wallSeconds * 1000, 1);
    out << " ms; warm-up " << fixed(m.warmUp.wallSeconds * 1000, 1) << " ms); CPU per host alone "
        << fixed(cpuPerHostAlone * 1000, 1) << " ms, in fleet " << fixed(cpuPerHostFleet * 1000, 1)
        << " ms\n";

    const qint64 peak = std::max(m.peakHwmKib, m.peakSampledKib);
    const double growth = double(peak - m.base.rssKib);
    out << "MEMORY (baseline: RSS at rest after the factory and " << (1 + s.baselineRuns)
        << " finished single-host runs, the demo DPS running)\n";
    out << label(QStringLiteral("(peak - base) / %1 concurrent hosts").arg(s.concurrency))
        << kib(growth / s.concurrency) << " = " << fixed(growth / s.concurrency / kGoalKibPerHost, 2)
        << "x the 1 MiB goal\n";
    out << label(QStringLiteral("(peak - base) / %1 hosts").arg(s.count)) << kib(growth / s.count) << " = "
        << fixed(growth / s.count / kGoalKibPerHost, 3) << "x the 1 MiB goal\n";
    out << label(QStringLiteral("(at rest after - base) / %1 hosts").arg(s.count))
        << kib(double(m.afterFleet.rssKib - m.base.rssKib) / s.count) << "  (what stays after the run)\n";
    out << label(QStringLiteral("peak / base")) << fixed(double(peak) / double(m.base.rssKib), 2) << "x\n";
    out << "  absolute: base " << kib(double(m.base.rssKib)) << ", peak " << kib(double(peak)) << " (VmHWM "
        << (m.peakHwmKib ? kib(double(m.peakHwmKib)) : QStringLiteral("not resettable here")) << ", sampled "
        << kib(double(m.peakSampledKib)) << " over " << m.samples << " samples), after "
        << kib(double(m.afterFleet.rssKib)) << "; threads (the sampler's among them): base " << m.base.threads
        << ", peak " << m.peakThreads << '\n';
    if (s.profile)
        printProfile(out, m, s);
    const bool memoryOk = growth / s.concurrency < kGoalKibPerHost;
    out << (memoryOk ? "GOAL MET" : "GOAL MISSED") << ": RSS per concurrent host under 1 MiB ("
        << (memoryOk ? QStringLiteral("by ") : QStringLiteral("over by "))
        << kib(std::abs(kGoalKibPerHost - growth / s.concurrency)) << ")\n";
    const bool allProvisioned = m.fleet.provisioned == s.count;
    out << (allProvisioned ? "PASS" : "FAIL") << ": every host provisioned\n";
    // One line for bench-fleet.sh, which takes the median over its runs.
    out << "result: provisioned=" << m.fleet.provisioned << " speedup=" << fixed(speedUp, 3)
        << " ideal_share=" << fixed(speedUp / ideal, 4) << " wave_share="
        << fixed(speedUp * std::ceil(double(s.count) / double(s.concurrency)) / double(s.count), 4)
        << " hosts_per_min=" << fixed(60.0 * s.count / fleet, 1) << " single_ms=" << fixed(t1 * 1000, 1)
        << " fleet_s=" << fixed(fleet, 2) << " kib_per_concurrent=" << fixed(growth / s.concurrency, 0)
        << " goal_ratio=" << fixed(growth / s.concurrency / kGoalKibPerHost, 3)
        << " kib_per_host=" << fixed(growth / s.count, 1) << '\n';
    return allProvisioned;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // stdout carries the report; the engine's progress logging would only add noise (and time) to it.
    spdlog::set_level(spdlog::level::off);
    Bench bench;
    bench.settings = parseArguments(app);
    // No engine thread has started yet: the product's own setting (as `fleet run` makes it), or an
    // experiment's.
    if (bench.settings.arenaMax > 0)
        mallopt(M_ARENA_MAX, bench.settings.arenaMax);
    else
        eflow::jobs::prepareProcessForFleet(eflow::jobs::FleetFront::Console);

    QTemporaryDir scratch;
    if (!scratch.isValid())
        qFatal("no scratch folder");
    // Nothing of the benchmark lands in the user's folders, whatever the caller's environment says.
    qputenv("XDG_DATA_HOME", scratch.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", scratch.filePath(QStringLiteral("config")).toUtf8());
    bench.directory = scratch.path();
    bench.factory = std::make_shared<jobs::HostFactory>();
    jobs::registerPowerShellHosts(*bench.factory);
    sim::registerDemoHosts(*bench.factory, scratch.filePath(QStringLiteral("demo")));

    const Measured measured = measure(bench);
    const bool ok = report(measured, bench.settings);
    bench.factory.reset();
    return ok ? 0 : 1;
}
