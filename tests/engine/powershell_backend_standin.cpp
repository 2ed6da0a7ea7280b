// A stand-in for powershell.exe (and for ssh running powershell.exe) used by
// tst_host_powershellbackend. It takes the argument vectors PowerShellProcess builds, reads the stdin
// envelope, checks that no secret is in argv (its own /proc/self/cmdline), the bootstrap or the script,
// then answers the script's "# eflow-operation:" like a Windows host with EFLOW would.
// Environment: EFLOW_STANDIN_DATA = directory of recorded VM outputs (tests/engine/data/host);
// EFLOW_STANDIN_HANG=1 = print one line and never finish (timeout and cancel tests);
// EFLOW_STANDIN_BAD_FACTS=1 = a probe answer whose buildNumber has the wrong type.
// Exit codes 90+ mean the caller broke the interface.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <unistd.h>

#include "engine/host/PowerShellEnvelope.h"
#include "tests/support/StandinSupport.h"
#include "engine/host/PowerShellScripts.h"

namespace {

[[noreturn]] void fail(int code, const char *why)
{
    eflow::testsupport::standinFail(code, why);
}

void outLine(const QByteArray &text)
{
    const QByteArray line = text + "\r\n"; // Windows line ends, as the real console writes them
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

// What a script that throws looks like: the bootstrap's catch writes the message and exits 1.
[[noreturn]] void scriptError(const QByteArray &message)
{
    std::fprintf(stderr, "%s\n", message.constData());
    std::fflush(stderr);
    std::_Exit(1);
}

void result(const QJsonObject &json)
{
    outLine(eflow::host::PowerShellEnvelope::resultMarker() +
            QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void pauseMs(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

QString recorded(const char *file)
{
    QFile f(qEnvironmentVariable("EFLOW_STANDIN_DATA") + QLatin1Char('/') + QLatin1String(file));
    if (!f.open(QIODevice::ReadOnly))
        fail(98, "recorded output missing (EFLOW_STANDIN_DATA)");
    return QString::fromUtf8(f.readAll());
}

// A value the preamble sets: "$name = '<literal>'" or "$table['name'] = <number>".
QString preambleValue(const QString &script, const QString &pattern)
{
    const QRegularExpressionMatch m =
        QRegularExpression(pattern, QRegularExpression::MultilineOption).match(script);
    return m.hasMatch() ? m.captured(1) : QString();
}

QByteArray stamp(const char *text)
{
    return QByteArray("[11/28/2026 16:02:") + QByteArray::number(10 + (qHash(QByteArray(text)) % 50)) + "] " +
           text;
}

QJsonObject probeFacts(const QString &drive)
{
    const auto doc = QJsonDocument::fromJson(R"({
      "schema": 1, "computerName": "EDGE-01", "osCaption": "Microsoft Windows 11 Pro", "osVersion": "10.0.22631",
      "buildNumber": 22631, "ubr": 2506, "operatingSystemSku": 48, "productType": 1, "architecture": "AMD64",
      "uiLanguage": "en-US", "totalMemoryMb": 32577, "freeMemoryMb": 20480, "logicalProcessors": 8,
      "disk": {"drive": "C:", "freeMb": 181234, "sizeMb": 487612},
      "hyperV": "enabled", "hyperVPowerShell": "enabled", "hyperVHypervisor": "enabled",
      "virtualMachinePlatform": "disabled", "openSshClient": "enabled", "hypervisorPresent": true,
      "services": [{"name": "vmms", "state": "running"}, {"name": "vmcompute", "state": "running"},
                   {"name": "hvhost", "state": "running"}, {"name": "WSSDAgent", "state": "missing"}],
      "isVirtualMachine": false, "isAzureVm": false,
      "switches": [{"name": "Default Switch", "kind": "Internal", "netAdapter": "", "isDefaultSwitch": true,
                    "hasNat": false, "hostAddress": "172.27.112.1", "prefixLength": 20}],
      "gpus": [{"name": "NVIDIA GeForce RTX 3060", "driverVersion": "31.0.15.3623", "ddaCapable": false,
                "gpuPvCapable": true}],
      "elevated": true, "executionPolicy": "RemoteSigned", "psEdition": "Desktop", "psVersion": "5.1.22621.2506",
      "eflow": {"installed": false, "productName": "", "version": "", "release": "", "installDir": ""},
      "vm": {"exists": false, "name": "", "powerState": ""}
    })");
    QJsonObject facts = doc.object();
    QJsonObject disk = facts.value(QStringLiteral("disk")).toObject();
    disk.insert(QStringLiteral("drive"), drive);
    facts.insert(QStringLiteral("disk"), disk);
    return facts;
}

void deploy(const QString &script)
{
    if (!script.contains(QStringLiteral("$eflowDeploy['acceptEula'] = 'Yes'")) ||
        !script.contains(QStringLiteral("$eflowDeploy['headless'] = $true")))
        fail(99, "deploy without -acceptEula Yes -headless would prompt");
    const int memory =
        preambleValue(script, QStringLiteral(R"(^\$eflowDeploy\['memoryInMB'\] = (\d+)$)")).toInt();
    const char *start[] = {
        "Deploying Azure IoT Edge for Linux on Windows",
        "Creating configuration",
        " - Configuration created successfully",
        "Enabling Microsoft Update. This will allow Azure IoT Edge for Linux on Windows to receive updates.",
        " - Microsoft Update is enabled.",
        "Step 1: Preparing host for Azure IoT Edge for Linux on Windows",
        "Checking host for required features",
        " - Checking the status of 'Microsoft-Hyper-V'",
        " - Checking the status of 'Microsoft-Hyper-V-Management-PowerShell'",
        " - Checking the status of 'Microsoft-Hyper-V-Hypervisor'",
        " - Checking the status of 'OpenSSH.Client*'",
        "Verifying whether Hyper-V is enabled and functional",
        " - Hyper-V core services are active",
    };
    for (const char *line : start) {
        outLine(line[0] == ' ' ? QByteArray(line) : stamp(line));
        pauseMs(15);
    }
    if (memory > 64000) {
        // What the module prints when memoryInMB exceeds the free memory (reference §2.1, §2.4).
        outLine(stamp("Exception caught!!!"));
        outLine(" - Not enough memory available. (L3120)");
        outLine(
            "In order to attempt another deployment, please uninstall the Azure IoT Edge msi and start from "
            "fresh");
        scriptError("Deploy-Eflow did not return OK: Not enough memory available.");
    }
    const char *rest[] = {
        "Setting dynamically expanding virtual hard disk maximum size to 29 GB",
        "Creating storage vhd (file: AzureIoTEdgeForLinux-v1-EFLOW)",
        "Creating vnic (name: EDGE-01-EFLOWInterface)",
        "Instantiating virtual machine (name: EDGE-01-EFLOW)",
        "Successfully created virtual machine",
        "Querying IP and MAC addresses from virtual machine (EDGE-01-EFLOW)",
        " - Virtual machine MAC: 00:15:5d:b2:06:1c",
        " - Virtual machine IP : 172.27.120.111 retrieved directly from virtual machine",
        "...successfully connected to the Linux VM",
        " - Please check your DNS configuration to ensure Internet connectivity. Refer "
        "https://aka.ms/AzEFLOW-DNS "
        "for more details.",
        "Deployment successful",
    };
    for (const char *line : rest) {
        outLine(line[0] == ' ' || line[0] == '.' ? QByteArray(line) : stamp(line));
        pauseMs(15);
    }
    result(QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")},
                       {QStringLiteral("vmName"), QStringLiteral("EDGE-01-EFLOW")},
                       {QStringLiteral("ip4Address"), QStringLiteral("172.27.120.111")},
                       {QStringLiteral("macAddress"), QStringLiteral("00:15:5d:b2:06:1c")},
                       {QStringLiteral("alreadyDeployed"), false}});
}

} // namespace

int main(int argc, char **argv)
{
    const eflow::testsupport::StandinCall call = eflow::testsupport::parseStandinCall(argc, argv);
    if (call.target.endsWith(QStringLiteral("@unreachable.invalid"))) {
        // What ssh itself says and does when the host cannot be reached.
        std::fprintf(stderr,
                     "ssh: Could not resolve hostname unreachable.invalid: Name or service not known\n");
        return 255;
    }
    const QStringList &psArgs = call.psArgs;
    eflow::testsupport::requireBootstrap(psArgs.last());
    const QString bootstrap = eflow::testsupport::decodeUtf16LeBase64(psArgs.last());
    const QJsonObject envelope = eflow::testsupport::readEnvelope();
    const QString script = envelope.value(QStringLiteral("script")).toString();
    const QJsonObject secrets = envelope.value(QStringLiteral("secrets")).toObject();

    // The kernel's view of our command line, not just what main() got: nobody else can read stdin.
    QFile cmdline(QStringLiteral("/proc/self/cmdline"));
    if (!cmdline.open(QIODevice::ReadOnly))
        fail(90, "cannot read /proc/self/cmdline");
    const QByteArray commandLine = cmdline.readAll();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QString value = it.value().toString();
        if (value.isEmpty())
            continue;
        if (commandLine.contains(value.toUtf8()) || bootstrap.contains(value) || script.contains(value))
            fail(92, "a secret is in the command line, the bootstrap or the script");
    }

    const QString operation = eflow::host::PowerShellScripts::operationName(script);
    if (operation.isEmpty())
        fail(96, "the script has no '# eflow-operation:' line");
    if (qEnvironmentVariableIntValue("EFLOW_STANDIN_HANG") == 1) {
        outLine("pid " + QByteArray::number(::getpid()));
        for (;;)
            ::pause();
    }
    const QString release = preambleValue(script, QStringLiteral(R"(^\$eflowRelease = '([0-9.]*)'$)"));

    if (operation == QStringLiteral("probe")) {
        outLine("Gathering host facts");
        QJsonObject facts =
            probeFacts(preambleValue(script, QStringLiteral(R"(^\$eflowDrive = '([^']*)'$)")));
        if (qEnvironmentVariableIntValue("EFLOW_STANDIN_BAD_FACTS") == 1)
            facts.insert(QStringLiteral("buildNumber"), QStringLiteral("22631")); // a string: wrong type
        result(facts);
    } else if (operation == QStringLiteral("deploy")) {
        deploy(script);
    } else if (operation == QStringLiteral("provision")) {
        const QString name = preambleValue(script, QStringLiteral(R"(= \$Secrets\['(\w+)'\]$)"));
        const QString value = secrets.value(name).toString();
        if (name.isEmpty() || value.isEmpty())
            scriptError("The provisioning secret was not handed over.");
        outLine("Provisioning the virtual machine");
        result(
            QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")},
                        // Lets the test compare the value that arrived without the value ever leaving stdin.
                        {QStringLiteral("secretSha256"),
                         QString::fromLatin1(
                             QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex())}});
    } else if (operation == QStringLiteral("installEflow")) {
        for (int p = 0; p <= 90; p += 15)
            outLine("##eflow-progress## " + QByteArray::number(p) + " Downloading the installer");
        outLine("##eflow-progress## 92 Installing Azure IoT Edge");
        outLine("##eflow-progress## 100 Installed");
        result(
            QJsonObject{{QStringLiteral("productName"), QStringLiteral("Azure IoT Edge")},
                        {QStringLiteral("version"), QStringLiteral("1.4.14.24074")},
                        {QStringLiteral("installDir"), QStringLiteral("C:\\Program Files\\Azure IoT Edge")},
                        {QStringLiteral("alreadyInstalled"), false},
                        {QStringLiteral("msiLog"), QStringLiteral("C:\\Windows\\Temp\\eflow.log")}});
    } else if (operation == QStringLiteral("moduleList") || operation == QStringLiteral("logs")) {
        result(QJsonObject{{QStringLiteral("text"),
                            recorded(release == QStringLiteral("1.1") ? "list_1_1.txt" : "list_1_4.txt")}});
    } else if (operation == QStringLiteral("serviceStatus")) {
        QJsonObject status;
        if (release == QStringLiteral("1.1")) {
            status.insert(QStringLiteral("systemctl"), recorded("systemctl_iotedge_1_1.txt"));
        } else {
            status.insert(QStringLiteral("systemctl"), recorded("systemctl_aziot_edged_restart.txt"));
            status.insert(QStringLiteral("systemStatus"), recorded("system_status_ok.txt"));
        }
        result(status);
    } else if (operation == QStringLiteral("check")) {
        result(QJsonObject{{QStringLiteral("json"),
                            recorded(release == QStringLiteral("1.1") ? "check_1_1.json" : "check_1_4.json")},
                           {QStringLiteral("exitCode"), 1}});
    } else if (operation == QStringLiteral("vmStatus")) {
        result(QJsonObject{{QStringLiteral("json"), recorded("get_eflowvm_depth5.json")}});
    } else {
        fail(97, "the stand-in does not know this operation");
    }
    return 0;
}
