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

// Where in Deploy-Eflow's console run a scenario's failure strikes (reference/eflow.md §2.1 order).
enum class SimDeployStage
{
    Unknown = 0,
    PreparingHost,    // right after "Step 1: Preparing host…": edition/build check
    CheckingFeatures, // while "Checking host for required features"
    VerifyingHyperV,  // after "Verifying whether Hyper-V is enabled and functional"
    Resources,        // memory / CPU / disk check before the virtual disk is made
};

// A failure the scenario's host always produces on deploy, with the module's own text (§2.4).
struct SimDeployFailure
{
    SimDeployStage stage = SimDeployStage::Unknown;
    QString message;    // the module's message, untranslated (it is what the real module prints)
    int scriptLine = 0; // the "(L<n>)" suffix of the module's exception
};

// One demo machine: what the host checks find on it and how Deploy-Eflow fails there. The switch, GPU
// and static-IP rules follow from the facts (SimulatedHost applies them as the module does); the rules
// listed here are the ones that do not (edition, memory, Hyper-V state).
struct SimScenario
{
    QString id;            // "win11-pro"
    QString title;         // translated, one line: "Windows 11 Pro laptop"
    QString description;   // translated, one line: what happens on this host
    host::HostFacts facts; // as found on a fresh machine (the state adds what the wizard changes)
    QList<SimDeployFailure> deployFailures;
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
