#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "engine/host/HostFacts.h"
#include "engine/plan/EflowRelease.h"

namespace eflow::sim {

struct SimScenarioTr
{
    Q_DECLARE_TR_FUNCTIONS(SimScenario)
};

// One demo machine: what the host checks find on it. How Deploy-Eflow fails there follows from these facts
// through the host requirement rules (SimDeployPlan), so a scenario cannot disagree with the target check.
struct SimScenario
{
    QString id;            // "win11-pro"
    QString title;         // translated, one line: "Windows 11 Pro laptop"
    QString description;   // translated, one line: what happens on this host
    host::HostFacts facts; // as found on a fresh machine (the state adds what the wizard changes)
    // Hyper-V disabled at start: enableHyperV makes it enablePending (a restart would enable it).
    bool hyperVCanBeEnabled = false;
    // An EFLOW install and a running VM that exist before the wizard touches the host.
    plan::EflowRelease preinstalledRelease = plan::EflowRelease::Unknown;
    bool preexistingVm = false;
};

QList<SimScenario> simScenarios();
std::optional<SimScenario> simScenario(const QString &id);
QString defaultSimScenarioId(); // "win11-pro"

} // namespace eflow::sim
