#pragma once

#include <chrono>

#include <QString>
#include <QUrl>

#include "engine/crypto/SasToken.h"
#include "engine/dps/DpsRetryPolicy.h"

namespace eflow::dps {

// How a DpsDeviceClient talks to DPS. The defaults are those of the public Azure cloud.
struct DpsDeviceClientOptions
{
    // Scheme, host and optional port (and path prefix) of the device API; US Gov:
    // https://global.azure-devices-provisioning.us. Local DPS: https://127.0.0.1:<port>.
    QUrl endpoint = QUrl(QStringLiteral("https://global.azure-devices-provisioning.net"));
    QString apiVersion = QStringLiteral("2021-06-01"); // what the C SDK (and so IoT Edge) sends
    // A PEM file with one or more CA certificates trusted in addition to the system's, for a private
    // endpoint or the local DPS. The server certificate is always verified.
    QString extraCaFile;
    // Honour the system proxy settings (environment / OS); false connects directly.
    bool useSystemProxy = true;
    std::chrono::milliseconds overallTimeout{std::chrono::seconds(120)};
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)}; // one HTTP exchange, as Node's 30 s
    int maxRetries = 5;                                                 // per request, for 429 and 5xx
    std::chrono::seconds tokenTtl{std::chrono::hours(1)};
    crypto::SasFormat sasFormat = crypto::SasFormat::dotNet();
    DpsRetryPolicy retryPolicy;
};

} // namespace eflow::dps
