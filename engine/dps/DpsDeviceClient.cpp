#include "engine/dps/DpsDeviceClient.h"

#include <optional>
#include <utility>

#include <QJsonDocument>
#include <QJsonParseError>

#include <spdlog/spdlog.h>

#include "engine/crypto/SasToken.h"
#include "engine/dps/DpsHttpExchange.h"
#include "engine/dps/DpsTr.h"
#include "engine/dps/DpsTransport.h"
#include "engine/plan/Validation.h"
#include "engine/support/Logging.h" // fmt::formatter<QString> for the log lines

namespace eflow::dps {

namespace {

using namespace std::chrono_literals;

// The body as a JSON object, or nothing with the reason in why (for the details view).
std::optional<QJsonObject> parseObject(const QByteArray &body, QString &why)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        why = QStringLiteral("JSON parse error at offset %1: %2")
                  .arg(parseError.offset)
                  .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        why = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

// The device API's sentence for an HTTP error status; 429 and 5xx keep the exchange's, which count the
// attempts.
void describeRegistrationError(DpsError &e, const QString &idScope, const QString &registrationId)
{
    const QString reason = e.serviceMessage.isEmpty() ? DpsTr::tr("no reason given") : e.serviceMessage;
    if (e.httpStatus == 401) {
        e.message = DpsTr::tr("DPS rejected the key for registration ID %1: the key does not match this "
                              "registration ID. For a group enrollment use the derived device key, not the "
                              "group key.")
                        .arg(registrationId);
    } else if (e.httpStatus == 404) {
        e.message = DpsTr::tr("DPS at %1 does not know the ID scope %2: copy the ID scope from the Overview "
                              "page of your Device Provisioning Service in the Azure portal.")
                        .arg(e.host, idScope);
    } else if (e.httpStatus == 400 && e.errorCode == 400004) {
        e.message =
            DpsTr::tr("DPS rejected the registration ID %1 as invalid: use letters, digits and - . _ : "
                      "only, with a letter or digit at the start and end.")
                .arg(registrationId);
    } else if (e.httpStatus == 400) {
        e.message = DpsTr::tr("DPS rejected the registration request for %1 (%2): check the ID scope and "
                              "registration ID.")
                        .arg(registrationId, reason);
    } else if (e.httpStatus != 429 && e.httpStatus < 500) {
        e.message = DpsTr::tr("DPS refused the registration of %1 with HTTP %2 (%3).")
                        .arg(registrationId)
                        .arg(e.httpStatus)
                        .arg(reason);
    }
}

} // namespace

DpsDeviceClient::DpsDeviceClient(DpsDeviceClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_call([this] { onDeadline(); }, this)
{
    m_http = new DpsHttpExchange(DpsHttpSettings::from(m_options.endpoint.host(), m_options), this);
    connect(m_http, &DpsHttpExchange::progress, this, &DpsDeviceClient::progress);
    connect(m_http, &DpsHttpExchange::finished, this, &DpsDeviceClient::onAnswer);
}

DpsDeviceClient::~DpsDeviceClient()
{
    m_call.end();
    m_http->abort();
}

bool DpsDeviceClient::registerDevice(const QString &idScope, const QString &registrationId,
                                     crypto::SecureBytes deviceKey, const QJsonObject &payload)
{
    return start(Phase::Register, idScope, registrationId, std::move(deviceKey), payload);
}

bool DpsDeviceClient::lookupRegistration(const QString &idScope, const QString &registrationId,
                                         crypto::SecureBytes deviceKey)
{
    return start(Phase::Lookup, idScope, registrationId, std::move(deviceKey), {});
}

bool DpsDeviceClient::start(Phase phase, const QString &idScope, const QString &registrationId,
                            crypto::SecureBytes deviceKey, const QJsonObject &payload)
{
    if (!m_call.begin())
        return false;
    m_phase = phase;
    // Taken exactly as given: the key was made for this exact string, and validation says what is wrong.
    m_idScope = idScope;
    m_registrationId = registrationId;
    m_key = std::move(deviceKey);
    m_operationId.clear();

    QJsonObject body{{QStringLiteral("registrationId"), m_registrationId}};
    if (!payload.isEmpty())
        body.insert(QStringLiteral("payload"), payload);
    m_registerBody = QJsonDocument(body).toJson(QJsonDocument::Compact);

    // Input errors are reported like every other outcome, through finished() from the event loop,
    // so that callers have a single path to handle.
    if (const auto problem = plan::checkIdScope(m_idScope)) {
        failLater(DpsError::invalidInput(problem->message));
        return true;
    }
    if (const auto problem = plan::checkRegistrationId(m_registrationId)) {
        failLater(DpsError::invalidInput(problem->message));
        return true;
    }
    if (m_key.isEmpty()) {
        failLater(DpsError::invalidInput(
            tr("No device key was given for registration ID %1.").arg(m_registrationId)));
        return true;
    }
    const QUrl endpoint = m_options.endpoint;
    if (!endpoint.isValid() || endpoint.scheme() != QLatin1String("https") || endpoint.host().isEmpty()) {
        failLater(DpsError::invalidInput(
            tr("The DPS endpoint %1 is not an https:// address.").arg(endpoint.toDisplayString())));
        return true;
    }
    const std::optional<QSslConfiguration> tls = tlsConfiguration(m_options.extraCaFile);
    if (!tls) {
        failLater(DpsError::invalidCaFile(m_options.extraCaFile));
        return true;
    }
    m_http->setTlsConfiguration(*tls);

    m_call.startDeadline(m_options.overallTimeout);
    m_resendBefore = std::chrono::steady_clock::now() + m_options.overallTimeout;
    say(phase == Phase::Lookup ? tr("Looking up registration ID %1 at %2…").arg(m_registrationId, host())
                               : tr("Registering %1 with DPS at %2…").arg(m_registrationId, host()));
    // The request leaves from the event loop, never before the caller has returned: whatever it
    // connects or sets up right after this call is in place before any answer can arrive.
    sendStep(0ms);
    return true;
}

void DpsDeviceClient::cancel()
{
    if (!m_call.isRunning())
        return;
    m_http->abort();
    finish(DpsOutcome::cancelled(m_registrationId));
}

QString DpsDeviceClient::host() const
{
    return m_options.endpoint.host();
}

QUrl DpsDeviceClient::urlFor(Phase phase) const
{
    QByteArray path = m_options.endpoint.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    path += '/' + pathSegment(m_idScope) + "/registrations/" + pathSegment(m_registrationId);
    if (phase == Phase::Register)
        path += "/register";
    else if (phase == Phase::Poll)
        path += "/operations/" + pathSegment(m_operationId);

    QUrl url = m_options.endpoint;
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    url.setQuery(QStringLiteral("api-version=") + QString::fromLatin1(pathSegment(m_options.apiVersion)),
                 QUrl::StrictMode);
    return url;
}

void DpsDeviceClient::sendStep(std::chrono::milliseconds delay)
{
    DpsHttpRequest request;
    request.method = m_phase == Phase::Register ? "PUT" : m_phase == Phase::Lookup ? "POST" : "GET";
    request.url = urlFor(m_phase);
    request.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"Accept", "application/json"}};
    if (m_phase != Phase::Poll)
        request.body = m_registerBody;
    // A fresh expiry per request: a registration that waits on throttling must not outlive its token.
    request.authorization = [this] {
        return crypto::deviceRegistrationToken(m_idScope, m_registrationId, m_key,
                                               crypto::expiryFromNow(m_options.tokenTtl),
                                               m_options.sasFormat);
    };
    // The register PUT, the operation GET and the lookup POST are all safe to repeat.
    request.resendable = true;
    if (m_options.overallTimeout > 0ms)
        request.resendBefore = m_resendBefore;
    request.describeHttpError = [this](DpsError &e) {
        describeRegistrationError(e, m_idScope, m_registrationId);
    };
    m_http->start(std::move(request), delay);
}

