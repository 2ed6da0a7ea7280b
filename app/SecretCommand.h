#pragma once

#include <QStringList>

namespace eflow::app {

// `eflow-wizard secret store NAME | forget NAME | list`: keys remembered in the system keychain, named
// keychain:NAME in plan files and in `host provision --secret-ref`. The value comes from standard input
// (a hidden prompt on a terminal) or --file, never from argv; list prints names only.
int runSecret(const QStringList &arguments);

} // namespace eflow::app
