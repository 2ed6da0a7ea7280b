#include "engine/sim/SimulatedVm.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace eflow::sim {

namespace {

const QLocale kC = QLocale::c();

// Fixed PIDs make the texts stable between refreshes, as they are on a VM that did not restart.
constexpr int kEdgedPid = 1201;
constexpr int kIdentitydPid = 1123;

QString padRight(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

// TabWriter::new(out).minwidth(15) with padding 2 (reference §5.1).
QString tabulate(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(15);
            widths[i] = qMax(widths[i], int(row.at(i).size()));
        }
    }
    QStringList out;
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? padRight(row.at(i), widths.at(i) + 2) : row.at(i);
        out.append(line);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject checkEntry(const QString &result, const QStringList &details = {})
{
    QJsonObject r{{QStringLiteral("result"), result}};
    if (!details.isEmpty())
        r.insert(QStringLiteral("details"), QJsonArray::fromStringList(details));
    return QJsonObject{{QStringLiteral("result"), r}, {QStringLiteral("additional_info"), QJsonObject{}}};
}

// `iotedge check` exits 1 when any check ended in an error (or a fatal one).
bool anyCheckFailed(const QJsonObject &checks)
{
    bool anyError = false;
    for (auto it = checks.constBegin(); it != checks.constEnd(); ++it) {
        const QString r = it.value()
                              .toObject()
                              .value(QStringLiteral("result"))
                              .toObject()
                              .value(QStringLiteral("result"))
                              .toString();
        anyError = anyError || r == QLatin1String("error") || r == QLatin1String("fatal");
    }
    return anyError;
}

} // namespace

SimReleaseInfo simReleaseInfo(plan::EflowRelease release)
{
    SimReleaseInfo info;
    switch (release) {
    case plan::EflowRelease::Lts1_1:
        info.productName = QStringLiteral("Azure IoT Edge LTS");
        info.msiVersion = QStringLiteral("1.1.2212.12122");
        info.downloadUrl = QStringLiteral("https://aka.ms/AzEflowMSI");
        info.msiSizeMb = 598;
        info.iotEdgeVersion = QStringLiteral("1.1.18");
        info.mobyEngineVersion = QStringLiteral("19.03.15+azure");
        info.mobyCliVersion = QStringLiteral("19.03.15+azure");
        info.kernelVersion = QStringLiteral("5.10.102.1-1.cm1");
        info.osId = QStringLiteral("cbl-mariner");
        info.osVersionId = QStringLiteral("1.0");
        info.agentImage = QStringLiteral("mcr.microsoft.com/azureiotedge-agent:1.1");
        info.aziot = false;
        break;
    case plan::EflowRelease::Lts1_4:
        // Every LTS line installs under the same product name; only DisplayVersion tells them apart.
        info.productName = QStringLiteral("Azure IoT Edge LTS");
        info.msiVersion = QStringLiteral("1.4.14.24074");
        info.downloadUrl = QStringLiteral("https://aka.ms/AzEFLOWMSI_1_4_LTS_X64");
        info.msiSizeMb = 742;
        info.iotEdgeVersion = QStringLiteral("1.4.27");
        info.mobyEngineVersion = QStringLiteral("20.10.24");
        info.mobyCliVersion = QStringLiteral("20.10.24");
        info.kernelVersion = QStringLiteral("5.15.148.2-2.cm2");
        info.osId = QStringLiteral("mariner");
        info.osVersionId = QStringLiteral("2.0");
        info.agentImage = QStringLiteral("mcr.microsoft.com/azureiotedge-agent:1.4");
        info.aziot = true;
        break;
    case plan::EflowRelease::Lts1_5:
    case plan::EflowRelease::Unknown:
        info.productName = QStringLiteral("Azure IoT Edge LTS");
        info.msiVersion = QStringLiteral("1.5.6.08025");
        info.downloadUrl = QStringLiteral("https://aka.ms/AzEFLOWMSI_1_5_LTS_X64");
        info.msiSizeMb = 811;
        info.iotEdgeVersion = QStringLiteral("1.5.13");
        info.mobyEngineVersion = QStringLiteral("24.0.9");
        info.mobyCliVersion = QStringLiteral("24.0.9");
        info.kernelVersion = QStringLiteral("6.6.56.1-5.azl3");
        info.osId = QStringLiteral("azurelinux");
        info.osVersionId = QStringLiteral("3.0");
        info.agentImage = QStringLiteral("mcr.microsoft.com/azureiotedge-agent:1.5");
        info.aziot = true;
        break;
    }
    return info;
}

