#pragma once

#include <memory>
#include <vector>

#include <QLockFile>
#include <QMap>
#include <QElapsedTimer>
#include <QObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsServiceClientOptions.h"
#include "engine/jobs/FleetFile.h"
#include "engine/jobs/FleetResult.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::jobs {

class FleetHostDriver;
class FleetStateWriter;
class HostFactory;

struct FleetRunOptions
{
    QString fleetFile; // the file the hosts came from (its path names the default state file)
    plan::DeploymentPlan plan;
    QList<FleetHost> hosts;
    int concurrency = 8;      // hosts at a time, 1 to 64
    bool retryFailed = false; // run hosts that failed in an earlier run again
    double speed = 1.0;       // demo targets' pace (0 = instant)
    QString journalDirectory; // empty: Journal::defaultDirectory()
    QString stateFile;        // empty: FleetStateFile::defaultPath(journal directory, fleet file)
    // The enrollment group's key (base64 text), for rows without a reference of their own; null: demo
    // targets use the demo group's key, other targets fail with a sentence.
    std::shared_ptr<const crypto::SecureBytes> groupKey;
    // The keys of the rows' secret_ref references ("keychain:NAME" → key), read by the caller.
    QMap<QString, std::shared_ptr<const crypto::SecureBytes>> keysByRef;
    // For the Verify step on real hosts (demo hosts use the demo DPS's own); null: how to check instead.
    std::shared_ptr<const crypto::SecureBytes> serviceConnection;
    dps::DpsServiceClientOptions serviceOptions;
    // Hosts start at least this far apart: a ramp, not a burst. N hosts opening their sessions, journals
    // and TLS handshakes in the same millisecond take every core of this computer at once (and stall the
    // Fleet window); 50 ms costs a fleet of 16 at a time under a second. 0: all at once.
    int startSpacingMs = 50;
};

// Who shows the fleet's progress: the window's thread must get a core first (prepareProcessForFleet).
enum class FleetFront
{
    Console,
    Window,
};

// Readies the process for a fleet: glibc gives every thread that allocates a malloc arena of its own and
// keeps their free memory; with a job runner thread per running host that is about half of a host's RSS
// (tests/bench/bench-fleet.sh). Four arenas keep it in bounds at the same speed. For a window it also
// lowers the job runners' threads' CPU priority (HostJobRunner::setWorkerNice), so that the window's
// thread and the display server get a core first while many hosts run. Call before the fleet's threads
// start (`fleet run`, the Fleet window, the benchmark); elsewhere it does nothing.
void prepareProcessForFleet(FleetFront front);

// One host as a view shows it.
struct FleetHostStatus
{
    FleetHost host;
    FleetHostResult result;
    int percent = 0;
    QString step;     // the step running now, or the outcome
    QString lastLine; // the host's last console line
    qint64 elapsedMs = 0;
    bool fromEarlierRun = false; // finished in an earlier run and left alone by this one
};

// Deploys, provisions and verifies every host of a fleet file, N at a time (issue 16 item 2): the one
// engine object that `fleet run` and the Fleet window are thin clients of. Each host gets a job runner of
// its own while it runs (FleetHostDriver); the fleet's state file keeps each host's outcome and resume
// marks, so a rerun after kill -9 continues every host where it stopped and does nothing twice, and hosts
// that failed earlier are left alone unless retryFailed says otherwise.
//
// Lives on the thread that creates it (the GUI thread in the window); every call returns at once.
class FleetRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetRun)

public:
    FleetRun(std::shared_ptr<const HostFactory> hosts, FleetRunOptions options, QObject *parent = nullptr);
    ~FleetRun() override;

    // Reads the state file (refusing a damaged one), takes its lock, and starts the first hosts; false with
    // *error when it cannot start. finished() comes from the event loop, also when nothing is left to do.
    bool start(QString *error);
    // Stops every running host (their jobs stay journalled) and starts no more; finished() follows.
    void cancel();
    // Runs these rows again (a failed host, a cancelled one); rows running or provisioned are left alone.
    // Starts the run again when it had finished. False when none of the rows can run again.
    bool retry(const QList<int> &rows);
    // The group key for hosts started from now on (a retry after the first key was wrong).
    void setGroupKey(std::shared_ptr<const crypto::SecureBytes> key) { m_options.groupKey = std::move(key); }

    bool isRunning() const { return m_active; }
    bool isCancelling() const { return m_cancelling; }
    int hostCount() const { return int(m_rows.size()); }
    FleetHostStatus status(int row) const;
    QList<FleetHostResult> results() const;
    QString stateFile() const { return m_stateFile; }
    // Hosts by outcome, for summaries.
    QMap<FleetOutcome, int> counts() const;

signals:
    void hostChanged(int row);
    void finished();
    // The state file could not be written: the run goes on, but a rerun may repeat this host's work.
    void stateWriteFailed(const QString &error);

private:
    struct Row
    {
        FleetHost host;
        FleetHostResult result;
        FleetHostDriver *driver = nullptr;
        bool fromEarlierRun = false;
    };

    void launchMore();
    void launch(int row);
    void onDriverFinished(int row);
    void saveState(int row);
    void finishIfDone();
    bool retiring(); // prunes the threads that are gone

    std::shared_ptr<const HostFactory> m_hosts;
    FleetRunOptions m_options;
    QString m_stateFile;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<FleetStateWriter> m_writer;
    std::vector<Row> m_rows;
    QList<int> m_queue;
    QElapsedTimer m_lastLaunch;
    QTimer m_launchTimer; // the next start, startSpacingMs after the last one
    int m_running = 0;
    // Worker threads of finished hosts' runners, still ending (HostJobRunner::retire): the run is done
    // only when they are gone.
    QList<QPointer<QThread>> m_retiring;
    bool m_active = false;
    bool m_cancelling = false;
    bool m_finishPending = false;
};

} // namespace eflow::jobs
