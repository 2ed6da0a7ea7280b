#pragma once

#include <QJsonObject>
#include <QString>

#include "engine/host/HostFacts.h"
#include "engine/host/HostRequirements.h"
#include "engine/jobs/HostJobs.h"

namespace eflow::app {

// Terminal renderings of what the host commands learn. They say the same things, in the same order,
// as the wizard's Target and Overview pages.

// "Windows   Microsoft Windows 11 Pro, build 22631.2715 (AMD64)" … one fact per line.
QString formatHostFacts(const host::HostFacts &facts);
// "✓ Windows edition: …" per check, then the verdict line.
QString formatEvaluation(const host::TargetEvaluation &evaluation);
// The overview: VM line, the IoT Edge Module List table, the IoT Edge Status, the check summary.
QString formatStatus(const jobs::HostJobState &state);
// True when the service is active (running) and edgeAgent runs: what `host status` exits 0 for.
bool isRuntimeHealthy(const jobs::HostJobState &state, QString *why = nullptr);

QJsonObject evaluationToJson(const host::TargetEvaluation &evaluation);
QJsonObject statusToJson(const jobs::HostJobState &state);

} // namespace eflow::app
