#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/DpsServiceResult.h"

namespace eflow::app {

// Where `enroll` takes the DPS service connection string from: exactly one of a file, a keychain reference,
// the environment variable EFLOW_DPS_CONNECTION_STRING, or (when none of those is given) standard input.
// Never argv.
struct ServiceConnectionSource
{
    QString file;      // --connection-string-file
    QString secretRef; // --secret-ref keychain:NAME
};

inline constexpr char kConnectionStringVariable[] = "EFLOW_DPS_CONNECTION_STRING";

// Reads the connection string; on failure prints the sentence and returns the exit code.
std::optional<int> readServiceConnectionString(const ServiceConnectionSource &source,
                                               crypto::SecureBytes *connectionString);

// A client on that connection string; nullptr after printing the sentence when the text is not a service
// connection string (*exitCode then holds the exit code).
std::unique_ptr<dps::DpsServiceClient> makeServiceClient(const crypto::SecureBytes &connectionString,
                                                         const dps::DpsServiceClientOptions &options,
                                                         int *exitCode);

// Starts one call with start() and turns an event loop until it has finished; Ctrl+C (SIGINT/SIGTERM)
// cancels it. The client's own timeouts bound the wait.
dps::DpsServiceResult callNow(dps::DpsServiceClient &client, const std::function<bool()> &start);

// The exit code for how a call ended (0 when it succeeded): 8 not found, 9 conflict (409/412), 6 cancelled
// or timed out, 3 refused before sending, 1 everything else.
int exitCodeFor(const dps::DpsServiceResult &result);

} // namespace eflow::app
