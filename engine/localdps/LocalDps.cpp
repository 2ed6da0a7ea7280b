#include "engine/localdps/LocalDps.h"

#include <QDir>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <spdlog/spdlog.h>

#include "engine/crypto/KeyGenerator.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/localdps/LocalDpsErrors.h"
#include "engine/localdps/LocalDpsHttp.h"
#include "engine/localdps/LocalDpsHttpParser.h"
#include "engine/localdps/LocalDpsRequestTarget.h"
#include "engine/localdps/LocalDpsTcpServer.h"
#include "engine/plan/Validation.h"
#include "engine/support/Logging.h"
#include "engine/support/OwnerOnlySaveFile.h"

namespace eflow::localdps {

namespace {

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString randomIdScope()
{
    // Observed scopes are "0ne" + 8 upper-case hex digits (reference/dps-protocol.md §5).
    const quint32 value = QRandomGenerator::global()->generate();
    return str(u"0ne") + QString::number(value, 16).toUpper().rightJustified(8, u'0');
}

QString parserErrorText(int status)
{
    switch (status) {
    case 411:
        return str(u"Chunked request bodies are not supported; send Content-Length");
    case 413:
        return str(u"The request body is too large");
    case 431:
        return str(u"The request headers are too large");
    case 501:
        return str(u"This transfer encoding is not supported");
    case 505:
        return str(u"Only HTTP/1.1 and HTTP/1.0 are supported");
    default:
        return str(u"The request is not valid HTTP/1.1");
    }
}

} // namespace

// Where a connection is, and so which deadline runs: each phase has one deadline that new bytes do not
// extend, so a client that drips a byte now and then is closed as surely as a silent one.
enum class ConnectionPhase
{
    Unknown = 0,
    Handshake, // TCP accepted, TLS not yet established
    Waiting,   // no byte of the next request yet
    Headers,   // part of a request's header block
    Body,      // the headers, part of the body
    Busy,      // the request is being answered: no deadline, the answer restarts one
};

struct LocalDps::Connection
{
    LocalDpsHttpParser parser;
    QTimer deadline;
    QString peer;
    ConnectionPhase phase = ConnectionPhase::Handshake;
    bool encrypted = false;
    bool answeredOne =
        false;            // a kept-alive connection waits idleTimeoutMs between requests, not headerTimeoutMs
    bool busy = false;    // a response is being prepared (possibly delayed); requests behind it wait
    bool closing = false; // the last response asked to close; ignore anything that still arrives
};

LocalDps::LocalDps(QObject *parent)
    : QObject(parent)
    , m_deviceApi(m_store, m_options)
    , m_serviceApi(m_store, m_options)
{}

LocalDps::~LocalDps()
{
    stop();
}

bool LocalDps::start(const LocalDpsOptions &options)
{
    stop();
    m_error.clear();
    m_options = options;
    m_store = LocalDpsStore();

    if (!m_options.stateDirectory.isEmpty()) {
        // A folder made here holds enrollment keys: the owner's only. One that exists (an emulator's
        // --state-dir) keeps its mode; the state file itself is 0600 either way.
        if (!support::OwnerOnlySaveFile::makeOwnerOnlyFolder(
                m_options.stateDirectory, nullptr, support::OwnerOnlySaveFile::ExistingFolder::KeepMode)) {
            m_error = tr("Cannot create the local DPS state folder %1.").arg(m_options.stateDirectory);
            return false;
        }
        QString loadError;
        if (!m_store.load(stateFilePath(), &loadError)) {
            m_error = tr("Cannot read the local DPS state file %1: %2").arg(stateFilePath(), loadError);
            return false;
        }
    }
    if (!m_options.idScope.isEmpty())
        m_store.setIdScope(m_options.idScope);
    else if (m_store.idScope().isEmpty())
        m_store.setIdScope(randomIdScope());
    if (!m_options.iotHubs.isEmpty())
        m_store.setIotHubs(m_options.iotHubs);
    else if (m_store.iotHubs().isEmpty())
        m_store.setIotHubs({str(u"demo-hub.azure-devices.net")});
    if (!m_options.servicePolicyKey.isEmpty()) {
        if (!crypto::isStrictBase64(m_options.servicePolicyKey)) {
            m_error = tr("The service policy key is not valid base64.");
            return false;
        }
        // The state file is checked with the same rule on load: a key it takes now must load again.
        if (const auto problem = plan::checkSymmetricKey(QString::fromLatin1(m_options.servicePolicyKey))) {
            m_error = problem->message;
            return false;
        }
        m_store.setServicePolicyKey(m_options.servicePolicyKey);
    } else if (m_store.servicePolicyKey().isEmpty()) {
        m_store.setServicePolicyKey(crypto::generateSymmetricKey(64));
    }

    if (!m_certificates.generate()) {
        m_error = tr("Cannot create the local DPS certificates: %1").arg(m_certificates.errorString());
        return false;
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setLocalCertificate(m_certificates.serverCertificate());
    tls.setPrivateKey(m_certificates.serverKey());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // devices authenticate with SAS tokens, not certificates

    m_tls = tls;
    m_stats = {};
    m_server = new LocalDpsTcpServer([this](qintptr descriptor) { onIncomingConnection(descriptor); }, this);
    if (!m_server->listen(QHostAddress::LocalHost, m_options.port)) {
        m_error = tr("The local DPS cannot listen on 127.0.0.1 port %1: %2")
                      .arg(m_options.port)
                      .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_serviceApi.setAcceptedHosts(acceptedServiceHosts());
    // Fail now rather than run on and lose every change: the caller asked for a state that survives restarts.
    if (!saveState()) {
        m_error = tr("Cannot write the local DPS state file %1.").arg(stateFilePath());
        stop();
        return false;
    }
    spdlog::info("local DPS listening on {}, ID scope {}, {} enrollment(s), {} group(s)", endpoint(),
                 m_store.idScope(), m_store.enrollments().size(), m_store.enrollmentGroups().size());
    return true;
}

void LocalDps::stop()
{
    auto connections = std::move(m_connections);
    m_connections.clear();
    m_peers.clear();
    for (auto &entry : connections) {
        entry.first->disconnect(this);
        entry.first->abort();
    }
    if (m_server) {
        m_server->close();
        delete m_server; // deletes the sockets too: they are its children
        m_server = nullptr;
        spdlog::info("local DPS stopped");
    }
}

LocalDpsConnectionStats LocalDps::connectionStats() const
{
    LocalDpsConnectionStats stats = m_stats;
    stats.open = int(m_connections.size());
    return stats;
}

bool LocalDps::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LocalDps::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString LocalDps::endpoint() const
{
    return str(u"https://127.0.0.1:%1").arg(port());
}

QString LocalDps::serviceConnectionString(ServiceHostForm form) const
{
    const QString host =
        form == ServiceHostForm::HostOnly ? str(u"127.0.0.1") : str(u"127.0.0.1:%1").arg(port());
    return str(u"HostName=%1;SharedAccessKeyName=%2;SharedAccessKey=%3")
        .arg(host, m_options.servicePolicyName, QString::fromLatin1(m_store.servicePolicyKey()));
}

QStringList LocalDps::acceptedServiceHosts() const
{
    // The names its server certificate is made for, with and without the port: what a client that
    // verifies the certificate can have connected to.
    const crypto::CertificateFactory::Options certificate;
    const QString p = QString::number(port());
    QStringList hosts;
    for (const QString &name : certificate.ipAddresses + certificate.dnsNames)
        hosts << name << name + u':' + p;
    return hosts;
}

QString LocalDps::stateFilePath() const
{
    if (m_options.stateDirectory.isEmpty())
        return QString();
    return QDir(m_options.stateDirectory).filePath(str(u"state.json"));
}

bool LocalDps::saveState()
{
    if (m_options.stateDirectory.isEmpty())
        return true;
    QString error;
    if (!m_store.save(stateFilePath(), &error)) {
        spdlog::warn("local DPS: cannot save {}: {}", stateFilePath(), error);
        emit stateSaveFailed(error);
        return false;
    }
    return true;
}

bool LocalDps::putAndSave(const std::function<void()> &change)
{
    const LocalDpsStore before = m_store;
    change();
    if (saveState())
        return true;
    m_store = before;
    m_error = tr("Cannot write the local DPS state file %1.").arg(stateFilePath());
    return false;
}

std::optional<QJsonObject> LocalDps::addIndividualEnrollment(const LocalDpsIndividualEnrollment &enrollment)
{
    QJsonObject keys;
    if (!enrollment.primaryKey.isEmpty())
        keys.insert(str(u"primaryKey"), QString::fromLatin1(enrollment.primaryKey));
    if (!enrollment.secondaryKey.isEmpty())
        keys.insert(str(u"secondaryKey"), QString::fromLatin1(enrollment.secondaryKey));
    QJsonObject input{
        {str(u"registrationId"), enrollment.registrationId},
        {str(u"attestation"),
         QJsonObject{{str(u"type"), str(u"symmetricKey")}, {str(u"symmetricKey"), keys}}},
        {str(u"capabilities"), QJsonObject{{str(u"iotEdge"), enrollment.iotEdge}}},
        {str(u"provisioningStatus"), enrollment.enabled ? str(u"enabled") : str(u"disabled")},
    };
    if (!enrollment.deviceId.isEmpty())
        input.insert(str(u"deviceId"), enrollment.deviceId);
    if (!enrollment.iotHubHostName.isEmpty())
        input.insert(str(u"iotHubHostName"), enrollment.iotHubHostName);
    if (!enrollment.initialTwin.isEmpty())
        input.insert(str(u"initialTwin"), enrollment.initialTwin);

    QString error;
    int errorCode = 0;
    const std::optional<QJsonObject> stored = LocalDpsServiceApi::normalize(
        LocalDpsServiceApi::Kind::Individual, input, m_store.enrollment(enrollment.registrationId),
        m_store.iotHubs(), &error, &errorCode);
    if (!stored) {
        m_error = error;
        return std::nullopt;
    }
    return putAndSave([&] { m_store.putEnrollment(*stored); }) ? stored : std::nullopt;
}

std::optional<QJsonObject> LocalDps::addEnrollmentGroup(const LocalDpsEnrollmentGroup &group)
{
    QJsonObject keys;
    if (!group.primaryKey.isEmpty())
        keys.insert(str(u"primaryKey"), QString::fromLatin1(group.primaryKey));
    if (!group.secondaryKey.isEmpty())
        keys.insert(str(u"secondaryKey"), QString::fromLatin1(group.secondaryKey));
    QJsonObject input{
        {str(u"enrollmentGroupId"), group.enrollmentGroupId},
        {str(u"attestation"),
         QJsonObject{{str(u"type"), str(u"symmetricKey")}, {str(u"symmetricKey"), keys}}},
        {str(u"capabilities"), QJsonObject{{str(u"iotEdge"), group.iotEdge}}},
        {str(u"provisioningStatus"), group.enabled ? str(u"enabled") : str(u"disabled")},
    };
    if (!group.iotHubHostName.isEmpty())
        input.insert(str(u"iotHubHostName"), group.iotHubHostName);
    if (!group.initialTwin.isEmpty())
        input.insert(str(u"initialTwin"), group.initialTwin);

    QString error;
    int errorCode = 0;
    const std::optional<QJsonObject> stored = LocalDpsServiceApi::normalize(
        LocalDpsServiceApi::Kind::Group, input, m_store.enrollmentGroup(group.enrollmentGroupId),
        m_store.iotHubs(), &error, &errorCode);
    if (!stored) {
        m_error = error;
        return std::nullopt;
    }
    return putAndSave([&] { m_store.putEnrollmentGroup(*stored); }) ? stored : std::nullopt;
}

bool LocalDps::removeIndividualEnrollment(const QString &registrationId)
{
    if (const auto record = m_store.registration(registrationId);
        record && !record->contains(u"enrollmentGroupId"))
        m_store.removeRegistration(registrationId);
    const bool removed = m_store.removeEnrollment(registrationId);
    saveState();
    return removed;
}

bool LocalDps::removeEnrollmentGroup(const QString &groupId)
{
    const bool removed = m_store.removeEnrollmentGroup(groupId);
    saveState();
    return removed;
}

std::optional<QJsonObject> LocalDps::individualEnrollment(const QString &registrationId) const
{
    return m_store.enrollment(registrationId);
}

std::optional<QJsonObject> LocalDps::enrollmentGroup(const QString &groupId) const
{
    return m_store.enrollmentGroup(groupId);
}

std::optional<QJsonObject> LocalDps::registration(const QString &registrationId) const
{
    return m_store.registration(registrationId);
}

void LocalDps::onIncomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(m_server);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket; // closes the descriptor
        return;
    }
    const QString peer = socket->peerAddress().toString();
    const LocalDpsLimits &limits = m_options.limits;
    if (!m_options.allowedPeers.isEmpty() && !m_options.allowedPeers.contains(peer)) {
        ++m_stats.refused;
        spdlog::info("local DPS: refusing a connection from {}, which is not an allowed client", peer);
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Refused before any TLS work, which is what a flood of connections would cost.
    if (int(m_connections.size()) >= limits.maxConnections ||
        m_peers.value(peer) >= limits.maxConnectionsPerPeer) {
        ++m_stats.refused;
        spdlog::warn("local DPS: {} connections open ({} from {}), refusing another", m_connections.size(),
                     m_peers.value(peer), peer);
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_stats.accepted;
    ++m_peers[peer];
    auto connection = std::make_unique<Connection>();
    connection->peer = peer;
    connection->deadline.setSingleShot(true);
    // Queued: abort() emits disconnected, whose handler destroys this timer while it is still emitting.
    connect(&connection->deadline, &QTimer::timeout, socket, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        ++m_stats.timedOut;
        spdlog::info("local DPS: closing a connection from {} that is late for its {} deadline",
                     it->second->peer, int(it->second->phase));
        QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
    });
    connection->deadline.start(limits.handshakeTimeoutMs);
    m_connections.emplace(socket, std::move(connection));

    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->second->encrypted = true;
        updateDeadline(socket);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    });
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket](QAbstractSocket::SocketError error) {
        spdlog::debug("local DPS: connection failed ({})", int(error));
        // A failed handshake leaves the socket open but useless; disconnected follows the abort.
        if (!socket->isEncrypted())
            QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { removeConnection(socket); });
    socket->setSslConfiguration(m_tls);
    socket->startServerEncryption();
}

