#include "ui/pages/ConnectOutcomeText.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

// The HTTP status and DPS error code a runtime log reports for a refused registration ("HTTP 401: {…
// "errorCode":401002 …}"), as lines for the details; none when the log does not say.
QStringList dpsFactsInLog(const QStringList &log)
{
    static const QRegularExpression http(uR"(\bHTTP\s+(\d{3})\b)"_s);
    static const QRegularExpression code(uR"("errorCode"\s*:\s*(\d{6}))"_s);
    QStringList facts;
    for (auto it = log.crbegin(); it != log.crend() && facts.isEmpty(); ++it) {
        const QRegularExpressionMatch status = http.match(*it);
        if (!status.hasMatch())
            continue;
        facts << u"HTTP status: %1"_s.arg(status.captured(1));
        const QRegularExpressionMatch errorCode = code.match(*it);
        if (errorCode.hasMatch())
            facts << u"DPS error code: %1"_s.arg(errorCode.captured(1));
    }
    return facts;
}

} // namespace

ConnectBannerText ConnectOutcomeText::dpsCheck(const dps::DpsOutcome &outcome)
{
    ConnectBannerText b;
    switch (outcome.kind) {
    case dps::DpsOutcome::Kind::Assigned:
        b.kind = ResultBanner::Kind::Success;
        // The hub and device once, on lines of their own (the outcome's sentence would say them again).
        b.text =
            tr("DPS accepted the credentials of registration ID %1.\nAssigned IoT hub: %2\nDevice ID: %3")
                .arg(outcome.registrationId, outcome.state.assignedHub, outcome.state.deviceId);
        return b;
    case dps::DpsOutcome::Kind::Cancelled:
    case dps::DpsOutcome::Kind::Assigning:
        b.kind = ResultBanner::Kind::Warning;
        break;
    default:
        b.kind = ResultBanner::Kind::Error;
        break;
    }
    b.text = outcome.message();
    QStringList details;
    if (outcome.kind == dps::DpsOutcome::Kind::Error)
        details << outcome.error.details();
    if (outcome.state.errorCode != 0)
        details << u"DPS error code: %1"_s.arg(outcome.state.errorCode);
    if (!outcome.operationId.isEmpty())
        details << u"Operation ID: %1"_s.arg(outcome.operationId);
    details.removeAll(QString());
    b.details = details.join(u'\n');
    return b;
}

QString ConnectOutcomeText::identity(const jobs::HostJobState &state, const plan::ProvisioningSettings &s,
                                     const dps::DpsOutcome &lastCheck)
{
    const QString resultDevice = state.provisionResult.value(u"deviceId"_s).toString();
    const QString resultHub = state.provisionResult.value(u"assignedHub"_s).toString();
    if (!resultDevice.isEmpty() && !resultHub.isEmpty())
        return tr("Provisioned: device %1 on %2").arg(resultDevice, resultHub);
    if (lastCheck.isAssigned() && lastCheck.registrationId == s.registrationId)
        return tr("Provisioned: device %1 on %2").arg(lastCheck.state.deviceId, lastCheck.state.assignedHub);
    if (s.type == plan::ProvisioningType::ManualX509)
        return tr("Provisioned: device %1 on %2").arg(s.deviceId, s.iotHubHostname);
    const QString id = s.registrationId.isEmpty() ? tr("(ID assigned by DPS)") : s.registrationId;
    return tr("Provisioned: device %1; the IoT hub was not reported.").arg(id);
}

ConnectBannerText ConnectOutcomeText::provisioning(const jobs::PipelineResult &result,
                                                   const jobs::HostJobState &state, const QString &identity,
                                                   const QString &log)
{
    ConnectBannerText b;
    QStringList details;
    if (result.outcome == jobs::PipelineOutcome::Succeeded) {
        b.kind = ResultBanner::Kind::Success;
        b.text = identity;
        if (state.modules) {
            QStringList names;
            for (const host::IotEdgeModule &m : state.modules->modules)
                names << u"%1 (%2)"_s.arg(m.name, m.statusText);
            b.text += u'\n' + tr("Modules: %1").arg(names.join(u", "_s));
        }
    } else if (result.outcome == jobs::PipelineOutcome::Cancelled) {
        b.kind = ResultBanner::Kind::Warning;
        b.text = tr("Provisioning was cancelled; the device is not provisioned.");
    } else {
        b.kind = ResultBanner::Kind::Error;
        const host::HostOperationResult &failure = state.lastFailure;
        const bool explained =
            failure.outcome != host::HostOperationResult::Outcome::Unknown && failure.explanation.isKnown();
        if (explained) {
            // The cause and the fix once; the step's own message (which repeats them) goes to the details.
            b.text = tr("Provisioning failed: %1").arg(failure.explanation.cause) + u'\n' +
                     tr("Fix: %1").arg(failure.explanation.fix);
            details << failure.error;
        } else {
            b.text = tr("Provisioning failed: %1").arg(result.message);
        }
        details << dpsFactsInLog(state.runtimeLog);
        if (explained && !failure.explanation.matchedLine.isEmpty())
            details << u"Matched: %1"_s.arg(failure.explanation.matchedLine);
        if (!state.runtimeLog.isEmpty())
            details << QString() << tr("IoT Edge runtime log:") << state.runtimeLog.join(u'\n');
    }
    if (!log.isEmpty())
        details << QString() << tr("Provisioning output:") << log;
    b.details = details.join(u'\n').trimmed();
    return b;
}

} // namespace eflow::ui
