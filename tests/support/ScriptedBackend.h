#pragma once

// A HostBackend whose every operation answers what the test scripted, by operation name (the jobs'
// tests: tst_jobs_hostjobs, tst_jobs_restart).
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "engine/host/HostBackend.h"

namespace eflow::testsupport {

// What one call of the scripted backend answers.
struct Answer
{
    host::HostOperationResult::Outcome outcome = host::HostOperationResult::Outcome::Ok;
    QJsonObject data;
    QString error;
    QStringList lines;
    bool hang = false; // never finishes on its own (for cancel)
};

class ScriptedBackend final : public host::HostBackend
{
public:
    QMap<QString, Answer> answers;
    QStringList calls;
    int aborted = 0;
    QString secretSeen;

    QString describe() const override { return QStringLiteral("scripted"); }
    bool isSimulated() const override { return true; }

    // Answers used once each, in order, before answers[name] (a host that fails, then answers).
    QMap<QString, QList<Answer>> queued;

    host::HostOperation *run(const QString &name)
    {
        calls << name;
        auto *op = new host::HostOperation(name);
        const Answer answer = queued[name].isEmpty() ? answers.value(name) : queued[name].takeFirst();
        op->setAbortHandler([this]() { ++aborted; });
        if (answer.hang)
            return op;
        QTimer::singleShot(1, op, [op, answer]() {
            for (const QString &line : answer.lines)
                op->reportLine(line);
            if (answer.outcome == host::HostOperationResult::Outcome::Ok)
                op->succeed(answer.data);
            else
                op->fail(answer.error);
        });
        return op;
    }

    host::HostOperation *probe(const QString &) override { return run(QStringLiteral("probe")); }
    host::HostOperation *enableHyperV() override { return run(QStringLiteral("enableHyperV")); }
    host::HostOperation *createSwitch(const plan::SwitchCreation &) override
    {
        return run(QStringLiteral("createSwitch"));
    }
    host::HostOperation *installEflow(plan::EflowRelease, const plan::InstallSettings &) override
    {
        return run(QStringLiteral("installEflow"));
    }
    host::HostOperation *deploy(const plan::DeploymentPlan &) override
    {
        return run(QStringLiteral("deploy"));
    }
    host::HostOperation *provision(plan::EflowRelease, const plan::ProvisioningSettings &,
                                   host::ProvisioningSecret secret) override
    {
        secretSeen = QString::fromLatin1(secret.value.view());
        return run(QStringLiteral("provision"));
    }
    host::HostOperation *vmStatus() override { return run(QStringLiteral("vmStatus")); }
    host::HostOperation *moduleList() override { return run(QStringLiteral("moduleList")); }
    host::HostOperation *serviceStatus(plan::EflowRelease) override
    {
        return run(QStringLiteral("serviceStatus"));
    }
    host::HostOperation *check(plan::EflowRelease) override { return run(QStringLiteral("check")); }
    host::HostOperation *logs(plan::EflowRelease, int) override { return run(QStringLiteral("logs")); }
    host::HostOperation *supportBundle() override { return run(QStringLiteral("supportBundle")); }
    host::HostOperation *restartHost() override { return run(QStringLiteral("restartHost")); }
    host::HostOperation *uninstallEflow() override { return run(QStringLiteral("uninstallEflow")); }
    host::HostOperation *configureEdgeProxy(plan::EflowRelease, const plan::EdgeProxySettings &proxy) override
    {
        lastEdgeProxy = proxy;
        return run(QStringLiteral("configureEdgeProxy"));
    }
    plan::EdgeProxySettings lastEdgeProxy;
};

// A Windows 11 Pro host that passes every check (the host jobs' tests start from it).
inline host::HostFacts goodFacts()
{
    host::HostFacts f;
    f.computerName = QStringLiteral("EDGE-01");
    f.osCaption = QStringLiteral("Microsoft Windows 11 Pro");
    f.osVersion = QStringLiteral("10.0.22631");
    f.buildNumber = 22631;
    f.ubr = 2715;
    f.operatingSystemSku = 48;
    f.productType = 1;
    f.architecture = QStringLiteral("AMD64");
    f.totalMemoryMb = 16384;
    f.freeMemoryMb = 9000;
    f.logicalProcessors = 8;
    f.disk = {QStringLiteral("C:"), 200000, 500000};
    f.hyperV = host::FeatureState::Enabled;
    f.hyperVPowerShell = host::FeatureState::Enabled;
    f.hyperVHypervisor = host::FeatureState::Enabled;
    f.openSshClient = host::FeatureState::Enabled;
    f.hypervisorPresent = true;
    f.firmwareVirtualization = true;
    f.services = {{QStringLiteral("vmms"), host::ServiceRunState::Running},
                  {QStringLiteral("vmcompute"), host::ServiceRunState::Running},
                  {QStringLiteral("hvhost"), host::ServiceRunState::Running}};
    host::VirtualSwitch def;
    def.name = QStringLiteral("Default Switch");
    def.kind = host::SwitchKind::Internal;
    def.isDefaultSwitch = true;
    f.switches = {def};
    f.elevated = true;
    f.executionPolicy = QStringLiteral("Bypass");
    f.psEdition = QStringLiteral("Desktop");
    f.psVersion = QStringLiteral("5.1.22621.2506");
    return f;
}

} // namespace eflow::testsupport
