// Issue 17 item 3: the IoT Edge runtime's proxy in the VM. The plan's rule (checkEdgeProxy), the plan
// file, the provision job's step (after Provision-EflowVm, before the runtime is waited for), and the
// demo host, which keeps the proxy it was given.
#include <QtTest>

#include "engine/jobs/HostJobs.h"
#include "engine/jobs/Pipeline.h"
#include "engine/plan/PlanFile.h"
#include "engine/plan/Validation.h"
#include "engine/sim/SimScenario.h"
#include "engine/sim/SimulatedHost.h"
#include "tests/support/ScriptedBackend.h"

using namespace eflow;
using namespace Qt::StringLiterals;
using plan::EdgeProxySettings;
using plan::EflowRelease;
using plan::Field;

class TestPlanEdgeProxy final : public QObject
{
    Q_OBJECT

private slots:
    void rule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("release");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::addColumn<int>("field");
        const int lts14 = int(EflowRelease::Lts1_4);
        const int url = int(Field::EdgeProxyUrl);
        const int proto = int(Field::EdgeUpstreamProtocol);
        QTest::newRow("none") << ""
                              << "" << lts14 << "" << 0;
        QTest::newRow("plain") << "http://proxy.contoso.com:3128"
                               << "" << lts14 << "" << 0;
        QTest::newRow("https proxy") << "https://proxy.contoso.com:443"
                                     << "MqttWs" << lts14 << "" << 0;
        QTest::newRow("ip and slash") << "http://10.0.0.5:8080/"
                                      << "Amqp" << int(EflowRelease::Lts1_5) << "" << 0;
        QTest::newRow("ipv6") << "http://[fd00::5]:3128"
                              << "Mqtt" << lts14 << "" << 0;
        QTest::newRow("release not chosen yet") << "http://p:3128"
                                                << "" << 0 << "" << 0;
        QTest::newRow("blank") << "  "
                               << "" << lts14 << "type the proxy's address" << url;
        QTest::newRow("no scheme") << "proxy.contoso.com:3128"
                                   << "" << lts14 << "" << url;
        QTest::newRow("socks") << "socks5://p:1080"
                               << "" << lts14 << "must start with http://" << url;
        QTest::newRow("credentials") << "http://user:pw@p:3128"
                                     << "" << lts14 << "user name or password" << url;
        QTest::newRow("user only") << "http://user@p:3128"
                                   << "" << lts14 << "user name or password" << url;
        QTest::newRow("no port") << "http://p.contoso.com"
                                 << "" << lts14 << "needs a port" << url;
        QTest::newRow("path") << "http://p:3128/x"
                              << "" << lts14 << "has a path" << url;
        QTest::newRow("query") << "http://p:3128?a=b"
                               << "" << lts14 << "query or fragment" << url;
        QTest::newRow("quote") << "http://p:3128\""
                               << "" << lts14 << "is not allowed" << url;
        QTest::newRow("dollar") << "http://$(reboot):3128"
                                << "" << lts14 << "is not allowed" << url;
        QTest::newRow("space inside") << "http://p q:3128"
                                      << "" << lts14 << "is not allowed" << url;
        QTest::newRow("newline") << "http://p:3128\nExecStart=/bin/sh"
                                 << "" << lts14 << "is not allowed" << url;
        QTest::newRow("too long") << u"http://"_s + QString(600, u'a') + u":3128"_s << "" << lts14 << "512"
                                  << url;
        QTest::newRow("protocol") << "http://p:3128"
                                  << "Https" << lts14 << "is not one of" << proto;
        QTest::newRow("protocol without proxy") << ""
                                                << "Tcp" << lts14 << "is not one of" << proto;
        QTest::newRow("1.1") << "http://p:3128"
                             << "" << int(EflowRelease::Lts1_1) << "IoT Edge 1.1" << url;
    }
    void rule()
    {
        QFETCH(QString, url);
        QFETCH(QString, protocol);
        QFETCH(int, release);
        QFETCH(QString, problem);
        QFETCH(int, field);
        const plan::Problems problems =
            plan::checkEdgeProxy(EdgeProxySettings{url, protocol}, EflowRelease(release));
        if (problem.isEmpty() && field == 0) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
            return;
        }
        QVERIFY(!problems.isEmpty());
        QCOMPARE(int(problems.first().field), field);
        QVERIFY2(problems.first().message.contains(problem), qPrintable(problems.first().message));
        // The Settings page's rule and the plan file's are the same.
        plan::DeploymentPlan p;
        p.release = EflowRelease(release);
        p.eulaAccepted = true;
        p.edgeProxy = {url, protocol};
        QVERIFY(plan::checkPlan(p).contains(problems.first()));
    }

    void planFile()
    {
        plan::DeploymentPlan p;
        p.release = EflowRelease::Lts1_5;
        QVERIFY(!plan::planToJson(p).contains(u"edgeProxy"_s)); // plans without a proxy are unchanged
        p.edgeProxy = {u"http://proxy.contoso.com:3128"_s, u"MqttWs"_s};
        const QJsonObject json = plan::planToJson(p);
        QCOMPARE(json.value(u"edgeProxy"_s).toObject().value(u"url"_s).toString(), p.edgeProxy.url);
        QString error;
        const auto back = plan::planFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->edgeProxy.url, p.edgeProxy.url);
        QCOMPARE(back->edgeProxy.upstreamProtocol, p.edgeProxy.upstreamProtocol);

        QJsonObject wrong = json;
        wrong.insert(u"edgeProxy"_s, QJsonObject{{u"url"_s, 3128}});
        QVERIFY(!plan::planFromJson(wrong, &error));
        QVERIFY2(error.contains(u"edgeProxy.url"_s) || error.contains(u"url"_s), qPrintable(error));
        wrong.insert(u"edgeProxy"_s, QJsonObject{{u"url"_s, u"http://p:1"_s}, {u"noProxy"_s, u"x"_s}});
        QVERIFY(!plan::planFromJson(wrong, &error));
        QVERIFY2(error.contains(u"noProxy"_s), qPrintable(error));
    }

    // The step runs after Provision-EflowVm and before the runtime is waited for, with the plan's proxy;
    // without a proxy there is no such step.
    void provisionJobStep()
    {
        plan::DeploymentPlan p;
        p.release = EflowRelease::Lts1_4;
        p.provisioning.type = plan::ProvisioningType::DpsSymmetricKey;
        auto state = std::make_shared<jobs::HostJobState>();
        QStringList ids = jobs::stepIds(jobs::provisionSteps(nullptr, p, {}, state));
        QVERIFY(!ids.contains(u"edge-proxy"_s));
        p.edgeProxy = {u"http://proxy.contoso.com:3128"_s, {}};
        ids = jobs::stepIds(jobs::provisionSteps(nullptr, p, {}, state));
        const qsizetype at = ids.indexOf(u"edge-proxy"_s);
        QVERIFY(at > 0);
        QCOMPARE(ids.at(at - 1), u"provision"_s);
        QVERIFY(ids.indexOf(u"wait-runtime"_s) < 0 || ids.indexOf(u"wait-runtime"_s) > at);
        QVERIFY(jobs::stepTitles(jobs::provisionJobKind()).contains(u"edge-proxy"_s));

        testsupport::ScriptedBackend backend;
        backend.answers[u"configureEdgeProxy"_s].data = QJsonObject{{u"applied"_s, true}};
        jobs::Step step = jobs::provisionSteps(&backend, p, {}, state).at(at);
        QCOMPARE(step.id, u"edge-proxy"_s);
        jobs::Pipeline pipeline({step});
        QSignalSpy finished(&pipeline, &jobs::Pipeline::finished);
        pipeline.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(backend.calls, QStringList{u"configureEdgeProxy"_s});
        QCOMPARE(backend.lastEdgeProxy.url, p.edgeProxy.url);
    }

    // The demo host keeps the proxy in its state (the overview and support bundle read it there), and a
    // host without a VM says so.
    void demoHost()
    {
        QTemporaryDir dir;
        const auto scenario = sim::simScenario(u"win11-pro"_s);
        QVERIFY(scenario);
        sim::SimulatedHost host(*scenario, dir.path(), dps::DpsDeviceClientOptions{});
        host.setSpeed(0);
        const EdgeProxySettings proxy{u"http://proxy.contoso.com:3128"_s, {}};
        host::HostOperation *op = host.configureEdgeProxy(EflowRelease::Lts1_5, proxy);
        QSignalSpy done(op, &host::HostOperation::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(!op->result().ok());
        QVERIFY2(op->result().error.contains(u"no EFLOW virtual machine"_s), qPrintable(op->result().error));
        delete op;
    }
};

QTEST_GUILESS_MAIN(TestPlanEdgeProxy)
#include "tst_plan_edgeproxy.moc"
