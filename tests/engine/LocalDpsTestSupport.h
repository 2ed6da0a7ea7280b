#pragma once

// Registering a device with the local DPS the way the product does: real HTTPS through the engine's DPS
// device client, the emulator's CA written to a file and trusted, nothing else.
#include <chrono>
#include <optional>

#include <QFile>
#include <QSignalSpy>
#include <QString>
#include <QUrl>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/localdps/LocalDps.h"

namespace eflow::test {

inline crypto::SecureBytes decodedKey(const QByteArray &base64)
{
    crypto::SecureBytes key;
    if (!crypto::decodeBase64Strict(base64, key))
        qFatal("test key is not base64");
    return key;
}

// Writes dps's CA to caFile; false when it cannot.
inline bool writeCa(const localdps::LocalDps &dps, const QString &caFile)
{
    QFile ca(caFile);
    return ca.open(QIODevice::WriteOnly) && ca.write(dps.caPem()) == dps.caPem().size();
}

// Client options for dps: its CA trusted, no proxy, short retry delays; maxRetries resends after 429/5xx.
inline dps::DpsDeviceClientOptions clientOptions(const localdps::LocalDps &dps, const QString &caFile,
                                                 int maxRetries)
{
    dps::DpsDeviceClientOptions o;
    o.endpoint = QUrl(dps.endpoint());
    o.extraCaFile = caFile;
    o.useSystemProxy = false;
    o.overallTimeout = std::chrono::seconds(30);
    o.maxRetries = maxRetries;
    o.retryPolicy.setDelayScale(0.02);
    return o;
}

// Registers and waits (with an event loop, so a LocalDps on this thread keeps answering); nothing when the
// client did not finish within 30 s.
inline std::optional<dps::DpsOutcome> registerWithClient(const dps::DpsDeviceClientOptions &options,
                                                         const QString &idScope,
                                                         const QString &registrationId,
                                                         const QByteArray &keyBase64)
{
    dps::DpsDeviceClient client(options);
    QSignalSpy finished(&client, &dps::DpsDeviceClient::finished);
    if (!client.registerDevice(idScope, registrationId, decodedKey(keyBase64)))
        return std::nullopt;
    if (!finished.wait(30000) || finished.size() != 1)
        return std::nullopt;
    return finished.first().first().value<dps::DpsOutcome>();
}

} // namespace eflow::test
