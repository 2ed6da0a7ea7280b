// The shared plan model: release defaults, licence acceptance rules and change signals.
#include <QtTest>

#include "engine/plan/PlanModel.h"

using namespace eflow::plan;

Q_DECLARE_METATYPE(eflow::plan::EflowRelease)

class TestPlanModel final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFollowRelease_data()
    {
        QTest::addColumn<EflowRelease>("release");
        QTest::addColumn<int>("disk");
        QTest::addColumn<int>("memory");
        QTest::addColumn<int>("cpus");
        QTest::newRow("1.1 LTS as WAC shows it") << EflowRelease::Lts1_1 << 16 << 1024 << 2;
        QTest::newRow("1.4 LTS") << EflowRelease::Lts1_4 << 29 << 1024 << 2;
        QTest::newRow("1.5 LTS") << EflowRelease::Lts1_5 << 29 << 1024 << 2;
    }

    void defaultsFollowRelease()
    {
        QFETCH(EflowRelease, release);
        QFETCH(int, disk);
        QFETCH(int, memory);
        QFETCH(int, cpus);
        PlanModel model;
        if (model.release() == release)
            model.setRelease(EflowRelease::Lts1_1 == release ? EflowRelease::Lts1_5 : EflowRelease::Lts1_1);
        model.setRelease(release);
        QCOMPARE(model.plan().vm.diskSizeGb.value_or(-1), disk);
        QCOMPARE(model.plan().vm.memoryMb, memory);
        QCOMPARE(model.plan().vm.cpuCount, cpus);
        QVERIFY(!model.plan().vm.dataSizeGb);
    }

    void licenseAcceptanceDoesNotCarryAcrossReleases()
    {
        PlanModel model;
        QCOMPARE(model.release(), EflowRelease::Lts1_5);
        QSignalSpy license(&model, &PlanModel::licenseChanged);
        QSignalSpy release(&model, &PlanModel::releaseChanged);
        model.setEulaAccepted(true);
        model.setOptionalTelemetry(true);
        QCOMPARE(license.count(), 2);
        QCOMPARE(model.acceptEulaArgument(), QStringLiteral("Yes"));
        QCOMPARE(model.acceptOptionalTelemetryArgument(), QStringLiteral("Yes"));

        model.setRelease(EflowRelease::Lts1_1);
        QCOMPARE(release.count(), 1);
        QVERIFY(!model.eulaAccepted());
        QCOMPARE(model.acceptEulaArgument(), QStringLiteral("No"));
        QVERIFY(model.optionalTelemetry()); // a preference, not a legal acceptance

        model.setRelease(EflowRelease::Lts1_1); // no change, no signal
        QCOMPARE(release.count(), 1);
    }

    void releaseKeysRoundTrip()
    {
        for (EflowRelease r : supportedReleases()) {
            QCOMPARE(releaseFromKey(releaseKey(r)), r);
            QVERIFY(!displayName(r).isEmpty());
        }
        QCOMPARE(releaseFromKey(QStringLiteral("9.9")), EflowRelease::Unknown);
        QVERIFY(usesAziot(EflowRelease::Lts1_4));
        QVERIFY(!usesAziot(EflowRelease::Lts1_1));
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
