#include "engine/jobs/FleetFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "engine/plan/DeploymentPlan.h"
#include "engine/plan/Validation.h"
#include "engine/support/JsonDuplicateKeys.h"
#include "engine/support/SecretRef.h"

namespace eflow::jobs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetFile)
};

constexpr qsizetype kMaxCellChars = 1024;

const QStringList &knownColumns()
{
    static const QStringList columns = {QStringLiteral("target"),    QStringLiteral("registration_id"),
                                        QStringLiteral("memory_mb"), QStringLiteral("switch"),
                                        QStringLiteral("ip"),        QStringLiteral("gateway"),
                                        QStringLiteral("prefix"),    QStringLiteral("dns"),
                                        QStringLiteral("secret_ref")};
    return columns;
}

// One row as read: column name -> text, and where it stood.
struct RawRow
{
    int line = 0;
    QHash<QString, QString> cells;
};

std::optional<QString> checkIpv4(const QString &text)
{
    QHostAddress address;
    if (address.setAddress(text) && address.protocol() == QAbstractSocket::IPv4Protocol &&
        text.count(QLatin1Char('.')) == 3)
        return std::nullopt;
    return Tr::tr("\"%1\" is not an IPv4 address such as 192.168.0.10").arg(text.left(80));
}

std::optional<int> wholeNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= low && value <= high ? std::optional<int>(value) : std::nullopt;
}

// The registration ID pattern applied: {hostname} and {row}; any other {…} is refused.
std::optional<QString> applyPattern(const QString &pattern, const FleetHost &host, int row, QString *problem)
{
    QString id = pattern;
    id.replace(QLatin1String("{hostname}"), host.hostName());
    id.replace(QLatin1String("{row}"), QString::number(row));
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    const QRegularExpressionMatch unknown = placeholder.match(id);
    if (unknown.hasMatch()) {
        *problem =
            Tr::tr("%1 is not a pattern this file knows; use {hostname} or {row}").arg(unknown.captured());
        return std::nullopt;
    }
    if (const auto bad = plan::checkRegistrationId(id)) {
        *problem = bad->message;
        return std::nullopt;
    }
    return id;
}

// One cell's value put into host; a sentence (without the column's name) when it cannot be.
std::optional<QString> takeCell(const QString &column, const QString &value, FleetHost &host)
{
    if (column == QLatin1String("target")) {
        const std::optional<HostTarget> target = HostTarget::fromString(value);
        if (!target || (target->kind != HostTarget::Kind::Ssh && target->kind != HostTarget::Kind::Demo)) {
            QString why;
            if (value.startsWith(QLatin1String("ssh://")))
                HostTarget::fromSshUrl(value, &why);
            return why.isEmpty() ? Tr::tr("\"%1\" is not ssh://USER@HOST[:PORT] or demo:SCENARIO/NAME")
                                       .arg(value.left(80))
                                 : why;
        }
        host.target = *target;
    } else if (column == QLatin1String("memory_mb")) {
        host.memoryMb = wholeNumber(value, 1, 1024 * 1024);
        if (!host.memoryMb)
            return Tr::tr("\"%1\" is not a whole number of megabytes").arg(value.left(80));
    } else if (column == QLatin1String("prefix")) {
        host.ip4PrefixLength = wholeNumber(value, 1, 32);
        if (!host.ip4PrefixLength)
            return Tr::tr("\"%1\" is not a prefix length from 1 to 32").arg(value.left(80));
    } else if (column == QLatin1String("switch")) {
        host.switchName = value;
    } else if (column == QLatin1String("ip") || column == QLatin1String("gateway")) {
        if (const auto problem = checkIpv4(value))
            return problem;
        (column == QLatin1String("ip") ? host.ip4Address : host.ip4GatewayAddress) = value;
    } else if (column == QLatin1String("secret_ref")) {
        QString why;
        const auto ref = support::parseSecretRef(value, &why);
        if (!ref)
            return why;
        host.secretRef = ref->toString();
    } else if (column == QLatin1String("dns")) {
        for (const QString &server :
             value.split(QRegularExpression(QStringLiteral("[;\\s]+")), Qt::SkipEmptyParts)) {
            if (const auto problem = checkIpv4(server))
                return problem;
            host.dnsServers << server;
        }
    }
    return std::nullopt;
}

