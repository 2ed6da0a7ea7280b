#include "engine/host/IotEdgeParsers.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QHash>

namespace eflow::host {

namespace {

// Translation context for the parse errors (style.md §8: free functions use a Tr struct).
struct ParserTr
{
    Q_DECLARE_TR_FUNCTIONS(IotEdgeParsers)
};

template<typename T>
ParseResult<T> failure(int line, const QString &message)
{
    ParseResult<T> r;
    r.error.line = line;
    r.error.message = message;
    return r;
}

// PowerShell hands VM output back with CRLF; a trailing newline must not become a phantom row.
QStringList splitLines(const QString &output)
{
    QString text = output;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

int firstNonBlank(const QStringList &lines, int from = 0)
{
    for (int i = from; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            return i;
    }
    return -1;
}

// 1-based line of a byte-ish offset, for QJsonParseError positions.
int lineOfOffset(const QString &text, int offset)
{
    return int(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

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

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out << (e.isString() ? e.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson()));
    } else if (v.isString()) {
        out << v.toString();
    }
    return out;
}

// Reads Key=Value pairs out of PowerShell's flattened "@{A=1; B=x}" rendering, which ConvertTo-Json
// produces for objects deeper than its default -Depth 2.
QVariantMap psHashString(const QString &text)
{
    QVariantMap out;
    QString t = text.trimmed();
    if (!t.startsWith(QLatin1String("@{")) || !t.endsWith(QLatin1Char('}')))
        return out;
    t = t.mid(2, t.size() - 3);
    // Split on ';' at brace depth 0 only: nested objects print as "@{a=@{b=1; c=2}; d=3}".
    QStringList parts;
    int depth = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar ch = t.at(i);
        if (ch == QLatin1Char('{'))
            ++depth;
        else if (ch == QLatin1Char('}'))
            depth = depth > 0 ? depth - 1 : 0;
        else if (ch == QLatin1Char(';') && depth == 0) {
            parts << t.mid(from, i - from);
            from = i + 1;
        }
    }
    parts << t.mid(from);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        out.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return out;
}

// An object member looked up case-insensitively: PowerShell property names are case-insensitive
// and the documented spellings differ between releases (hardwareProfile vs HardwareProfile).
QJsonValue member(const QJsonObject &o, const QString &key)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Turns either a JSON object or a flattened "@{…}" string into a JSON object.
QJsonObject asObject(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject();
    if (v.isString())
        return QJsonObject::fromVariantMap(psHashString(v.toString()));
    return {};
}

qint64 asInteger(const QJsonValue &v, qint64 fallback)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return fallback;
}

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------

