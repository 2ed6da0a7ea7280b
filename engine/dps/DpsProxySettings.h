#pragma once

#include <functional>

#include <QString>

#include "engine/dps/DpsProxy.h"

class QObject;

namespace eflow::support {
class AppSettings;
class SecretStore;
} // namespace eflow::support

namespace eflow::dps {

// Where the proxy choice is kept between runs: the mode and address in AppSettings, the password in the
// keychain under this name (SecretStore; `secret list` shows it, `proxy clear` forgets it).
QString proxyPasswordSecretName();

// The saved choice, without password. An address that no longer reads (an edited settings file) gives
// System, with the sentence in *problem.
ProxyChoice savedProxyChoice(const support::AppSettings &settings, QString *problem);
// Writes mode and address (never the password); false when the settings refused them.
bool saveProxyChoice(support::AppSettings &settings, const ProxyChoice &choice);

// Makes the saved choice the process's (setProxyChoice), reading the password from store for a manual
// proxy with a user. done(problem) follows exactly once, from the event loop: problem is empty, or the
// sentence of what could not be read (the choice is then still set, without password, so the proxy
// answers 407 and the error names the proxy). Dropped when context dies first.
void loadSavedProxyChoice(support::SecretStore &store, QObject *context,
                          std::function<void(const QString &problem)> done);

} // namespace eflow::dps
