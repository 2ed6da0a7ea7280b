#pragma once

#include <chrono>

#include <QString>
#include <QUrl>

#include "engine/crypto/SasToken.h"
#include "engine/dps/DpsRetryPolicy.h"

namespace eflow::dps {

// Azure's global DPS device endpoint (public cloud): the default below, and the address the proxy dialog
// and `proxy show` ask the system's proxy about.
inline QUrl globalDpsEndpoint()
{
    return QUrl(QStringLiteral("https://global.azure-devices-provisioning.net"));
}

// How a DpsDeviceClient talks to DPS. The defaults are those of the public Azure cloud.
struct DpsDeviceClientOptions
{
    // Scheme, host and optional port (and path prefix) of the device API; US Gov:
    // https://global.azure-devices-provisioning.us. Local DPS: https://127.0.0.1:<port>.
    QUrl endpoint = globalDpsEndpoint();
    QString apiVersion = QStringLiteral("2021-06-01"); // what the C SDK (and so IoT Edge) sends
    // A PEM file with one or more CA certificates trusted in addition to the system's, for a private
    // endpoint or the local DPS. The server certificate is always verified.
    QString extraCaFile;
    // Honour the system proxy settings (environment / OS); false connects directly.
    bool useSystemProxy = true;
    std::chrono::milliseconds overallTimeout{std::chrono::seconds(120)};
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)}; // one HTTP exchange, as Node's 30 s
    // Resends per request after 429, 5xx, a dropped connection or no answer in time. What normally ends
    // them is overallTimeout: a resend is made while it can start within the registration's time (as the
    // Azure SDKs keep retrying within theirs). With 5 resends and a 60 s backoff cap, the fault soak
    // (docs/soak.md: 20 % 429, 20 % 503) lost 0.65 % of its devices with most of their time unused.
    int maxRetries = 20;
    std::chrono::seconds tokenTtl{std::chrono::hours(1)};
    crypto::SasFormat sasFormat = crypto::SasFormat::dotNet();
    // 1 s doubling to at most 15 s (plus jitter): a longer wait would spend much of the 120 s on one
    // pause.
    DpsRetryPolicy retryPolicy =
        DpsRetryPolicy::withBackoff(std::chrono::seconds(1), std::chrono::seconds(15));
};

} // namespace eflow::dps
