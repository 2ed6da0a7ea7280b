#include "engine/host/IotEdgeParsers.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include "engine/host/ParserSupport.h"

// `iotedge check`, in its JSON and its text form.
namespace eflow::host {

using namespace detail;

namespace {

// ---------------------------------------------------------------------------------------------
// iotedge check: id ↔ section/description table (reference/eflow.md §5.2). JSON carries only ids,
// text carries only descriptions; the table joins the two so both forms render the same way.

struct CheckInfo
{
    const char *section;
    const char *id;
    const char *description;
};

const char kAziotConfig[] = "Configuration checks (aziot-identity-service)";
const char kAziotConnect[] = "Connectivity checks (aziot-identity-service)";
const char kConfig[] = "Configuration checks";
const char kConnect[] = "Connectivity checks";

// 1.2 and later (1.4.20 = main).
const CheckInfo kChecksAziot[] = {
    {kAziotConfig, "keyd-config-well-formed", "keyd configuration is well-formed"},
    {kAziotConfig, "certd-config-well-formed", "certd configuration is well-formed"},
    {kAziotConfig, "tpmd-config-well-formed", "tpmd configuration is well-formed"},
    {kAziotConfig, "identityd-config-well-formed", "identityd configuration is well-formed"},
    {kAziotConfig, "configs-up-to-date", "daemon configurations up-to-date with config.toml"},
    {kAziotConfig, "hostname", "identityd config toml file specifies a valid hostname"},
    {kAziotConfig, "aziot-version", "aziot-identity-service package is up-to-date"},
    {kAziotConfig, "host-local-time", "host time is close to reference time"},
    {kAziotConfig, "identity-certificate-expiry", "production readiness: identity certificates expiry"},
    {kAziotConfig, "est-identity-and-bootstrap-certificate-expiry", ""},
    {kAziotConfig, "local-ca-certificate-expiry", ""},
    {kAziotConfig, "certs-preloaded", "preloaded certificates are valid"},
    {kAziotConfig, "keyd-running", "keyd is running"},
    {kAziotConfig, "certd-running", "certd is running"},
    {kAziotConfig, "tpmd-running", "tpmd is running"},
    {kAziotConfig, "identityd-running", "identityd is running"},
    {kAziotConfig, "certs-read", ""},
    {kAziotConfig, "key-pairs-read", ""},
    {kAziotConfig, "est-server-https", ""},
    {kAziotConfig, "certs-match-private-keys", ""},
    {kAziotConnect, "host-connect-iothub-amqp",
     "host can connect to and perform TLS handshake with iothub AMQP port"},
    {kAziotConnect, "host-connect-iothub-https",
     "host can connect to and perform TLS handshake with iothub HTTPS / WebSockets port"},
    {kAziotConnect, "host-connect-iothub-mqtt",
     "host can connect to and perform TLS handshake with iothub MQTT port"},
    {kAziotConnect, "host-connect-dps-endpoint",
     "host can connect to and perform TLS handshake with DPS endpoint"},
    {kConfig, "aziot-edged-config-well-formed", "aziot-edged configuration is well-formed"},
    {kConfig, "config-up-to-date", "configuration up-to-date with config.toml"},
    {kConfig, "container-engine-uri", "container engine is installed and functional"},
    {kConfig, "parent_hostname", "configuration has correct parent_hostname"},
    {kConfig, "container-resolve-parent-hostname", ""},
    {kConfig, "connect-management-uri", "configuration has correct URIs for daemon mgmt endpoint"},
    {kConfig, "aziot-edge-version", "aziot-edge package is up-to-date"},
    {kConfig, "container-local-time", "container time is close to host time"},
    {kConfig, "container-engine-dns", "DNS server"},
    {kConfig, "container-engine-ipv6", "IPv6 network configuration"},
    {kConfig, "container-engine-logrotate", "production readiness: logs policy"},
    {kConfig, "edge-agent-storage-mounted-from-host",
     "production readiness: Edge Agent's storage directory is persisted on the host filesystem"},
    {kConfig, "edge-hub-storage-mounted-from-host",
     "production readiness: Edge Hub's storage directory is persisted on the host filesystem"},
    {kConfig, "check-agent-image", "Agent image is valid and can be pulled from upstream"},
    {kConfig, "proxy-settings",
     "proxy settings are consistent in aziot-edged, aziot-identityd, moby daemon and config.toml"},
    {kConnect, "container-default-connect-upstream-amqp",
     "container on the default network can connect to upstream AMQP port"},
    {kConnect, "container-default-connect-upstream-https",
     "container on the default network can connect to upstream HTTPS / WebSockets port"},
    {kConnect, "container-default-connect-upstream-mqtt",
     "container on the default network can connect to upstream MQTT port"},
    {kConnect, "container-connect-upstream-amqp",
     "container on the IoT Edge module network can connect to upstream AMQP port"},
    {kConnect, "container-connect-upstream-https",
     "container on the IoT Edge module network can connect to upstream HTTPS / WebSockets port"},
    {kConnect, "container-connect-upstream-mqtt",
     "container on the IoT Edge module network can connect to upstream MQTT port"},
};

// 1.1 (1.1.19).
const CheckInfo kChecks11[] = {
    {kConfig, "config-yaml-well-formed", "config.yaml is well-formed"},
    {kConfig, "connection-string", "config.yaml has well-formed connection string"},
    {kConfig, "container-engine-uri", "container engine is installed and functional"},
    {kConfig, "windows-host-version", ""},
    {kConfig, "hostname", "config.yaml has correct hostname"},
    {kConfig, "connect-management-uri", "config.yaml has correct URIs for daemon mgmt endpoint"},
    {kConfig, "iotedged-version", "latest security daemon"},
    {kConfig, "host-local-time", "host time is close to real time"},
    {kConfig, "container-local-time", "container time is close to host time"},
    {kConfig, "container-engine-dns", "DNS server"},
    {kConfig, "container-engine-ipv6", "IPv6 network configuration"},
    {kConfig, "identity-certificate-expiry", "production readiness: identity certificates expiry"},
    {kConfig, "certificates-quickstart", "production readiness: certificates"},
    {kConfig, "container-engine-is-moby", ""},
    {kConfig, "container-engine-logrotate", "production readiness: logs policy"},
    {kConfig, "edge-agent-storage-mounted-from-host",
     "production readiness: Edge Agent's storage directory is persisted on the host filesystem"},
    {kConfig, "edge-hub-storage-mounted-from-host",
     "production readiness: Edge Hub's storage directory is persisted on the host filesystem"},
    {kConnect, "host-connect-dps-endpoint",
     "host can connect to and perform TLS handshake with DPS endpoint"},
    {kConnect, "host-connect-iothub-amqp",
     "host can connect to and perform TLS handshake with IoT Hub AMQP port"},
    {kConnect, "host-connect-iothub-https",
     "host can connect to and perform TLS handshake with IoT Hub HTTPS / WebSockets port"},
    {kConnect, "host-connect-iothub-mqtt",
     "host can connect to and perform TLS handshake with IoT Hub MQTT port"},
    {kConnect, "container-default-connect-iothub-amqp",
     "container on the default network can connect to IoT Hub AMQP port"},
    {kConnect, "container-default-connect-iothub-https",
     "container on the default network can connect to IoT Hub HTTPS / WebSockets port"},
    {kConnect, "container-default-connect-iothub-mqtt",
     "container on the default network can connect to IoT Hub MQTT port"},
    {kConnect, "container-connect-iothub-amqp",
     "container on the IoT Edge module network can connect to IoT Hub AMQP port"},
    {kConnect, "container-connect-iothub-https",
     "container on the IoT Edge module network can connect to IoT Hub HTTPS / WebSockets port"},
    {kConnect, "container-connect-iothub-mqtt",
     "container on the IoT Edge module network can connect to IoT Hub MQTT port"},
};

QString idForDescription(const QString &description)
{
    for (const CheckInfo &c : kChecksAziot) {
        if (description.compare(QLatin1String(c.description), Qt::CaseInsensitive) == 0 && *c.description)
            return QLatin1String(c.id);
    }
    for (const CheckInfo &c : kChecks11) {
        if (description.compare(QLatin1String(c.description), Qt::CaseInsensitive) == 0 && *c.description)
            return QLatin1String(c.id);
    }
    return {};
}

} // namespace

ParseResult<IotEdgeCheckResult> parseIotEdgeCheckJson(const QString &output)
{
    // Invoke-EflowVmCommand may put PowerShell noise (warnings) before the document; the JSON
    // itself starts on the first line that opens an object.
    const QStringList lines = splitLines(output);
    int start = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().startsWith(QLatin1Char('{'))) {
            start = i;
            break;
        }
    }
    if (start < 0) {
        return failure<IotEdgeCheckResult>(
            0, ParserTr::tr("The output of 'iotedge check --output json' contains no JSON object."));
    }
    const QString json = lines.mid(start).join(QLatin1Char('\n'));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError) {
        // offset counts UTF-8 bytes; convert back before counting lines.
        const QString before = QString::fromUtf8(json.toUtf8().left(err.offset));
        return failure<IotEdgeCheckResult>(
            start + lineOfOffset(before, int(before.size())),
            ParserTr::tr("The JSON of 'iotedge check' is malformed or cut off: %1").arg(err.errorString()));
    }
    if (!doc.isObject())
        return failure<IotEdgeCheckResult>(start + 1,
                                           ParserTr::tr("The JSON of 'iotedge check' is not an object."));
    const QJsonObject root = doc.object();
    const QJsonValue checksValue = root.value(QStringLiteral("checks"));
    if (!checksValue.isObject()) {
        return failure<IotEdgeCheckResult>(
            start + 1, ParserTr::tr("The JSON of 'iotedge check' has no \"checks\" object."));
    }
    const QJsonObject checks = checksValue.toObject();

    ParseResult<IotEdgeCheckResult> result;
    result.value.additionalInfo = root.value(QStringLiteral("additional_info")).toObject().toVariantMap();

    QHash<QString, IotEdgeCheck> parsed;
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonValue resultValue = entry.value(QStringLiteral("result"));
        IotEdgeCheck c;
        c.id = it.key();
        // The nesting {"result": {"result": "ok"}} is derived from serde, not observed (§5.2), so a
        // flat {"result": "ok"} is accepted as well.
        if (resultValue.isObject()) {
            const QJsonObject r = resultValue.toObject();
            c.kindText = r.value(QStringLiteral("result")).toString();
            c.details = stringList(r.value(QStringLiteral("details")));
        } else if (resultValue.isString()) {
            c.kindText = resultValue.toString();
            c.details = stringList(entry.value(QStringLiteral("details")));
        }
        if (c.kindText.isEmpty()) {
            const QString before = json.left(json.indexOf(QLatin1Char('"') + it.key() + QLatin1Char('"')));
            return failure<IotEdgeCheckResult>(
                start + lineOfOffset(before, int(before.size())),
                ParserTr::tr("The check '%1' in the JSON of 'iotedge check' has no result.").arg(it.key()));
        }
        c.kind = checkResultKindFromText(c.kindText);
        c.additionalInfo = entry.value(QStringLiteral("additional_info")).toObject().toVariantMap();
        parsed.insert(c.id, c);
    }

    // 1.1 and 1.2+ share some ids ("hostname") under different sections; pick the table by the
    // ids only one line has.
    bool isLegacy = false;
    for (const CheckInfo &info : kChecks11) {
        const QString id = QLatin1String(info.id);
        if (!parsed.contains(id))
            continue;
        bool inAziot = false;
        for (const CheckInfo &a : kChecksAziot)
            inAziot = inAziot || id == QLatin1String(a.id);
        if (!inAziot) {
            isLegacy = true;
            break;
        }
    }
    const CheckInfo *table = isLegacy ? std::begin(kChecks11) : std::begin(kChecksAziot);
    const CheckInfo *tableEnd = isLegacy ? std::end(kChecks11) : std::end(kChecksAziot);

    QList<IotEdgeCheckSection> &sections = result.value.sections;
    for (const CheckInfo *info = table; info != tableEnd; ++info) {
        const QString id = QLatin1String(info->id);
        auto found = parsed.find(id);
        if (found == parsed.end())
            continue;
        IotEdgeCheck c = found.value();
        parsed.erase(found);
        c.description = *info->description ? QLatin1String(info->description) : id;
        const QString section = QLatin1String(info->section);
        if (sections.isEmpty() || sections.last().name != section)
            sections.append(IotEdgeCheckSection{section, {}});
        sections.last().checks.append(c);
    }
    if (!parsed.isEmpty()) {
        QStringList rest = parsed.keys();
        std::sort(rest.begin(), rest.end());
        IotEdgeCheckSection other{ParserTr::tr("Other checks"), {}};
        for (const QString &id : rest) {
            IotEdgeCheck c = parsed.value(id);
            c.description = id;
            other.checks.append(c);
        }
        sections.append(other);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

ParseResult<IotEdgeCheckResult> parseIotEdgeCheckText(const QString &output)
{
    const QStringList lines = splitLines(output);
    if (firstNonBlank(lines) < 0)
        return failure<IotEdgeCheckResult>(0, ParserTr::tr("The output of 'iotedge check' is empty."));

    // The result word decides the kind, not the marker. The marker is whatever stands before the
    // description (which always starts with an ASCII letter): √ ‼ × from the CLI, '?' or '*' where a
    // console had no glyph for them, or what a code page made of their UTF-8 bytes when PowerShell read
    // the VM's output in it (issue 17): CP932 reads √ as U+7ACF U+30FB and eats the space after it, ‼
    // as U+7AB6 U+FF7C, × as U+FF83 U+30FB; CP1252 reads √ as "\u00E2\u02C6\u0161".
    static const QRegularExpression checkLine(QStringLiteral(
        "^(?:[^\\x{0}-\\x{7F}]{1,4}\\s*|[?*!x]\\s+)([A-Za-z0-9].*?)\\s+-\\s+(OK|Warning|Error)\\s*$"));
    static const QRegularExpression summaryLine(
        QStringLiteral("^(\\d+) check\\(s\\) (succeeded|raised warnings|raised errors|were skipped)"));
    static const QRegularExpression dashes(QStringLiteral("^-{3,}$"));
    // A line that starts like a check: a non-ASCII marker, or an ASCII stand-in and a space.
    const auto startsLikeCheck = [](const QString &line) {
        return !line.isEmpty() &&
               (line.at(0).unicode() > 0x7F ||
                (QStringLiteral("?*!x").contains(line.at(0)) && line.size() > 1 && line.at(1).isSpace()));
    };

    ParseResult<IotEdgeCheckResult> result;
    IotEdgeCheckResult &r = result.value;
    bool sawSummary = false;
    IotEdgeCheck *current = nullptr;

    for (int i = 0; i < lines.size(); ++i) {
        const QString raw = lines.at(i);
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            current = nullptr;
            continue;
        }
        if (const auto m = summaryLine.match(line); m.hasMatch()) {
            sawSummary = true;
            current = nullptr;
            const int n = m.captured(1).toInt();
            const QString what = m.captured(2);
            if (what == QLatin1String("succeeded"))
                r.succeeded = n;
            else if (what == QLatin1String("raised warnings"))
                r.warnings = n;
            else if (what == QLatin1String("raised errors"))
                r.errors = n;
            else
                r.skipped = n;
            continue;
        }
        // A section header is a line underlined by dashes.
        if (i + 1 < lines.size() && dashes.match(lines.at(i + 1).trimmed()).hasMatch() &&
            !raw.startsWith(QLatin1Char(' '))) {
            r.sections.append(IotEdgeCheckSection{line, {}});
            current = nullptr;
            ++i;
            continue;
        }
        if (raw.startsWith(QLatin1Char(' ')) || raw.startsWith(QLatin1Char('\t'))) {
            if (!current) {
                return failure<IotEdgeCheckResult>(
                    i + 1, ParserTr::tr("An indented message line of 'iotedge check' follows no check: %1")
                               .arg(line));
            }
            QString detail = line;
            if (detail.startsWith(QLatin1String("caused by:")))
                detail = detail.mid(10).trimmed();
            // Checks skipped after a failure print as warnings with this message (§5.2).
            if (detail.contains(QLatin1String("skipping because of previous failures")))
                current->kind = CheckResultKind::Skipped;
            current->details.append(detail);
            continue;
        }
        const auto m = checkLine.match(line);
        if (m.hasMatch()) {
            if (r.sections.isEmpty()) {
                return failure<IotEdgeCheckResult>(
                    i + 1, ParserTr::tr("A check of 'iotedge check' appears before any section header: %1")
                               .arg(line));
            }
            IotEdgeCheck c;
            c.description = m.captured(1);
            c.id = idForDescription(c.description);
            c.kindText = m.captured(2);
            c.kind = checkResultKindFromText(c.kindText);
            r.sections.last().checks.append(c);
            current = &r.sections.last().checks.last();
            continue;
        }
        if (startsLikeCheck(line)) {
            return failure<IotEdgeCheckResult>(
                i + 1,
                ParserTr::tr(
                    "A check line of 'iotedge check' does not end in ' - OK', ' - Warning' or ' - Error'; "
                    "the output may be cut off: %1")
                    .arg(line));
        }
        if (dashes.match(line).hasMatch()) {
            return failure<IotEdgeCheckResult>(
                i + 1, ParserTr::tr("A dashed underline of 'iotedge check' has no section name above it."));
        }
        return failure<IotEdgeCheckResult>(
            i + 1, ParserTr::tr("Unexpected line in the output of 'iotedge check': %1").arg(line));
    }

    if (r.totalChecks() == 0)
        return failure<IotEdgeCheckResult>(0, ParserTr::tr("The output of 'iotedge check' lists no checks."));
    // The summary always ends a complete run; without it the text was cut off and a later error
    // could be missing.
    if (!sawSummary) {
        return failure<IotEdgeCheckResult>(
            int(lines.size()), ParserTr::tr("The output of 'iotedge check' ends without its summary "
                                            "(\"N check(s) succeeded.\"); it was cut off."));
    }
    return result;
}

} // namespace eflow::host
