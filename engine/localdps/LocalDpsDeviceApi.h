#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

#include "engine/localdps/LocalDpsHttp.h"
#include "engine/localdps/LocalDpsOptions.h"

namespace eflow::localdps {

class LocalDpsRequestTarget;
class LocalDpsStore;

// The device-registration half of the local DPS (reference/dps-protocol.md §2, §3.2, §7 items 1-9):
// register, operation status and registration status lookup, authenticated with device SAS tokens
// signed by an individual enrollment's key or a key derived from a symmetric-key group's key.
class LocalDpsDeviceApi final
{
public:
    LocalDpsDeviceApi(LocalDpsStore &store, const LocalDpsOptions &options);

    // True when the path is /{idScope}/registrations/{registrationId}[/…].
    static bool matches(const LocalDpsRequestTarget &target);
    // Answers one request; *stateChanged says whether the store must be saved.
    LocalDpsHttpResponse handle(const LocalDpsHttpRequest &request, const LocalDpsRequestTarget &target,
                                bool *stateChanged);

    // Registration ID of the last successful registration (for the caller's signal), cleared per request.
    QString lastRegisteredId() const { return m_lastRegisteredId; }

private:
    struct Attestation
    {
        QJsonObject enrollment; // the individual enrollment or the group
        bool isGroup = false;
    };

    std::optional<Attestation> authenticate(const LocalDpsHttpRequest &request, const QString &registrationId,
                                            LocalDpsHttpResponse *failure) const;
    LocalDpsHttpResponse registerDevice(const LocalDpsHttpRequest &request, const QString &registrationId,
                                        const Attestation &attestation, const LocalDpsRequestTarget &target);
    LocalDpsHttpResponse operationStatus(const QString &registrationId, const QString &operationId,
                                         bool *stateChanged);
    LocalDpsHttpResponse statusLookup(const QString &registrationId) const;
    QString allocateHub(const QJsonObject &enrollment, const QString &registrationId) const;
    LocalDpsHttpResponse withRetryAfter(LocalDpsHttpResponse response) const;

    LocalDpsStore &m_store;
    const LocalDpsOptions &m_options;
    QString m_instanceTag; // the 16 hex digits in the middle of every operation ID
    QString m_lastRegisteredId;
};

} // namespace eflow::localdps
