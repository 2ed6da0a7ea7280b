#include "engine/jobs/RestartJob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include "engine/jobs/DurationText.h"
#include "engine/jobs/HostStep.h"
#include "engine/jobs/StepContext.h"

namespace eflow::jobs {

namespace {

using namespace std::chrono_literals;
using host::HostOperation;
using host::HostOperationResult;

struct RestartJobTr
{
    Q_DECLARE_TR_FUNCTIONS(RestartJob)
};

bool waitsForRestart(const host::HostFacts &facts)
{
    return facts.hyperV == host::FeatureState::EnablePending ||
           facts.hyperVPowerShell == host::FeatureState::EnablePending ||
           facts.hyperVHypervisor == host::FeatureState::EnablePending;
}

// One probe, then the verdict: back (facts without a pending feature), or ask again later.
void probeOnce(host::HostBackend *backend, const std::shared_ptr<HostJobState> &state,
               const std::shared_ptr<StepContext> &context, QObject *owner, const HostJobTiming &timing,
               const std::shared_ptr<int> &attempt)
{
    HostOperation *op = backend->probe();
    op->setParent(owner);
    ++*attempt;
    QObject::connect(op, &HostOperation::finished, owner, [=]() {
        const HostOperationResult result = op->result();
        op->deleteLater();
        if (result.ok()) {
            QString error;
            if (auto facts = host::hostFactsFromJson(result.data, &error)) {
                state->facts = *facts;
                if (!waitsForRestart(*facts)) {
                    context->log(RestartJobTr::tr("The host answers again."));
                    context->succeed();
                    owner->deleteLater();
                    return;
                }
                context->log(RestartJobTr::tr("The host answers, but Windows has not restarted yet."));
            } else {
                context->log(error);
            }
        } else {
            context->log(RestartJobTr::tr("No answer yet (attempt %1): %2").arg(*attempt).arg(result.error));
        }
        QTimer::singleShot(timing.reconnectPollMs, owner,
                           [=]() { probeOnce(backend, state, context, owner, timing, attempt); });
    });
}

Step reconnectStep(host::HostBackend *backend, std::shared_ptr<HostJobState> state, HostJobTiming timing)
{
    Step step;
    step.id = QStringLiteral("reconnect");
    step.title = RestartJobTr::tr("Wait for Windows to restart and reconnect");
    step.thread = StepThread::Calling;
    step.timeout = std::chrono::milliseconds(timing.restartSettleMs + timing.reconnectTimeoutMs + 60000);
    step.weight = 8;
    auto waiter = std::make_shared<QPointer<QObject>>();
    step.body = [backend, state, timing, waiter](const std::shared_ptr<StepContext> &context) {
        auto *owner = new QObject;
        *waiter = owner;
        auto *deadline = new QTimer(owner);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, owner, [context, owner, timing]() {
            context->fail(RestartJobTr::tr("The host did not answer within %1 after the restart. Check that "
                                           "Windows has started and the network is up, then try again.")
                              .arg(durationText(timing.restartSettleMs + timing.reconnectTimeoutMs)));
            owner->deleteLater();
        });
        deadline->start(timing.restartSettleMs + timing.reconnectTimeoutMs);
        context->log(RestartJobTr::tr("Waiting up to %1 for the host to answer again.")
                         .arg(durationText(timing.restartSettleMs + timing.reconnectTimeoutMs)));
        auto attempt = std::make_shared<int>(0);
        QTimer::singleShot(timing.restartSettleMs, owner,
                           [=]() { probeOnce(backend, state, context, owner, timing, attempt); });
    };
    step.cleanup = [waiter]() {
        // Deleting the owner deletes the running probe (which stops its process) and the timers.
        if (QObject *owner = waiter->data())
            owner->deleteLater();
    };
    return step;
}

} // namespace

QString restartJobKind()
{
    return QStringLiteral("restart");
}

QList<Step> restartSteps(host::HostBackend *backend, std::shared_ptr<HostJobState> state,
                         HostJobTiming timing)
{
    QList<Step> steps;
    Step restart = hostStep(
        QStringLiteral("restart"), RestartJobTr::tr("Restart Windows on the target device"), 3min,
        [backend]() { return backend->restartHost(); }, {}, state);
    restart.weight = 1;
    steps << restart << reconnectStep(backend, std::move(state), timing);
    return steps;
}

} // namespace eflow::jobs
