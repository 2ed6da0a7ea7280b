#include "ui/pages/ConnectMethodNames.h"

#include <QComboBox>

namespace eflow::ui {

using plan::ProvisioningType;

QString ConnectMethodNames::name(ProvisioningType type)
{
    switch (type) {
    case ProvisioningType::DpsSymmetricKey:
        return tr("Symmetric key (DPS)");
    case ProvisioningType::ManualConnectionString:
        return tr("Connection string (manual)");
    case ProvisioningType::DpsX509:
        return tr("X.509 certificate (DPS)");
    case ProvisioningType::ManualX509:
        return tr("X.509 certificate (manual)");
    case ProvisioningType::DpsTpm:
        return tr("TPM (DPS)");
    case ProvisioningType::Unknown:
        break;
    }
    return {};
}

void ConnectMethodNames::fill(QComboBox *combo)
{
    for (const ProvisioningType type :
         {ProvisioningType::DpsSymmetricKey, ProvisioningType::ManualConnectionString,
          ProvisioningType::DpsX509, ProvisioningType::ManualX509, ProvisioningType::DpsTpm})
        combo->addItem(name(type), int(type));
}

} // namespace eflow::ui
