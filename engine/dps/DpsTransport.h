#pragma once

#include <optional>

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include "engine/dps/DpsProxy.h"

namespace eflow::dps {

// What the device and the service client share about talking HTTPS to DPS.

// Peer verification always on. With an extra CA file, its certificates are trusted in addition to the
// system's roots (setting CAs turns off Qt's on-demand system store, so the roots go alongside: a private
// endpoint may still chain to a public root). Nothing when the file holds no PEM certificate.
std::optional<QSslConfiguration> tlsConfiguration(const QString &extraCaFile);

// Starts loading the TLS backend and the system's root certificates on a pool thread, once per process,
// so that the first HTTPS request does not pay for it on the caller's (GUI) thread. Safe to call any
// number of times, from any thread.
void preloadTls();

// One URL path segment (a registration or enrollment ID), percent-encoded.
QByteArray pathSegment(const QString &segment);

} // namespace eflow::dps
