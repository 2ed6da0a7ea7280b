#include "app/EnrollOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "app/Console.h"
#include "app/EnrollService.h"
#include "app/TerminalWidth.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)
};

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString statusText(dps::ProvisioningStatus status)
{
    // Not set: the service treats it as enabled (§4.6).
    return status == dps::ProvisioningStatus::Disabled ? QStringLiteral("disabled")
                                                       : QStringLiteral("enabled");
}

// Columns padded to their widest cell, counted in terminal columns (a Japanese header or ID takes two a
// character); the last one is not padded.
void printTable(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], terminalWidth(row[i]));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? leftJustifiedToWidth(row[i], widths[i] + 2) : row[i];
        out() << line << Qt::endl;
    }
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("{}");
}

void printCommon(const dps::EnrollmentCommon &common, const std::optional<dps::EnrollmentAttestation> &keys)
{
    const QJsonObject twin = common.initialTwin.toObject();
    out() << Tr::tr("IoT Edge: %1").arg(yesNo(common.iotEdge)) << Qt::endl
          << Tr::tr("status: %1").arg(statusText(common.provisioningStatus)) << Qt::endl
          << Tr::tr("tags: %1").arg(compactJson(twin.value(QLatin1String("tags")))) << Qt::endl
          << Tr::tr("desired properties: %1")
                 .arg(compactJson(
                     twin.value(QLatin1String("properties")).toObject().value(QLatin1String("desired"))))
          << Qt::endl
          << Tr::tr("hubs: %1").arg(orDash(common.iotHubs.join(QLatin1String(", ")))) << Qt::endl
          << Tr::tr("last updated: %1").arg(dateText(common.lastUpdatedDateTimeUtc)) << Qt::endl
          << Tr::tr("etag: %1").arg(orDash(common.etag)) << Qt::endl;
    const QString hidden = Tr::tr("(hidden; --show-keys prints it)");
    out() << Tr::tr("primary key: %1").arg(keys ? keys->primaryKey : hidden) << Qt::endl
          << Tr::tr("secondary key: %1").arg(keys ? keys->secondaryKey : hidden) << Qt::endl;
}

QString registrationSentence(const std::optional<dps::DeviceRegistrationState> &registration)
{
    if (!registration)
        return Tr::tr("no device has registered yet");
    const dps::DeviceRegistrationState &r = *registration;
    if (r.status == dps::DpsStatus::Assigned) {
        return Tr::tr("assigned to %1 as %2 (last updated %3)")
            .arg(r.assignedHub, r.deviceId, dateText(r.lastUpdatedDateTimeUtc));
    }
    QString sentence =
        Tr::tr("%1 (last updated %2)").arg(dps::toWire(r.status), dateText(r.lastUpdatedDateTimeUtc));
    if (r.errorCode != 0 || !r.errorMessage.isEmpty())
        sentence += Tr::tr(": error %1, %2").arg(r.errorCode).arg(r.errorMessage);
    return sentence;
}

} // namespace

QJsonObject EnrollOutput::withoutKeys(QJsonObject wire)
{
    QJsonObject attestation = wire.value(QLatin1String("attestation")).toObject();
    if (attestation.contains(QLatin1String("symmetricKey"))) {
        attestation.remove(QLatin1String("symmetricKey"));
        wire.insert(QLatin1String("attestation"), attestation);
    }
    return wire;
}

QJsonObject EnrollOutput::keysJson(const dps::EnrollmentAttestation &keys)
{
    return QJsonObject{{QStringLiteral("primaryKey"), keys.primaryKey},
                       {QStringLiteral("secondaryKey"), keys.secondaryKey}};
}

