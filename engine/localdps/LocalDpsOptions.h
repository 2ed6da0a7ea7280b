#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace eflow::localdps {

// How the local DPS picks a hub when an enrollment names none (reference/dps-protocol.md §4.6).
enum class LocalDpsAllocation
{
    Unknown = 0,
    Static, // the enrollment's iotHubHostName, else its first iotHubs entry, else the first linked hub
    Hashed, // a stable hash of the registration ID over the enrollment's (or all) linked hubs
};

// Failures the emulator injects so that clients' retry and error paths can be exercised. Each fraction is
// a probability in [0, 1] applied per request, in this order: drop, 429, 503.
struct LocalDpsFaults
{
    double dropConnectionFraction = 0.0; // close the connection without answering
    double throttleFraction = 0.0;       // 429 with Retry-After
    int throttleRetryAfterSeconds = 1;
    double unavailableFraction = 0.0; // 503
    int addedLatencyMs = 0;           // delay before every answer
};

// What one client may hold of the emulator. Every client of a local emulator is 127.0.0.1 unless it binds
// another loopback address, so the per-peer cap is set high enough for a fleet run from one machine
// (concurrency 32, plus reconnects) and the deadlines are what keeps slow or silent clients from
// holding their places: a connection that is late for its phase is closed and counted.
struct LocalDpsLimits
{
    int maxConnections = 256;       // open at once, TLS handshakes included; beyond it new ones are closed
    int maxConnectionsPerPeer = 64; // the same, per client address
    int handshakeTimeoutMs = 10000; // TCP accept to TLS established
    int headerTimeoutMs = 10000;    // first byte of a request (or the handshake's end) to its blank line
    int bodyTimeoutMs = 30000;      // end of the headers to the last byte of the body
    int idleTimeoutMs = 120000;     // between requests on a kept-alive connection
};

// How the connection limits have been applied since start (tests, logs).
struct LocalDpsConnectionStats
{
    qint64 accepted = 0;
    qint64 refused = 0;  // closed at once: a cap was reached
    qint64 timedOut = 0; // closed because a deadline passed
    int open = 0;
};

struct LocalDpsOptions
{
    quint16 port = 0; // 0: any free port; LocalDps::port() tells which
    // Empty: the one kept in the state folder, else a new random "0ne" + 8 upper-case hex digits.
    QString idScope;
    // Linked IoT hubs. Empty: the ones kept in the state folder, else "demo-hub.azure-devices.net".
    QStringList iotHubs;
    LocalDpsAllocation allocation = LocalDpsAllocation::Static;
    // Folder for state.json (enrollments, groups, registrations, ID scope, policy key). Empty: memory only.
    QString stateDirectory;
    QString servicePolicyName = QStringLiteral("provisioningserviceowner");
    // Base64 policy key. Empty: the one kept in the state folder, else a new 64-byte key.
    QByteArray servicePolicyKey;
    // How many operation-status GETs answer 202 "assigning" before the 200 with the result. Real clients
    // must poll at least once, so the default makes them do so.
    int assigningPolls = 1;
    int retryAfterSeconds = 1; // Retry-After on 202 answers; SDKs clamp to >= 1 (C) or >= 2 (.NET, Java)
    LocalDpsFaults faults;
    LocalDpsLimits limits;
    // Client addresses that may connect; empty: any. Others are closed at once, before any TLS, as a
    // firewall in front of DPS would: tests use it to prove that a route goes through a proxy (the proxy
    // connects from an address of its own, the client directly from another).
    QStringList allowedPeers;
};

// A symmetric-key individual enrollment, as seeded through the C++ API (demo mode, tests).
struct LocalDpsIndividualEnrollment
{
    QString registrationId;
    QString deviceId;        // empty: the device ID is the registration ID
    QByteArray primaryKey;   // base64; empty: generated (64 bytes)
    QByteArray secondaryKey; // base64; empty: generated (64 bytes)
    bool iotEdge = false;
    bool enabled = true;
    QString iotHubHostName; // empty: allocation policy decides
    QJsonObject initialTwin;
};

// A symmetric-key enrollment group: devices authenticate with keys derived from its keys.
struct LocalDpsEnrollmentGroup
{
    QString enrollmentGroupId;
    QByteArray primaryKey;   // base64; empty: generated (64 bytes)
    QByteArray secondaryKey; // base64; empty: generated (64 bytes)
    bool iotEdge = false;
    bool enabled = true;
    QString iotHubHostName;
    QJsonObject initialTwin;
};

} // namespace eflow::localdps