// Every row turned into a host, checked one by one and against the others.
std::optional<FleetFile> buildHosts(const QList<RawRow> &rows, const QString &fileName, QString *error)
{
    auto fail = [&](int line, const QString &column, const QString &why) -> std::optional<FleetFile> {
        if (error) {
            *error = column.isEmpty() ? Tr::tr("%1:%2: %3").arg(fileName).arg(line).arg(why)
                                      : Tr::tr("%1:%2: %3: %4").arg(fileName).arg(line).arg(column, why);
        }
        return std::nullopt;
    };
    if (rows.isEmpty())
        return fail(1, {}, Tr::tr("the fleet file lists no host"));
    if (rows.size() > kMaxFleetHosts)
        return fail(rows.at(kMaxFleetHosts).line, {}, Tr::tr("more than %1 hosts").arg(kMaxFleetHosts));
    FleetFile fleet;
    QHash<QString, int> targets;
    QHash<QString, int> registrationIds;
    int row = 0;
    for (const RawRow &raw : rows) {
        ++row;
        FleetHost host;
        host.line = raw.line;
        for (const QString &column : knownColumns()) {
            const QString value = raw.cells.value(column).trimmed();
            if (value.isEmpty() || column == QLatin1String("registration_id"))
                continue;
            if (const auto problem = takeCell(column, value, host))
                return fail(raw.line, column, *problem);
        }
        if (host.target.kind == HostTarget::Kind::Unknown)
            return fail(raw.line, QStringLiteral("target"), Tr::tr("every host needs a target"));
        const QString pattern = raw.cells.value(QStringLiteral("registration_id")).trimmed();
        if (pattern.isEmpty())
            return fail(raw.line, QStringLiteral("registration_id"),
                        Tr::tr("every host needs a registration ID"));
        QString problem;
        const std::optional<QString> id = applyPattern(pattern, host, row, &problem);
        if (!id)
            return fail(raw.line, QStringLiteral("registration_id"), problem);
        host.registrationId = *id;
        const QString targetText = host.target.toString();
        if (targets.contains(targetText))
            return fail(
                raw.line, QStringLiteral("target"),
                Tr::tr("%1 is listed on line %2 already").arg(targetText).arg(targets.value(targetText)));
        if (registrationIds.contains(id->toLower()))
            return fail(raw.line, QStringLiteral("registration_id"),
                        Tr::tr("%1 is used on line %2 already (DPS compares registration IDs without case)")
                            .arg(*id)
                            .arg(registrationIds.value(id->toLower())));
        targets.insert(targetText, raw.line);
        registrationIds.insert(id->toLower(), raw.line);
        fleet.hosts << host;
    }
    return fleet;
}

// A cell may not be long, hold control characters or look like a key (never echoed then).
std::optional<QString> checkCellText(const QString &value)
{
    if (value.size() > kMaxCellChars)
        return Tr::tr("longer than %1 characters").arg(kMaxCellChars);
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return Tr::tr("holds a control character");
    }
    if (support::looksLikeSecret(value.trimmed()))
        return Tr::tr("looks like a key; a fleet file never holds keys (give the group key by reference)");
    return std::nullopt;
}

// RFC 4180 records with the line each starts on; blank and '#' lines skipped.
std::optional<QList<std::pair<int, QStringList>>> csvRecords(const QString &text, QString *problem,
                                                             int *problemLine)
{
    QList<std::pair<int, QStringList>> records;
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&] {
        cells << cell;
        const bool blank = cells.size() == 1 && cells.first().trimmed().isEmpty() && !cellWasQuoted;
        if (!blank && !(cells.first().startsWith(QLatin1Char('#')) && !cellWasQuoted))
            records.append({recordLine, cells});
        cells.clear();
        cell.clear();
        cellWasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                line += c == u'\n' ? 1 : 0;
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty()) {
            quoted = cellWasQuoted = true;
        } else if (c == u',') {
            cells << cell;
            cell.clear();
        } else if (c == u'\n') {
            endRecord();
            recordLine = ++line;
        } else if (c != u'\r') {
            cell += c;
        }
    }
    if (quoted) {
        *problem = Tr::tr("a quoted cell is never closed");
        *problemLine = recordLine;
        return std::nullopt;
    }
    if (!cell.isEmpty() || !cells.isEmpty())
        endRecord();
    return records;
}

} // namespace

QString FleetHost::hostName() const
{
    if (target.kind == HostTarget::Kind::Ssh)
        return target.ssh.host.toLower();
    if (!target.machine.isEmpty())
        return target.machine.toLower();
    return target.scenarioId.isEmpty() ? QStringLiteral("demo") : target.scenarioId.toLower();
}

void FleetHost::applyTo(plan::DeploymentPlan &plan) const
{
    plan.provisioning.registrationId = registrationId;
    if (memoryMb)
        plan.vm.memoryMb = *memoryMb;
    if (!switchName.isEmpty())
        plan.network.switchName = switchName;
    if (!ip4Address.isEmpty()) {
        plan.network.staticIp = true;
        plan.network.ip4Address = ip4Address;
    }
    if (ip4PrefixLength)
        plan.network.ip4PrefixLength = ip4PrefixLength;
    if (!ip4GatewayAddress.isEmpty())
        plan.network.ip4GatewayAddress = ip4GatewayAddress;
    if (!dnsServers.isEmpty())
        plan.network.dnsServers = dnsServers;
}

