#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace eflow::jobs {

// How one host of a fleet run ended (issue 16 item 2), or that it has not yet.
enum class FleetOutcome
{
    Waiting = 0,   // not started in this run
    Running,       // being deployed, provisioned or verified now
    Provisioned,   // the IoT Edge runtime runs and DPS assigned the device
    Failed,        // a step failed; cause and fix say why
    Unsupported,   // the target check refused the host (it cannot run EFLOW as planned)
    RestartNeeded, // Windows must restart before the deploy can go on
    Cancelled,     // stopped by the user (Ctrl+C, Stop) or a timeout; a rerun continues it
};

// "waiting", "running", "provisioned", "failed", "unsupported", "restart-needed", "cancelled".
QString fleetOutcomeKey(FleetOutcome outcome);
std::optional<FleetOutcome> fleetOutcomeFromKey(const QString &key);
// Translated, for tables.
QString fleetOutcomeTitle(FleetOutcome outcome);
// Outcomes a rerun leaves alone unless asked to retry them (--retry-failed).
bool isFleetFailure(FleetOutcome outcome);

// What a fleet run knows about one host and keeps across runs: the fleet state file and the results file
// are made of these. Never a key: the values come from the plan, the host and DPS's answers.
struct FleetHostResult
{
    QString target;         // HostTarget::toString(): the row's identity across runs
    QString registrationId; // as the fleet file gave it (pattern applied)
    FleetOutcome outcome = FleetOutcome::Waiting;
    QString phase; // the last phase reached: "open", "deploy", "provision", "verify", "done"
    bool deployed = false;    // the deploy job succeeded (in this run or an earlier one)
    bool provisioned = false; // the provision job succeeded
    QString deviceId;
    QString hub;
    QString vmIp;
    double durationSeconds = 0; // the time this host's work took, summed over the runs that did some
    QString cause;              // failures: what happened
    QString fix;                // failures: what to do
    QString verification;       // the Verify step's sentence (DPS's record, or how to check)
    QDateTime finishedAt;       // UTC; invalid while waiting or running

    QJsonObject toJson() const;
    // Every member checked for its type and form (the state file is outside data); nullopt with *error
    // naming the member.
    static std::optional<FleetHostResult> fromJson(const QJsonObject &json, QString *error);
};

// The fleet state file: the results of earlier runs of one fleet file, by target, so that a rerun does
// nothing twice. JSON {"version":1,"fleetFile":…,"hosts":[…]}, 0600, written atomically after every
// change of a host's outcome or progress marks.
class FleetStateFile final
{
public:
    // At most this many bytes are read (10,000 hosts with long failure texts fit).
    static constexpr qint64 maxBytes = 32 * 1024 * 1024;

    // Where the state of fleetFile lives when the run is not told: "fleet/" beside the resume journal's
    // folder, named after the fleet file's absolute path.
    static QString defaultPath(const QString &journalDirectory, const QString &fleetFile);

    // Nothing (an empty map) when the file does not exist; nullopt with *error when it exists and cannot
    // be read or is damaged: the run must then stop rather than overwrite it.
    static std::optional<QMap<QString, FleetHostResult>> load(const QString &path, QString *error);
    static bool save(const QString &path, const QString &fleetFile, const QList<FleetHostResult> &hosts,
                     QString *error);
};

// The results file (issue 16 item 2): every host's outcome, device ID, hub, VM IP, duration, cause and
// fix. CSV (RFC 4180, a header line; a cell that a spreadsheet would take for a formula starts with ')
// or JSON ({"summary":{…},"hosts":[…]}). Never a key.
QByteArray fleetResultsCsv(const QList<FleetHostResult> &hosts);
QByteArray fleetResultsJson(const QList<FleetHostResult> &hosts);
// Writes path as CSV or JSON by its extension (.csv, .json); false with *error otherwise.
bool writeFleetResults(const QString &path, const QList<FleetHostResult> &hosts, QString *error);

} // namespace eflow::jobs
