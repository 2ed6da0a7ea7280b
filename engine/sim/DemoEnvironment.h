#pragma once

#include <memory>

#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClientOptions.h"
#include "engine/sim/LocalDps.h"
#include "engine/sim/SimulatedHost.h"

namespace eflow::sim {

// Everything demo mode runs in the process: the local DPS over HTTPS on 127.0.0.1 with the demo
// enrollments (group "demo-group" and individual "demo-device", both IoT Edge, seeded as
// `eflow-wizard emulator --seed-demo` does), and simulated hosts whose VMs register with it.
class DemoEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Starts the local DPS (its state in dpsStateDirectory; empty: memory only) and makes sure the demo
    // enrollments exist. False with errorString() set on failure.
    bool start(const QString &dpsStateDirectory = {});
    bool isRunning() const;
    QString errorString() const { return m_error; }

    static QString groupId();                  // "demo-group"
    static QString individualRegistrationId(); // "demo-device"

    LocalDps &dps() { return m_dps; }
    QString idScope() const;
    QString endpoint() const;
    QSslCertificate caCertificate() const;
    // A PEM file holding the CA (in a private temporary folder), for clients that take a file.
    QString caFile() const { return m_caFile; }
    // Ready for DpsDeviceClient and SimulatedHost: the local endpoint, its CA, no proxy.
    dps::DpsDeviceClientOptions deviceClientOptions() const;

    // The demo keys as base64 text (what a technician pastes), in wiped memory. Empty when not running.
    crypto::SecureBytes individualKey() const;
    crypto::SecureBytes groupKey() const;
    // The device key of registrationId under the demo group (HMAC-SHA256, reference §2.2).
    crypto::SecureBytes derivedDeviceKey(const QString &registrationId) const;

    // A demo host of the scenario (nullptr for an unknown id) whose VM provisions against this DPS.
    std::unique_ptr<SimulatedHost> createHost(const QString &scenarioId, const QString &stateDirectory,
                                              double speed) const;

private:
    LocalDps m_dps;
    QTemporaryDir m_caDir;
    QString m_caFile;
    QString m_error;
};

} // namespace eflow::sim
