#include "engine/host/IotEdgeParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QVariantMap>

#include "engine/host/ParserSupport.h"

// `Get-EflowVm | ConvertTo-Json`, with the objects PowerShell flattens into "@{…}" strings.
namespace eflow::host {

using namespace detail;

namespace {

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
    // A string where PowerShell flattened an object ("@{TotalMemMb=2048; …}"): it wrote each value with
    // the host culture's ToString(), so a de-DE host writes a fraction as "1024,5".
    if (v.isString()) {
        if (const std::optional<qint64> n = parseLocalizedInteger(v.toString()))
            return *n;
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
