#pragma once

#include <memory>
#include <optional>

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClientOptions.h"
#include "engine/dps/DpsServiceClientOptions.h"
#include "engine/localdps/LocalDpsOptions.h"
#include "engine/localdps/LocalDpsThread.h"
#include "engine/sim/SimulatedHost.h"

namespace eflow::sim {

// Everything demo mode runs in the process: the local DPS over HTTPS on 127.0.0.1 with the demo
// enrollments (group "demo-group" and individual "demo-device", both IoT Edge, seeded as
// `eflow-wizard emulator --seed-demo` does), and simulated hosts whose VMs register with it.
//
// The local DPS runs on a thread of its own (LocalDpsThread). Every member is meant for the thread that
// owns this object (the GUI today, an engine worker once jobs run there) and is safe to call while the
// DPS answers requests on its thread: the endpoint's facts are copied at start, and keys and
// registrations are read from the DPS thread with a bounded wait.
class DemoEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Starts the local DPS (its state in dpsStateDirectory; empty: memory only) and makes sure the demo
    // enrollments exist. Waits until it listens (bounded: LocalDpsThread::startTimeout). False with
    // errorString() set on failure. A running DPS is stopped first.
    bool start(const QString &dpsStateDirectory = {});
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    static QString groupId();                  // "demo-group"
    static QString individualRegistrationId(); // "demo-device"

    // The local DPS, for what this class does not wrap (its members are thread-safe, see LocalDpsThread).
    localdps::LocalDpsThread &dps() { return m_dps; }
    QString idScope() const;
    QString endpoint() const;
    QStringList iotHubs() const;
    QSslCertificate caCertificate() const;
    // A PEM file holding the CA (in a private temporary folder), for clients that take a file.
    QString caFile() const { return m_caFile; }
    // Ready for DpsDeviceClient and SimulatedHost: the local endpoint, its CA, no proxy.
    dps::DpsDeviceClientOptions deviceClientOptions() const;
    // The local DPS's service connection string ("HostName=127.0.0.1:PORT;…"), in wiped memory, and the
    // options to reach its service API (its CA, no proxy). Empty when not running.
    crypto::SecureBytes serviceConnectionString() const;
    dps::DpsServiceClientOptions serviceClientOptions() const;

    // The demo keys as base64 text (what a technician pastes), in wiped memory. Empty when not running.
    crypto::SecureBytes individualKey() const;
    crypto::SecureBytes groupKey() const;
    // The device key of registrationId under the demo group (HMAC-SHA256, reference §2.2).
    crypto::SecureBytes derivedDeviceKey(const QString &registrationId) const;
    // What the local DPS recorded for a device (LocalDps::registration); nothing when it has none.
    std::optional<QJsonObject> registration(const QString &registrationId) const;
    // Failures the local DPS injects from now on (tests, demos of retries).
    void setFaults(const localdps::LocalDpsFaults &faults);

    // A demo host of the scenario (nullptr for an unknown id) whose VM provisions against this DPS.
    std::unique_ptr<SimulatedHost> createHost(const QString &scenarioId, const QString &stateDirectory,
                                              double speed) const;

private:
    localdps::LocalDpsThread m_dps;
    QTemporaryDir m_caDir;
    QString m_caFile;
    QString m_error;
};

} // namespace eflow::sim
