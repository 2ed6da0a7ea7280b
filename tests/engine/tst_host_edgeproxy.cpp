// Issue 17 item 3: what the PowerShell backend runs to set the IoT Edge proxy in the VM. The script is
// pinned as a golden file (tests/engine/data/scripts/configureEdgeProxy.ps1, which tests/powershell parses
// and runs against the documented mocks); the Linux side is run here for real by sh against a folder
// standing in for the VM's /etc, with systemctl and iotedge replaced by recorders on PATH, over config.toml
// samples: without [agent.env], with one holding older proxy lines, and with other variables to keep.
#include <QtTest>

#include "engine/host/PowerShellScripts.h"
#include "engine/plan/DeploymentPlan.h"

using namespace eflow;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes, QFileDevice::Permissions mode = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return mode ? f.setPermissions(mode) : true;
}

const char *kProvisioned = "[provisioning]\n"
                           "source = \"dps\"\n"
                           "global_endpoint = \"https://global.azure-devices-provisioning.net\"\n"
                           "id_scope = \"0ne00000A0A\"\n"
                           "\n"
                           "[agent]\n"
                           "name = \"edgeAgent\"\n"
                           "type = \"docker\"\n"
                           "\n"
                           "[agent.config]\n"
                           "image = \"mcr.microsoft.com/azureiotedge-agent:1.5\"\n";

const char *kWithEnv = "[agent]\n"
                       "name = \"edgeAgent\"\n"
                       "type = \"docker\"\n"
                       "\n"
                       "[agent.env]\n"
                       "\"RuntimeLogLevel\" = \"debug\"\n"
                       "\"https_proxy\" = \"http://old-proxy:8080\"\n"
                       "UpstreamProtocol = \"Mqtt\"\n"
                       "\n"
                       "[agent.config]\n"
                       "image = \"mcr.microsoft.com/azureiotedge-agent:1.5\"\n"
                       "\n"
                       "[connect]\n"
                       "workload_uri = \"unix:///var/run/iotedge/workload.sock\"\n";

} // namespace

