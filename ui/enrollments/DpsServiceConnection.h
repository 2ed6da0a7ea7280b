#pragma once

#include <QObject>
#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsServiceClientOptions.h"

namespace eflow::dps {
class DpsServiceClient;
}

namespace eflow::ui {

// The DPS service connection the Enrollments window is connected with, shared with the rest of the window's
// program: the Finish page and the overview read it for the Verify step after provisioning (issue 15 item
// 4), and every dialog of the Enrollments window makes its own client from it (a DpsServiceClient runs one
// call at a time).
//
// One per wizard: of(controller) finds the controller's, or makes it as the controller's child, so it lives
// as long as the controller and needs no member there. The connection string stays in wiped memory; it is
// handed out as a copy (SecureBytes) or inside a new client, never as text. Nothing here logs.
class DpsServiceConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DpsServiceConnection)

public:
    // Where the connection string came from (what the window says about it).
    enum class Source
    {
        Unknown = 0,
        Typed,    // typed or pasted into the window
        Keychain, // read from the system keychain (keychainName())
        Demo,     // the demo's local DPS
    };

    explicit DpsServiceConnection(QObject *parent = nullptr);
    ~DpsServiceConnection() override; // wipes the connection string

    // The connection of owner (the wizard's controller), made on first use as its child.
    static DpsServiceConnection *of(QObject *owner);

    // Replaces the connection (changed() follows). False, with the reason in *error and nothing changed,
    // when DpsServiceClient refuses the connection string or the options.
    bool set(crypto::SecureBytes connectionString, const dps::DpsServiceClientOptions &options, Source source,
             const QString &keychainName = {}, QString *error = nullptr);
    // Forgets the connection (changed() follows when there was one).
    void clear();

    bool isConnected() const { return !m_connectionString.isEmpty(); }
    Source source() const { return m_source; }
    // "contoso-dps.azure-devices-provisioning.net" (or "127.0.0.1:PORT"), and the shared access policy's
    // name: what may be shown. Never the key.
    QString hostName() const { return m_hostName; }
    QString policyName() const { return m_policyName; }
    // The keychain entry the connection string was read from or stored under, if any.
    QString keychainName() const { return m_keychainName; }
    void setKeychainName(const QString &name);
    const dps::DpsServiceClientOptions &options() const { return m_options; }

    // A copy of the connection string, for a component that makes its own client (EnrollmentVerifier).
    // Empty when not connected.
    crypto::SecureBytes connectionString() const;
    // A new client on this connection, owned by parent; nullptr when not connected.
    dps::DpsServiceClient *newClient(QObject *parent) const;
    // The same for a connection string that is not (yet) this connection: nullptr with *error when
    // DpsServiceClient refuses it.
    static dps::DpsServiceClient *newClient(const crypto::SecureBytes &connectionString,
                                            const dps::DpsServiceClientOptions &options, QObject *parent,
                                            QString *error = nullptr);

signals:
    void changed();

private:
    crypto::SecureBytes m_connectionString;
    dps::DpsServiceClientOptions m_options;
    Source m_source = Source::Unknown;
    QString m_hostName;
    QString m_policyName;
    QString m_keychainName;
};

} // namespace eflow::ui