SimulatedVm::SimulatedVm(const SimHostState &state, const QDateTime &now)
    : m_state(state)
    , m_now(now.toUTC())
    , m_release(simReleaseInfo(state.release))
{}

bool SimulatedVm::runtimeRunning() const
{
    return m_state.vmExists && m_state.provisioning == SimHostState::Provisioning::Assigned;
}

QString SimulatedVm::humanizeDuration(qint64 s)
{
    s = qMax<qint64>(0, s);
    if (s <= 44)
        return s == 1 ? QStringLiteral("1 second") : QStringLiteral("%1 seconds").arg(s);
    if (s < 90)
        return QStringLiteral("a minute");
    const qint64 minutes = (s + 30) / 60;
    if (minutes < 45)
        return QStringLiteral("%1 minutes").arg(minutes);
    if (minutes < 90)
        return QStringLiteral("an hour");
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 22)
        return QStringLiteral("%1 hours").arg(hours);
    if (hours < 36)
        return QStringLiteral("a day");
    return QStringLiteral("%1 days").arg((hours + 12) / 24);
}

QString SimulatedVm::systemdRelative(qint64 s)
{
    s = qMax<qint64>(0, s);
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 600)
        return s % 60 ? QStringLiteral("%1min %2s").arg(s / 60).arg(s % 60)
                      : QStringLiteral("%1min").arg(s / 60);
    if (s < 3600)
        return QStringLiteral("%1min").arg(s / 60);
    if (s < 86400)
        return QStringLiteral("%1h %2min").arg(s / 3600).arg((s % 3600) / 60);
    return QStringLiteral("%1 days").arg(s / 86400);
}

QString SimulatedVm::moduleList(bool *ok) const
{
    if (!runtimeRunning()) {
        *ok = false;
        // What the CLI prints when the management socket does not answer.
        if (!m_release.aziot) {
            return QStringLiteral("A module runtime error occurred\n"
                                  "\tcaused by: Could not connect to management endpoint\n");
        }
        return QStringLiteral("Error: Could not list modules\n"
                              "\tcaused by: Could not list modules\n"
                              "\tcaused by: connect error: No such file or directory (os error 2)\n");
    }
    *ok = true;
    const qint64 up = m_state.runtimeStartedAt.secsTo(m_now);
    const QString header = m_release.aziot && m_state.release != plan::EflowRelease::Lts1_1
                               ? QStringLiteral("Config")
                               : QStringLiteral("CONFIG");
    // A fresh device runs edgeAgent only until a deployment is set (reference §4).
    return tabulate(
        {{QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("DESCRIPTION"), header},
         {QStringLiteral("edgeAgent"), QStringLiteral("running"),
          QStringLiteral("Up ") + humanizeDuration(up), m_release.agentImage}});
}