class TestHostEdgeProxy final : public QObject
{
    Q_OBJECT

private slots:
    void golden()
    {
        const QString script = host::PowerShellScripts::configureEdgeProxy(
            plan::EdgeProxySettings{u"http://proxy.contoso.com:3128"_s, u"AmqpWs"_s});
        QCOMPARE(host::PowerShellScripts::operationName(script), u"configureEdgeProxy"_s);
        QVERIFY(script.contains(u"Write-EflowResult"_s));
        QFile file(QStringLiteral(EFLOW_SCRIPTS_GOLDEN_DIR "/configureEdgeProxy.ps1"));
        if (qEnvironmentVariableIntValue("EFLOW_UPDATE_GOLDEN") == 1) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(script.toUtf8());
            QSKIP("golden file rewritten");
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), "missing golden file; run with EFLOW_UPDATE_GOLDEN=1");
        QCOMPARE(QString::fromUtf8(file.readAll()), script);
        // The VM's command is base64 and pipes only: nothing PowerShell, ssh or sh could requote.
        const QString command = script.section(u"$eflowVmCommand = '"_s, 1).section(u'\'', 0, 0);
        QVERIFY(command.startsWith(u"echo "_s) && command.endsWith(u" | base64 -d | sudo sh"_s));
        const QString payload = command.mid(5).section(u' ', 0, 0);
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9+/=]+$"_s).match(payload).hasMatch());
        QCOMPARE(
            QString::fromUtf8(QByteArray::fromBase64(payload.toLatin1())),
            host::PowerShellScripts::edgeProxyShellScript(u"http://proxy.contoso.com:3128"_s, u"AmqpWs"_s));
    }

    void inTheVm_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("provisioned, no [agent.env]")
            << QByteArray(kProvisioned) << u"AmqpWs"_s
            << QStringList{u"id_scope = \"0ne00000A0A\""_s, u"[agent.config]"_s};
        QTest::newRow("older proxy lines replaced")
            << QByteArray(kWithEnv) << u"MqttWs"_s
            << QStringList{u"\"RuntimeLogLevel\" = \"debug\""_s, u"[connect]"_s};
    }
    void inTheVm()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, protocol);
        QFETCH(QStringList, kept);
        const QString sh = QStandardPaths::findExecutable(u"sh"_s);
        const QString awk = QStandardPaths::findExecutable(u"awk"_s);
        if (sh.isEmpty() || awk.isEmpty())
            QSKIP("no sh or awk here");
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkpath(u"etc/aziot"_s));
        QVERIFY(QDir(root.path()).mkpath(u"bin"_s));
        const QString log = root.filePath(u"calls.log"_s);
        for (const char *tool : {"systemctl", "iotedge"}) {
            const QByteArray recorder =
                "#!/bin/sh\necho \"" + QByteArray(tool) + " $*\" >> '" + log.toUtf8() + "'\n";
            QVERIFY(writeAll(root.filePath(u"bin/"_s + QLatin1String(tool)), recorder,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        }
        const QString toml = root.filePath(u"etc/aziot/config.toml"_s);
        QVERIFY(writeAll(toml, config, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString url = u"http://proxy.contoso.com:3128"_s;
        const QString script = host::PowerShellScripts::edgeProxyShellScript(url, protocol, root.path());

        for (int run = 0; run < 2; ++run) { // twice: a second run changes nothing more
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PATH"_s, root.filePath(u"bin"_s) + u':' + env.value(u"PATH"_s));
            p.setProcessEnvironment(env);
            p.start(sh, {u"-c"_s, script});
            QVERIFY(p.waitForFinished(20000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        const QString result = QString::fromUtf8(readAll(toml));
        QCOMPARE(result.count(u"[agent.env]"_s), 1);
        QCOMPARE(result.count(u"\"https_proxy\" = \"http://proxy.contoso.com:3128\""_s), 1);
        QCOMPARE(result.count(u"\"UpstreamProtocol\" = \"%1\""_s.arg(protocol)), 1);
        QVERIFY(!result.contains(u"old-proxy"_s));
        QVERIFY(!result.contains(u"UpstreamProtocol = \"Mqtt\""_s));
        for (const QString &line : kept)
            QVERIFY2(result.contains(line), qPrintable(line));
        // The proxy lines sit in [agent.env]: the next table header comes after them.
        const qsizetype env = result.indexOf(u"[agent.env]"_s);
        const qsizetype proxy = result.indexOf(u"\"https_proxy\""_s);
        const qsizetype next = result.indexOf(u"\n["_s, env + 1);
        QVERIFY(proxy > env && (next < 0 || proxy < next));
        QCOMPARE(QFileInfo(toml).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(!QFile::exists(toml + u".eflow-proxy"_s));
        for (const char *unit : {"docker", "aziot-identityd", "aziot-edged"}) {
            const QByteArray dropIn = readAll(root.filePath(
                u"etc/systemd/system/%1.service.d/eflow-wizard-proxy.conf"_s.arg(QLatin1String(unit))));
            QCOMPARE(dropIn,
                     QByteArray("[Service]\nEnvironment=https_proxy=http://proxy.contoso.com:3128\n"));
        }
        QCOMPARE(readAll(log),
                 QByteArray("systemctl daemon-reload\nsystemctl restart docker\niotedge config apply\n"
                            "systemctl daemon-reload\nsystemctl restart docker\niotedge config apply\n"));
    }

    // A failing step stops the rest: config.toml is not touched when the container engine cannot restart.
    void stopsAtTheFirstFailure()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(u"etc/aziot"_s) && QDir(root.path()).mkpath(u"bin"_s));
        QVERIFY(writeAll(root.filePath(u"bin/systemctl"_s),
                         "#!/bin/sh\n[ \"$1\" = restart ] && exit 5\nexit 0\n",
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        const QString toml = root.filePath(u"etc/aziot/config.toml"_s);
        QVERIFY(writeAll(toml, kProvisioned));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, root.filePath(u"bin"_s) + u':' + env.value(u"PATH"_s));
        p.setProcessEnvironment(env);
        p.start(u"sh"_s, {u"-c"_s, host::PowerShellScripts::edgeProxyShellScript(u"http://p:3128"_s,
                                                                                 u"AmqpWs"_s, root.path())});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 5);
        QCOMPARE(readAll(toml), QByteArray(kProvisioned));
    }
};

QTEST_GUILESS_MAIN(TestHostEdgeProxy)
#include "tst_host_edgeproxy.moc"
