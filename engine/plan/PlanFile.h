#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "engine/plan/DeploymentPlan.h"

namespace eflow::plan {

// The plan file: everything the user chose, for unattended and fleet runs (design.md "at scale").
// Schema 1:
//   {"schema":1, "release":"1.4", "eulaAccepted", "optionalTelemetry",
//    "vm":{cpuCount, memoryMb, diskSizeGb, dataSizeGb, logSize:"Small"|"Large"},
//    "network":{switchName, switchType:"Internal"|"External", staticIp, ip4Address, ip4PrefixLength,
//               ip4GatewayAddress, dnsServers:[]},
//    "gpu":{type:"None"|"DirectDeviceAssignment"|"ParaVirtualization", name, count},
//    "install":{msiPath, downloadUrl, installDir, vhdxDir},
//    "switchCreation":{create, name, hostAddress, prefixLength},
//    "provisioning":{type, globalEndpoint, idScope, registrationId, keySource:"individual"|"group",
//                    enrollmentGroupId, iotHubHostname, deviceId, identityCertPath, identityPrivKeyPath,
//                    secretRef},
//    "edgeProxy":{url:"http://HOST:PORT", upstreamProtocol:"AmqpWs"|"MqttWs"|"Amqp"|"Mqtt"}}
// Absent sections and keys keep their defaults; null counts as absent. Secrets are never part of a
// plan: a key that looks like one (symmetricKey, connectionString, password, …) is refused anywhere.

struct PlanFileTr
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
};

inline constexpr int kPlanSchemaVersion = 1;

QJsonObject planToJson(const DeploymentPlan &plan);
// Refuses secrets, wrong types, unknown enum words and unknown keys; error names the key path.
std::optional<DeploymentPlan> planFromJson(const QJsonObject &json, QString *error = nullptr);

// Written atomically (QSaveFile) and readable by the owner only (0600).
bool savePlan(const QString &path, const DeploymentPlan &plan, QString *error = nullptr);
std::optional<DeploymentPlan> loadPlan(const QString &path, QString *error = nullptr);

// True for a JSON key name that looks like it holds a secret (case-insensitive).
bool isSecretLikeKey(const QString &key);

} // namespace eflow::plan
