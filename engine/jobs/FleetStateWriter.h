#pragma once

#include <map>
#include <vector>

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include "engine/jobs/FleetResult.h"

namespace eflow::jobs {

// Writes a fleet's state file on a thread of its own, so that the window's thread never waits for the
// disk (an atomic save syncs to disk: milliseconds each, hundreds of times in a fleet's run). The window's
// thread only hands over the changed host's values; the writer makes each changed host's JSON, puts the file
// together from those pieces, and writes the latest version, skipping any it had no time for.
//
// A resume mark may thus reach the disk some milliseconds after it was set; FleetHostDriver does not rely
// on it alone (a host whose provisioning may have ended unrecorded is read before it is provisioned again).
class FleetStateWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetStateWriter)

public:
    FleetStateWriter(QString path, QString fleetFile, int hosts, QObject *parent = nullptr);
    // Writes what is pending and ends the thread (a command's run is on disk when its FleetRun goes).
    ~FleetStateWriter() override;

    // The host's lasting values changed: its JSON is made now, the file written soon.
    void update(int row, const FleetHostResult &result);

signals:
    // From the writer's thread (connect queued): the file could not be written.
    void writeFailed(const QString &error);

private:
    void run();
    QByteArray document() const;

    const QString m_path;
    QByteArray m_head;                        // {"version":1,"fleetFile":…,"hosts":[
    std::vector<QByteArray> m_hosts;          // each host's JSON; the writer's thread only
    std::map<int, FleetHostResult> m_changed; // rows changed since the last write (m_mutex)
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    quint64 m_version = 0; // of the pieces
    quint64 m_onDisk = 0;  // the version last written (or given up on)
    bool m_stop = false;
};

} // namespace eflow::jobs