QString SimulatedVm::systemctlStatus() const
{
    const bool aziot = m_release.aziot;
    const QString unit = aziot ? QStringLiteral("aziot-edged.service") : QStringLiteral("iotedge.service");
    const QString indent = aziot ? QStringLiteral("     ") : QStringLiteral("   ");
    QStringList out;
    out << QStringLiteral("* %1 - Azure IoT Edge daemon").arg(unit);
    out << indent +
               (aziot
                    ? QStringLiteral(
                          "Loaded: loaded (/lib/systemd/system/aziot-edged.service; enabled; vendor preset: "
                          "enabled)")
                    : QStringLiteral("Loaded: loaded (/lib/systemd/system/iotedge.service; enabled; vendor "
                                     "preset: enabled)"));
    auto since = [this](const QDateTime &when) {
        return kC.toString(when.toUTC(), QStringLiteral("ddd yyyy-MM-dd HH:mm:ss")) +
               QStringLiteral(" UTC; ") + systemdRelative(when.secsTo(m_now)) + QStringLiteral(" ago");
    };
    if (runtimeRunning()) {
        out << indent + QStringLiteral("Active: active (running) since ") + since(m_state.runtimeStartedAt);
        if (aziot) {
            out << QStringLiteral("TriggeredBy: * aziot-edged.workload.socket");
            out << QStringLiteral("             * aziot-edged.mgmt.socket");
        } else {
            out << indent + QStringLiteral("  Docs: man:iotedged(8)");
        }
        out << QStringLiteral("   Main PID: %1 (%2)")
                   .arg(kEdgedPid)
                   .arg(aziot ? QStringLiteral("aziot-edged") : QStringLiteral("iotedged"));
    } else if (m_state.provisioning == SimHostState::Provisioning::Failed) {
        // The daemon exits because identity provisioning failed and systemd keeps restarting it.
        const qint64 cycle = qMax<qint64>(0, m_state.provisionedAt.secsTo(m_now)) % 10;
        out << indent + QStringLiteral("Active: activating (auto-restart) (Result: exit-code) since ") +
                   since(m_now.addSecs(-cycle));
        if (aziot) {
            out << QStringLiteral("TriggeredBy: * aziot-edged.workload.socket");
            out << QStringLiteral("             * aziot-edged.mgmt.socket");
        }
        out << QStringLiteral("    Process: %1 ExecStart=%2 (code=exited, status=1/FAILURE)")
                   .arg(kEdgedPid)
                   .arg(aziot ? QStringLiteral("/usr/libexec/aziot/aziot-edged")
                              : QStringLiteral("/usr/bin/iotedged -c /etc/iotedge/config.yaml"));
        out << QStringLiteral("   Main PID: %1 (code=exited, status=1/FAILURE)").arg(kEdgedPid);
        const QStringList tail = journalLines().mid(qMax<qsizetype>(0, journalLines().size() - 5));
        if (!tail.isEmpty()) {
            out << QString();
            out << tail;
        }
    } else {
        out << indent + QStringLiteral("Active: inactive (dead)");
        if (aziot) {
            out << QStringLiteral("TriggeredBy: * aziot-edged.workload.socket");
            out << QStringLiteral("             * aziot-edged.mgmt.socket");
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SimulatedVm::systemStatus() const
{
    QStringList out;
    out << QStringLiteral("System services:");
    auto row = [&out](const QString &name, const QString &state) {
        out << QStringLiteral("    ") + padRight(name, 24) + state;
    };
    const bool failed = m_state.provisioning == SimHostState::Provisioning::Failed;
    const bool running = runtimeRunning();
    row(QStringLiteral("aziot-edged"), running  ? QStringLiteral("Running")
                                       : failed ? QStringLiteral("Down - activating")
                                                : QStringLiteral("Ready"));
    row(QStringLiteral("aziot-identityd"), failed    ? QStringLiteral("Down - failed")
                                           : running ? QStringLiteral("Running")
                                                     : QStringLiteral("Ready"));
    row(QStringLiteral("aziot-keyd"),
        running || failed ? QStringLiteral("Running") : QStringLiteral("Ready"));
    row(QStringLiteral("aziot-certd"),
        running || failed ? QStringLiteral("Running") : QStringLiteral("Ready"));
    row(QStringLiteral("aziot-tpmd"), QStringLiteral("Ready"));
    out << QString();
    if (failed) {
        const QStringList identity = journalLines().filter(QStringLiteral("aziot-identityd["));
        out << QStringLiteral("aziot-identityd is in a bad state because:");
        out << QStringLiteral("aziot-identityd.service: failed: Printing the last 10 log lines.");
        out << identity.mid(qMax<qsizetype>(0, identity.size() - 10));
        out << QString();
    }
    out << QStringLiteral("Use 'iotedge system logs' to check for non-fatal errors.");
    out << QStringLiteral("Use 'iotedge check' to diagnose connectivity and configuration issues.");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SimulatedVm::journalPrefix(const QDateTime &when, const QString &process, int pid) const
{
    return kC.toString(when.toUTC(), QStringLiteral("MMM dd HH:mm:ss")) + QLatin1Char(' ') + m_state.vmName +
           QLatin1Char(' ') + process + QStringLiteral("[%1]: ").arg(pid) +
           when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) + QLatin1Char(' ');
}

QStringList SimulatedVm::journalLines() const
{
    QStringList out;
    if (!m_state.vmExists || !m_state.provisionedAt.isValid())
        return out;
    // Times are relative to the end of Provision-EflowVm (p): the runtime started a moment before and
    // decided about DPS then; a failing identity service retries every 10 s from there on. Nothing later
    // than now is shown.
    const QDateTime p = m_state.provisionedAt;
    const bool aziot = m_release.aziot;
    const QString identity = aziot ? QStringLiteral("aziot-identityd") : QStringLiteral("iotedged");
    const int identityPid = aziot ? kIdentitydPid : kEdgedPid;
    const QString edged = aziot ? QStringLiteral("aziot-edged") : QStringLiteral("iotedged");
    auto line = [&](qint64 offsetMs, const QString &process, int pid, const QString &text) {
        const QDateTime at = p.addMSecs(offsetMs);
        if (at <= m_now)
            out << journalPrefix(at, process, pid) + text;
    };
    auto systemdLine = [&](qint64 offsetMs, const QString &text) {
        const QDateTime at = p.addMSecs(offsetMs);
        if (at <= m_now) {
            out << kC.toString(at.toUTC(), QStringLiteral("MMM dd HH:mm:ss")) + QLatin1Char(' ') +
                       m_state.vmName + QStringLiteral(" systemd[1]: ") + text;
        }
    };
    if (aziot) {
        line(-2000, identity, identityPid, QStringLiteral("[INFO] - Starting Azure IoT Identity Service"));
        line(-1990, identity, identityPid,
             QStringLiteral("[INFO] - Version - %1").arg(m_release.iotEdgeVersion));
        line(-1960, identity, identityPid, QStringLiteral("[INFO] - Provisioning starting. Reason: Startup"));
    } else {
        line(-2000, edged, kEdgedPid, QStringLiteral("[INFO] - Starting Azure IoT Edge Security Daemon"));
        line(-1990, edged, kEdgedPid, QStringLiteral("[INFO] - Version - %1").arg(m_release.iotEdgeVersion));
    }
    const bool dps = m_state.provisioningType == plan::ProvisioningType::DpsSymmetricKey ||
                     m_state.provisioningType == plan::ProvisioningType::DpsX509 ||
                     m_state.provisioningType == plan::ProvisioningType::DpsTpm;
    if (dps) {
        line(-1945, identity, identityPid,
             QStringLiteral("[INFO] - Provisioning with DPS (scope %1, registration ID %2)")
                 .arg(m_state.idScope, m_state.registrationId));
    }
    if (m_state.provisioning == SimHostState::Provisioning::Failed) {
        // As aziot-identityd reports a rejected DPS registration (Azure/iotedge#6675).
        QString cause;
        if (m_state.dpsHttpStatus > 0) {
            cause = QStringLiteral("HTTP %1: %2")
                        .arg(m_state.dpsHttpStatus)
                        .arg(m_state.dpsErrorBody.isEmpty() ? m_state.dpsError : m_state.dpsErrorBody);
        } else {
            cause = m_state.dpsError;
        }
        const qint64 elapsed = qMax<qint64>(0, p.msecsTo(m_now));
        const qint64 retries = qMin<qint64>(elapsed / 10000, 200);
        for (qint64 i = qMax<qint64>(0, retries - 40); i <= retries; ++i) {
            const qint64 at = -300 + i * 10000;
            line(at, identity, identityPid,
                 QStringLiteral("[ERR!] - Failed to provision with IoT Hub, and no valid device backup was "
                                "found: DPS client error"));
            line(at + 1, identity, identityPid, QStringLiteral("[ERR!] - caused by: ") + cause);
            if (aziot) {
                line(at + 200, edged, kEdgedPid,
                     QStringLiteral("[WARN] - Failed to provision with IoT Hub: could not get device "
                                    "information from identity service"));
                systemdLine(at + 250, QStringLiteral("aziot-edged.service: Failed with result 'exit-code'."));
            }
        }
        return out;
    }
    if (m_state.provisioning != SimHostState::Provisioning::Assigned)
        return out;
    // identityd's own words (it names the device only for manual provisioning); the device and hub are
    // read from its device_info backup instead.
    if (dps)
        line(-300, identity, identityPid, QStringLiteral("[INFO] - Successfully provisioned with DPS."));
    else
        line(-300, identity, identityPid,
             QStringLiteral("[INFO] - Updated device info for %1.").arg(m_state.deviceId));
    if (aziot) {
        line(-250, edged, kEdgedPid, QStringLiteral("[INFO] - Starting Azure IoT Edge Daemon"));
        line(-240, edged, kEdgedPid, QStringLiteral("[INFO] - Version - %1").arg(m_release.iotEdgeVersion));
        line(-200, edged, kEdgedPid,
             QStringLiteral("[INFO] - Obtained edge device information from identity service"));
    }
    const qint64 started = p.msecsTo(m_state.runtimeStartedAt.isValid() ? m_state.runtimeStartedAt : p);
    line(started - 180, edged, kEdgedPid,
         QStringLiteral("[INFO] - Pulling image %1...").arg(m_release.agentImage));
    line(started - 60, edged, kEdgedPid,
         QStringLiteral("[INFO] - Successfully pulled image %1").arg(m_release.agentImage));
    line(started - 40, edged, kEdgedPid, QStringLiteral("[INFO] - Creating module edgeAgent..."));
    line(started - 20, edged, kEdgedPid, QStringLiteral("[INFO] - Starting module edgeAgent..."));
    line(started, edged, kEdgedPid, QStringLiteral("[INFO] - Successfully started module edgeAgent"));
    return out;
}

QString SimulatedVm::journal(int lines) const
{
    const QStringList all = journalLines();
    if (all.isEmpty())
        return QStringLiteral("-- No entries --\n");
    const QStringList tail = lines > 0 ? all.mid(qMax<qsizetype>(0, all.size() - lines)) : all;
    return tail.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject SimulatedVm::checkAdditionalInfo(bool running) const
{
    const bool aziot = m_release.aziot;
    const int memory = qMax(1024, m_state.vmMemoryMb);
    const int usedRam = running ? 480 + 140 : 410;
    return QJsonObject{
        {QStringLiteral("docker_version"), m_release.mobyEngineVersion},
        {aziot ? QStringLiteral("aziot_edged_version") : QStringLiteral("iotedged_version"),
         m_release.iotEdgeVersion},
        {QStringLiteral("now"), m_now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("os"), QJsonObject{{QStringLiteral("id"), m_release.osId},
                                           {QStringLiteral("version_id"), m_release.osVersionId},
                                           {QStringLiteral("arch"), QStringLiteral("x86_64")},
                                           {QStringLiteral("bitness"), 64}}},
        {QStringLiteral("system_info"),
         QJsonObject{
             {QStringLiteral("used_ram"), QStringLiteral("%1 MB").arg(usedRam)},
             {QStringLiteral("total_ram"), QStringLiteral("%1 GB").arg(kC.toString(memory / 1024.0, 'f', 1))},
             {QStringLiteral("used_swap"), QStringLiteral("0 B")},
             {QStringLiteral("total_swap"), QStringLiteral("0 B")},
             {QStringLiteral("disks"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("/dev/sda2")},
                                     {QStringLiteral("percent_free"), QStringLiteral("71%")},
                                     {QStringLiteral("available_space"), QStringLiteral("6.8 GB")},
                                     {QStringLiteral("total_space"), QStringLiteral("9.6 GB")},
                                     {QStringLiteral("file_system"), QStringLiteral("ext4")},
                                     {QStringLiteral("file_type"), QStringLiteral("ext4")}}}}}}};
}

QString SimulatedVm::checkJson(int *exitCode) const
{
    const bool aziot = m_release.aziot;
    const bool running = runtimeRunning();
    const bool failed = m_state.provisioning == SimHostState::Provisioning::Failed;
    const bool notProvisioned = !running && !failed;
    QJsonObject checks;
    const QString dns = QStringLiteral("Container engine is not configured with DNS server setting, which "
                                       "may impact connectivity to IoT Hub.");
    const QString dpsCause =
        m_state.dpsHttpStatus > 0
            ? QStringLiteral("HTTP %1: %2")
                  .arg(m_state.dpsHttpStatus)
                  .arg(m_state.dpsErrorBody.isEmpty() ? m_state.dpsError : m_state.dpsErrorBody)
            : m_state.dpsError;
    const QStringList notReady = {
        QStringLiteral("Could not retrieve iothub_hostname from provisioning file."),
        failed ? QStringLiteral("Failed to provision with IoT Hub: DPS client error: ") + dpsCause
               : QStringLiteral("The device has not been provisioned yet.")};
    const QString edgeHubStorage = QStringLiteral("Could not check current state of edgeHub container");
    if (aziot) {
        for (const char *id :
             {"keyd-config-well-formed", "certd-config-well-formed", "tpmd-config-well-formed",
              "identityd-config-well-formed", "configs-up-to-date", "hostname", "aziot-version",
              "host-local-time", "identity-certificate-expiry", "certs-preloaded", "keyd-running",
              "certd-running", "tpmd-running", "certs-read", "key-pairs-read", "certs-match-private-keys"}) {
            checks.insert(QLatin1String(id), checkEntry(QStringLiteral("ok")));
        }
        checks.insert(QStringLiteral("identityd-running"),
                      failed ? checkEntry(QStringLiteral("error"),
                                          {QStringLiteral("aziot-identityd is not running"), dpsCause})
                             : checkEntry(QStringLiteral("ok")));
        if (notProvisioned) {
            checks.insert(
                QStringLiteral("identityd-config-well-formed"),
                checkEntry(QStringLiteral("error"), {QStringLiteral("config.toml is not well-formed"),
                                                     QStringLiteral("missing field `provisioning`")}));
        }
        for (const char *id :
             {"host-connect-iothub-amqp", "host-connect-iothub-https", "host-connect-iothub-mqtt"})
            checks.insert(QLatin1String(id), running ? checkEntry(QStringLiteral("ok"))
                                                     : checkEntry(QStringLiteral("error"), notReady));
        checks.insert(QStringLiteral("host-connect-dps-endpoint"), notProvisioned
                                                                       ? checkEntry(QStringLiteral("skipped"))
                                                                       : checkEntry(QStringLiteral("ok")));
        for (const char *id :
             {"aziot-edged-config-well-formed", "config-up-to-date", "container-engine-uri",
              "aziot-edge-version", "container-local-time", "container-engine-ipv6", "check-agent-image",
              "proxy-settings", "edge-agent-storage-mounted-from-host"}) {
            checks.insert(QLatin1String(id), checkEntry(QStringLiteral("ok")));
        }
        checks.insert(QStringLiteral("connect-management-uri"),
                      running ? checkEntry(QStringLiteral("ok"))
                              : checkEntry(QStringLiteral("error"),
                                           {QStringLiteral("Could not connect to the management endpoint "
                                                           "unix:///var/run/iotedge/mgmt.sock"),
                                            QStringLiteral("aziot-edged is not running")}));
        checks.insert(QStringLiteral("container-engine-dns"), checkEntry(QStringLiteral("warning"), {dns}));
        checks.insert(QStringLiteral("container-engine-logrotate"), checkEntry(QStringLiteral("ok")));
        checks.insert(QStringLiteral("parent_hostname"), checkEntry(QStringLiteral("ignored")));
        checks.insert(QStringLiteral("container-resolve-parent-hostname"),
                      checkEntry(QStringLiteral("ignored")));
        checks.insert(QStringLiteral("edge-hub-storage-mounted-from-host"),
                      running ? checkEntry(QStringLiteral("error"), {edgeHubStorage})
                              : checkEntry(QStringLiteral("skipped")));
        for (const char *id :
             {"container-default-connect-upstream-amqp", "container-default-connect-upstream-https",
              "container-default-connect-upstream-mqtt", "container-connect-upstream-amqp",
              "container-connect-upstream-https", "container-connect-upstream-mqtt"}) {
            checks.insert(QLatin1String(id),
                          running ? checkEntry(QStringLiteral("ok")) : checkEntry(QStringLiteral("skipped")));
        }
    } else {
        for (const char *id : {"config-yaml-well-formed", "container-engine-uri", "windows-host-version",
                               "hostname", "iotedged-version", "host-local-time", "container-local-time",
                               "container-engine-ipv6", "identity-certificate-expiry",
                               "container-engine-logrotate", "edge-agent-storage-mounted-from-host"}) {
            checks.insert(QLatin1String(id), checkEntry(QStringLiteral("ok")));
        }
        checks.insert(QStringLiteral("connection-string"), checkEntry(QStringLiteral("ignored")));
        checks.insert(
            QStringLiteral("certificates-quickstart"),
            checkEntry(QStringLiteral("warning"),
                       {QStringLiteral("The Edge device is using self-signed automatically-generated "
                                       "development certificates.")}));
        checks.insert(QStringLiteral("connect-management-uri"),
                      running ? checkEntry(QStringLiteral("ok"))
                              : checkEntry(QStringLiteral("error"),
                                           {QStringLiteral("Could not connect to the management endpoint"),
                                            failed ? dpsCause : QStringLiteral("iotedged is not running")}));
        checks.insert(QStringLiteral("container-engine-dns"), checkEntry(QStringLiteral("warning"), {dns}));
        checks.insert(QStringLiteral("edge-hub-storage-mounted-from-host"),
                      running ? checkEntry(QStringLiteral("error"), {edgeHubStorage})
                              : checkEntry(QStringLiteral("skipped")));
        checks.insert(QStringLiteral("host-connect-dps-endpoint"), notProvisioned
                                                                       ? checkEntry(QStringLiteral("skipped"))
                                                                       : checkEntry(QStringLiteral("ok")));
        for (const char *id :
             {"host-connect-iothub-amqp", "host-connect-iothub-https", "host-connect-iothub-mqtt",
              "container-default-connect-iothub-amqp", "container-default-connect-iothub-https",
              "container-default-connect-iothub-mqtt", "container-connect-iothub-amqp",
              "container-connect-iothub-https", "container-connect-iothub-mqtt"}) {
            const bool host = QLatin1String(id).startsWith(QLatin1String("host-"));
            checks.insert(QLatin1String(id), running ? checkEntry(QStringLiteral("ok"))
                                             : host  ? checkEntry(QStringLiteral("error"), notReady)
                                                     : checkEntry(QStringLiteral("skipped")));
        }
    }

    *exitCode = anyCheckFailed(checks) ? 1 : 0;
    const QJsonObject additional = checkAdditionalInfo(running);
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("additional_info"), additional},
                                                       {QStringLiteral("checks"), checks}})
                                 .toJson(QJsonDocument::Indented));
}

