#pragma once

#include <memory>
#include <vector>

#include <QObject>
#include <QString>

#include "engine/host/HostRequirements.h"
#include "engine/jobs/FleetFile.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::jobs {

class HostFactory;
class HostJobRunner;

// One target's check, as the Fleet window shows it before anything is deployed.
struct FleetProbeResult
{
    enum class State
    {
        Waiting = 0,
        Running,
        Done,   // the host answered: verdict and summary say what it can do
        Failed, // it could not be reached or read: error says why
        Cancelled,
    };
    State state = State::Waiting;
    host::TargetVerdict verdict = host::TargetVerdict::Unknown;
    QString summary; // "Supported", "Unsupported: …" (the target check's words)
    QString error;
};

// Checks every target of a fleet with parallel probes (issue 16 item 3): each host is opened by a job
// runner of its own and probed against its own plan (the fleet's plan with its row applied); nothing is
// changed on any host and nothing is journalled. Lives on the thread that creates it.
class FleetProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetProbe)

public:
    FleetProbe(std::shared_ptr<const HostFactory> hosts, plan::DeploymentPlan plan, QList<FleetHost> fleet,
               int concurrency, QString journalDirectory = {}, QObject *parent = nullptr);
    ~FleetProbe() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running > 0 || !m_queue.isEmpty(); }
    int hostCount() const { return int(m_rows.size()); }
    const FleetProbeResult &result(int row) const { return m_rows.at(size_t(row)).result; }

signals:
    void hostChanged(int row);
    void finished();

private:
    struct Row
    {
        FleetHost host;
        FleetProbeResult result;
        HostJobRunner *runner = nullptr;
    };

    void launchMore();
    void launch(int row);
    void end(int row, FleetProbeResult::State state, const QString &error = {});

    std::shared_ptr<const HostFactory> m_hosts;
    plan::DeploymentPlan m_plan;
    int m_concurrency = 8;
    QString m_journalDirectory;
    std::vector<Row> m_rows;
    QList<int> m_queue;
    int m_running = 0;
};

} // namespace eflow::jobs
