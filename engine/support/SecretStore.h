#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "engine/crypto/SecureBytes.h"

namespace eflow::support {

enum class SecretErrorKind
{
    None = 0,
    InvalidName,  // NAME breaks the rules of checkSecretName
    InvalidValue, // empty, or larger than SecretStore::maxValueBytes
    NotFound,     // no key of that name is remembered
    Unavailable,  // no keychain here: no Secret Service, no D-Bus session bus, no backend
    AccessDenied, // the keychain is locked or refused access
    TimedOut,     // the keychain did not answer in time (hung, or waiting on an unlock prompt)
    Failed,       // anything else the keychain reported
};

struct SecretError
{
    SecretErrorKind kind = SecretErrorKind::None;
    // One sentence a technician can act on (what failed, the likely cause, the fix); never the value.
    QString message;
    // The keychain's own words (QtKeychain error code and text), for "details"; never the value.
    QString detail;

    bool isError() const { return kind != SecretErrorKind::None; }
    explicit operator bool() const { return isError(); }
};

// The outcome of one operation. Move-only: value is the key (read only), wiped when the result dies.
struct SecretResult
{
    SecretError error;
    crypto::SecureBytes value; // read: the key, registered with the Redactor
    QStringList names;         // list: the remembered names, sorted
};

// Where remembered keys live (the OS keychain; memory in tests). Asynchronous: every operation returns at
// once and calls its callback later, from this object's event loop, exactly once - with the result, with
// an error, or with TimedOut after timeout(). The callback never runs inside the call that started the
// operation. When a context object is given and is destroyed first, the callback is dropped.
//
// Threading: a store lives on one thread with an event loop and is called from that thread only (the GUI
// thread is fine: nothing here blocks it). Other threads talk to it through queued calls.
//
// Secrets: store() copies the value before it returns (the caller may wipe its own copy at once); read()
// hands the value over as SecureBytes. Every value stored or read is registered with the Redactor, so
// logs mask it for the rest of the run even if a caller forgets.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(SecretResult result)>;

    // A symmetric key is 44 characters, a connection string a few hundred; 2 KiB also fits a PEM EC key
    // and stays within every keychain's item size (Windows Credential Manager: 2560 bytes).
    static constexpr std::size_t maxValueBytes = 2048;
    static constexpr std::chrono::milliseconds defaultTimeout{30000};

    ~SecretStore() override;

    void store(const QString &name, const crypto::SecureBytes &value, QObject *context, Callback done);
    void read(const QString &name, QObject *context, Callback done);
    void forget(const QString &name, QObject *context, Callback done);
    void list(QObject *context, Callback done);

    // Long enough for a technician to answer an unlock prompt; a hung keychain ends with TimedOut.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Operations started and not yet answered (tests; shutdown).
    int pendingCount() const { return m_pending; }

    enum class Operation
    {
        Unknown = 0,
        Store,
        Read,
        Forget,
        List,
    };
    // The sentence for an error of this kind about key NAME (implementations use it; tests compare it).
    static SecretError error(SecretErrorKind kind, Operation operation, const QString &name,
                             const QString &detail = {}, std::chrono::milliseconds timeout = defaultTimeout);

protected:
    explicit SecretStore(QObject *parent = nullptr);

    // One started operation. An implementation calls finish() once it has the answer; after a timeout
    // (or a second finish) the call does nothing, so late answers of a hung keychain are harmless.
    class Pending final : public std::enable_shared_from_this<Pending>
    {
    public:
        bool isOpen() const { return m_open; }
        Operation operation() const { return m_operation; }
        const QString &name() const { return m_name; }
        void finish(SecretResult result);

    private:
        friend class SecretStore;
        QPointer<SecretStore> m_store;
        Operation m_operation = Operation::Unknown;
        QString m_name;
        QPointer<QObject> m_context;
        bool m_hasContext = false;
        bool m_open = true;
        Callback m_callback;
        QPointer<QTimer> m_timer;
        SecretResult m_result;
    };
    using PendingPtr = std::shared_ptr<Pending>;

    // Called with a valid name (and, for store, a value within the limits).
    virtual void startStore(const QString &name, const crypto::SecureBytes &value, PendingPtr pending) = 0;
    virtual void startRead(const QString &name, PendingPtr pending) = 0;
    virtual void startForget(const QString &name, PendingPtr pending) = 0;
    virtual void startList(PendingPtr pending) = 0;

private:
    PendingPtr begin(Operation operation, const QString &name, QObject *context, Callback done);
    void deliver(const PendingPtr &pending);

    std::chrono::milliseconds m_timeout = defaultTimeout;
    int m_pending = 0;
};

} // namespace eflow::support
