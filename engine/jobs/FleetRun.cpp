#include "engine/jobs/FleetRun.h"

#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include "engine/jobs/FleetHostDriver.h"
#include "engine/jobs/FleetPlan.h"
#include "engine/jobs/FleetStateWriter.h"
#include "engine/jobs/HostJobRunner.h"
#include "engine/jobs/Journal.h"
#include "engine/support/OwnerOnlySaveFile.h"

namespace eflow::jobs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetRun)
};

constexpr int kMaxConcurrency = 64;
constexpr int kMaxStartSpacingMs = 60000;
// How long a stopped run waits for a finished host's worker thread that is still ending (as a runner does).
constexpr unsigned long kRetiredWaitMs = 10000;

// The row's earlier result when it is for the same host and registration ID; a changed ID keeps only the
// deploy (the VM is the same machine), never the provisioning.
FleetHostResult previousResult(const QMap<QString, FleetHostResult> &state, const FleetHost &host)
{
    FleetHostResult fresh;
    fresh.target = host.target.toString();
    fresh.registrationId = host.registrationId;
    const auto it = state.constFind(fresh.target);
    if (it == state.constEnd())
        return fresh;
    if (it->registrationId == host.registrationId)
        return *it;
    fresh.deployed = it->deployed;
    fresh.vmIp = it->vmIp;
    return fresh;
}

} // namespace

void prepareProcessForFleet(FleetFront front)
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 4);
#endif
    // Measured with 200 rows at 16 at a time on two cores (bench-fleet.sh): the window's longest stall
    // was mostly waiting for a core behind the job threads, not work of its own.
    if (front == FleetFront::Window)
        HostJobRunner::setWorkerNice(5);
}

FleetRun::FleetRun(std::shared_ptr<const HostFactory> hosts, FleetRunOptions options, QObject *parent)
    : QObject(parent)
    , m_hosts(std::move(hosts))
    , m_options(std::move(options))
{
    if (m_options.journalDirectory.isEmpty())
        m_options.journalDirectory = Journal::defaultDirectory();
    m_stateFile = m_options.stateFile.isEmpty()
                      ? FleetStateFile::defaultPath(m_options.journalDirectory, m_options.fleetFile)
                      : m_options.stateFile;
    m_options.concurrency = qBound(1, m_options.concurrency, kMaxConcurrency);
    m_options.startSpacingMs = qBound(0, m_options.startSpacingMs, kMaxStartSpacingMs);
    m_launchTimer.setSingleShot(true);
    connect(&m_launchTimer, &QTimer::timeout, this, &FleetRun::launchMore);
}

FleetRun::~FleetRun()
{
    for (Row &row : m_rows) {
        if (row.driver) {
            row.driver->disconnect(this);
            delete row.driver; // its runner cancels the job; the journal keeps it for the next run
            row.driver = nullptr;
        }
    }
    // Threads of finished hosts still ending (no event loop may run to delete them any more).
    for (const QPointer<QThread> &thread : std::as_const(m_retiring)) {
        if (thread && thread->wait(kRetiredWaitMs))
            delete thread.data();
    }
}

bool FleetRun::start(QString *error)
{
    if (m_active) {
        *error = Tr::tr("The fleet is running already.");
        return false;
    }
    if (m_rows.empty()) {
        if (!support::OwnerOnlySaveFile::makeOwnerOnlyFolder(QFileInfo(m_stateFile).absolutePath(), error))
            return false;
        m_lock = std::make_unique<QLockFile>(m_stateFile + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // a lock whose process is gone (kill -9) is taken over
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString hostName, app;
            m_lock->getLockInfo(&pid, &hostName, &app);
            *error =
                m_lock->error() == QLockFile::LockFailedError
                    ? Tr::tr(
                          "Another fleet run (process %1) is working on this fleet; wait for it, or stop it.")
                          .arg(pid)
                    : Tr::tr("Cannot lock the fleet's state file %1.").arg(m_stateFile);
            m_lock.reset();
            return false;
        }
        const auto state = FleetStateFile::load(m_stateFile, error);
        if (!state) {
            m_lock.reset();
            return false;
        }
        for (const FleetHost &host : m_options.hosts) {
            Row row;
            row.host = host;
            if (row.host.target.kind == HostTarget::Kind::Demo)
                row.host.target.speed = m_options.speed;
            row.result = previousResult(*state, host);
            const FleetOutcome earlier = row.result.outcome;
            row.fromEarlierRun =
                earlier == FleetOutcome::Provisioned || (isFleetFailure(earlier) && !m_options.retryFailed);
            if (!row.fromEarlierRun) {
                row.result.outcome = FleetOutcome::Waiting;
                m_queue << int(m_rows.size());
            }
            m_rows.push_back(row);
        }
        m_writer = std::make_unique<FleetStateWriter>(m_stateFile, m_options.fleetFile, int(m_rows.size()));
        connect(m_writer.get(), &FleetStateWriter::writeFailed, this, &FleetRun::stateWriteFailed,
                Qt::QueuedConnection);
        for (int row = 0; row < int(m_rows.size()); ++row)
            saveState(row);
    }
    m_active = true;
    m_cancelling = false;
    launchMore();
    finishIfDone();
    return true;
}

void FleetRun::cancel()
{
    if (!m_active || m_cancelling)
        return;
    m_cancelling = true;
    m_queue.clear();
    m_launchTimer.stop();
    for (Row &row : m_rows)
        if (row.driver)
            row.driver->cancel();
    finishIfDone();
}

