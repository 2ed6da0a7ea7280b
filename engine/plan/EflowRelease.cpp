#include "engine/plan/EflowRelease.h"

#include <QVersionNumber>

namespace eflow::plan {

ReleaseLimits limitsFor(EflowRelease release)
{
    ReleaseLimits l;
    switch (release) {
    case EflowRelease::Lts1_1:
        // REF-1.1: vmDiskSize 8–256 GB; WAC's Settings page pre-fills 16 GB, 1024 MB and 2 cores.
        l.diskMinGb = 8;
        l.diskMaxGb = 256;
        l.diskDefaultGb = 16;
        return l;
    case EflowRelease::Lts1_4:
    case EflowRelease::Lts1_5:
        // REF-1.4: vmDiskSize 21 GB – 2 TB (default 29), vmDataSize 2 GB – 2 TB (default 10), memory even.
        // Microsoft's own eflowAutoDeploy validates the upper bound as 2000 GB; we use the same.
        l.diskMinGb = 21;
        l.diskMaxGb = 2000;
        l.diskDefaultGb = 29;
        l.supportsDataSize = true;
        l.dataMinGb = 2;
        l.dataMaxGb = 2000;
        l.dataDefaultGb = 10;
        l.supportsLogSize = true;
        l.supportsDnsServers = true;
        l.supportsEdgeProxy = true;
        l.memoryMustBeEven = true;
        return l;
    case EflowRelease::Unknown:
        break;
    }
    return l;
}

QList<EflowRelease> supportedReleases()
{
    return {EflowRelease::Lts1_5, EflowRelease::Lts1_4, EflowRelease::Lts1_1};
}

EflowRelease defaultRelease()
{
    return EflowRelease::Lts1_5;
}

QString displayName(EflowRelease release)
{
    switch (release) {
    case EflowRelease::Lts1_1:
        return QStringLiteral("1.1 LTS");
    case EflowRelease::Lts1_4:
        return QStringLiteral("1.4 LTS");
    case EflowRelease::Lts1_5:
        return QStringLiteral("1.5 LTS");
    case EflowRelease::Unknown:
        break;
    }
    return QString();
}

QString releaseKey(EflowRelease release)
{
    switch (release) {
    case EflowRelease::Lts1_1:
        return QStringLiteral("1.1");
    case EflowRelease::Lts1_4:
        return QStringLiteral("1.4");
    case EflowRelease::Lts1_5:
        return QStringLiteral("1.5");
    case EflowRelease::Unknown:
        break;
    }
    return QString();
}

EflowRelease releaseFromKey(const QString &key)
{
    for (EflowRelease r : supportedReleases()) {
        if (releaseKey(r) == key)
            return r;
    }
    return EflowRelease::Unknown;
}

EflowRelease releaseForInstalledLine(const QString &line, bool *newerThanKnown)
{
    if (newerThanKnown)
        *newerThanKnown = false;
    if (const EflowRelease known = releaseFromKey(line); known != EflowRelease::Unknown)
        return known;
    const QVersionNumber version = QVersionNumber::fromString(line);
    const EflowRelease newest = supportedReleases().first();
    if (version.segmentCount() != 2 || version <= QVersionNumber::fromString(releaseKey(newest)))
        return EflowRelease::Unknown;
    if (newerThanKnown)
        *newerThanKnown = true;
    return newest;
}

bool usesAziot(EflowRelease release)
{
    return release == EflowRelease::Lts1_4 || release == EflowRelease::Lts1_5;
}

} // namespace eflow::plan
