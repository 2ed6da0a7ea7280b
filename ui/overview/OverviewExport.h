#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "engine/jobs/HostJobs.h"

namespace eflow::ui {

// What the overview shows, as text for a ticket or a chat and as JSON for tools. Built from the status
// job's state only (no keys or connection strings ever reach it); both pass through support::Redactor
// as well, so a secret registered in this process is masked should a host ever echo one.
//
// The JSON ("format": "eflow-wizard-overview/1"):
//   {"format", "device": "<HostBackend::describe()>", "collectedAt": "<ISO 8601 UTC>",
//    "deployed": bool,
//    "vm": {"name", "powerState", "ip4Address", "eflowVersion", "releaseLine", "iotEdgeVersion",
//           "mobyEngineVersion", "mobyCliVersion", "kernelVersion", "cpuCount", "gpuCount",
//           "configuredMemoryMb", "memoryMb": {"total", "used", "available"},
//           "storageMb": {"total", "used", "available"}}            (absent when not read),
//    "modules": [{"name", "status", "description", "image"}],
//    "service": {"unit", "active", "since"}, "systemServices": [{"unit", "active"}],
//    "check": {"ok", "warnings", "errors", "skipped",
//              "sections": [{"name", "checks": [{"id", "description", "result", "details": [..]}]}]},
//    "readErrors": {"<step id>": "<sentence>"}}
// Numbers not reported are -1; parts not read are absent.
struct OverviewSnapshot
{
    QString device;
    QDateTime collectedAt;
    jobs::HostJobState state;
};

// What to export: the whole status, or one part of it.
enum class OverviewPart
{
    Unknown = 0,
    All,
    Modules,
    Status,
    Checks,
};

QJsonObject overviewJson(const OverviewSnapshot &snapshot, OverviewPart part = OverviewPart::All);
QString overviewJsonText(const OverviewSnapshot &snapshot, OverviewPart part = OverviewPart::All);
QString overviewText(const OverviewSnapshot &snapshot, OverviewPart part = OverviewPart::All);

} // namespace eflow::ui
