#include "engine/dps/DpsRegistrationState.h"

#include <QJsonValue>

namespace eflow::dps {

namespace {

QDateTime parseUtc(const QJsonValue &value)
{
    // The service writes 7 fractional digits ("2022-08-31T22:02:50.5163352Z"); Qt keeps milliseconds.
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

} // namespace

qint64 jsonInteger(const QJsonValue &value)
{
    // Bounded before the cast: a hostile or broken server must not reach undefined behaviour.
    constexpr double limit = 9007199254740992.0; // 2^53, where doubles stop being exact integers
    if (value.isDouble()) {
        const double d = value.toDouble();
        return (d > -limit && d < limit) ? qint64(d) : 0;
    }
    return value.toString().toLongLong();
}

DpsStatus parseDpsStatus(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"assigned", Qt::CaseInsensitive) == 0)
        return DpsStatus::Assigned;
    if (t.compare(u"assigning", Qt::CaseInsensitive) == 0)
        return DpsStatus::Assigning;
    if (t.compare(u"unassigned", Qt::CaseInsensitive) == 0)
        return DpsStatus::Unassigned;
    if (t.compare(u"failed", Qt::CaseInsensitive) == 0)
        return DpsStatus::Failed;
    if (t.compare(u"disabled", Qt::CaseInsensitive) == 0)
        return DpsStatus::Disabled;
    return DpsStatus::Unknown;
}

DpsRegistrationState DpsRegistrationState::fromJson(const QJsonObject &object)
{
    DpsRegistrationState state;
    state.registrationId = object.value(QLatin1String("registrationId")).toString();
    state.statusText = object.value(QLatin1String("status")).toString();
    state.status = parseDpsStatus(state.statusText);
    state.assignedHub = object.value(QLatin1String("assignedHub")).toString();
    state.deviceId = object.value(QLatin1String("deviceId")).toString();
    state.substatus = object.value(QLatin1String("substatus")).toString();
    state.etag = object.value(QLatin1String("etag")).toString();
    state.createdDateTimeUtc = parseUtc(object.value(QLatin1String("createdDateTimeUtc")));
    state.lastUpdatedDateTimeUtc = parseUtc(object.value(QLatin1String("lastUpdatedDateTimeUtc")));
    const QJsonValue code = object.value(QLatin1String("errorCode"));
    state.errorCode = jsonInteger(code);
    state.errorMessage = object.value(QLatin1String("errorMessage")).toString();
    state.enrollmentGroupId = object.value(QLatin1String("symmetricKey"))
                                  .toObject()
                                  .value(QLatin1String("enrollmentGroupId"))
                                  .toString();
    state.payload = object.value(QLatin1String("payload")).toObject();
    return state;
}

} // namespace eflow::dps