void LocalDps::removeConnection(QSslSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const QString peer = it->second->peer;
    if (--m_peers[peer] <= 0)
        m_peers.remove(peer);
    m_connections.erase(it);
    socket->deleteLater();
}

void LocalDps::updateDeadline(QSslSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    const LocalDpsLimits &limits = m_options.limits;
    ConnectionPhase phase = ConnectionPhase::Handshake;
    int timeoutMs = limits.handshakeTimeoutMs;
    if (!connection.encrypted) {
        phase = ConnectionPhase::Handshake;
    } else if (connection.busy || connection.closing) {
        phase = ConnectionPhase::Busy;
    } else if (!connection.parser.hasBufferedBytes()) {
        phase = ConnectionPhase::Waiting;
        timeoutMs = connection.answeredOne ? limits.idleTimeoutMs : limits.headerTimeoutMs;
    } else if (!connection.parser.hasHeaderBlock()) {
        phase = ConnectionPhase::Headers;
        timeoutMs = limits.headerTimeoutMs;
    } else {
        phase = ConnectionPhase::Body;
        timeoutMs = limits.bodyTimeoutMs;
    }
    if (phase == connection.phase)
        return; // the deadline of this phase keeps running: new bytes do not extend it
    connection.phase = phase;
    if (phase == ConnectionPhase::Busy)
        connection.deadline.stop();
    else
        connection.deadline.start(timeoutMs);
}

