#include "engine/jobs/FleetProbe.h"

#include <utility>

#include <QCoreApplication>
#include <QTimer>

#include "engine/jobs/FleetPlan.h"
#include "engine/jobs/HostJobRunner.h"

namespace eflow::jobs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetRun)
};

} // namespace

FleetProbe::FleetProbe(std::shared_ptr<const HostFactory> hosts, plan::DeploymentPlan plan, QList<FleetHost> fleet,
                       int concurrency, QString journalDirectory, QObject *parent)
    : QObject(parent)
    , m_hosts(std::move(hosts))
    , m_plan(std::move(plan))
    , m_concurrency(qBound(1, concurrency, 64))
    , m_journalDirectory(std::move(journalDirectory))
{
    for (const FleetHost &host : fleet)
        m_rows.push_back(Row{host, {}, nullptr});
}

FleetProbe::~FleetProbe()
{
    for (Row &row : m_rows)
        delete std::exchange(row.runner, nullptr); // cancels the probe, ends its thread (bounded)
}

void FleetProbe::start()
{
    if (isRunning())
        return;
    m_queue.clear();
    for (int row = 0; row < int(m_rows.size()); ++row) {
        m_rows[size_t(row)].result = FleetProbeResult{};
        m_queue << row;
        emit hostChanged(row);
    }
    launchMore();
    if (!isRunning())
        QTimer::singleShot(0, this, &FleetProbe::finished);
}

void FleetProbe::cancel()
{
    const QList<int> waiting = std::exchange(m_queue, {});
    for (int row : waiting) {
        m_rows[size_t(row)].result.state = FleetProbeResult::State::Cancelled;
        emit hostChanged(row);
    }
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[size_t(row)].runner)
            end(row, FleetProbeResult::State::Cancelled);
}

void FleetProbe::launchMore()
{
    while (m_running < m_concurrency && !m_queue.isEmpty())
        launch(m_queue.takeFirst());
}

void FleetProbe::launch(int row)
{
    Row &r = m_rows[size_t(row)];
    r.result.state = FleetProbeResult::State::Running;
    auto *runner = new HostJobRunner(m_hosts, m_journalDirectory);
    r.runner = runner;
    ++m_running;
    emit hostChanged(row);
    const plan::DeploymentPlan plan = fleetHostPlan(m_plan, r.host);
    connect(runner, &HostJobRunner::openFailed, this,
            [this, row](const QString &error) { end(row, FleetProbeResult::State::Failed, error); });
    connect(runner, &HostJobRunner::opened, this, [this, row, runner, plan]() {
        JobProgress *job = runner->startProbe(plan);
        connect(job, &JobProgress::finished, this, [this, row, job](const PipelineResult &result) {
            const HostJobState &state = job->state();
            if (!state.facts) {
                end(row, FleetProbeResult::State::Failed, result.message);
                return;
            }
            m_rows[size_t(row)].result.verdict = state.evaluation.verdict;
            m_rows[size_t(row)].result.summary = state.evaluation.summary;
            end(row, FleetProbeResult::State::Done);
        });
    });
    QString error;
    HostTarget target = r.host.target;
    if (!runner->open(target, &error))
        QTimer::singleShot(0, this, [this, row, error]() { end(row, FleetProbeResult::State::Failed, error); });
}

void FleetProbe::end(int row, FleetProbeResult::State state, const QString &error)
{
    Row &r = m_rows[size_t(row)];
    if (!r.runner)
        return;
    // Not deleted inside its own signal: the runner goes from the event loop.
    r.runner->disconnect(this);
    r.runner->deleteLater();
    r.runner = nullptr;
    --m_running;
    r.result.state = state;
    r.result.error = error.isEmpty() && state == FleetProbeResult::State::Cancelled ? Tr::tr("Stopped.") : error;
    emit hostChanged(row);
    launchMore();
    if (!isRunning())
        emit finished();
}

} // namespace eflow::jobs
