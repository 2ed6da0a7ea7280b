#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrl>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsError.h"
#include "engine/dps/DpsRetryPolicy.h"
#include "engine/dps/EnrollmentModels.h"

class QNetworkAccessManager;
class QNetworkRequest;

namespace eflow::dps {

// How a DpsServiceClient talks to the DPS service API. Kept beside the client because it has no other use.
struct DpsServiceClientOptions
{
    QString apiVersion = QStringLiteral("2021-10-01"); // what Node and the az CLI send (§4.1)
    // The token's sr. Empty: the connection string's HostName exactly as given (for the local DPS that is
    // "127.0.0.1:PORT", which it accepts because it matches the Host header).
    QString signedResource;
    // A PEM file with CA certificates trusted in addition to the system's (local DPS, private endpoint).
    // The server certificate is always verified.
    QString extraCaFile;
    bool useSystemProxy = true;
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)}; // one HTTP exchange
    // The whole call, all pages or all bulk chunks included; 0: no limit beyond requestTimeout.
    std::chrono::milliseconds overallTimeout{std::chrono::minutes(10)};
    std::chrono::seconds tokenTtl{std::chrono::hours(1)};
    int pageSize = 0; // x-ms-max-item-count; 0: the service's default page size
    // Items per bulk request; the service takes at most 10 (§4.5), so larger values are clamped.
    int bulkChunkSize = 10;
    // Resends per request after 429 (always: the service did nothing), and after 5xx for reads only (a
    // write may have happened; resending a create would turn it into a conflict). DPS allows 1,000
    // operations a minute per service (§2.5), which a large bulk or paged call can reach.
    int maxRetries = 3;
    DpsRetryPolicy retryPolicy;
};

enum class DpsServiceOperation
{
    Unknown = 0,
    CreateOrUpdateEnrollment,
    GetEnrollment,
    DeleteEnrollment,
    GetEnrollmentAttestation,
    QueryEnrollments,
    BulkEnrollments,
    CreateOrUpdateEnrollmentGroup,
    GetEnrollmentGroup,
    DeleteEnrollmentGroup,
    GetEnrollmentGroupAttestation,
    QueryEnrollmentGroups,
    BulkEnrollmentGroups,
    GetRegistration,
    DeleteRegistration,
    QueryRegistrations,
};

// How one call of DpsServiceClient ended, and what it brought back. Which payload member is filled depends
// on the operation.
struct DpsServiceResult
{
    enum class Kind
    {
        Unknown = 0,
        Succeeded,
        Failed, // error says why
        Cancelled,
    };

    DpsServiceOperation operation = DpsServiceOperation::Unknown;
    Kind kind = Kind::Unknown;
    QString id; // the enrollment, group or registration the call was about (the group for a query of one)
    DpsError error;
    int requests = 0; // HTTP requests sent

    std::optional<IndividualEnrollment> enrollment;      // create/update, get
    std::optional<EnrollmentGroup> enrollmentGroup;      // create/update, get
    std::optional<DeviceRegistrationState> registration; // get registration
    std::optional<EnrollmentAttestation> attestation;    // get …attestation (the keys)
    QList<IndividualEnrollment> enrollments;             // query
    QList<EnrollmentGroup> enrollmentGroups;             // query
    QList<DeviceRegistrationState> registrations;        // query
    int pages = 0;
    QString continuationToken; // after a one-page query: give it back for the next page; empty at the end
    // Bulk: the per-item errors of every chunk sent, and how many items went out. When a chunk fails as a
    // whole (HTTP error), kind is Failed, and the items after bulkItemsSubmitted were not sent.
    BulkEnrollmentOperationResult bulk;
    int bulkItemsSubmitted = 0;

    bool succeeded() const { return kind == Kind::Succeeded; }
    // 409/412: someone changed the enrollment since it was read; reload and retry.
    bool isEtagMismatch() const { return error.httpStatus == 409 || error.httpStatus == 412; }
    // One translated sentence for the user, whatever the kind.
    QString message() const;
};

// The DPS service (enrollment-management) API over HTTPS (reference/dps-protocol.md §4): individual
// enrollments, enrollment groups, their keys, registration records, queries with paging and bulk operations.
// Asynchronous on QNetworkAccessManager, usable on any thread that runs an event loop. One call at a time:
// each call returns at once (false when one is already running) and finished() reports its end exactly once,
// from the event loop, including invalid input, cancel() and timeouts. Make several clients for parallel
// work.
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
    bool isRunning() const { return m_running; }

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
    void startRequests(QList<Request> requests);
    void sendNext();
    QNetworkRequest makeRequest(const Request &request) const;
    void onReplyFinished();
    // False when the call has finished (with an error).
    bool handleBody(const QByteArray &body, const QList<QNetworkReply::RawHeaderPair> &headers,
                    int httpStatus);
    DpsError httpError(int httpStatus, const QByteArray &body, const QString &requestId,
                       bool sentIfMatch) const;
    void failMalformed(int httpStatus, const QByteArray &body, const QString &why);
    void onOverallTimeout();
    void onRequestTimeout();
    void abortReply();
    void finish(DpsServiceResult::Kind kind, DpsError error = {});
    void failLater(DpsError error);

    DpsServiceClientOptions m_options;
    DpsError m_configError;
    QUrl m_endpoint;
    QString m_hostName;
    QByteArray m_signedResource;
    QByteArray m_policyName;
    crypto::SecureBytes m_policyKey;
    QSslConfiguration m_tls;

    QNetworkAccessManager *m_network = nullptr;
    QTimer m_overallTimer;
    QTimer m_requestTimer;
    QTimer m_delayTimer; // the wait before a retry
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;

    bool m_running = false;
    quint64 m_generation = 0; // tells a queued call from an earlier operation to stay silent
    DpsServiceResult m_result;
    QList<Request> m_queue; // bulk chunks still to send
    int m_bulkTotal = 0;
    Request m_current;
    bool m_allPages = false;
    int m_retries = 0; // of the current request
};

} // namespace eflow::dps

Q_DECLARE_METATYPE(eflow::dps::DpsServiceResult)
