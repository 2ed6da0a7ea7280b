#pragma once

#include <QStringList>

class QObject;

namespace eflow::app {

// `eflow-wizard proxy show|set|clear`: how the wizard's own HTTPS (DPS, enrollments) leaves this
// computer — the system's proxy, none, or an HTTP proxy whose password lives in the keychain. The same
// setting as the wizard's proxy dialog.
int runProxy(const QStringList &arguments);

// Makes the saved proxy choice the process's, for a command: reads the password from the keychain when
// the saved proxy has a user, waiting for it. A problem is printed as a warning; the command goes on.
void loadProxyForCommand();

// The same for a window: the password is read without waiting, by a keychain that owner keeps; until it
// has come, a manual proxy is used without it. Nothing touches the keychain unless a proxy user is saved.
void loadProxyForWindow(QObject *owner);

} // namespace eflow::app