ParseResult<ModuleList> parseIotEdgeList(const QString &output)
{
    const QStringList lines = splitLines(output);
    const int headerIndex = firstNonBlank(lines);
    if (headerIndex < 0)
        return failure<ModuleList>(0, ParserTr::tr("The output of 'iotedge list' is empty."));

    // TabWriter pads every cell to the widest one plus two spaces, so columns are separated by at
    // least two spaces (or a tab); descriptions ("Up 2 minutes") only ever contain single spaces.
    static const QRegularExpression separator(QStringLiteral("(?:\\t|[ ]{2,})[ \\t]*"));
    const QStringList header = lines.at(headerIndex).trimmed().split(separator, Qt::SkipEmptyParts);
    const QStringList expected = {QStringLiteral("NAME"), QStringLiteral("STATUS"),
                                  QStringLiteral("DESCRIPTION"), QStringLiteral("CONFIG")};
    bool headerOk = header.size() == expected.size();
    for (int i = 0; headerOk && i < expected.size(); ++i)
        headerOk = header.at(i).compare(expected.at(i), Qt::CaseInsensitive) == 0;
    if (!headerOk) {
        return failure<ModuleList>(
            headerIndex + 1,
            ParserTr::tr("Expected the header 'NAME STATUS DESCRIPTION CONFIG' of 'iotedge list', "
                         "found: %1")
                .arg(lines.at(headerIndex).trimmed()));
    }

    ParseResult<ModuleList> result;
    result.value.configHeader = header.last();
    for (int i = headerIndex + 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(separator, Qt::SkipEmptyParts);
        if (cells.size() != 4) {
            return failure<ModuleList>(
                i + 1,
                ParserTr::tr("A module row of 'iotedge list' has %1 columns instead of 4 (name, status, "
                             "description, image); the output may be cut off: %2")
                    .arg(cells.size())
                    .arg(line));
        }
        IotEdgeModule m;
        m.name = cells.at(0);
        m.statusText = cells.at(1);
        m.status = moduleStatusFromText(m.statusText);
        m.description = cells.at(2);
        m.image = cells.at(3);
        result.value.modules.append(m);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

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

    // The result word decides the kind, not the marker: console code pages may turn √ ‼ × into '?'.
    static const QRegularExpression checkLine(
        QStringLiteral("^(\\S{1,2})\\s+(.+?)\\s+-\\s+(OK|Warning|Error)\\s*$"));
    static const QRegularExpression summaryLine(
        QStringLiteral("^(\\d+) check\\(s\\) (succeeded|raised warnings|raised errors|were skipped)"));
    static const QRegularExpression dashes(QStringLiteral("^-{3,}$"));
    static const QString markers = QStringLiteral("\u221A\u2714\u203C\u00D7\u2716\u2718?*!x");

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
        if (m.hasMatch() && markers.contains(m.captured(1).at(0))) {
            if (r.sections.isEmpty()) {
                return failure<IotEdgeCheckResult>(
                    i + 1, ParserTr::tr("A check of 'iotedge check' appears before any section header: %1")
                               .arg(line));
            }
            IotEdgeCheck c;
            c.description = m.captured(2);
            c.id = idForDescription(c.description);
            c.kindText = m.captured(3);
            c.kind = checkResultKindFromText(c.kindText);
            r.sections.last().checks.append(c);
            current = &r.sections.last().checks.last();
            continue;
        }
        if (!line.isEmpty() && markers.contains(line.at(0))) {
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

// ---------------------------------------------------------------------------------------------

ParseResult<ServiceStatus> parseSystemctlStatus(const QString &output)
{
    const QStringList lines = splitLines(output);
    int headerIndex = firstNonBlank(lines);
    // systemctl prints a "Warning: … changed on disk" notice first when a unit file was edited.
    while (headerIndex >= 0 && lines.at(headerIndex).trimmed().startsWith(QLatin1String("Warning:")))
        headerIndex = firstNonBlank(lines, headerIndex + 1);
    if (headerIndex < 0)
        return failure<ServiceStatus>(0, ParserTr::tr("The output of 'systemctl status' is empty."));

    // Bullet: ● on a TTY, * without one (#147), ○ / × / ↻ on newer systemd.
    static const QRegularExpression headerRe(QStringLiteral(
        "^(?:[\u25CF*\u25CB\u00D7\u21BB]\\s+)?(\\S+?\\.(?:service|socket))(?:\\s+-\\s+(.*))?$"));
    const auto hm = headerRe.match(lines.at(headerIndex).trimmed());
    if (!hm.hasMatch()) {
        return failure<ServiceStatus>(headerIndex + 1,
                                      ParserTr::tr("'systemctl status' did not describe a unit: %1")
                                          .arg(lines.at(headerIndex).trimmed()));
    }

    ParseResult<ServiceStatus> result;
    ServiceStatus &s = result.value;
    s.unit = hm.captured(1);
    s.description = hm.captured(2).trimmed();

    static const QRegularExpression fieldRe(QStringLiteral("^\\s*([A-Za-z][A-Za-z ]*?):\\s*(.*)$"));
    static const QRegularExpression activeRe(
        QStringLiteral("^(\\S+)(?:\\s+\\((.*?)\\))?(?:\\s+since\\s+([^;]+?)(?:;\\s*(.*))?)?\\s*$"));
    static const QRegularExpression pidRe(QStringLiteral("^(\\d+)(?:\\s+\\((.*)\\))?"));

    bool sawActive = false;
    int i = headerIndex + 1;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty())
            break; // the journal tail follows the first blank line
        const auto fm = fieldRe.match(line);
        if (!fm.hasMatch())
            continue; // CGroup tree continuation lines
        const QString key = fm.captured(1);
        const QString value = fm.captured(2).trimmed();
        if (key == QLatin1String("Loaded")) {
            s.loaded = value;
        } else if (key == QLatin1String("Active")) {
            const auto am = activeRe.match(value);
            if (!am.hasMatch() || value.isEmpty()) {
                return failure<ServiceStatus>(
                    i + 1,
                    ParserTr::tr("The Active: line of 'systemctl status' is not readable: %1").arg(value));
            }
            sawActive = true;
            s.state = serviceStateFromActiveWord(am.captured(1));
            s.subState = am.captured(2);
            s.activeText = am.captured(2).isEmpty()
                               ? am.captured(1)
                               : am.captured(1) + QStringLiteral(" (") + am.captured(2) + QLatin1Char(')');
            s.since = am.captured(3).trimmed();
            s.sinceAgo = am.captured(4).trimmed();
        } else if (key == QLatin1String("Main PID")) {
            const auto pm = pidRe.match(value);
            if (pm.hasMatch()) {
                s.mainPid = pm.captured(1).toLongLong();
                s.mainProcess = pm.captured(2);
            }
        }
    }
    if (!sawActive) {
        return failure<ServiceStatus>(
            int(lines.size()), ParserTr::tr("The output of 'systemctl status %1' has no Active: line; it "
                                            "was cut off.")
                                   .arg(s.unit));
    }
    for (++i; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            s.logLines.append(lines.at(i));
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

ParseResult<SystemServicesStatus> parseIotEdgeSystemStatus(const QString &output)
{
    const QStringList lines = splitLines(output);
    const int headerIndex = firstNonBlank(lines);
    if (headerIndex < 0)
        return failure<SystemServicesStatus>(0,
                                             ParserTr::tr("The output of 'iotedge system status' is empty."));
    if (lines.at(headerIndex).trimmed() != QLatin1String("System services:")) {
        // On 1.1 the CLI has no 'system' subcommand and answers with a usage error (§0).
        return failure<SystemServicesStatus>(
            headerIndex + 1,
            ParserTr::tr("Expected 'System services:' from 'iotedge system status' (IoT Edge 1.2 "
                         "or later), found: %1")
                .arg(lines.at(headerIndex).trimmed()));
    }

    static const QRegularExpression rowRe(QStringLiteral("^\\s+(\\S+)\\s+(\\S.*?)\\s*$"));
    static const QRegularExpression badRe(QStringLiteral("^(\\S+) is in a bad state because:\\s*$"));
    static const QRegularExpression printingRe(
        QStringLiteral("^\\S+: .*: Printing the last \\d+ log lines\\.?$"));

    ParseResult<SystemServicesStatus> result;
    QList<ServiceStatus> &services = result.value.services;
    int i = headerIndex + 1;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty())
            break;
        const auto m = rowRe.match(line);
        if (!m.hasMatch()) {
            return failure<SystemServicesStatus>(
                i + 1,
                ParserTr::tr("A service row of 'iotedge system status' has no state; the output may be cut "
                             "off: %1")
                    .arg(line.trimmed()));
        }
        ServiceStatus s;
        s.unit = m.captured(1) + QStringLiteral(".service");
        s.activeText = m.captured(2);
        const QString word = s.activeText.section(QLatin1Char(' '), 0, 0);
        s.state = serviceStateFromActiveWord(word);
        if (s.state == ServiceState::Failed) {
            const qsizetype dash = s.activeText.indexOf(QLatin1String(" - "));
            s.subState = dash >= 0 ? s.activeText.mid(dash + 3).trimmed() : QString();
        }
        services.append(s);
    }
    if (services.isEmpty()) {
        return failure<SystemServicesStatus>(
            headerIndex + 1,
            ParserTr::tr("'iotedge system status' lists no services; the output was cut off."));
    }

    // Journal tails of the services in a bad state.
    ServiceStatus *current = nullptr;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString t = line.trimmed();
        if (const auto bm = badRe.match(t); bm.hasMatch()) {
            current = nullptr;
            const QString unit = bm.captured(1).endsWith(QLatin1String(".service"))
                                     ? bm.captured(1)
                                     : bm.captured(1) + QStringLiteral(".service");
            for (ServiceStatus &s : services) {
                if (s.unit == unit)
                    current = &s;
            }
            continue;
        }
        if (t.startsWith(QLatin1String("Use 'iotedge"))) {
            current = nullptr;
            continue;
        }
        if (t.isEmpty() || printingRe.match(t).hasMatch())
            continue;
        if (current)
            current->logLines.append(line);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

ParseResult<EflowVmStatus> parseGetEflowVmJson(const QString &output)
{
    const QString trimmed = output.trimmed();
    if (trimmed.isEmpty())
        return failure<EflowVmStatus>(0, ParserTr::tr("The output of 'Get-EflowVm' is empty."));
    QJsonParseError err{};
    const QByteArray utf8 = trimmed.toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &err);
    if (err.error != QJsonParseError::NoError) {
        const QString before = QString::fromUtf8(utf8.left(err.offset));
        return failure<EflowVmStatus>(
            lineOfOffset(before, int(before.size())),
            ParserTr::tr("The JSON of 'Get-EflowVm' is malformed or cut off: %1").arg(err.errorString()));
    }
    QJsonObject root;
    if (doc.isObject())
        root = doc.object();
    else if (doc.isArray() && doc.array().size() == 1 && doc.array().first().isObject())
        root = doc.array().first().toObject(); // a pipeline of one object may arrive as an array
    else
        return failure<EflowVmStatus>(1, ParserTr::tr("The JSON of 'Get-EflowVm' is not a single object."));

    static const QStringList required = {QStringLiteral("VmPowerState"), QStringLiteral("VmConfiguration")};
    for (const QString &key : required) {
        if (member(root, key).isUndefined()) {
            return failure<EflowVmStatus>(
                1, ParserTr::tr("The JSON of 'Get-EflowVm' has no %1 property; it is not Get-EflowVm output.")
                       .arg(key));
        }
    }

    ParseResult<EflowVmStatus> result;
    EflowVmStatus &s = result.value;

    s.powerStateText = asText(member(root, QStringLiteral("VmPowerState")));
    if (s.powerStateText.compare(QLatin1String("Running"), Qt::CaseInsensitive) == 0)
        s.powerState = VmPowerState::Running;
    else if (s.powerStateText.compare(QLatin1String("Off"), Qt::CaseInsensitive) == 0)
        s.powerState = VmPowerState::Off;

    const QJsonObject config = asObject(member(root, QStringLiteral("VmConfiguration")));
    s.vmName = asText(member(config, QStringLiteral("name")));
    const QJsonObject props = asObject(member(config, QStringLiteral("properties")));
    const QJsonObject custom = asObject(
        member(asObject(member(props, QStringLiteral("hardwareProfile"))), QStringLiteral("customsize")));
    s.configuredCpuCount = int(asInteger(member(custom, QStringLiteral("cpucount")), 0));
    s.configuredGpuCount = int(asInteger(member(custom, QStringLiteral("gpucount")), 0));
    s.configuredMemoryMb = int(asInteger(member(custom, QStringLiteral("memorymb")), 0));
    s.computerName =
        asText(member(asObject(member(props, QStringLiteral("osProfile"))), QStringLiteral("computerName")));

    const QJsonObject version = asObject(member(root, QStringLiteral("EdgeRuntimeVersion")));
    s.iotEdgeVersion = asText(member(version, QStringLiteral("IotEdgeVersion")));
    s.mobyEngineVersion = asText(member(version, QStringLiteral("MobyEngineVersion")));
    s.mobyCliVersion = asText(member(version, QStringLiteral("MobyCliVersion")));

    const QJsonObject stats = asObject(member(root, QStringLiteral("SystemStatistics")));
    s.totalMemMb = asInteger(member(stats, QStringLiteral("TotalMemMb")), -1);
    s.usedMemMb = asInteger(member(stats, QStringLiteral("UsedMemMb")), -1);
    s.availableMemMb = asInteger(member(stats, QStringLiteral("AvailableMemMb")), -1);
    s.totalStorageMb = asInteger(member(stats, QStringLiteral("TotalStorageMb")), -1);
    s.usedStorageMb = asInteger(member(stats, QStringLiteral("UsedStorageMb")), -1);
    s.availableStorageMb = asInteger(member(stats, QStringLiteral("AvailableStorageMb")), -1);
    s.cpuCount = int(asInteger(member(stats, QStringLiteral("CpuCount")), 0));
    s.kernelVersion = asText(member(stats, QStringLiteral("KernelVersion")));

    // At the default depth these arrive as the literal "System.Object[]"; only real arrays count.
    const QJsonObject runtime = asObject(member(root, QStringLiteral("EdgeRuntimeStatus")));
    s.systemCtlStatusLines = stringList(member(runtime, QStringLiteral("SystemCtlStatus")).isArray()
                                            ? member(runtime, QStringLiteral("SystemCtlStatus"))
                                            : QJsonValue());
    const QJsonValue moduleList = member(runtime, QStringLiteral("ModuleList"));
    if (moduleList.isArray()) {
        for (const QJsonValue &v : moduleList.toArray()) {
            if (v.isString())
                s.moduleListLines.append(v.toString());
        }
    }
    return result;
}

} // namespace eflow::host
