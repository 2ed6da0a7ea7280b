#pragma once

#include <QList>
#include <QString>

namespace eflow::plan {

// The EFLOW release lines the wizard tells apart (reference/eflow.md §0). The zero value is "unknown".
enum class EflowRelease
{
    Unknown = 0,
    Lts1_1, // 1.1 LTS: iotedge daemon, YAML config, no vmDataSize
    Lts1_4, // 1.4 LTS: aziot-edged, TOML, vmDataSize/vmLogSize, even memory
    Lts1_5, // 1.5 LTS: current, same cmdlet surface as 1.4
};

// What Deploy-Eflow accepts on one release line (reference/eflow.md §2.1) and what WAC pre-fills.
struct ReleaseLimits
{
    int diskMinGb = 0;
    int diskMaxGb = 0;
    int diskDefaultGb = 0;
    bool supportsDataSize = false; // vmDataSize exists from the CR line (1.2) on
    int dataMinGb = 0;
    int dataMaxGb = 0;
    int dataDefaultGb = 0;
    bool supportsLogSize = false;    // vmLogSize exists from 1.4 on
    bool supportsDnsServers = false; // Set-EflowVmDNSServers exists from 1.4 on
    bool supportsEdgeProxy = false;  // the aziot services and config.toml's [agent.env] (1.2 on; 1.4 here)
    bool memoryMustBeEven = false;
    int memoryMinMb = 1024;
    int memoryDefaultMb = 1024;
    int cpuDefault = 2;
};

ReleaseLimits limitsFor(EflowRelease release);

QList<EflowRelease> supportedReleases(); // newest first
EflowRelease defaultRelease();

// "1.5 LTS" — shown to the user.
QString displayName(EflowRelease release);
// "1.5" — stable key for files, settings and resource names.
QString releaseKey(EflowRelease release);
EflowRelease releaseFromKey(const QString &key);
// The line an installed EFLOW reports ("1.4", from its DisplayVersion) as a release the wizard drives:
// a known line is itself; a later one (1.6 arrives through Microsoft Update) is handled as the newest
// known line and sets *newerThanKnown; an older unknown line (the 1.2/1.3 Continuous Release) or text
// that is no line at all is Unknown.
EflowRelease releaseForInstalledLine(const QString &line, bool *newerThanKnown = nullptr);
// True for 1.2 and later: aziot-edged, TOML config, `iotedge system` subcommands.
bool usesAziot(EflowRelease release);

} // namespace eflow::plan
