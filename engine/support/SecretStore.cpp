#include "engine/support/SecretStore.h"

#include <utility>

#include <QTimer>

#include "engine/support/SecretRef.h"

namespace eflow::support {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

void SecretStore::store(const QString &name, const crypto::SecureBytes &value, QObject *context,
                        Callback done)
{
    const PendingPtr pending = begin(Operation::Store, name, context, std::move(done));
    if (!pending)
        return;
    if (value.isEmpty() || value.size() > maxValueBytes) {
        pending->finish({error(SecretErrorKind::InvalidValue, Operation::Store, name), {}, {}});
        return;
    }
    startStore(name, value, pending);
}

void SecretStore::read(const QString &name, QObject *context, Callback done)
{
    if (const PendingPtr pending = begin(Operation::Read, name, context, std::move(done)))
        startRead(name, pending);
}

void SecretStore::forget(const QString &name, QObject *context, Callback done)
{
    if (const PendingPtr pending = begin(Operation::Forget, name, context, std::move(done)))
        startForget(name, pending);
}

void SecretStore::list(QObject *context, Callback done)
{
    if (const PendingPtr pending = begin(Operation::List, {}, context, std::move(done)))
        startList(pending);
}

SecretStore::PendingPtr SecretStore::begin(Operation operation, const QString &name, QObject *context,
                                           Callback done)
{
    auto pending = std::make_shared<Pending>();
    pending->m_store = this;
    pending->m_operation = operation;
    pending->m_name = name;
    pending->m_context = context;
    pending->m_hasContext = context != nullptr;
    pending->m_callback = std::move(done);
    ++m_pending;

    if (operation != Operation::List && checkSecretName(name)) {
        pending->finish({error(SecretErrorKind::InvalidName, operation, name), {}, {}});
        return {};
    }
    // The timer is what keeps an operation alive while the implementation works on it (implementations
    // may hold it too): it is a child of the store, so destroying the store drops every open operation
    // without answering it. After finish(), a late answer from a hung keychain changes nothing.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, pending]() {
        pending->finish(
            {error(SecretErrorKind::TimedOut, pending->operation(), pending->name(), {}, m_timeout), {}, {}});
    });
    timer->start(m_timeout);
    pending->m_timer = timer;
    return pending;
}

void SecretStore::Pending::finish(SecretResult result)
{
    if (!m_open)
        return;
    m_open = false;
    if (m_timer) {
        // This may run inside the timer's own timeout signal: let the event loop delete it (and with it
        // the connection that holds this operation).
        m_timer->stop();
        m_timer->deleteLater();
    }
    m_result = std::move(result);
    SecretStore *store = m_store;
    if (!store)
        return;
    // Delivered from the event loop, never inside the call that started or answered the operation. The
    // store keeps no list of operations: the queued call itself keeps this one alive.
    QMetaObject::invokeMethod(
        store, [store, self = shared_from_this()]() { store->deliver(self); }, Qt::QueuedConnection);
}

void SecretStore::deliver(const PendingPtr &pending)
{
    --m_pending;
    Callback callback = std::move(pending->m_callback);
    SecretResult result = std::move(pending->m_result);
    if (!callback || (pending->m_hasContext && !pending->m_context))
        return; // the result (and any key in it) is wiped here
    callback(std::move(result));
}

SecretError SecretStore::error(SecretErrorKind kind, Operation operation, const QString &name,
                               const QString &detail, std::chrono::milliseconds timeout)
{
    SecretError e;
    e.kind = kind;
    e.detail = detail;
    switch (kind) {
    case SecretErrorKind::None:
        return {};
    case SecretErrorKind::InvalidName:
        e.message = checkSecretName(name).value_or(QString());
        break;
    case SecretErrorKind::InvalidValue:
        e.message = tr("The key to remember is empty or longer than %1 bytes; give the key itself (a base64 "
                       "key or a connection string).")
                        .arg(maxValueBytes);
        break;
    case SecretErrorKind::NotFound:
        e.message = operation == Operation::Forget
                        ? tr("No key named %1 is remembered in the system keychain, so there was nothing to "
                             "forget.")
                              .arg(name)
                        : tr("No key named %1 is remembered in the system keychain; remember it first with "
                             "\"eflow-wizard secret store %1\", or give the key itself.")
                              .arg(name);
        break;
    case SecretErrorKind::Unavailable:
        e.message = operation == Operation::Store
                        ? tr("No system keychain is available here (no Secret Service on the D-Bus session "
                             "bus), so the key is held in memory only for this run.")
                        : tr("No system keychain is available here (no Secret Service on the D-Bus session "
                             "bus), so remembered keys cannot be used; give the key itself instead.");
        break;
    case SecretErrorKind::AccessDenied:
        e.message = tr("The system keychain is locked or refused access; unlock it (for example by logging "
                       "in to the desktop session) and try again.");
        break;
    case SecretErrorKind::TimedOut:
        e.message = tr("The system keychain did not answer within %1 s: it may be waiting for an unlock "
                       "prompt, or be hung; unlock or restart it and try again.")
                        .arg((timeout.count() + 999) / 1000);
        break;
    case SecretErrorKind::Failed:
        switch (operation) {
        case Operation::Store:
            e.message = tr("The system keychain could not remember the key %1 (see the details); check that "
                           "it is unlocked and try again.")
                            .arg(name);
            break;
        case Operation::Forget:
            e.message = tr("The system keychain could not forget the key %1 (see the details); check that "
                           "it is unlocked and try again.")
                            .arg(name);
            break;
        default:
            e.message = tr("The system keychain could not read the key %1 (see the details); check that it "
                           "is unlocked and try again.")
                            .arg(name);
            break;
        }
        break;
    }
    return e;
}

} // namespace eflow::support
