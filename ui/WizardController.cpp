#include "ui/WizardController.h"

#include <QSettings>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/dps/DpsTransport.h"
#include "engine/plan/PlanFile.h"
#include "engine/plan/PlanModel.h"
#include "engine/sim/DemoEnvironment.h"
#include "engine/support/Redactor.h"

namespace eflow::ui {

namespace {

const QString kRecentTargetsKey = QStringLiteral("targets/recentSsh");
constexpr int kRecentTargetsMax = 8;

plan::EflowRelease releaseFor(const plan::PlanModel &model, const std::optional<host::HostFacts> &facts)
{
    if (facts && facts->eflow.installed && facts->eflow.release != plan::EflowRelease::Unknown)
        return facts->eflow.release;
    if (model.release() != plan::EflowRelease::Unknown)
        return model.release();
    return plan::defaultRelease();
}

} // namespace

WizardController::WizardController(plan::PlanModel *plan, QObject *parent, const QString &journalDirectory)
    : QObject(parent)
    , m_plan(plan)
    , m_session(std::make_unique<jobs::HostSession>())
    , m_journal(journalDirectory.isEmpty() ? jobs::Journal::defaultDirectory() : journalDirectory)
    , m_deployState(std::make_shared<jobs::HostJobState>())
    , m_provisionState(std::make_shared<jobs::HostJobState>())
    , m_statusState(std::make_shared<jobs::HostJobState>())
{}

WizardController::~WizardController()
{
    // Pipelines cancel themselves without signals when destroyed; operations and the DPS client are
    // children or deleted here, before the session (and its backend) goes.
    m_status.reset();
    m_provision.reset();
    m_deploy.reset();
    if (m_probe) {
        m_probe->disconnect(this);
        delete m_probe;
        m_probe = nullptr;
    }
    delete m_dpsClient;
    m_dpsClient = nullptr;
    m_session.reset();
}

bool WizardController::openTarget(const jobs::HostTarget &target, QString *error)
{
    cancelProbe();
    cancelDpsCheck();
    m_status.reset();
    m_facts.reset();
    m_evaluation = {};
    m_probeError.clear();
    // "Check with DPS" and the demo's local DPS need TLS; its first use would otherwise cost the GUI
    // thread a few hundred milliseconds (backend start-up and the system's root store). Started here,
    // not at construction: a target is opened after the window's first paint, which it must not slow.
    dps::preloadTls();
    if (!m_session->open(target, error))
        return false;
    emit targetChanged();
    return true;
}

QStringList WizardController::recentSshTargets()
{
    return QSettings().value(kRecentTargetsKey).toStringList();
}

void WizardController::rememberSshTarget(const QString &url)
{
    if (!jobs::HostTarget::fromSshUrl(url))
        return;
    QStringList list = recentSshTargets();
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > kRecentTargetsMax)
        list.removeLast();
    QSettings().setValue(kRecentTargetsKey, list);
}

void WizardController::startProbe()
{
    if (m_probe)
        return;
    m_facts.reset();
    m_evaluation = {};
    m_probeError.clear();
    if (!backend()) {
        m_probeError = tr("No target device was chosen.");
        emit probeFinished();
        return;
    }
    const QString vhdxDir = m_plan->plan().install.vhdxDir;
    const QString drive =
        vhdxDir.size() >= 2 && vhdxDir.at(1) == QLatin1Char(':') ? vhdxDir.left(2) : QString();
    m_probe = backend()->probe(drive);
    m_probe->setParent(this);
    connect(m_probe, &host::HostOperation::finished, this, [this]() {
        host::HostOperation *op = m_probe;
        m_probe = nullptr;
        const host::HostOperationResult &result = op->result();
        if (result.ok()) {
            QString error;
            m_facts = host::hostFactsFromJson(result.data, &error);
            if (m_facts)
                m_evaluation = host::evaluateTarget(*m_facts, m_plan->plan());
            else
                m_probeError = tr("The device's answer could not be read: %1").arg(error);
        } else {
            m_probeError = result.error;
            if (result.explanation.isKnown())
                m_probeError = tr("%1\nCause: %2\nFix: %3")
                                   .arg(result.error, result.explanation.cause, result.explanation.fix);
        }
        op->deleteLater();
        emit probeFinished();
    });
    emit probeStarted();
}