QString SimulatedVm::getEflowVmJson() const
{
    const bool running = runtimeRunning();
    bool ok = false;
    const QString list = moduleList(&ok);
    QJsonArray moduleLines;
    if (ok) {
        for (const QString &l : list.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            moduleLines.append(l);
    }
    QJsonArray systemctl;
    const QStringList statusLines = systemctlStatus().split(QLatin1Char('\n'));
    for (int i = 0; i < qMin<qsizetype>(3, statusLines.size()); ++i)
        systemctl.append(statusLines.at(i));

    const int memory = qMax(1024, m_state.vmMemoryMb);
    const qint64 totalMem = memory - 99; // the kernel keeps the rest
    // Two slow waves over the seconds since creation: reads a few seconds apart differ, as on a live VM.
    const double t = m_state.vmCreatedAt.isValid() ? double(m_state.vmCreatedAt.secsTo(m_now)) : 0.0;
    const qint64 wave = qRound64(48.0 * std::sin(t / 29.0) + 17.0 * std::sin(t / 7.0));
    const qint64 usedMem = qBound<qint64>(64, (running ? 612 : 431) + wave, totalMem - 64);
    const qint64 totalStorage = qint64(qMax(10, m_state.vmDiskGb)) * 1024 - 430;
    // Logs and images grow the disk by about 1 MB a minute.
    const qint64 usedStorage =
        qBound<qint64>(0, (running ? 2870 : 2310) + qint64(qMax(0.0, t) / 60.0), totalStorage - 1);
    const QString iface = m_state.vmName + QStringLiteral("Interface");
    QJsonObject config{
        {QStringLiteral("ID"), QStringLiteral("b5d3f6a2-1c2e-4d8f-9a0b-%1")
                                   .arg(QString(m_state.vmMac).remove(QLatin1Char(':')).left(12))},
        {QStringLiteral("name"), m_state.vmName},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("hardwareProfile"),
                      QJsonObject{{QStringLiteral("customsize"),
                                   QJsonObject{{QStringLiteral("cpucount"), m_state.vmCpuCount},
                                               {QStringLiteral("gpucount"), m_state.vmGpuCount},
                                               {QStringLiteral("memorymb"), memory}}},
                                  {QStringLiteral("vmSize"), QStringLiteral("Custom")}}},
                     {QStringLiteral("networkProfile"),
                      QJsonObject{{QStringLiteral("networkInterfaces"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("virtualNetworkInterfaceReference"), iface}}}}}},
                     {QStringLiteral("osProfile"),
                      QJsonObject{{QStringLiteral("computerName"), m_state.vmName},
                                  {QStringLiteral("linuxConfiguration"),
                                   QJsonObject{{QStringLiteral("disablePasswordAuthentication"), true}}},
                                  {QStringLiteral("osbootstrapengine"), QStringLiteral("CloudInit")}}}}},
        {QStringLiteral("tags"), QJsonObject{}}};
    QJsonObject root{
        {QStringLiteral("VmConfiguration"), config},
        {QStringLiteral("VmPowerState"), QStringLiteral("Running")},
        {QStringLiteral("EdgeRuntimeVersion"),
         QJsonObject{{QStringLiteral("IotEdgeVersion"), m_release.iotEdgeVersion},
                     {QStringLiteral("MobyEngineVersion"), m_release.mobyEngineVersion},
                     {QStringLiteral("MobyCliVersion"), m_release.mobyCliVersion}}},
        {QStringLiteral("EdgeRuntimeStatus"), QJsonObject{{QStringLiteral("SystemCtlStatus"), systemctl},
                                                          {QStringLiteral("ModuleList"), moduleLines}}},
        {QStringLiteral("SystemStatistics"),
         QJsonObject{{QStringLiteral("TotalMemMb"), totalMem},
                     {QStringLiteral("UsedMemMb"), usedMem},
                     {QStringLiteral("AvailableMemMb"), totalMem - usedMem},
                     {QStringLiteral("TotalStorageMb"), totalStorage},
                     {QStringLiteral("UsedStorageMb"), usedStorage},
                     {QStringLiteral("AvailableStorageMb"), totalStorage - usedStorage},
                     {QStringLiteral("CpuCount"), m_state.vmCpuCount},
                     {QStringLiteral("KernelVersion"), m_release.kernelVersion}}}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QJsonObject SimulatedVm::vmStatusData() const
{
    if (!m_state.vmExists) {
        return QJsonObject{{QStringLiteral("json"), QString()},
                           {QStringLiteral("deployed"), false},
                           {QStringLiteral("installed"), m_state.eflowInstalled}};
    }
    return QJsonObject{{QStringLiteral("json"), getEflowVmJson()},
                       {QStringLiteral("deployed"), true},
                       {QStringLiteral("installed"), true},
                       {QStringLiteral("ip4Address"), m_state.vmIp},
                       {QStringLiteral("eflowVersion"), m_state.eflowVersion},
                       {QStringLiteral("releaseLine"), plan::releaseKey(m_state.release)}};
}

QString SimulatedVm::moduleLogs(const QString &module, int lines, bool *ok) const
{
    // A fresh device runs edgeAgent only (moduleList()); anything else is not a container.
    if (!runtimeRunning() || module != QLatin1String("edgeAgent")) {
        *ok = false;
        return QStringLiteral("A module runtime error occurred\n\tcaused by: No such container: %1\n")
            .arg(module);
    }
    *ok = true;
    const auto at = [](const QDateTime &when) {
        return QStringLiteral("<6> %1 +00:00 [INF] - ")
            .arg(kC.toString(when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    };
    const QDateTime start = m_state.runtimeStartedAt;
    QStringList out{
        at(start) + QStringLiteral("Starting module management agent."),
        at(start) + QStringLiteral("Version - %1").arg(m_release.iotEdgeVersion),
        at(start.addMSecs(420)) +
            QStringLiteral("Edge agent attempting to connect to IoT Hub via Amqp_Tcp_Only..."),
        at(start.addMSecs(1810)) + QStringLiteral("Created persistent store at /tmp/edgeAgent"),
        at(start.addMSecs(2950)) + QStringLiteral("Edge agent connected to IoT Hub via Amqp_Tcp_Only."),
        at(start.addMSecs(3400)) + QStringLiteral("Initialized new module client with subscriptions enabled"),
    };
    // The agent reconciles every 5 minutes and reports its state; the tail grows while the VM runs.
    for (QDateTime when = start.addSecs(300); when <= m_now && out.size() < 5000; when = when.addSecs(300)) {
        out << at(when) + QStringLiteral("Plan execution started for deployment 0");
        out << at(when.addMSecs(15)) + QStringLiteral("Updated reported properties");
    }
    const qsizetype from = qMax<qsizetype>(0, out.size() - qMax(1, lines));
    return out.mid(from).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace eflow::sim