bool FleetRun::retry(const QList<int> &rows)
{
    bool any = false;
    for (int r : rows) {
        if (r < 0 || r >= int(m_rows.size()) || m_rows[r].driver || m_queue.contains(r))
            continue;
        Row &row = m_rows[r];
        if (row.result.outcome == FleetOutcome::Provisioned || row.result.outcome == FleetOutcome::Running)
            continue;
        row.fromEarlierRun = false;
        row.result.outcome = FleetOutcome::Waiting;
        row.result.cause.clear();
        row.result.fix.clear();
        m_queue << r;
        any = true;
        emit hostChanged(r);
    }
    if (!any)
        return false;
    if (!m_active) {
        QString error;
        return start(&error);
    }
    if (!m_cancelling)
        launchMore();
    return true;
}

FleetHostStatus FleetRun::status(int row) const
{
    const Row &r = m_rows.at(size_t(row));
    FleetHostStatus s;
    s.host = r.host;
    s.fromEarlierRun = r.fromEarlierRun;
    if (r.driver) {
        s.result = r.driver->result();
        s.percent = r.driver->percent();
        s.step = r.driver->stepTitle();
        s.lastLine = r.driver->lastLine();
        s.elapsedMs = r.driver->elapsedMs();
        return s;
    }
    s.result = r.result;
    s.percent = r.result.outcome == FleetOutcome::Provisioned ? 100 : 0;
    s.step = fleetOutcomeTitle(r.result.outcome);
    s.elapsedMs = qint64(r.result.durationSeconds * 1000);
    if (r.fromEarlierRun)
        s.lastLine = Tr::tr("Left as an earlier run ended.");
    return s;
}

QList<FleetHostResult> FleetRun::results() const
{
    QList<FleetHostResult> list;
    list.reserve(qsizetype(m_rows.size()));
    for (const Row &r : m_rows)
        list << (r.driver ? r.driver->result() : r.result);
    return list;
}

QMap<FleetOutcome, int> FleetRun::counts() const
{
    QMap<FleetOutcome, int> counts;
    for (const Row &r : m_rows)
        counts[r.driver ? r.driver->result().outcome : r.result.outcome] += 1;
    return counts;
}

void FleetRun::launchMore()
{
    while (!m_cancelling && m_running < m_options.concurrency && !m_queue.isEmpty()) {
        const qint64 since = m_lastLaunch.isValid() ? m_lastLaunch.elapsed() : m_options.startSpacingMs;
        if (since < m_options.startSpacingMs) {
            if (!m_launchTimer.isActive())
                m_launchTimer.start(int(m_options.startSpacingMs - since));
            return;
        }
        m_lastLaunch.start();
        launch(m_queue.takeFirst());
    }
}

void FleetRun::launch(int row)
{
    Row &r = m_rows[size_t(row)];
    FleetHostInputs inputs;
    inputs.hosts = m_hosts;
    inputs.journalDirectory = m_options.journalDirectory;
    inputs.target = r.host.target;
    inputs.plan = fleetHostPlan(m_options.plan, r.host);
    inputs.previous = r.result;
    inputs.groupKey =
        r.host.secretRef.isEmpty() ? m_options.groupKey : m_options.keysByRef.value(r.host.secretRef);
    inputs.serviceConnection = m_options.serviceConnection;
    inputs.serviceOptions = m_options.serviceOptions;
    auto *driver = new FleetHostDriver(std::move(inputs), this);
    r.driver = driver;
    ++m_running;
    connect(driver, &FleetHostDriver::changed, this, [this, row]() { emit hostChanged(row); });
    connect(driver, &FleetHostDriver::marked, this, [this, row]() {
        m_rows[size_t(row)].result = m_rows[size_t(row)].driver->result();
        saveState(row);
    });
    // Queued: a host that fails at once must not start the next one from inside launch().
    connect(
        driver, &FleetHostDriver::finished, this, [this, row]() { onDriverFinished(row); },
        Qt::QueuedConnection);
    driver->start();
}

void FleetRun::onDriverFinished(int row)
{
    Row &r = m_rows[size_t(row)];
    if (!r.driver)
        return;
    r.result = r.driver->result();
    r.driver->disconnect(this);
    // The host's worker thread ends on its own: joining it here would make the window's thread wait for
    // a core once per host, and a wave of hosts finishes together. The run is done when it is gone.
    if (QPointer<QThread> thread = r.driver->retireRunner()) {
        m_retiring << thread;
        connect(thread, &QObject::destroyed, this, &FleetRun::finishIfDone);
    }
    // Deleted now (this slot is queued, outside the driver's own calls): a deleteLater could outlive the
    // event loop of a command that ends with the last host.
    delete std::exchange(r.driver, nullptr);
    --m_running;
    saveState(row);
    emit hostChanged(row);
    launchMore();
    finishIfDone();
}

void FleetRun::saveState(int row)
{
    // The window's thread only makes the host's JSON; the writer's thread puts it on disk.
    m_writer->update(row, m_rows[size_t(row)].result);
}

bool FleetRun::retiring()
{
    m_retiring.removeAll(QPointer<QThread>());
    return !m_retiring.isEmpty();
}

void FleetRun::finishIfDone()
{
    if (!m_active || m_running > 0 || (!m_queue.isEmpty() && !m_cancelling) || m_finishPending || retiring())
        return;
    // From the event loop: a client connecting after start() still hears it.
    m_finishPending = true;
    QTimer::singleShot(0, this, [this]() {
        m_finishPending = false;
        if (m_running > 0 || (!m_queue.isEmpty() && !m_cancelling) || retiring())
            return;
        m_active = false;
        m_cancelling = false;
        emit finished();
    });
}

} // namespace eflow::jobs
