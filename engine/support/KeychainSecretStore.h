#pragma once

#include "engine/support/SecretStore.h"

namespace eflow::support {

// The SecretStore of the operating system's keychain, through QtKeychain's asynchronous jobs: the Secret
// Service (gnome-keyring, KWallet) over D-Bus on Linux, Credential Manager on Windows, Keychain on macOS.
// Each key is one item: service "eflow-wizard", key NAME, the value as binary data.
//
// The list of names is kept in the app's settings (AppSettings::secretNames), not in the keychain: it holds
// names only (validated, never key-like); QtKeychain cannot enumerate items; one keychain item holding
// every name would need a read-modify-write that two processes (the wizard and the CLI) could interleave
// and lose a name, and it would soon outgrow Windows Credential Manager's 2560-byte items; and
// "secret list" then never needs an unlock prompt. A name whose item has gone (deleted in Seahorse, say)
// is dropped from the list the first time it is read or forgotten.
//
// Where there is no keychain (Linux without a D-Bus session bus - QtKeychain error 7, "Cannot autolaunch
// D-Bus without X11 $DISPLAY" - or with no Secret Service on the bus) operations fail with Unavailable and
// its one sentence; the wizard then keeps the key in memory for the run.
//
// QtKeychain copies the value into its job and does not wipe it; this store overwrites the job's buffer
// when the job ends. A job that never ends (a hung Secret Service) is abandoned, not deleted: deleting it
// would leave libsecret calling into freed memory when the answer comes.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr QStringView defaultService = u"eflow-wizard";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Another service name keeps a separate set of keys (tests).
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    // How a QtKeychain outcome (QKeychain::Error code and text) is reported. sessionBusKnown: whether
    // DBUS_SESSION_BUS_ADDRESS or DISPLAY could lead to a bus (Linux); public for the tests.
    static SecretErrorKind classify(int keychainError, const QString &errorText, bool sessionBusKnown);

protected:
    void startStore(const QString &name, const crypto::SecureBytes &value, PendingPtr pending) override;
    void startRead(const QString &name, PendingPtr pending) override;
    void startForget(const QString &name, PendingPtr pending) override;
    void startList(PendingPtr pending) override;

private:
    QString m_service;
};

} // namespace eflow::support
