#include "engine/dps/EnrollmentJsonReader.h"

#include <utility>

#include <QJsonArray>

#include "engine/dps/DpsRegistrationState.h"
#include "engine/dps/DpsTr.h"

namespace eflow::dps {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return DpsTr::tr("null");
    case QJsonValue::Bool:
        return DpsTr::tr("a boolean");
    case QJsonValue::Double:
        return DpsTr::tr("a number");
    case QJsonValue::String:
        return DpsTr::tr("a string");
    case QJsonValue::Array:
        return DpsTr::tr("an array");
    case QJsonValue::Object:
        return DpsTr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return DpsTr::tr("missing");
}

EnrollmentJsonReader::EnrollmentJsonReader(const QJsonObject &object, QString path, QString *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
{}

bool EnrollmentJsonReader::has(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    return !v.isUndefined() && !v.isNull();
}

QString EnrollmentJsonReader::string(const QString &name)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(name, DpsTr::tr("a string"), v);
        return {};
    }
    return v.toString();
}

bool EnrollmentJsonReader::boolean(const QString &name, bool fallback)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(name, DpsTr::tr("a boolean"), v);
        return fallback;
    }
    return v.toBool();
}

QJsonObject EnrollmentJsonReader::object(const QString &name)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(name, DpsTr::tr("an object"), v);
        return {};
    }
    return v.toObject();
}

QStringList EnrollmentJsonReader::stringList(const QString &name)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(name, DpsTr::tr("an array of strings"), v);
        return {};
    }
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(name, DpsTr::tr("an array of strings"), item);
            return {};
        }
        out << item.toString();
    }
    return out;
}

qint64 EnrollmentJsonReader::integer(const QString &name)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return 0;
    if (!v.isDouble() && !(v.isString() && isInteger(v.toString()))) {
        fail(name, DpsTr::tr("a number"), v);
        return 0;
    }
    return jsonInteger(v);
}

QDateTime EnrollmentJsonReader::time(const QString &name)
{
    const QString text = string(name);
    if (text.isEmpty())
        return {};
    // The service writes 7 fractional digits; Qt keeps milliseconds, which is all anyone shows.
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        failWith(name, DpsTr::tr("%1: \"%2\" is not a date and time (%3).")
                           .arg(where(name), text.left(64), QStringLiteral("2022-08-31T22:02:50Z")));
        return {};
    }
    return t.toUTC();
}

void EnrollmentJsonReader::badValue(const QString &name, const QString &value, const QString &allowed)
{
    failWith(name, DpsTr::tr("%1: \"%2\" is not one of %3.").arg(where(name), value.left(64), allowed));
}

void EnrollmentJsonReader::failNested(bool nestedOk)
{
    if (!nestedOk)
        m_ok = false;
}

QJsonObject EnrollmentJsonReader::rest(std::initializer_list<const char16_t *> known) const
{
    QJsonObject out = m_object;
    for (const char16_t *name : known)
        out.remove(QString::fromUtf16(name));
    return out;
}

bool EnrollmentJsonReader::isInteger(const QString &text)
{
    bool ok = false;
    text.toLongLong(&ok);
    return ok;
}

void EnrollmentJsonReader::fail(const QString &name, const QString &expected, const QJsonValue &actual)
{
    failWith(name,
             DpsTr::tr("%1 should be %2, but it is %3.").arg(where(name), expected, jsonTypeName(actual)));
}

void EnrollmentJsonReader::failWith(const QString &, const QString &message)
{
    if (m_ok && m_error)
        *m_error = message;
    m_ok = false;
}

} // namespace eflow::dps
