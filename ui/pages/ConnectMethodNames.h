#pragma once

#include <QCoreApplication>
#include <QString>

#include "engine/plan/DeploymentPlan.h"

class QComboBox;

namespace eflow::ui {

// The provisioning methods in words, wherever the user sees one (issue 13 item 3): never the cmdlet's
// keys "ManualX509" or "DpsTpm", which only scripts and plan files use.
struct ConnectMethodNames
{
    Q_DECLARE_TR_FUNCTIONS(ConnectMethodNames)

public:
    // "Symmetric key (DPS)", "Connection string (manual)", …; empty for Unknown.
    static QString name(eflow::plan::ProvisioningType type);
    // The five methods in the Connect page's order (the field stack follows it), item data int(type).
    static void fill(QComboBox *combo);
};

} // namespace eflow::ui
