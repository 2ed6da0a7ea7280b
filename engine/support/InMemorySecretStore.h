#pragma once

#include <map>

#include "engine/support/SecretStore.h"

namespace eflow::support {

// A SecretStore in this process's memory: the keys live as long as the object. For tests of the clients
// (the wizard, the host commands), and the place a key stays for the run when no keychain exists. It
// answers like the keychain does - asynchronously, with the same errors - and can play a keychain that is
// missing (setAvailable(false)) or hung (setStalled(true)) so that clients can test those paths too.
class InMemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InMemorySecretStore)

public:
    explicit InMemorySecretStore(QObject *parent = nullptr);
    ~InMemorySecretStore() override;

    // false: every operation fails with Unavailable, as with no Secret Service.
    void setAvailable(bool available) { m_available = available; }
    // true: operations are never answered, so they end with TimedOut.
    void setStalled(bool stalled) { m_stalled = stalled; }

protected:
    void startStore(const QString &name, const crypto::SecureBytes &value, PendingPtr pending) override;
    void startRead(const QString &name, PendingPtr pending) override;
    void startForget(const QString &name, PendingPtr pending) override;
    void startList(PendingPtr pending) override;

private:
    // Whether the operation may proceed; otherwise it is answered (Unavailable) or left hanging.
    bool answers(const PendingPtr &pending) const;

    std::map<QString, crypto::SecureBytes> m_values;
    bool m_available = true;
    bool m_stalled = false;
};

} // namespace eflow::support
