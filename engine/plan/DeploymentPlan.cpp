#include "engine/plan/DeploymentPlan.h"

namespace eflow::plan {

QString provisioningTypeKey(ProvisioningType type)
{
    switch (type) {
    case ProvisioningType::ManualConnectionString:
        return QStringLiteral("ManualConnectionString");
    case ProvisioningType::ManualX509:
        return QStringLiteral("ManualX509");
    case ProvisioningType::DpsTpm:
        return QStringLiteral("DpsTPM");
    case ProvisioningType::DpsX509:
        return QStringLiteral("DpsX509");
    case ProvisioningType::DpsSymmetricKey:
        return QStringLiteral("DpsSymmetricKey");
    case ProvisioningType::Unknown:
        break;
    }
    return {};
}

ProvisioningType provisioningTypeFromKey(const QString &key)
{
    for (const ProvisioningType type :
         {ProvisioningType::ManualConnectionString, ProvisioningType::ManualX509, ProvisioningType::DpsTpm,
          ProvisioningType::DpsX509, ProvisioningType::DpsSymmetricKey}) {
        if (provisioningTypeKey(type).compare(key, Qt::CaseInsensitive) == 0)
            return type;
    }
    return ProvisioningType::Unknown;
}

DeploySwitch deploySwitch(const DeploymentPlan &plan)
{
    if (plan.network.switchName.trimmed().isEmpty() && plan.switchCreation.create)
        return {plan.switchCreation.name, VSwitchType::Internal};
    return {plan.network.switchName, plan.network.switchType};
}

} // namespace eflow::plan

namespace eflow::plan {

QStringList edgeUpstreamProtocols()
{
    return {QStringLiteral("AmqpWs"), QStringLiteral("MqttWs"), QStringLiteral("Amqp"),
            QStringLiteral("Mqtt")};
}

QString effectiveUpstreamProtocol(const EdgeProxySettings &proxy)
{
    return proxy.upstreamProtocol.isEmpty() ? edgeUpstreamProtocols().constFirst() : proxy.upstreamProtocol;
}

} // namespace eflow::plan
