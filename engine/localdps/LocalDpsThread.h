#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include <QByteArray>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include "engine/localdps/LocalDpsOptions.h"

class QThread;

namespace eflow::localdps {

class LocalDps;

// A LocalDps on a thread of its own (Qt's worker-object pattern), so that its TLS handshakes and answers
// never wait for the thread that uses it, and that thread may block on a DPS client without starving the
// server. The LocalDps is created here, moved to the thread before the thread runs, started and stopped
// by queued calls, and destroyed there by deleteLater when the thread finishes.
//
// Every member is meant for the thread that owns this object. What the DPS knows (enrollments,
// registrations) is read through call(), which runs a function on the DPS thread and waits a bounded time
// for its result; the endpoint's facts, fixed while it runs, are copied at start and read directly.
class LocalDpsThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalDpsThread)

public:
    // Bounds for the owner's waits. Starting makes a CA and a server certificate (EC P-256, milliseconds);
    // a call is one lookup in memory. Reaching a bound means the DPS thread hangs, not that it is slow.
    static constexpr std::chrono::milliseconds startTimeout{10000};
    static constexpr std::chrono::milliseconds callTimeout{5000};
    static constexpr std::chrono::milliseconds stopTimeout{5000};

    explicit LocalDpsThread(QObject *parent = nullptr);
    ~LocalDpsThread() override;

    // Stops a running DPS, starts a new thread and LocalDps::start(options) on it, and waits at most
    // timeout until it listens. False with errorString() set when it fails or does not answer in time.
    bool start(const LocalDpsOptions &options, std::chrono::milliseconds timeout = startTimeout);
    // Stops the DPS on its thread, ends the thread and waits for it (bounded, see stopTimeout).
    void stop();
    bool isRunning() const { return m_dps != nullptr; }
    QString errorString() const { return m_error; }

    // Fixed while it runs; empty or 0 when stopped.
    quint16 port() const { return m_facts.port; }
    QString idScope() const { return m_facts.idScope; }
    QStringList iotHubs() const { return m_facts.iotHubs; }
    QString endpoint() const { return m_facts.endpoint; }
    QString stateFilePath() const { return m_facts.stateFilePath; }
    QSslCertificate caCertificate() const { return m_facts.caCertificate; }
    QByteArray caPem() const { return m_facts.caPem; }

    // Runs fn(LocalDps &) on the DPS thread and returns its result; nothing when the DPS is not running
    // or fn did not finish within timeout (it may still run later: capture by value only).
    template<typename F>
    auto call(F fn, std::chrono::milliseconds timeout = callTimeout) const
        -> std::optional<std::invoke_result_t<F, LocalDps &>>
    {
        using Result = std::invoke_result_t<F, LocalDps &>;
        auto result = std::make_shared<std::optional<Result>>();
        const bool done =
            run([result, fn = std::move(fn)](LocalDps &dps) mutable { *result = fn(dps); }, timeout);
        if (!done)
            return std::nullopt;
        return std::move(*result);
    }
    // As call(), for a function without a result: true once it has run.
    bool run(std::function<void(LocalDps &)> fn, std::chrono::milliseconds timeout = callTimeout) const;

signals:
    // LocalDps's signals, delivered (queued) on the owner's thread.
    void deviceRegistered(const QString &registrationId);
    void requestHandled(const QString &method, const QString &path, int status);
    void stateSaveFailed(const QString &error);

private:
    struct Facts
    {
        quint16 port = 0;
        QString idScope;
        QStringList iotHubs;
        QString endpoint;
        QString stateFilePath;
        QSslCertificate caCertificate;
        QByteArray caPem;
    };

    QThread *m_thread = nullptr;
    LocalDps *m_dps = nullptr; // lives on m_thread: never touched here except to post calls to it
    Facts m_facts;
    QString m_error;
};

} // namespace eflow::localdps
