#pragma once

#include <QObject>
#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsError.h"
#include "engine/dps/DpsServiceClientOptions.h"
#include "engine/dps/EnrollmentModels.h"

namespace eflow::dps {

class DpsServiceClient;
struct DpsServiceResult;

// The procedure's Verify step after provisioning (issue 15 item 4): what DPS's own records say about the
// device, read with the service API — the registration record of the registration ID, which DPS keeps for
// individual and group enrollments alike.
struct EnrollmentVerification
{
    enum class Kind
    {
        Unknown = 0,
        Assigned,     // the record says assigned, with hub and device ID
        NotAssigned,  // a record in another state (failed, disabled, assigning), or none at all (404)
        CouldNotRead, // the service could not be asked (401, network, TLS, timeout); error says why
        NoConnection, // no service connection was given: the portal is the way to check
        Cancelled,
    };

    Kind kind = Kind::Unknown;
    QString registrationId;
    QString enrollmentGroupId; // when the device came from a group (as provisioning reported it)
    DeviceRegistrationState record;
    DpsError error;

    bool isAssigned() const { return kind == Kind::Assigned; }
    // One translated sentence: "DPS: enrollment X is assigned to HUB as DEVICE", why it is not, or how to
    // check in the Azure portal.
    QString sentence() const;
    // How to see the same in the Azure portal (the procedure's words): individual enrollment or the
    // group's Registration Records tab.
    static QString portalInstructions(const QString &registrationId, const QString &enrollmentGroupId);
};

// Reads one registration record with a DpsServiceClient of its own and reports once with finished().
// Asynchronous; cancel() and the client's timeouts end it too. The connection string is handed over as
// SecureBytes and wiped once the client has taken its key.
class EnrollmentVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentVerifier)

public:
    explicit EnrollmentVerifier(QObject *parent = nullptr);
    ~EnrollmentVerifier() override;

    // False when a verification already runs. An empty connection string finishes (from the event loop)
    // with NoConnection and the portal instructions.
    bool verify(crypto::SecureBytes serviceConnectionString, const QString &registrationId,
                const QString &enrollmentGroupId = {}, DpsServiceClientOptions options = {});
    void cancel();
    bool isRunning() const { return m_client != nullptr || m_pending; }

signals:
    void finished(const eflow::dps::EnrollmentVerification &verification);

private:
    void onFinished(const DpsServiceResult &result);
    void finish(EnrollmentVerification verification);

    DpsServiceClient *m_client = nullptr;
    EnrollmentVerification m_current;
    bool m_pending = false;
};

} // namespace eflow::dps

Q_DECLARE_METATYPE(eflow::dps::EnrollmentVerification)
