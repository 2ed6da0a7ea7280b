#pragma once

#include <functional>

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "engine/host/EflowErrorCatalog.h"

namespace eflow::host {

struct HostOperationResult
{
    enum class Outcome
    {
        Unknown = 0,
        Ok,
        Failed,
        TimedOut,
        Cancelled,
    };
    Outcome outcome = Outcome::Unknown;
    // The operation's structured answer (see HostBackend for each operation's keys). Ok only.
    QJsonObject data;
    // A translated sentence for the technician (empty when Ok).
    QString error;
    // The cause and fix of a known EFLOW failure (explainEflowError over the output), when one matched.
    EflowErrorExplanation explanation;
    // A failure the caller handles in its own way, e.g. sshUnknownHostKeyId(); empty for the others.
    QString errorId;
    // What goes with errorId (the ssh host-key failures: host, port, keyType, fingerprint).
    QJsonObject errorDetails;

    bool ok() const { return outcome == Outcome::Ok; }
};

// One running host operation (probe, deploy, provision, …). Backends create it, the caller owns it.
// Lines and progress stream out while it runs; finished() comes exactly once, on the thread that owns
// the operation, also after cancel() or the timeout. Nothing here blocks.
class HostOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostOperation)

public:
    explicit HostOperation(QString name, QObject *parent = nullptr);
    ~HostOperation() override;

    QString name() const { return m_name; }

    // Whole-operation limit, armed by the backend when it starts the work; 0 disables it.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    bool isFinished() const { return m_finished; }
    const HostOperationResult &result() const { return m_result; }
    // Every console line reported so far (also after finished()).
    const QStringList &lines() const { return m_lines; }

    // Stops the work (the backend's abort handler runs) and finishes with Cancelled. No effect after
    // finished().
    void cancel();

    // ---- for backends ----
    // Called once on cancel or timeout, before finished(); must stop the work (kill the process,
    // stop the timers). Results the work reports afterwards are dropped.
    void setAbortHandler(std::function<void()> handler) { m_abort = std::move(handler); }
    void reportLine(const QString &line);
    // 0..100, or -1 for indeterminate; phase is a short translated label ("Creating virtual machine").
    void reportProgress(int percent, const QString &phase = {});
    void succeed(const QJsonObject &data = {});
    // error: the sentence; output: the text to look up in the EFLOW error catalogue (defaults to the
    // reported lines plus error). A known catalogue entry replaces a generic sentence's cause and fix.
    void fail(const QString &error, const QString &output = {});
    void finish(HostOperationResult result);

signals:
    void line(const QString &text);
    void progress(int percent, const QString &phase);
    void finished();

private:
    void onTimeout();
    void abortWith(HostOperationResult::Outcome outcome, const QString &error);

    QString m_name;
    QStringList m_lines;
    HostOperationResult m_result;
    std::function<void()> m_abort;
    QTimer m_timer;
    int m_timeoutMs = 0;
    bool m_finished = false;
};

} // namespace eflow::host
