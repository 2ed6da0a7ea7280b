#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/jobs/HostTarget.h"

namespace eflow::plan {
struct DeploymentPlan;
}

namespace eflow::jobs {

// One host of a fleet file (issue 16 item 1): where it is, which registration ID it provisions as, and
// what it sets differently from the fleet's plan. Never a key: the group key is given by reference and
// each host's key is derived in memory when it is provisioned.
struct FleetHost
{
    int line = 0; // the CSV line (header = 1), or the JSON list's position counted from 1
    HostTarget target;
    QString registrationId; // the pattern applied
    std::optional<int> memoryMb;
    QString switchName;
    QString ip4Address;
    std::optional<int> ip4PrefixLength;
    QString ip4GatewayAddress;
    QStringList dnsServers;
    // This host's group key by reference ("keychain:NAME", never a key): a fleet that spans two enrollment
    // groups; empty = the key the run was given.
    QString secretRef;

    // The plan for this host: the fleet's plan with this host's registration ID and overrides. A static
    // address (ip) turns the plan's network to a static one; validate the result with plan::checkPlan.
    void applyTo(plan::DeploymentPlan &plan) const;
    // "{hostname}" in a registration ID pattern: the ssh host, or the demo machine's name (the scenario
    // when it has none), lower case.
    QString hostName() const;
};

struct FleetFile
{
    QList<FleetHost> hosts;
};

// A fleet file's limits: enough for the hundreds of hosts one technician drives, small enough that a wrong
// file cannot fill the memory.
inline constexpr qint64 kMaxFleetFileBytes = 4 * 1024 * 1024;
inline constexpr int kMaxFleetHosts = 10000;

// CSV (RFC 4180: a header line "target,registration_id[,memory_mb,switch,ip,gateway,prefix,dns,secret_ref]",
// quoted cells, CRLF or LF, blank lines and lines starting with '#' skipped) or JSON ({"hosts":[{"target":…,
// "registration_id":…,…}]} or a bare list). Every row is checked before anything is returned: the target,
// the registration ID after its pattern ({hostname}, {row}), every override's type and form, no host or
// registration ID twice (registration IDs case-insensitively, as DPS compares them), no unknown column and
// no cell that looks like a key. On failure *error names the file, the line and the column.
std::optional<FleetFile> parseFleetCsv(const QByteArray &text, const QString &fileName, QString *error);
std::optional<FleetFile> parseFleetJson(const QByteArray &text, const QString &fileName, QString *error);
// Reads path (capped), JSON when it ends in .json or starts with '{' or '[', CSV otherwise.
std::optional<FleetFile> readFleetFile(const QString &path, QString *error);

} // namespace eflow::jobs