void LocalDps::onReadyRead(QSslSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const QByteArray bytes = socket->readAll();
    if (it->second->closing)
        return;
    it->second->parser.append(bytes);
    processNext(socket);
    updateDeadline(socket);
}

void LocalDps::processNext(QSslSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    if (connection.busy || connection.closing)
        return;

    LocalDpsHttpRequest request;
    const LocalDpsHttpParser::Result result = connection.parser.next(request);
    if (result == LocalDpsHttpParser::Result::NeedMore || result == LocalDpsHttpParser::Result::Unknown) {
        if (connection.parser.takeContinueRequest())
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return;
    }
    connection.busy = true;
    if (result == LocalDpsHttpParser::Result::Error) {
        const int status = connection.parser.errorStatus();
        LocalDpsHttpResponse response = errorResponse(status, status * 1000, parserErrorText(status));
        response.closeConnection = true;
        spdlog::debug("local DPS: malformed request -> {}", status);
        emit requestHandled(QString(), QString(), status);
        send(socket, response);
        return;
    }

    const LocalDpsRequestTarget target(request.target);
    const QString method = QString::fromLatin1(request.method);
    bool drop = false;
    LocalDpsHttpResponse response = dispatch(request, &drop);
    if (!request.keepAlive())
        response.closeConnection = true;
    spdlog::debug("local DPS: {} {} -> {}", method, target.path(), drop ? 0 : response.status);
    emit requestHandled(method, target.path(), drop ? 0 : response.status);

    const int delay = std::max(0, m_options.faults.addedLatencyMs);
    if (drop) {
        connection.closing = true;
        // Queued: abort() emits disconnected at once, which would erase the connection under our feet.
        QTimer::singleShot(delay, socket, [socket] { socket->abort(); });
        return;
    }
    if (delay > 0)
        QTimer::singleShot(delay, socket, [this, socket, response] { send(socket, response); });
    else
        send(socket, response);
}