void EnrollOutput::printJson(const QJsonObject &object) const
{
    m_printed = true;
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void EnrollOutput::list(const QList<dps::IndividualEnrollment> &enrollments,
                        const QList<dps::EnrollmentGroup> &groups, bool showIndividual, bool showGroups) const
{
    if (m_json) {
        QJsonObject object{{QStringLiteral("ok"), true}};
        if (showIndividual) {
            QJsonArray array;
            for (const dps::IndividualEnrollment &e : enrollments)
                array.append(withoutKeys(e.toJson()));
            object.insert(QStringLiteral("enrollments"), array);
        }
        if (showGroups) {
            QJsonArray array;
            for (const dps::EnrollmentGroup &g : groups)
                array.append(withoutKeys(g.toJson()));
            object.insert(QStringLiteral("groups"), array);
        }
        printJson(object);
        return;
    }
    QList<QStringList> rows{{Tr::tr("ID"), Tr::tr("TYPE"), Tr::tr("IOT EDGE"), Tr::tr("STATUS"),
                             Tr::tr("DEVICE ID"), Tr::tr("HUB"), Tr::tr("LAST UPDATED")}};
    for (const dps::IndividualEnrollment &e : enrollments) {
        const dps::DeviceRegistrationState state =
            e.registrationState.value_or(dps::DeviceRegistrationState{});
        rows.append({e.registrationId, QStringLiteral("individual"), yesNo(e.iotEdge),
                     statusText(e.provisioningStatus),
                     orDash(state.deviceId.isEmpty() ? e.deviceId : state.deviceId),
                     orDash(state.assignedHub), dateText(e.lastUpdatedDateTimeUtc)});
    }
    for (const dps::EnrollmentGroup &g : groups) {
        rows.append({g.enrollmentGroupId, QStringLiteral("group"), yesNo(g.iotEdge),
                     statusText(g.provisioningStatus), QStringLiteral("-"),
                     orDash(g.iotHubs.join(QLatin1String(", "))), dateText(g.lastUpdatedDateTimeUtc)});
    }
    printTable(rows);
    out() << Tr::tr("individual enrollments: %1, enrollment groups: %2")
                 .arg(enrollments.size())
                 .arg(groups.size())
          << Qt::endl;
}

void EnrollOutput::enrollment(const dps::IndividualEnrollment &enrollment,
                              const std::optional<dps::DeviceRegistrationState> &registration,
                              const std::optional<dps::EnrollmentAttestation> &keys) const
{
    if (m_json) {
        dps::IndividualEnrollment copy = enrollment;
        copy.registrationState.reset();
        QJsonObject object{{QStringLiteral("ok"), true},
                           {QStringLiteral("enrollment"), withoutKeys(copy.toJson())},
                           {QStringLiteral("registration"), registration ? QJsonValue(registration->toJson())
                                                                         : QJsonValue(QJsonValue::Null)}};
        if (keys)
            object.insert(QStringLiteral("keys"), keysJson(*keys));
        printJson(object);
        return;
    }
    out() << Tr::tr("registration ID: %1").arg(enrollment.registrationId) << Qt::endl
          << Tr::tr("device ID: %1").arg(orDash(enrollment.deviceId)) << Qt::endl;
    printCommon(enrollment, keys);
    out() << Tr::tr("registration: %1").arg(registrationSentence(registration)) << Qt::endl;
}

void EnrollOutput::group(const dps::EnrollmentGroup &group,
                         const std::optional<dps::EnrollmentAttestation> &keys) const
{
    if (m_json) {
        QJsonObject object{{QStringLiteral("ok"), true},
                           {QStringLiteral("group"), withoutKeys(group.toJson())}};
        if (keys)
            object.insert(QStringLiteral("keys"), keysJson(*keys));
        printJson(object);
        return;
    }
    out() << Tr::tr("group ID: %1").arg(group.enrollmentGroupId) << Qt::endl;
    printCommon(group, keys);
    out() << Tr::tr("registrations: enroll records --group-id %1 lists them").arg(group.enrollmentGroupId)
          << Qt::endl;
}

void EnrollOutput::records(const QList<dps::DeviceRegistrationState> &records,
                           const QString &noneSentence) const
{
    if (m_json) {
        QJsonArray array;
        for (const dps::DeviceRegistrationState &r : records)
            array.append(r.toJson());
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("records"), array}});
        return;
    }
    if (records.isEmpty()) {
        out() << noneSentence << Qt::endl;
        return;
    }
    QList<QStringList> rows{{Tr::tr("REGISTRATION ID"), Tr::tr("STATUS"), Tr::tr("DEVICE ID"), Tr::tr("HUB"),
                             Tr::tr("LAST UPDATED"), Tr::tr("ERROR")}};
    for (const dps::DeviceRegistrationState &r : records) {
        const QString error = r.errorCode != 0 || !r.errorMessage.isEmpty()
                                  ? QStringLiteral("%1 %2").arg(r.errorCode).arg(r.errorMessage).trimmed()
                                  : QStringLiteral("-");
        rows.append({r.registrationId, dps::toWire(r.status), orDash(r.deviceId), orDash(r.assignedHub),
                     dateText(r.lastUpdatedDateTimeUtc), error});
    }
    printTable(rows);
    out() << Tr::tr("registration records: %1").arg(records.size()) << Qt::endl;
}

void EnrollOutput::done(const QString &sentence, QJsonObject json) const
{
    if (m_json) {
        json.insert(QStringLiteral("ok"), true);
        printJson(json);
        return;
    }
    out() << sentence << Qt::endl;
}

int EnrollOutput::failure(const dps::DpsServiceResult &result, bool verbose) const
{
    const QString sentence = result.message();
    printError(sentence);
    if (verbose && result.error.isValid())
        err() << result.error.details() << Qt::endl;
    printJsonError(sentence, result.error.httpStatus);
    return exitCodeFor(result);
}

int EnrollOutput::failure(const QString &sentence, int exitCode) const
{
    printError(sentence);
    printJsonError(sentence);
    return exitCode;
}

void EnrollOutput::printJsonError(const QString &sentence, int httpStatus) const
{
    if (!m_json)
        return;
    printJson(QJsonObject{{QStringLiteral("ok"), false},
                          {QStringLiteral("error"), sentence},
                          {QStringLiteral("httpStatus"), httpStatus}});
}

} // namespace eflow::app
