#pragma once

#include <optional>

#include <QString>

namespace eflow::host {

// Where Deploy-Eflow is, judged from one console line (reference/eflow.md §2.1 "Console progress").
// Both backends feed every line through this, so the progress bar moves the same way for the real
// module and for the simulated host.
struct DeployPhase
{
    int percent = 0;      // 0..100, monotonic over a normal run
    QString title;        // translated, e.g. "Creating the virtual machine"
    bool failure = false; // the line announces a failure ("Error: Virtual machine creation failed!")
};

std::optional<DeployPhase> deployPhaseForLine(const QString &line);

// Removes the "[MM/dd/yyyy HH:mm:ss] " prefix the module prints; the text is unchanged otherwise.
QString stripDeployTimestamp(const QString &line);

} // namespace eflow::host