void LocalDps::send(QSslSocket *socket, const LocalDpsHttpResponse &response)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    socket->write(response.serialize());
    connection.busy = false;
    connection.answeredOne = true;
    if (response.closeConnection) {
        connection.closing = true;
        socket->disconnectFromHost(); // after the buffered response has been written
        return;
    }
    updateDeadline(socket);
    if (connection.parser.hasBufferedBytes())
        QTimer::singleShot(0, socket, [this, socket] {
            processNext(socket);
            updateDeadline(socket);
        });
}

std::optional<LocalDpsHttpResponse> LocalDps::injectedFault(bool *dropConnection) const
{
    const LocalDpsFaults &faults = m_options.faults;
    QRandomGenerator *random = QRandomGenerator::global();
    if (faults.dropConnectionFraction > 0 && random->generateDouble() < faults.dropConnectionFraction) {
        *dropConnection = true;
        return std::nullopt;
    }
    if (faults.throttleFraction > 0 && random->generateDouble() < faults.throttleFraction) {
        LocalDpsHttpResponse response =
            errorResponse(429, LocalDpsErrors::throttled, str(u"Too many requests; retry later"));
        response.setHeader("Retry-After", QByteArray::number(std::max(1, faults.throttleRetryAfterSeconds)));
        return response;
    }
    if (faults.unavailableFraction > 0 && random->generateDouble() < faults.unavailableFraction)
        return errorResponse(503, LocalDpsErrors::unavailable,
                             str(u"The service is unavailable; retry later"));
    return std::nullopt;
}

