#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "engine/localdps/LocalDpsHttp.h"
#include "engine/localdps/LocalDpsOptions.h"

namespace eflow::localdps {

class LocalDpsRequestTarget;
class LocalDpsStore;

// The enrollment-management half of the local DPS (reference/dps-protocol.md §4, §7 items 11-16):
// individual enrollments and groups (CRUD, attestation mechanism, bulk, query with paging) and registration
// states, authenticated with a service SAS token signed by the service policy key.
class LocalDpsServiceApi final
{
public:
    enum class Kind
    {
        Unknown = 0,
        Individual,
        Group,
    };

    LocalDpsServiceApi(LocalDpsStore &store, const LocalDpsOptions &options);

    // True when the first path segment is enrollments, enrollmentGroups or registrations (any case).
    static bool matches(const LocalDpsRequestTarget &target);

    // Host names a service token's sr may name ("127.0.0.1", "localhost", with and without ":port").
    void setAcceptedHosts(const QStringList &hosts) { m_acceptedHosts = hosts; }

    LocalDpsHttpResponse handle(const LocalDpsHttpRequest &request, const LocalDpsRequestTarget &target,
                                bool *stateChanged);

    // Validates an enrollment (or group) and fills in what the service fills in: generated keys (64 bytes),
    // provisioningStatus "enabled", capabilities, reprovisionPolicy, etag and timestamps. Keys omitted on
    // an update keep the existing ones, because a GET never returns keys and GET-modify-PUT is common.
    // Returns the stored form, or nothing with *error set (a sentence) and *errorCode (DPS code).
    static std::optional<QJsonObject> normalize(Kind kind, const QJsonObject &input,
                                                const std::optional<QJsonObject> &existing,
                                                const QStringList &linkedHubs, QString *error,
                                                int *errorCode);
    // What GET and queries return: the stored object without key values (the real service hides them).
    static QJsonObject withoutKeys(const QJsonObject &stored);

private:
    bool authenticate(const LocalDpsHttpRequest &request) const;
    LocalDpsHttpResponse handleEnrollment(Kind kind, const LocalDpsHttpRequest &request, const QString &id,
                                          bool *stateChanged);
    LocalDpsHttpResponse handleAttestation(Kind kind, const QString &id) const;
    LocalDpsHttpResponse handleBulk(Kind kind, const LocalDpsHttpRequest &request, bool *stateChanged);
    LocalDpsHttpResponse handleRegistration(const LocalDpsHttpRequest &request, const QString &id,
                                            bool *stateChanged);
    LocalDpsHttpResponse query(const LocalDpsHttpRequest &request, const QJsonArray &items,
                               const QByteArray &itemType) const;

    std::optional<QJsonObject> find(Kind kind, const QString &id) const;
    void put(Kind kind, const QJsonObject &stored);
    bool remove(Kind kind, const QString &id);
    QJsonObject forReading(Kind kind, const QJsonObject &stored) const;

    LocalDpsStore &m_store;
    const LocalDpsOptions &m_options;
    QStringList m_acceptedHosts;
};

} // namespace eflow::localdps
