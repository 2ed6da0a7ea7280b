#include "engine/jobs/FleetResult.h"

#include <cmath>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "engine/support/JsonReader.h"
#include "engine/support/OwnerOnlySaveFile.h"

namespace eflow::jobs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetRun)
};

struct OutcomeName
{
    FleetOutcome outcome;
    const char *key;
};

constexpr OutcomeName kOutcomes[] = {
    {FleetOutcome::Waiting, "waiting"},         {FleetOutcome::Running, "running"},
    {FleetOutcome::Provisioned, "provisioned"}, {FleetOutcome::Failed, "failed"},
    {FleetOutcome::Unsupported, "unsupported"}, {FleetOutcome::RestartNeeded, "restart-needed"},
    {FleetOutcome::Cancelled, "cancelled"},
};

const QStringList &phaseWords()
{
    static const QStringList words = {QString(),
                                      QStringLiteral("open"),
                                      QStringLiteral("deploy"),
                                      QStringLiteral("provision"),
                                      QStringLiteral("verify"),
                                      QStringLiteral("done")};
    return words;
}

// Text members of a result: long enough for a failure's sentence, short enough that a damaged file
// cannot make one host's line endless.
constexpr qsizetype kMaxTextChars = 8192;

// A spreadsheet runs a cell that starts with = + - @ as a formula; the host's own words (a failure's
// cause) must never run as one, so such a cell starts with ' instead.
QString csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString seconds(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QString fleetOutcomeKey(FleetOutcome outcome)
{
    for (const OutcomeName &o : kOutcomes)
        if (o.outcome == outcome)
            return QString::fromLatin1(o.key);
    return {};
}

std::optional<FleetOutcome> fleetOutcomeFromKey(const QString &key)
{
    for (const OutcomeName &o : kOutcomes)
        if (key == QLatin1String(o.key))
            return o.outcome;
    return std::nullopt;
}

QString fleetOutcomeTitle(FleetOutcome outcome)
{
    switch (outcome) {
    case FleetOutcome::Waiting:
        return Tr::tr("waiting");
    case FleetOutcome::Running:
        return Tr::tr("running");
    case FleetOutcome::Provisioned:
        return Tr::tr("provisioned");
    case FleetOutcome::Failed:
        return Tr::tr("failed");
    case FleetOutcome::Unsupported:
        return Tr::tr("unsupported");
    case FleetOutcome::RestartNeeded:
        return Tr::tr("restart needed");
    case FleetOutcome::Cancelled:
        return Tr::tr("cancelled");
    }
    return {};
}

bool isFleetFailure(FleetOutcome outcome)
{
    return outcome == FleetOutcome::Failed || outcome == FleetOutcome::Unsupported ||
           outcome == FleetOutcome::RestartNeeded;
}

QJsonObject FleetHostResult::toJson() const
{
    QJsonObject json{{QStringLiteral("target"), target},
                     {QStringLiteral("registration_id"), registrationId},
                     {QStringLiteral("outcome"), fleetOutcomeKey(outcome)},
                     {QStringLiteral("phase"), phase},
                     {QStringLiteral("deployed"), deployed},
                     {QStringLiteral("provisioned"), provisioned},
                     {QStringLiteral("device_id"), deviceId},
                     {QStringLiteral("hub"), hub},
                     {QStringLiteral("vm_ip"), vmIp},
                     {QStringLiteral("duration_s"), std::round(durationSeconds * 10) / 10},
                     {QStringLiteral("cause"), cause},
                     {QStringLiteral("fix"), fix},
                     {QStringLiteral("verification"), verification}};
    if (finishedAt.isValid())
        json.insert(QStringLiteral("finished_at"), finishedAt.toUTC().toString(Qt::ISODate));
    return json;
}

std::optional<FleetHostResult> FleetHostResult::fromJson(const QJsonObject &json, QString *error)
{
    FleetHostResult r;
    QString problem;
    support::JsonReader read(json, QString(), &problem);
    read.string(QStringLiteral("target"), &r.target);
    read.string(QStringLiteral("registration_id"), &r.registrationId);
    QString outcome;
    read.string(QStringLiteral("outcome"), &outcome);
    read.string(QStringLiteral("phase"), &r.phase);
    read.boolean(QStringLiteral("deployed"), &r.deployed);
    read.boolean(QStringLiteral("provisioned"), &r.provisioned);
    for (const auto &[key, out] : {std::pair{QStringLiteral("device_id"), &r.deviceId},
                                   std::pair{QStringLiteral("hub"), &r.hub},
                                   std::pair{QStringLiteral("vm_ip"), &r.vmIp},
                                   std::pair{QStringLiteral("cause"), &r.cause},
                                   std::pair{QStringLiteral("fix"), &r.fix},
                                   std::pair{QStringLiteral("verification"), &r.verification}}) {
        read.string(key, out);
        if (read.ok() && out->size() > kMaxTextChars)
            read.fail(Tr::tr("%1: longer than %2 characters").arg(key).arg(kMaxTextChars));
    }
    QString finished;
    read.string(QStringLiteral("finished_at"), &finished);
    if (read.ok() && read.present(QStringLiteral("duration_s"))) {
        const QJsonValue d = json.value(QStringLiteral("duration_s"));
        if (!d.isDouble() || !(d.toDouble() >= 0) || d.toDouble() > 1e9)
            read.fail(Tr::tr("duration_s: expected a number of seconds."));
        else
            r.durationSeconds = d.toDouble();
    }
    if (read.ok() && r.target.isEmpty())
        read.fail(Tr::tr("target: missing."));
    const std::optional<FleetOutcome> parsed = fleetOutcomeFromKey(outcome);
    if (read.ok() && !parsed)
        read.fail(Tr::tr("outcome: \"%1\" is not a fleet outcome.").arg(outcome.left(40)));
    if (read.ok() && !phaseWords().contains(r.phase))
        read.fail(Tr::tr("phase: \"%1\" is not a phase.").arg(r.phase.left(40)));
    if (read.ok() && !finished.isEmpty()) {
        r.finishedAt = QDateTime::fromString(finished, Qt::ISODate);
        if (!r.finishedAt.isValid())
            read.fail(Tr::tr("finished_at: \"%1\" is not a date and time.").arg(finished.left(40)));
    }
    if (read.ok()) {
        if (const auto unknown = read.unknownKeyPath())
            read.fail(Tr::tr("%1: unknown member.").arg(*unknown));
    }
    if (!read.ok()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    r.outcome = *parsed;
    return r;
}

QString FleetStateFile::defaultPath(const QString &journalDirectory, const QString &fleetFile)
{
    const QByteArray where = QFileInfo(fleetFile).absoluteFilePath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16);
    // Beside the journal's folder, not in it: the journal takes every file in its folder for an entry.
    const QDir parent = QFileInfo(QDir::cleanPath(journalDirectory)).dir();
    return parent.filePath(QStringLiteral("fleet/fleet-%1.json").arg(QString::fromLatin1(hash)));
}

std::optional<QMap<QString, FleetHostResult>> FleetStateFile::load(const QString &path, QString *error)
{
    QMap<QString, FleetHostResult> hosts;
    if (!QFileInfo::exists(path))
        return hosts;
    auto fail = [&](const QString &why) -> std::optional<QMap<QString, FleetHostResult>> {
        *error = Tr::tr("The fleet's state file %1 %2; move it away to start the fleet over.").arg(path, why);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot be read (%1)").arg(file.errorString()));
    if (file.size() > maxBytes)
        return fail(Tr::tr("is larger than %1 MiB").arg(maxBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(maxBytes + 1), &parseError);
    if (!doc.isObject())
        return fail(Tr::tr("is damaged (%1)").arg(parseError.error == QJsonParseError::NoError
                                                      ? Tr::tr("not a JSON object")
                                                      : parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt(-1) != 1)
        return fail(Tr::tr("is damaged (version: expected 1)"));
    const QJsonValue list = root.value(QStringLiteral("hosts"));
    if (!list.isArray())
        return fail(Tr::tr("is damaged (hosts: expected a list)"));
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString why;
        const auto result = items.at(i).isObject()
                                ? FleetHostResult::fromJson(items.at(i).toObject(), &why)
                                : std::optional<FleetHostResult>();
        if (!result)
            return fail(Tr::tr("is damaged (hosts[%1]: %2)")
                            .arg(i)
                            .arg(why.isEmpty() ? Tr::tr("expected an object") : why));
        hosts.insert(result->target, *result);
    }
    return hosts;
}

bool FleetStateFile::save(const QString &path, const QString &fleetFile, const QList<FleetHostResult> &hosts,
                          QString *error)
{
    QString folderError;
    if (!support::OwnerOnlySaveFile::makeOwnerOnlyFolder(QFileInfo(path).absolutePath(), &folderError)) {
        *error = folderError;
        return false;
    }
    QJsonArray list;
    for (const FleetHostResult &h : hosts)
        list.append(h.toJson());
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("fleetFile"), QFileInfo(fleetFile).absoluteFilePath()},
                           {QStringLiteral("hosts"), list}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    support::OwnerOnlySaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("Cannot write the fleet's state file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray fleetResultsCsv(const QList<FleetHostResult> &hosts)
{
    QString text = QStringLiteral(
        "target,registration_id,outcome,device_id,hub,vm_ip,duration_s,cause,fix,verification\r\n");
    for (const FleetHostResult &h : hosts) {
        const QStringList cells = {h.target,   h.registrationId,           fleetOutcomeKey(h.outcome),
                                   h.deviceId, h.hub,                      h.vmIp,
                                   seconds(h.durationSeconds), h.cause,    h.fix,
                                   h.verification};
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QByteArray fleetResultsJson(const QList<FleetHostResult> &hosts)
{
    QJsonArray list;
    QMap<QString, int> counts;
    for (const FleetHostResult &h : hosts) {
        QJsonObject json = h.toJson();
        // Resume marks are the state file's business, not the reader's.
        json.remove(QStringLiteral("deployed"));
        json.remove(QStringLiteral("provisioned"));
        list.append(json);
        counts[fleetOutcomeKey(h.outcome)] += 1;
    }
    QJsonObject summary{{QStringLiteral("hosts"), int(hosts.size())}};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("summary"), summary}, {QStringLiteral("hosts"), list}})
        .toJson(QJsonDocument::Indented);
}

bool writeFleetResults(const QString &path, const QList<FleetHostResult> &hosts, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json")) {
        *error = Tr::tr("The results file %1 must end in .csv or .json.").arg(path);
        return false;
    }
    const QByteArray bytes = suffix == QLatin1String("csv") ? fleetResultsCsv(hosts) : fleetResultsJson(hosts);
    // Registration and device IDs, no key: the folder's usual rights are enough, as for any report.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("Cannot write the results file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace eflow::jobs