void WizardController::cancelProbe()
{
    if (m_probe)
        m_probe->cancel(); // finished() follows synchronously and clears m_probe
}

void WizardController::reevaluate()
{
    if (m_facts)
        m_evaluation = host::evaluateTarget(*m_facts, m_plan->plan());
}

plan::HostLimits WizardController::hostLimits() const
{
    plan::HostLimits limits;
    if (!m_facts)
        return limits;
    limits.logicalProcessors = qMax(0, m_facts->logicalProcessors);
    limits.freeMemoryMb = qMax<qint64>(0, m_facts->freeMemoryMb);
    for (const host::GpuInfo &gpu : m_facts->gpus)
        limits.gpuNames << gpu.name;
    return limits;
}

std::optional<jobs::JournalEntry> WizardController::pendingDeploy() const
{
    if (!backend())
        return std::nullopt;
    return jobs::pendingHostJob(m_journal, jobs::deployJobKind(), m_session->describe());
}

void WizardController::abandonPendingDeploy()
{
    if (const auto entry = pendingDeploy())
        m_journal.abandon(entry->jobId);
}

jobs::Pipeline *WizardController::startDeploy(bool resume)
{
    if (!backend())
        return nullptr;
    if (m_deploy && m_deploy->isRunning())
        return m_deploy.get();

    std::optional<jobs::JournalEntry> entry;
    if (resume) {
        entry = pendingDeploy();
        if (entry) {
            // The interrupted job continues with the plan it started with.
            if (auto journalled = plan::planFromJson(entry->plan.value(QStringLiteral("plan")).toObject()))
                m_plan->setPlan(*journalled);
            else
                entry.reset();
        }
    }

    m_deployState = std::make_shared<jobs::HostJobState>();
    const plan::DeploymentPlan plan = m_plan->plan();
    const QList<jobs::Step> steps = jobs::deploySteps(backend(), plan, m_deployState);
    m_deploy = std::make_unique<jobs::Pipeline>(steps);

    QString jobId;
    if (entry && jobs::Journal::restore(*m_deploy, *entry)) {
        jobId = entry->jobId;
    } else {
        jobId = m_journal.begin(jobs::deployJobKind(), jobs::journalPlanSnapshot(plan, m_session->describe()),
                                jobs::stepIds(steps));
    }
    if (!jobId.isEmpty())
        m_journal.attach(m_deploy.get(), jobId);

    jobs::Pipeline *pipeline = m_deploy.get();
    connect(pipeline, &jobs::Pipeline::finished, this, [this, pipeline](const jobs::PipelineResult &result) {
        if (pipeline != m_deploy.get())
            return;
        if (result.outcome == jobs::PipelineOutcome::Succeeded && m_deployState->facts) {
            // What was deployed is now part of what is known about the host.
            m_facts = m_deployState->facts;
        }
        emit deployFinished(result);
    });
    emit deployStarted(pipeline);
    pipeline->start();
    return pipeline;
}

