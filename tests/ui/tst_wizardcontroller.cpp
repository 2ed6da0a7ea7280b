// The wizard's controller over a demo host: probe, deploy (and its resume after the controller died
// mid-run), the DPS credential check with the right and a wrong key, provisioning, status refresh, and
// the remembered ssh targets. Everything asynchronous; nothing here may block the event loop.
#undef QT_NO_CAST_FROM_ASCII
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "tests/support/UiTestSupport.h"

using namespace eflow;

class TestWizardController final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    static bool deploy(ui::WizardController &controller)
    {
        return eflow::uitest::deployAndWait(controller, 30000) == jobs::PipelineOutcome::Succeeded;
    }

    static host::ProvisioningSecret secretOf(const crypto::SecureBytes &key)
    {
        return eflow::uitest::secretOf(key);
    }

private slots:
    void init()
    {
        // Each test gets its own demo machine, local DPS state, journal and settings.
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_dir->filePath("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath("config").toUtf8());
    }

    void probeEvaluatesThePlan()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QString error;
        QVERIFY2(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win11-pro", 0.0), &error),
                 qPrintable(error));
        QVERIFY(controller.isDemo());
        QSignalSpy finished(&controller, &ui::WizardController::probeFinished);
        controller.startProbe();
        QVERIFY(controller.isProbing());
        QVERIFY(finished.wait(10000));
        QVERIFY(!controller.isProbing());
        QVERIFY(controller.facts().has_value());
        QCOMPARE(controller.evaluation().verdict, host::TargetVerdict::Supported);
        QVERIFY(controller.hostLimits().logicalProcessors > 0);

        // Settings that do not fit change the verdict on re-evaluation.
        plan::VmSettings vm = controller.plan()->plan().vm;
        vm.memoryMb = 1024 * 1024;
        controller.plan()->setVmSettings(vm);
        controller.reevaluate();
        QCOMPARE(controller.evaluation().verdict, host::TargetVerdict::Unsupported);
    }

    void unsupportedHost()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win10-home", 0.0)));
        QSignalSpy finished(&controller, &ui::WizardController::probeFinished);
        controller.startProbe();
        QVERIFY(finished.wait(10000));
        QCOMPARE(controller.evaluation().verdict, host::TargetVerdict::Unsupported);
        QVERIFY(controller.evaluation().summary.startsWith("Unsupported"));
    }

    void unknownTargetsAreRefused()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QString error;
        QVERIFY(!eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win95"), &error));
        QVERIFY(error.contains("win95"));
        QVERIFY(!eflow::uitest::openTarget(controller, jobs::HostTarget{}, &error));
        QVERIFY(!controller.isOpen());
        QSignalSpy finished(&controller, &ui::WizardController::probeFinished);
        controller.startProbe();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!controller.probeError().isEmpty());
    }

    void deployProvisionAndStatus()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win11-pro", 0.0)));
        QVERIFY(deploy(controller));
        QCOMPARE(controller.deployState().deployResult.value("result").toString(), QStringLiteral("OK"));
        QVERIFY(!controller.pendingDeploy().has_value());

        const plan::ProvisioningSettings settings = eflow::uitest::demoProvisioning(controller);
        controller.plan()->setProvisioningSettings(settings);

        QSignalSpy checked(&controller, &ui::WizardController::dpsCheckFinished);
        controller.checkWithDps(settings, secretOf(controller.demoIndividualKey()));
        QVERIFY(checked.wait(20000));
        QVERIFY(checked.first().first().value<dps::DpsOutcome>().isAssigned());

        QSignalSpy provisioned(&controller, &ui::WizardController::provisionFinished);
        controller.startProvision(secretOf(controller.demoIndividualKey()));
        QVERIFY(provisioned.wait(30000));
        QCOMPARE(provisioned.first().first().value<jobs::PipelineResult>().outcome,
                 jobs::PipelineOutcome::Succeeded);
        QVERIFY(controller.provisionState().modules.has_value());
        // The overview starts from what provisioning read.
        QVERIFY(controller.status().modules.has_value());

        QSignalSpy refreshed(&controller, &ui::WizardController::statusRefreshed);
        controller.refreshStatus();
        QVERIFY(controller.isRefreshing());
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(controller.status().modules->modules.first().name, QStringLiteral("edgeAgent"));
        QCOMPARE(controller.status().service->state, host::ServiceState::Active);
    }

    void wrongKeyIsRejected()
    {
        QObject owner;
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win11-pro", 0.0)));
        QVERIFY(deploy(controller));
        const plan::ProvisioningSettings settings = eflow::uitest::demoProvisioning(controller);
        controller.plan()->setProvisioningSettings(settings);
        const crypto::SecureBytes wrong(
            QByteArrayView("c2ltdWxhdGVkLXdyb25nLWtleS1mb3ItdGhlLWRlbW8tZW5yb2xsbWVudC0xMjM0NQ=="));

        QSignalSpy checked(&controller, &ui::WizardController::dpsCheckFinished);
        controller.checkWithDps(settings, secretOf(wrong));
        QVERIFY(checked.wait(20000));
        const dps::DpsOutcome outcome = checked.first().first().value<dps::DpsOutcome>();
        QVERIFY(!outcome.isAssigned());
        QCOMPARE(outcome.error.httpStatus, 401);

        QSignalSpy provisioned(&controller, &ui::WizardController::provisionFinished);
        controller.startProvision(secretOf(wrong));
        QVERIFY(provisioned.wait(30000));
        QCOMPARE(provisioned.first().first().value<jobs::PipelineResult>().outcome,
                 jobs::PipelineOutcome::Failed);
        QVERIFY(controller.provisionState().runtimeLog.join('\n').contains("401"));
    }

    void interruptedDeployIsOfferedAndResumes()
    {
        QObject owner;
        {
            ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                            eflow::testsupport::hostFactory());
            QVERIFY(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win11-pro", 2.0)));
            jobs::JobProgress *pipeline = controller.startDeploy();
            QVERIFY(pipeline);
            // Wait until the MSI install runs, then let the controller die (as the window closing would).
            QTRY_VERIFY_WITH_TIMEOUT(
                pipeline->stepCount() > 0 && pipeline->currentStep() >= pipeline->indexOf("install"), 30000);
        }
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win11-pro", 0.0)));
        const auto pending = controller.pendingDeploy();
        QVERIFY(pending.has_value());
        QCOMPARE(pending->kind, QStringLiteral("deploy"));
        QSignalSpy done(&controller, &ui::WizardController::deployFinished);
        jobs::JobProgress *pipeline = controller.startDeploy(true);
        QVERIFY(pipeline);
        // The steps come from the engine's thread, the journalled ones already done.
        QTRY_VERIFY(pipeline->stepCount() > 0);
        QCOMPARE(pipeline->stepState(pipeline->indexOf("probe")), jobs::StepState::Done);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QCOMPARE(done.first().first().value<jobs::PipelineResult>().outcome,
                 jobs::PipelineOutcome::Succeeded);
        QVERIFY(!controller.pendingDeploy().has_value());
    }

    void abandonedDeployIsNotOfferedAgain()
    {
        QObject owner;
        {
            ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                            eflow::testsupport::hostFactory());
            QVERIFY(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win11-pro", 2.0)));
            jobs::JobProgress *pipeline = controller.startDeploy();
            QTRY_VERIFY_WITH_TIMEOUT(
                pipeline->stepCount() > 0 && pipeline->currentStep() >= pipeline->indexOf("install"), 30000);
        }
        ui::WizardController controller(eflow::uitest::newLicensedPlan(&owner),
                                        eflow::testsupport::hostFactory());
        QVERIFY(eflow::uitest::openTarget(controller, jobs::HostTarget::demo("win11-pro", 0.0)));
        QVERIFY(controller.pendingDeploy().has_value());
        controller.abandonPendingDeploy();
        QVERIFY(!controller.pendingDeploy().has_value());
    }

    void remembersSshTargets()
    {
        ui::WizardController::rememberSshTarget("ssh://admin@edge-01");
        ui::WizardController::rememberSshTarget("ssh://admin@edge-02:2222");
        ui::WizardController::rememberSshTarget("ssh://admin@edge-01");
        ui::WizardController::rememberSshTarget("not a target");
        QCOMPARE(ui::WizardController::recentSshTargets(),
                 (QStringList{"ssh://admin@edge-01", "ssh://admin@edge-02:2222"}));
    }
};

QTEST_GUILESS_MAIN(TestWizardController)
#include "tst_wizardcontroller.moc"
