#include "engine/jobs/JournalEntry.h"

#include <QJsonArray>

namespace eflow::jobs {

namespace {

QString statusName(JournalStatus status)
{
    switch (status) {
    case JournalStatus::Interrupted:
        return QStringLiteral("interrupted");
    case JournalStatus::Abandoned:
        return QStringLiteral("abandoned");
    case JournalStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

JournalStatus statusFromName(const QString &name)
{
    if (name == QLatin1String("interrupted"))
        return JournalStatus::Interrupted;
    if (name == QLatin1String("abandoned"))
        return JournalStatus::Abandoned;
    return JournalStatus::Unknown;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

QList<JournalStep> JournalEntry::completedSteps() const
{
    QList<JournalStep> out;
    for (const JournalStep &s : steps) {
        if (isCompleted(s.state))
            out.append(s);
    }
    return out;
}

int JournalEntry::indexOf(const QString &stepId) const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == stepId)
            return i;
    }
    return -1;
}

QJsonObject JournalEntry::toJson() const
{
    QJsonArray stepArray;
    for (const JournalStep &s : steps) {
        QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("state"), stepStateName(s.state)}};
        if (s.startedAt.isValid())
            o.insert(QStringLiteral("startedAt"), timeText(s.startedAt));
        if (s.finishedAt.isValid())
            o.insert(QStringLiteral("finishedAt"), timeText(s.finishedAt));
        stepArray.append(o);
    }
    QJsonObject json{
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("jobId"), jobId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("createdAt"), timeText(createdAt)},
        {QStringLiteral("updatedAt"), timeText(updatedAt)},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("steps"), stepArray},
    };
    if (!lastError.isEmpty())
        json.insert(QStringLiteral("lastError"), lastError);
    return json;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &json)
{
    JournalEntry e;
    if (json.value(QStringLiteral("version")).toInt() != formatVersion)
        return e; // a newer format: do not guess, leave it alone
    e.jobId = json.value(QStringLiteral("jobId")).toString();
    e.kind = json.value(QStringLiteral("kind")).toString();
    e.status = statusFromName(json.value(QStringLiteral("status")).toString());
    e.createdAt = timeFrom(json.value(QStringLiteral("createdAt")));
    e.updatedAt = timeFrom(json.value(QStringLiteral("updatedAt")));
    e.plan = json.value(QStringLiteral("plan")).toObject();
    e.lastError = json.value(QStringLiteral("lastError")).toString();
    const QJsonArray stepArray = json.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &v : stepArray) {
        const QJsonObject o = v.toObject();
        JournalStep s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.state = stepStateFromName(o.value(QStringLiteral("state")).toString());
        s.startedAt = timeFrom(o.value(QStringLiteral("startedAt")));
        s.finishedAt = timeFrom(o.value(QStringLiteral("finishedAt")));
        e.steps.append(s);
    }
    return e;
}

} // namespace eflow::jobs
