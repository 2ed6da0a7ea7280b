#pragma once

#include <chrono>

#include <QString>

#include "engine/dps/DpsRetryPolicy.h"

namespace eflow::dps {

// How a DpsServiceClient talks to the DPS service API.
struct DpsServiceClientOptions
{
    QString apiVersion = QStringLiteral("2021-10-01"); // what Node and the az CLI send (§4.1)
    // The token's sr. Empty: the connection string's HostName exactly as given (for the local DPS that is
    // "127.0.0.1:PORT", which it accepts because it matches the Host header).
    QString signedResource;
    // A PEM file with CA certificates trusted in addition to the system's (local DPS, private endpoint).
    // The server certificate is always verified.
    QString extraCaFile;
    bool useSystemProxy = true;
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)}; // one HTTP exchange
    // The whole call, all pages or all bulk chunks included; 0: no limit beyond requestTimeout.
    std::chrono::milliseconds overallTimeout{std::chrono::minutes(10)};
    std::chrono::seconds tokenTtl{std::chrono::hours(1)};
    int pageSize = 0; // x-ms-max-item-count; 0: the service's default page size
    // Items per bulk request; the service takes at most 10 (§4.5), so larger values are clamped.
    int bulkChunkSize = 10;
    // Resends per request after 429 (always: the service did nothing), and after 5xx for reads only (a
    // write may have happened; resending a create would turn it into a conflict). DPS allows 1,000
    // operations a minute per service (§2.5), which a large bulk or paged call can reach.
    int maxRetries = 3;
    DpsRetryPolicy retryPolicy;
};

} // namespace eflow::dps
