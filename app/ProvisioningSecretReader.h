#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "engine/host/HostBackend.h"
#include "engine/jobs/HostFactory.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::app {

// Reads the provisioning secret: --key-file, else standard input; in demo mode, else the demo
// enrollment's own key. Returns the text Provision-EflowVm takes (a group key is turned into the
// device key here).
struct SecretSource
{
    QString keyFile;
    bool fromStdin = false;
    // "keychain:NAME": the key remembered in the system keychain.
    QString secretRef;
    bool group = false;
    // Demo mode: the demo enrollment's keys, used when no key is given.
    std::optional<jobs::DemoDps> demo;
};

// The secret's text from the system keychain under REF ("keychain:NAME"), waited for on this thread (the
// command line only); nullopt with *error.
std::optional<QByteArray> keychainText(const QString &ref, QString *error);

std::optional<host::ProvisioningSecret> readProvisioningSecret(const SecretSource &source,
                                                               const plan::ProvisioningSettings &settings,
                                                               QString *error);

} // namespace eflow::app
