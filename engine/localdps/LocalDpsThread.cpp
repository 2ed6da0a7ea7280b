#include "engine/localdps/LocalDpsThread.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <spdlog/spdlog.h>

#include "engine/crypto/OpenSslThreadState.h"
#include "engine/localdps/LocalDps.h"

namespace eflow::localdps {

LocalDpsThread::LocalDpsThread(QObject *parent)
    : QObject(parent)
{}

LocalDpsThread::~LocalDpsThread()
{
    stop();
}

bool LocalDpsThread::start(const LocalDpsOptions &options, std::chrono::milliseconds timeout)
{
    stop();
    m_error.clear();

    // No parent: should the thread ever outlive its stop bound, it must not be deleted with this object
    // while it runs (see stop()).
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("local DPS"));
    auto *dps = new LocalDps;
    dps->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, dps, &QObject::deleteLater);
    // OpenSSL frees a thread's own state in a thread-exit handler, which runs after wait() returned: freed
    // before that instead, after the LocalDps and its children (sockets, TLS contexts) are deleted.
    connect(m_thread, &QThread::started, dps, &crypto::releaseOpenSslStateWhenThreadEnds,
            Qt::DirectConnection);
    // Different threads: these are queued, so the owner sees them on its own event loop.
    connect(dps, &LocalDps::deviceRegistered, this, &LocalDpsThread::deviceRegistered);
    connect(dps, &LocalDps::requestHandled, this, &LocalDpsThread::requestHandled);
    connect(dps, &LocalDps::stateSaveFailed, this, &LocalDpsThread::stateSaveFailed);
    m_dps = dps;
    m_thread->start();

    struct Started
    {
        bool ok = false;
        QString error;
        Facts facts;
    };
    const std::optional<Started> started = call(
        [options](LocalDps &d) {
            Started s;
            s.ok = d.start(options);
            s.error = d.errorString();
            if (s.ok) {
                s.facts = {d.port(),          d.idScope(),       d.iotHubs(), d.endpoint(),
                           d.stateFilePath(), d.caCertificate(), d.caPem()};
            }
            return s;
        },
        timeout);
    if (!started || !started->ok) {
        m_error = started ? started->error
                          : tr("The local DPS did not answer within %n second(s).", nullptr,
                               int(std::chrono::ceil<std::chrono::seconds>(timeout).count()));
        stop();
        return false;
    }
    m_facts = started->facts;
    return true;
}

void LocalDpsThread::stop()
{
    if (!m_thread)
        return;
    QThread *thread = std::exchange(m_thread, nullptr);
    LocalDps *dps = std::exchange(m_dps, nullptr);
    m_facts = Facts();
    // Stopped on its own thread, where its sockets live; quitting from there makes the loop end after it.
    // The finished() connection then deletes it on that thread.
    QMetaObject::invokeMethod(
        dps,
        [dps] {
            dps->stop();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    // Bounded: the DPS thread runs short handlers only (no blocking I/O), so this takes milliseconds. If it
    // ever hung, blocking the owner (the GUI or an engine worker) for ever would be worse than leaving the
    // thread behind: it then deletes itself once it finishes, and the process can still exit.
    if (thread->wait(QDeadlineTimer(stopTimeout))) {
        delete thread;
        return;
    }
    spdlog::warn("local DPS: its thread did not end within {} ms; leaving it behind", stopTimeout.count());
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

bool LocalDpsThread::run(std::function<void(LocalDps &)> fn, std::chrono::milliseconds timeout) const
{
    if (!m_dps)
        return false;
    LocalDps *dps = m_dps;
    if (QThread::currentThread() == m_thread) {
        fn(*dps);
        return true;
    }
    // Shared with the posted call: if the wait gives up, the call may still run later and must find it.
    struct Done
    {
        QMutex mutex;
        QWaitCondition condition;
        bool done = false;
    };
    auto done = std::make_shared<Done>();
    const bool posted = QMetaObject::invokeMethod(
        dps,
        [dps, fn = std::move(fn), done] {
            fn(*dps);
            const QMutexLocker lock(&done->mutex);
            done->done = true;
            done->condition.wakeAll();
        },
        Qt::QueuedConnection);
    if (!posted)
        return false;
    const QDeadlineTimer deadline(timeout);
    QMutexLocker lock(&done->mutex);
    while (!done->done) {
        if (!done->condition.wait(&done->mutex, deadline))
            break;
    }
    return done->done;
}

} // namespace eflow::localdps
