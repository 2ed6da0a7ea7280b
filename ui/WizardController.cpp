#include "ui/WizardController.h"

#include <QCoreApplication>
#include <QThreadPool>

#include "engine/crypto/SecureBytes.h"
#include "engine/host/SshKnownHosts.h"
#include "engine/plan/PlanFile.h"
#include "engine/plan/PlanModel.h"
#include "engine/support/AppSettings.h"
#include "engine/support/KeychainSecretStore.h"
#include "ui/enrollments/DpsServiceConnection.h"

namespace eflow::ui {

namespace {

const jobs::HostJobState &emptyState()
{
    static const jobs::HostJobState empty;
    return empty;
}

} // namespace

WizardController::WizardController(plan::PlanModel *plan, std::shared_ptr<const jobs::HostFactory> hosts,
                                   QObject *parent, const QString &journalDirectory)
    : QObject(parent)
    , m_plan(plan)
    , m_runner(std::make_unique<jobs::HostJobRunner>(std::move(hosts), journalDirectory))
    , m_secrets(std::make_unique<support::KeychainSecretStore>())
{
    connect(m_runner.get(), &jobs::HostJobRunner::opened, this, &WizardController::targetChanged);
    connect(m_runner.get(), &jobs::HostJobRunner::openFailed, this, [this](const QString &error) {
        // A probe asked for while the host opened ends with the reason.
        if (m_probe && m_probe->isRunning())
            m_probeError = error;
        emit targetFailed(error);
    });
    connect(m_runner.get(), &jobs::HostJobRunner::dpsChecked, this, &WizardController::dpsCheckFinished);
    connect(m_runner.get(), &jobs::HostJobRunner::logsFetched, this, &WizardController::logsFetched);
    connect(m_runner.get(), &jobs::HostJobRunner::licenseTermsFetched, this,
            &WizardController::licenseTermsFetched);
    connect(m_runner.get(), &jobs::HostJobRunner::enrollmentVerified, this,
            &WizardController::enrollmentVerified);
    // A service connection made after provisioning (the Enrollments window) answers the Verify step again:
    // the new question replaces the old one, whose answer no longer counts.
    connect(DpsServiceConnection::of(this), &DpsServiceConnection::changed, this, [this] {
        if (m_verifyAsked)
            askVerification();
    });
}

WizardController::~WizardController()
{
    // The runner stops its worker (cancelling every job without signals) before the plan goes.
    m_runner.reset();
}

bool WizardController::openTarget(const jobs::HostTarget &target, QString *error)
{
    cancelProbe();
    cancelDpsCheck();
    m_facts.reset();
    m_evaluation = {};
    m_probeError.clear();
    m_probeFailure = {};
    m_statusState = {};
    if (!m_runner->open(target, error))
        return false;
    m_target = target;
    return true;
}

QString WizardController::describe() const
{
    return m_runner->host() ? m_runner->host()->description : QString();
}

QStringList WizardController::recentSshTargets()
{
    return support::AppSettings().recentSshTargets();
}

void WizardController::rememberSshTarget(const QString &url)
{
    if (!jobs::HostTarget::fromSshUrl(url))
        return;
    support::AppSettings().rememberSshTarget(url);
}

void WizardController::setSecretStore(std::unique_ptr<support::SecretStore> store)
{
    Q_ASSERT(store);
    if (store)
        m_secrets = std::move(store);
}

void WizardController::startProbe()
{
    if (isProbing())
        return;
    m_facts.reset();
    m_evaluation = {};
    m_probeError.clear();
    m_probeFailure = {};
    if (!isOpen() && !isOpening()) {
        m_probeError = tr("No target device was chosen.");
        emit probeFinished();
        return;
    }
    m_probe = m_runner->startProbe(m_plan->plan());
    connect(m_probe, &jobs::JobProgress::finished, this, &WizardController::onProbeFinished);
    emit probeStarted();
}

void WizardController::onProbeFinished()
{
    const jobs::HostJobState &state = m_probe->state();
    if (state.facts) {
        m_facts = state.facts;
        m_evaluation = host::evaluateTarget(*m_facts, m_plan->plan());
    } else if (m_probeError.isEmpty()) {
        m_probeError = m_probe->result().message;
        m_probeFailure = state.lastFailure;
    }
    emit probeFinished();
}

void WizardController::trustHostKey(const QJsonObject &details)
{
    const QString host = details.value(QStringLiteral("host")).toString();
    const int port = details.value(QStringLiteral("port")).toInt();
    const QString fingerprint = details.value(QStringLiteral("fingerprint")).toString();
    QString file = details.value(QStringLiteral("knownHostsFile")).toString();
    if (file.isEmpty())
        file = host::SshKnownHosts::defaultFile();
    QPointer<WizardController> self(this);
    // ssh-keyscan may take seconds: never on the GUI thread.
    QThreadPool::globalInstance()->start([self, file, host, port, fingerprint] {
        QString error;
        const bool trusted = host::SshKnownHosts::trust(file, host, port, fingerprint, &error);
        QMetaObject::invokeMethod(
            qApp,
            [self, trusted, error] {
                if (self)
                    emit self->hostKeyTrusted(trusted, error);
            },
            Qt::QueuedConnection);
    });
}

void WizardController::cancelProbe()
{
    if (isProbing())
        m_probe->cancel(); // probeFinished() follows when the worker has stopped it
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
    const QList<jobs::JournalEntry> pending = m_runner->pendingJobs(jobs::deployJobKind());
    if (pending.isEmpty())
        return std::nullopt;
    return pending.constFirst();
}

void WizardController::abandonPendingDeploy()
{
    if (const auto entry = pendingDeploy())
        m_runner->abandon(entry->jobId);
}

const jobs::HostJobState &WizardController::deployState() const
{
    return m_deploy ? m_deploy->state() : emptyState();
}

const jobs::HostJobState &WizardController::provisionState() const
{
    return m_provision ? m_provision->state() : emptyState();
}

jobs::JobProgress *WizardController::startDeploy(bool resume, jobs::DeployOptions options)
{
    if (!isOpen() && !isOpening())
        return nullptr;
    if (m_deploy && m_deploy->isRunning())
        return m_deploy;

    QString resumeJobId;
    if (resume) {
        if (const auto entry = pendingDeploy()) {
            // The interrupted job continues with the plan it started with.
            if (auto journalled = plan::planFromJson(entry->plan.value(QStringLiteral("plan")).toObject())) {
                m_plan->setPlan(*journalled);
                resumeJobId = entry->jobId;
                options = jobs::journalledDeployOptions(entry->plan);
            }
        }
    }
    jobs::JobProgress *job = m_runner->startDeploy(m_plan->plan(), resumeJobId, options);
    m_deploy = job;
    connect(job, &jobs::JobProgress::finished, this, [this, job](const jobs::PipelineResult &result) {
        if (job != m_deploy)
            return;
        if (result.outcome == jobs::PipelineOutcome::Succeeded && job->state().facts) {
            // What was deployed is now part of what is known about the host.
            m_facts = job->state().facts;
        }
        emit deployFinished(result);
    });
    emit deployStarted(job);
    return job;
}

jobs::JobProgress *WizardController::startRestart()
{
    if (!isOpen() && !isOpening())
        return nullptr;
    if (m_restart && m_restart->isRunning())
        return m_restart;
    jobs::HostJobTiming timing = m_timing;
    if (isDemo()) {
        // The simulated host is away for seconds at the demo's pace, not for the minutes of a real one.
        const double speed = m_target.speed;
        timing.restartSettleMs = speed > 0.0 ? int(500 / speed) : 0;
        timing.reconnectPollMs = speed > 0.0 ? int(1000 / speed) : 20;
        timing.reconnectTimeoutMs = 120000;
    }
    jobs::JobProgress *job = m_runner->startRestart(timing);
    m_restart = job;
    connect(job, &jobs::JobProgress::finished, this, [this, job](const jobs::PipelineResult &result) {
        if (job != m_restart)
            return;
        // What the host says after the restart (Hyper-V enabled) is what the pages show from now on.
        if (job->state().facts) {
            m_facts = job->state().facts;
            m_evaluation = host::evaluateTarget(*m_facts, m_plan->plan());
        }
        emit restartFinished(result);
    });
    return job;
}

void WizardController::checkWithDps(const plan::ProvisioningSettings &settings,
                                    host::ProvisioningSecret secret)
{
    cancelDpsCheck();
    crypto::SecureBytes key;
    const bool decoded = crypto::decodeBase64Strict(secret.value.view(), key);
    secret.value.wipe();
    // With a key that is not base64 the client reports the input error through dpsCheckFinished().
    m_runner->checkWithDps(settings, decoded ? std::move(key) : crypto::SecureBytes());
}

void WizardController::cancelDpsCheck()
{
    m_runner->cancelDpsCheck();
}

plan::EflowRelease WizardController::release() const
{
    if (m_facts && m_facts->eflow.installed && m_facts->eflow.release != plan::EflowRelease::Unknown)
        return m_facts->eflow.release;
    if (m_plan->release() != plan::EflowRelease::Unknown)
        return m_plan->release();
    return plan::defaultRelease();
}

jobs::JobProgress *WizardController::startProvision(host::ProvisioningSecret secret)
{
    if (!isOpen() && !isOpening())
        return nullptr;
    if (m_provision && m_provision->isRunning())
        return m_provision;

    plan::DeploymentPlan plan = m_plan->plan();
    plan.release = release();
    jobs::HostJobTiming timing = m_timing;
    if (isDemo() && m_target.speed <= 0.0)
        timing.runtimePollIntervalMs = 50;
    // The secret is handed to the job once, when its provision step starts; a retry asks again and
    // gets nothing, so the page must start a new provision with the key the user still has.
    jobs::JobProgress *job = m_runner->startProvision(
        plan, std::move(secret), tr("The key was already used; enter it again to provision again."), timing);
    m_provision = job;
    connect(job, &jobs::JobProgress::finished, this, [this, job](const jobs::PipelineResult &result) {
        if (job != m_provision)
            return;
        // The overview starts from what provisioning read last.
        m_statusState = job->state();
        emit provisionFinished(result);
    });
    emit provisionStarted(job);
    return job;
}

void WizardController::refreshStatus()
{
    if ((!isOpen() && !isOpening()) || isRefreshing())
        return;
    jobs::JobProgress *job = m_runner->startStatus(release());
    m_status = job;
    connect(job, &jobs::JobProgress::finished, this, [this, job](const jobs::PipelineResult &) {
        if (job != m_status)
            return;
        // The previous status stays visible until the new one is complete.
        m_statusState = job->state();
        emit statusRefreshed();
    });
}

void WizardController::fetchLogs(int lines)
{
    m_runner->fetchLogs(release(), lines);
}

// ---- License terms (issue 13 item 8) ----
void WizardController::fetchLicenseTerms()
{
    if (!isOpen())
        return;
    m_runner->fetchLicenseTerms(m_plan->release(), m_plan->plan().install.msiPath);
}

void WizardController::verifyEnrollment()
{
    m_verifyAsked = true;
    if (!m_runner->isVerifying())
        askVerification();
}

void WizardController::askVerification()
{
    const plan::ProvisioningSettings &settings = m_plan->plan().provisioning;
    QString groupId = provisionState().provisionResult.value(QStringLiteral("enrollmentGroupId")).toString();
    if (groupId.isEmpty())
        groupId = settings.enrollmentGroupId;
    const auto &host = m_runner->host();
    if (host && host->demo && host->demo->serviceConnectionString) {
        m_runner->verifyEnrollment(crypto::SecureBytes(host->demo->serviceConnectionString->view()),
                                   settings.registrationId, groupId, host->demo->serviceClientOptions);
        return;
    }
    // The Enrollments window's connection (issue 15 item 4); without one the answer says how to check in
    // the portal.
    const DpsServiceConnection *connection = DpsServiceConnection::of(this);
    m_runner->verifyEnrollment(connection->connectionString(), settings.registrationId, groupId,
                               connection->options());
}

QString WizardController::demoIdScope() const
{
    const auto &host = m_runner->host();
    return host && host->demo ? host->demo->idScope : QString();
}

QString WizardController::demoEndpoint() const
{
    const auto &host = m_runner->host();
    return host && host->demo ? host->demo->endpoint : QString();
}

crypto::SecureBytes WizardController::demoIndividualKey() const
{
    const auto &host = m_runner->host();
    return host && host->demo && host->demo->individualKey
               ? crypto::SecureBytes(host->demo->individualKey->view())
               : crypto::SecureBytes();
}

crypto::SecureBytes WizardController::demoGroupKey() const
{
    const auto &host = m_runner->host();
    return host && host->demo && host->demo->groupKey ? crypto::SecureBytes(host->demo->groupKey->view())
                                                      : crypto::SecureBytes();
}

} // namespace eflow::ui
