#pragma once

#include <optional>

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

class QNetworkAccessManager;

namespace eflow::dps {

// What the device and the service client share about talking HTTPS to DPS.

// Honours the OS / environment proxy for this manager only (QNetworkProxyFactory::
// setUseSystemConfiguration() would change every network user in the process), or connects directly.
void configureProxy(QNetworkAccessManager *network, bool useSystemProxy);

// Peer verification always on. With an extra CA file, its certificates are trusted in addition to the
// system's roots (setting CAs turns off Qt's on-demand system store, so the roots go alongside: a private
// endpoint may still chain to a public root). Nothing when the file holds no PEM certificate.
std::optional<QSslConfiguration> tlsConfiguration(const QString &extraCaFile);

// One URL path segment (a registration or enrollment ID), percent-encoded.
QByteArray pathSegment(const QString &segment);

} // namespace eflow::dps