void DpsDeviceClient::onAnswer(const DpsHttpAnswer &answer)
{
    if (!m_call.isRunning())
        return;
    if (!answer.succeeded()) {
        fail(answer.error);
        return;
    }
    if (m_phase == Phase::Lookup)
        handleLookupAnswer(answer.httpStatus, answer.body);
    else
        handleAnswer(answer.httpStatus, answer.body, answer.retryAfter);
}

void DpsDeviceClient::handleAnswer(int httpStatus, const QByteArray &body,
                                   std::optional<std::chrono::seconds> retryAfter)
{
    QString why;
    const auto parsed = parseObject(body, why);
    if (!parsed) {
        fail(DpsError::malformed(host(), httpStatus, body, why));
        return;
    }
    const QJsonObject &object = *parsed;
    const QString statusText = object.value(QLatin1String("status")).toString();
    const DpsStatus status = parseDpsStatus(statusText);
    const QString operationId = object.value(QLatin1String("operationId")).toString();
    if (!operationId.isEmpty())
        m_operationId = operationId;

    // §2.6: assigning means "poll"; so does unassigned while the operation is still accepted (202).
    const bool keepPolling = status == DpsStatus::Assigning ||
                             (status == DpsStatus::Unassigned && httpStatus == 202 && !operationId.isEmpty());
    if (keepPolling) {
        if (m_operationId.isEmpty()) {
            fail(DpsError::malformed(host(), httpStatus, body,
                                     QStringLiteral("status assigning without operationId")));
            return;
        }
        m_phase = Phase::Poll;
        const auto delay = m_options.retryPolicy.pollDelay(retryAfter);
        say(tr("DPS is assigning (operation %1), next poll in %2 s")
                .arg(m_operationId, DpsRetryPolicy::secondsText(delay)));
        sendStep(delay);
        return;
    }

    if (status == DpsStatus::Unknown) {
        fail(DpsError::malformed(host(), httpStatus, body,
                                 QStringLiteral("unknown status \"%1\"").arg(statusText)));
        return;
    }

    DpsRegistrationState state =
        DpsRegistrationState::fromJson(object.value(QLatin1String("registrationState")).toObject());
    // The operation's status is the authoritative one; registrationState may be absent.
    state.status = status;
    if (state.statusText.isEmpty())
        state.statusText = statusText;
    if (status == DpsStatus::Assigned && (state.assignedHub.isEmpty() || state.deviceId.isEmpty())) {
        fail(DpsError::malformed(host(), httpStatus, body,
                                 QStringLiteral("assigned without assignedHub or deviceId")));
        return;
    }
    finish(DpsOutcome::fromState(m_registrationId, m_operationId, state));
}