LocalDpsHttpResponse LocalDps::dispatch(const LocalDpsHttpRequest &request, bool *dropConnection)
{
    if (std::optional<LocalDpsHttpResponse> fault = injectedFault(dropConnection))
        return *fault;
    if (*dropConnection)
        return LocalDpsHttpResponse();

    const LocalDpsRequestTarget target(request.target);
    // Implicitly shared: the copy costs nothing until the handler writes, and it lets a request whose
    // change could not be saved leave no trace, so that the client's retry meets the same state.
    const LocalDpsStore before = m_store;
    bool changed = false;
    LocalDpsHttpResponse response;
    QString registered;
    if (LocalDpsServiceApi::matches(target)) {
        response = m_serviceApi.handle(request, target, &changed);
    } else if (LocalDpsDeviceApi::matches(target)) {
        response = m_deviceApi.handle(request, target, &changed);
        registered = m_deviceApi.lastRegisteredId();
    } else {
        response = errorResponse(404, LocalDpsErrors::notFound, str(u"Not found"));
    }
    if (changed && !saveState()) {
        // An answer of "assigned" that a restart forgets would be a lie; a 500 makes the client retry
        // later or report it (the device API's clients retry 5xx, reference/dps-protocol.md §2.5).
        m_store = before;
        spdlog::error("local DPS: {} {} failed: the state could not be saved, nothing was changed",
                      request.method.constData(), target.path());
        return errorResponse(500, LocalDpsErrors::internalError,
                             str(u"The local DPS could not save its state; nothing was changed"));
    }
    if (!registered.isEmpty())
        emit deviceRegistered(registered);
    return response;
}

} // namespace eflow::localdps
