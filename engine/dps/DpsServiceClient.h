#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsError.h"
#include "engine/dps/DpsOperation.h"
#include "engine/dps/DpsServiceClientOptions.h"
#include "engine/dps/DpsServiceResult.h"
#include "engine/dps/EnrollmentModels.h"

namespace eflow::dps {

class DpsHttpExchange;
struct DpsHttpAnswer;

// The DPS service (enrollment-management) API over HTTPS (reference/dps-protocol.md §4): individual
// enrollments, enrollment groups, their keys, registration records, queries with paging and bulk operations.
// Asynchronous on the shared DpsHttpExchange, usable on any thread that runs an event loop. One call at a
// time: each call returns at once (false when one is already running) and finished() reports its end exactly
// once, from the event loop, including invalid input, cancel() and timeouts. Make several clients for
// parallel work.
//
// The policy key is decoded once and wiped with the client; a fresh SAS token is made per request; neither,
// nor any enrollment key, is ever logged (only method and path are).
class DpsServiceClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DpsServiceClient)

public:
    // serviceConnectionString: HostName=<dps>.azure-devices-provisioning.net;SharedAccessKeyName=…;
    // SharedAccessKey=…; for the local DPS HostName may be 127.0.0.1:PORT or localhost:PORT.
    explicit DpsServiceClient(const QString &serviceConnectionString, DpsServiceClientOptions options = {},
                              QObject *parent = nullptr);
    ~DpsServiceClient() override; // aborts a running call without emitting finished()

    // False when the connection string or options are unusable; every call then finishes with that error.
    bool isValid() const { return !m_configError.isValid(); }
    const DpsError &configurationError() const { return m_configError; }
    const DpsServiceClientOptions &options() const { return m_options; }
    QUrl endpoint() const { return m_endpoint; }
    QString hostName() const { return m_hostName; }
    // The connection string's SharedAccessKeyName (what a user may see: never the key itself).
    QString policyName() const { return QString::fromUtf8(m_policyName); }

    // PUT. With an etag the update is conditional (If-Match); without one it creates, and DPS answers 409
    // when the enrollment exists (§4.3) — pass "*" to overwrite whatever is there.
    bool createOrUpdateEnrollment(const IndividualEnrollment &enrollment);
    bool getEnrollment(const QString &registrationId);
    bool deleteEnrollment(const QString &registrationId, const QString &etag = {});
    bool getEnrollmentAttestation(const QString &registrationId);
    // One page from continuationToken (empty: the first), or every page when allPages.
    bool queryEnrollments(const QString &continuationToken = {}, bool allPages = false);
    bool queryAllEnrollments() { return queryEnrollments({}, true); }
    // Any number of enrollments, sent in chunks of bulkChunkSize; checked all before the first is sent.
    bool bulkEnrollments(BulkOperationMode mode, const QList<IndividualEnrollment> &enrollments);

    bool createOrUpdateEnrollmentGroup(const EnrollmentGroup &group);
    bool getEnrollmentGroup(const QString &enrollmentGroupId);
    bool deleteEnrollmentGroup(const QString &enrollmentGroupId, const QString &etag = {});
    bool getEnrollmentGroupAttestation(const QString &enrollmentGroupId);
    bool queryEnrollmentGroups(const QString &continuationToken = {}, bool allPages = false);
    bool queryAllEnrollmentGroups() { return queryEnrollmentGroups({}, true); }
    bool bulkEnrollmentGroups(BulkOperationMode mode, const QList<EnrollmentGroup> &groups);

    bool getRegistration(const QString &registrationId);
    bool deleteRegistration(const QString &registrationId, const QString &etag = {});
    // The registration records of the devices of one enrollment group.
    bool queryRegistrations(const QString &enrollmentGroupId, const QString &continuationToken = {},
                            bool allPages = false);
    bool queryAllRegistrations(const QString &enrollmentGroupId)
    {
        return queryRegistrations(enrollmentGroupId, {}, true);
    }

    // Stops at once: aborts the request in flight, sends nothing more, and emits finished() with a
    // Cancelled result (synchronously, from within this call). Does nothing when idle.
    void cancel();
    bool isRunning() const { return m_call.isRunning(); }

signals:
    // Translated lines of what is happening (pages read, chunks sent), for a console view.
    void progress(const QString &line);
    void finished(const eflow::dps::DpsServiceResult &result);

private:
    struct Request
    {
        QByteArray method;
        QByteArray path; // percent-encoded, from the root
        QByteArray body; // sent when method is PUT or POST
        QByteArray ifMatch;
        int items = 0; // bulk: enrollments in this chunk
    };

    bool begin(DpsServiceOperation operation, const QString &id);
    void startBulk(const QByteArray &path, const QString &listName, BulkOperationMode mode,
                   const QJsonArray &items);
    void startRequests(QList<Request> requests);
    void sendNext();
    void onAnswer(const DpsHttpAnswer &answer);
    // False when the call has finished (with an error).
    bool handleBody(const DpsHttpAnswer &answer);
    bool nextPage(const DpsHttpAnswer &answer);
    void failMalformed(int httpStatus, const QByteArray &body, const QString &why);
    void onDeadline();
    void finish(DpsServiceResult::Kind kind, DpsError error = {});
    void failLater(DpsError error);

    DpsServiceClientOptions m_options;
    DpsError m_configError;
    QUrl m_endpoint;
    QString m_hostName;
    QByteArray m_signedResource;
    QByteArray m_policyName;
    crypto::SecureBytes m_policyKey;

    DpsHttpExchange *m_http = nullptr;
    DpsOperation m_call;
    DpsServiceResult m_result;
    QList<Request> m_queue; // bulk chunks and pages still to send
    int m_bulkTotal = 0;
    Request m_current;
    bool m_allPages = false;
};

} // namespace eflow::dps