void WizardController::checkWithDps(const plan::ProvisioningSettings &settings,
                                    host::ProvisioningSecret secret)
{
    cancelDpsCheck();
    dps::DpsDeviceClientOptions options;
    if (sim::DemoEnvironment *demo = m_session->demo())
        options = demo->deviceClientOptions();
    else if (!settings.globalEndpoint.isEmpty())
        options.endpoint = QUrl(settings.globalEndpoint);

    crypto::SecureBytes key;
    const bool decoded = crypto::decodeBase64Strict(secret.value.view(), key);
    secret.value.wipe();
    auto *client = new dps::DpsDeviceClient(options, this);
    m_dpsClient = client;
    connect(client, &dps::DpsDeviceClient::finished, this, [this, client](const dps::DpsOutcome &outcome) {
        if (m_dpsClient == client)
            m_dpsClient = nullptr;
        client->deleteLater();
        emit dpsCheckFinished(outcome);
    });
    // With a key that is not base64 the client reports the input error through finished().
    client->registerDevice(settings.idScope, settings.registrationId,
                           decoded ? std::move(key) : crypto::SecureBytes());
}

void WizardController::cancelDpsCheck()
{
    if (auto *client = qobject_cast<dps::DpsDeviceClient *>(m_dpsClient))
        client->cancel(); // finished(Cancelled) follows synchronously
    m_dpsClient = nullptr;
}

jobs::Pipeline *WizardController::startProvision(host::ProvisioningSecret secret)
{
    if (!backend())
        return nullptr;
    if (m_provision && m_provision->isRunning())
        return m_provision.get();

    m_provisionState = std::make_shared<jobs::HostJobState>();
    plan::DeploymentPlan plan = m_plan->plan();
    plan.release = releaseFor(*m_plan, m_facts);
    // The secret is handed to the job once, when its provision step starts; a retry asks again and
    // gets nothing, so the page must start a new provision with the key the user still has.
    jobs::SecretProvider provider = jobs::oneTimeSecret(
        std::move(secret), tr("The key was already used; enter it again to provision again."));
    jobs::HostJobTiming timing = m_timing;
    if (m_session->demo() && m_session->target().speed <= 0.0)
        timing.runtimePollIntervalMs = 50;
    const QList<jobs::Step> steps = jobs::provisionSteps(backend(), plan, provider, m_provisionState, timing);
    m_provision = std::make_unique<jobs::Pipeline>(steps);
    const QString jobId =
        m_journal.begin(jobs::provisionJobKind(), jobs::journalPlanSnapshot(plan, m_session->describe()),
                        jobs::stepIds(steps));
    if (!jobId.isEmpty())
        m_journal.attach(m_provision.get(), jobId);

    jobs::Pipeline *pipeline = m_provision.get();
    connect(pipeline, &jobs::Pipeline::finished, this, [this, pipeline](const jobs::PipelineResult &result) {
        if (pipeline != m_provision.get())
            return;
        // The overview starts from what provisioning read last.
        m_statusState = m_provisionState;
        emit provisionFinished(result);
    });
    emit provisionStarted(pipeline);
    pipeline->start();
    return pipeline;
}

void WizardController::refreshStatus()
{
    if (!backend() || (m_status && m_status->isRunning()))
        return;
    auto fresh = std::make_shared<jobs::HostJobState>();
    m_status =
        std::make_unique<jobs::Pipeline>(jobs::statusSteps(backend(), releaseFor(*m_plan, m_facts), fresh));
    jobs::Pipeline *pipeline = m_status.get();
    connect(pipeline, &jobs::Pipeline::finished, this, [this, pipeline, fresh](const jobs::PipelineResult &) {
        if (pipeline != m_status.get())
            return;
        // The previous status stays visible until the new one is complete.
        m_statusState = fresh;
        emit statusRefreshed();
    });
    pipeline->start();
}

QString WizardController::demoIdScope() const
{
    return m_session->demo() ? m_session->demo()->idScope() : QString();
}

QString WizardController::demoEndpoint() const
{
    return m_session->demo() ? m_session->demo()->endpoint() : QString();
}

crypto::SecureBytes WizardController::demoIndividualKey() const
{
    return m_session->demo() ? m_session->demo()->individualKey() : crypto::SecureBytes();
}

crypto::SecureBytes WizardController::demoGroupKey() const
{
    return m_session->demo() ? m_session->demo()->groupKey() : crypto::SecureBytes();
}

} // namespace eflow::ui
