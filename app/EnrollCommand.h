#pragma once

#include <QStringList>

namespace eflow::app {

// `eflow-wizard enroll list|show|create|update|delete|records`: the DPS service API from the command line
// (issue 15 item 2) - the procedure's "create an enrollment" and "verify" steps without the Azure portal.
// The service connection string comes from a file, the keychain, EFLOW_DPS_CONNECTION_STRING or standard
// input, never argv; generated keys go into the keychain unless --show-keys.
int runEnroll(const QStringList &arguments);

} // namespace eflow::app