std::optional<FleetFile> parseFleetCsv(const QByteArray &bytes, const QString &fileName, QString *error)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QString problem;
    int problemLine = 0;
    const auto records = csvRecords(text, &problem, &problemLine);
    if (!records) {
        if (error)
            *error = Tr::tr("%1:%2: %3").arg(fileName).arg(problemLine).arg(problem);
        return std::nullopt;
    }
    if (records->isEmpty()) {
        if (error)
            *error =
                Tr::tr("%1: empty; a fleet file starts with the line target,registration_id").arg(fileName);
        return std::nullopt;
    }
    const auto &[headerLine, header] = records->first();
    QStringList columns;
    for (const QString &name : header) {
        const QString column = name.trimmed().toLower();
        if (!knownColumns().contains(column) || columns.contains(column)) {
            if (error)
                *error = Tr::tr("%1:%2: column \"%3\" is %4; the columns are %5")
                             .arg(fileName)
                             .arg(headerLine)
                             .arg(column.left(80),
                                  columns.contains(column) ? Tr::tr("given twice") : Tr::tr("unknown"),
                                  knownColumns().join(QLatin1Char(',')));
            return std::nullopt;
        }
        columns << column;
    }
    QList<RawRow> rows;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const auto &[line, cells] = records->at(r);
        if (cells.size() != columns.size()) {
            if (error)
                *error = Tr::tr("%1:%2: %3 cells, but the header has %4")
                             .arg(fileName)
                             .arg(line)
                             .arg(cells.size())
                             .arg(columns.size());
            return std::nullopt;
        }
        RawRow row{line, {}};
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (const auto bad = checkCellText(cells.at(c))) {
                if (error)
                    *error = Tr::tr("%1:%2: %3: %4").arg(fileName).arg(line).arg(columns.at(c), *bad);
                return std::nullopt;
            }
            row.cells.insert(columns.at(c), cells.at(c));
        }
        rows << row;
    }
    return buildHosts(rows, fileName, error);
}

namespace {

// One JSON value as the cell text the CSV path reads; a sentence when its type is wrong.
std::optional<QString> jsonCell(const QString &column, const QJsonValue &value, QString *text)
{
    const bool numeric = column == QLatin1String("memory_mb") || column == QLatin1String("prefix");
    if (value.isString()) {
        *text = value.toString();
    } else if (numeric && value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))) {
        *text = QString::number(qint64(value.toDouble()));
    } else if (column == QLatin1String("dns") && value.isArray()) {
        QStringList servers;
        for (const QJsonValue &server : value.toArray()) {
            if (!server.isString())
                return Tr::tr("expected a list of addresses (strings)");
            servers << server.toString();
        }
        *text = servers.join(QLatin1Char(';'));
    } else if (!value.isNull()) {
        return numeric ? Tr::tr("expected a whole number") : Tr::tr("expected a string");
    }
    return checkCellText(*text);
}

} // namespace

std::optional<FleetFile> parseFleetJson(const QByteArray &bytes, const QString &fileName, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<FleetFile> {
        if (error)
            *error = Tr::tr("%1: %2").arg(fileName, why);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            Tr::tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (const auto duplicate = support::findDuplicateJsonKey(bytes))
        return fail(Tr::tr("%1 appears twice").arg(*duplicate));
    QJsonArray list;
    if (document.isArray()) {
        list = document.array();
    } else {
        const QJsonObject root = document.object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != QLatin1String("hosts"))
                return fail(
                    Tr::tr("unknown member \"%1\"; a fleet file holds \"hosts\"").arg(it.key().left(80)));
        }
        if (!root.value(QLatin1String("hosts")).isArray())
            return fail(Tr::tr("hosts: expected a list of hosts"));
        list = root.value(QLatin1String("hosts")).toArray();
    }
    QList<RawRow> rows;
    for (qsizetype i = 0; i < list.size() && i <= kMaxFleetHosts; ++i) {
        const QString where = QStringLiteral("hosts[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(Tr::tr("%1: expected an object").arg(where));
        const QJsonObject item = list.at(i).toObject();
        RawRow row{int(i + 1), {}};
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (!knownColumns().contains(it.key()))
                return fail(Tr::tr("%1.%2: unknown; the members are %3")
                                .arg(where, it.key().left(80), knownColumns().join(QLatin1String(", "))));
            QString text;
            if (const auto bad = jsonCell(it.key(), it.value(), &text))
                return fail(Tr::tr("%1.%2: %3").arg(where, it.key(), *bad));
            row.cells.insert(it.key(), text);
        }
        rows << row;
    }
    // Rows of a JSON file are named by their place in the list, counted from 1.
    return buildHosts(rows, fileName + QStringLiteral(" host"), error);
}

std::optional<FleetFile> readFleetFile(const QString &path, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("The fleet file %1 cannot be read: %2")
                         .arg(path, QFileInfo(path).isDir() ? Tr::tr("it is a folder") : file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxFleetFileBytes + 1);
    if (bytes.size() > kMaxFleetFileBytes) {
        if (error)
            *error =
                Tr::tr("The fleet file %1 is larger than %2 MiB.").arg(path).arg(kMaxFleetFileBytes >> 20);
        return std::nullopt;
    }
    const QByteArray start = bytes.trimmed().left(1);
    const bool json =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || start == "{" || start == "[";
    return json ? parseFleetJson(bytes, path, error) : parseFleetCsv(bytes, path, error);
}

} // namespace eflow::jobs
