#pragma once

#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/support/SecretStore.h"

namespace eflow::app {

// The command line's way to use a SecretStore: start one operation and turn a local event loop until it
// has answered. Only for the command line, which has no GUI thread to keep responsive; the store's timeout
// bounds the wait, so a hung keychain ends with TimedOut and its sentence. Never call these on the GUI
// thread (the wizard uses the store's callbacks).
support::SecretResult storeSecretNow(support::SecretStore &store, const QString &name,
                                     const crypto::SecureBytes &value);
support::SecretResult readSecretNow(support::SecretStore &store, const QString &name);
support::SecretResult forgetSecretNow(support::SecretStore &store, const QString &name);
support::SecretResult listSecretsNow(support::SecretStore &store);

} // namespace eflow::app
