#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include "engine/crypto/CertificateFactory.h"
#include "engine/localdps/LocalDpsDeviceApi.h"
#include "engine/localdps/LocalDpsOptions.h"
#include "engine/localdps/LocalDpsServiceApi.h"
#include "engine/localdps/LocalDpsStore.h"

class QSslSocket;

namespace eflow::localdps {

class LocalDpsTcpServer;

// The local Device Provisioning Service: real HTTPS on 127.0.0.1 with a CA made at start, the DPS device
// API (register, poll, status lookup; SAS verified as the real service does) and the service API
// (enrollments, groups, registration states). Demo mode and the tests talk to it through the same clients
// that talk to Azure (design.md, "The real protocols, even in demo").
//
// State lives in memory and, when a state folder is given, in <folder>/state.json, rewritten atomically
// after every change and read back at start, so a restart keeps every enrollment and registration.
class LocalDps final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalDps)

public:
    // The host part of serviceConnectionString().
    enum class ServiceHostForm
    {
        Unknown = 0,
        // "127.0.0.1:<port>": one string carries the whole endpoint; the engine's own service client reads
        // it.
        HostAndPort,
        // "127.0.0.1": what the official SDKs accept (.NET's HostName pattern has no ':'; Node never takes a
        // port from the host, reference §6); give them port() separately.
        HostOnly,
    };

    explicit LocalDps(QObject *parent = nullptr);
    ~LocalDps() override;

    // Loads the state folder (if any), makes the certificates and listens. False with errorString() set when
    // the state cannot be read, OpenSSL fails or the port is taken.
    bool start(const LocalDpsOptions &options);
    void stop();
    bool isListening() const;
    QString errorString() const { return m_error; }

    quint16 port() const;
    QString idScope() const { return m_store.idScope(); }
    QStringList iotHubs() const { return m_store.iotHubs(); }
    // "https://127.0.0.1:<port>": device and service API share one endpoint.
    QString endpoint() const;
    QString serviceConnectionString(ServiceHostForm form = ServiceHostForm::HostAndPort) const;
    QString servicePolicyName() const { return m_options.servicePolicyName; }

    // The CA that signed the server certificate: trust it (QSslConfiguration::addCaCertificate, or write
    // caPem() to a file for NODE_EXTRA_CA_CERTS / curl --cacert).
    QSslCertificate caCertificate() const { return m_certificates.caCertificate(); }
    QByteArray caPem() const { return m_certificates.caPem(); }

    void setFaults(const LocalDpsFaults &faults) { m_options.faults = faults; }
    LocalDpsFaults faults() const { return m_options.faults; }
    void setAssigningPolls(int polls) { m_options.assigningPolls = polls; }
    void setRetryAfterSeconds(int seconds) { m_options.retryAfterSeconds = seconds; }
    LocalDpsConnectionStats connectionStats() const;

    // Seeding without HTTP (demo mode, tests). An existing enrollment with the same ID is replaced (keys not
    // given are kept). Return the stored enrollment with its keys, or nothing with errorString() set (also
    // when the state folder could not be written: then nothing is changed).
    std::optional<QJsonObject> addIndividualEnrollment(const LocalDpsIndividualEnrollment &enrollment);
    std::optional<QJsonObject> addEnrollmentGroup(const LocalDpsEnrollmentGroup &group);
    bool removeIndividualEnrollment(const QString &registrationId);
    bool removeEnrollmentGroup(const QString &groupId);

    // Stored objects, keys included.
    std::optional<QJsonObject> individualEnrollment(const QString &registrationId) const;
    std::optional<QJsonObject> enrollmentGroup(const QString &groupId) const;
    // {"registrationState": {...}, "iotEdge": bool, "enrollmentGroupId": "..." (group devices)}.
    std::optional<QJsonObject> registration(const QString &registrationId) const;

    QString stateFilePath() const;

signals:
    // A device passed authentication and was (re)registered; the result may still be "disabled" or "failed".
    void deviceRegistered(const QString &registrationId);
    // Every answered request (status 0: the connection was dropped on purpose). The path has no query.
    void requestHandled(const QString &method, const QString &path, int status);
    void stateSaveFailed(const QString &error);

private:
    struct Connection;

    void onIncomingConnection(qintptr descriptor);
    void removeConnection(QSslSocket *socket);
    // Starts the deadline of the phase the connection is now in (LocalDpsLimits), if it changed phase.
    void updateDeadline(QSslSocket *socket);
    void onReadyRead(QSslSocket *socket);
    void processNext(QSslSocket *socket);
    void send(QSslSocket *socket, const LocalDpsHttpResponse &response);
    LocalDpsHttpResponse dispatch(const LocalDpsHttpRequest &request, bool *dropConnection);
    std::optional<LocalDpsHttpResponse> injectedFault(bool *dropConnection) const;
    bool saveState();
    // Applies change and saves; when the save fails, undoes it and sets errorString().
    bool putAndSave(const std::function<void()> &change);
    QStringList acceptedServiceHosts() const;

    LocalDpsOptions m_options;
    LocalDpsStore m_store;
    LocalDpsDeviceApi m_deviceApi;
    LocalDpsServiceApi m_serviceApi;
    crypto::CertificateFactory m_certificates;
    LocalDpsTcpServer *m_server = nullptr;
    QSslConfiguration m_tls;
    std::unordered_map<QSslSocket *, std::unique_ptr<Connection>> m_connections;
    QHash<QString, int> m_peers; // open connections per peer address
    LocalDpsConnectionStats m_stats;
    QString m_error;
};

} // namespace eflow::localdps
