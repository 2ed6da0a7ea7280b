#pragma once

#include <memory>
#include <optional>

#include <QJsonValue>
#include <QString>

#include "app/EnrollOutput.h"
#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/EnrollmentModels.h"

namespace eflow::app {

// What one `enroll` command line asks for, checked before anything is read or sent.
struct EnrollRequest
{
    enum class Action
    {
        Unknown = 0,
        List,
        Show,
        Create,
        Update,
        Delete,
        Records,
    };

    Action action = Action::Unknown;
    bool group = false; // the enrollment is a group (--group-id, create group)
    QString id;         // registration ID or group ID
    QString deviceId;   // create individual
    std::optional<bool> iotEdge;
    std::optional<dps::ProvisioningStatus> status;
    std::optional<QJsonValue> initialTwin; // --twin-file, parsed and checked
    bool showKeys = false;
    QString secretName; // create: where the keys go in the keychain (without --show-keys)
    QString etag;       // update, delete: only when it still has this etag
    bool confirmed = false;
    bool listIndividual = true;
    bool listGroups = true;
    QString filter;
    bool verbose = false;
};

// Runs one checked request on a DPS service client, printing through output; returns the exit code.
class EnrollActions
{
public:
    EnrollActions(dps::DpsServiceClient &client, const EnrollOutput &output, EnrollRequest request)
        : m_client(client)
        , m_output(output)
        , m_request(std::move(request))
    {}

    int run();

private:
    int list();
    int show();
    int create();
    int update();
    int remove();
    int records();

    // Reads the enrollment (or group) into m_individual / m_group; 0 or the exit code after printing.
    int read();
    // The keys, by the attestation mechanism call (GET never returns them).
    int readKeys(std::optional<dps::EnrollmentAttestation> *keys);
    // The individual enrollment's registration record; nothing when no device has registered (404).
    int readRegistration(std::optional<dps::DeviceRegistrationState> *registration);
    // Checks the keychain before anything is created; 0 or the exit code after printing.
    int checkKeychain();
    // Stores the generated keys; 0 or the exit code after printing.
    int storeKeys(const dps::EnrollmentAttestation &keys);
    bool confirmDelete() const;
    void applyChanges(dps::EnrollmentCommon &common) const;
    QString kindText() const;
    int fail(const dps::DpsServiceResult &result) const
    {
        return m_output.failure(result, m_request.verbose);
    }

    dps::DpsServiceClient &m_client;
    const EnrollOutput &m_output;
    EnrollRequest m_request;
    std::optional<dps::IndividualEnrollment> m_individual;
    std::optional<dps::EnrollmentGroup> m_group;
};

} // namespace eflow::app