void DpsDeviceClient::handleLookupAnswer(int httpStatus, const QByteArray &body)
{
    QString why;
    const auto parsed = parseObject(body, why);
    if (!parsed) {
        fail(DpsError::malformed(host(), httpStatus, body, why));
        return;
    }
    const DpsRegistrationState state = DpsRegistrationState::fromJson(*parsed);
    if (state.status == DpsStatus::Unknown) {
        fail(DpsError::malformed(host(), httpStatus, body,
                                 QStringLiteral("unknown status \"%1\"").arg(state.statusText)));
        return;
    }
    finish(DpsOutcome::fromState(m_registrationId, QString(), state));
}

void DpsDeviceClient::onDeadline()
{
    m_http->abort();
    const int secondsAllowed = int((m_options.overallTimeout.count() + 999) / 1000);
    fail(DpsError::timeout(host(), secondsAllowed, true));
}

void DpsDeviceClient::finish(DpsOutcome outcome)
{
    if (!m_call.end())
        return;
    m_http->abort();
    m_key.wipe();
    m_phase = Phase::Unknown;
    // The last line of progress is the outcome itself, so a console view tells the whole story.
    const QString line = outcome.message();
    if (outcome.kind == DpsOutcome::Kind::Error) {
        spdlog::warn("DPS: {}\n{}", line, outcome.error.details());
        emit progress(line);
    } else {
        say(line);
    }
    emit finished(outcome);
}

void DpsDeviceClient::fail(DpsError error)
{
    finish(DpsOutcome::failure(m_registrationId, std::move(error)));
}

void DpsDeviceClient::failLater(DpsError error)
{
    m_call.later([this, error = std::move(error)] { fail(error); });
}

void DpsDeviceClient::say(const QString &line)
{
    spdlog::info("DPS: {}", line);
    emit progress(line);
}

} // namespace eflow::dps
