#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClientOptions.h"
#include "engine/dps/DpsOperation.h"
#include "engine/dps/DpsOutcome.h"

namespace eflow::dps {

class DpsHttpExchange;
struct DpsHttpAnswer;

// Registers one device with DPS over HTTPS using a symmetric key (reference/dps-protocol.md §2):
// PUT …/register, then GET …/operations/{id} until DPS has decided, or looks up a registration's
// status (POST …/registrations/{id}). Fully asynchronous on the shared DpsHttpExchange: use it on any
// thread that runs an event loop; every call returns at once and finished() reports the end, exactly
// once per started operation, including after cancel() and timeouts.
//
// The device key is held only while an operation runs and is wiped afterwards; a fresh SAS token is
// made for each request and neither is ever logged.
class DpsDeviceClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DpsDeviceClient)

public:
    explicit DpsDeviceClient(DpsDeviceClientOptions options = {}, QObject *parent = nullptr);
    ~DpsDeviceClient() override; // aborts a running operation without emitting finished()

    const DpsDeviceClientOptions &options() const { return m_options; }

    // deviceKey is the decoded individual key or derived group key. payload, when not empty, is sent
    // as the registration payload (custom allocation). Returns false (and emits nothing) when an
    // operation is already running; input errors are reported through finished().
    bool registerDevice(const QString &idScope, const QString &registrationId, crypto::SecureBytes deviceKey,
                        const QJsonObject &payload = {});
    // Asks DPS what it knows about a registration without registering again.
    bool lookupRegistration(const QString &idScope, const QString &registrationId,
                            crypto::SecureBytes deviceKey);
    // Stops at once: aborts the request in flight, sends nothing more, and emits finished() with a
    // Cancelled outcome (synchronously, from within this call). Does nothing when idle.
    void cancel();

    bool isRunning() const { return m_call.isRunning(); }

signals:
    // One line of what is happening, translated, for a console view or a status label.
    void progress(const QString &line);
    void finished(const eflow::dps::DpsOutcome &outcome);

private:
    enum class Phase
    {
        Unknown = 0,
        Register,
        Poll,
        Lookup,
    };

    bool start(Phase phase, const QString &idScope, const QString &registrationId,
               crypto::SecureBytes deviceKey, const QJsonObject &payload);
    void sendStep(std::chrono::milliseconds delay);
    QUrl urlFor(Phase phase) const;
    void onAnswer(const DpsHttpAnswer &answer);
    void handleAnswer(int httpStatus, const QByteArray &body, std::optional<std::chrono::seconds> retryAfter);
    void handleLookupAnswer(int httpStatus, const QByteArray &body);
    void onDeadline();
    void finish(DpsOutcome outcome);
    void fail(DpsError error);
    void failLater(DpsError error);
    void say(const QString &line);
    QString host() const;

    DpsDeviceClientOptions m_options;
    DpsHttpExchange *m_http = nullptr;
    DpsOperation m_call;
    Phase m_phase = Phase::Unknown;
    QString m_idScope;
    QString m_registrationId;
    crypto::SecureBytes m_key;
    QByteArray m_registerBody;
    QString m_operationId;
    std::chrono::steady_clock::time_point m_resendBefore; // overallTimeout after the start
};

} // namespace eflow::dps
