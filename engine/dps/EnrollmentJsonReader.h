#pragma once

#include <initializer_list>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace eflow::dps {

// How a JSON value's type is named in a sentence: "a string", "an object", "missing".
QString jsonTypeName(const QJsonValue &value);

// Reads the members of one JSON object of the service API's models (EnrollmentModels), remembering the
// first type error with the member's path. Absent and null members read as "not set": the service writes
// null for hidden keys (§4.7).
class EnrollmentJsonReader final
{
public:
    EnrollmentJsonReader(const QJsonObject &object, QString path, QString *error);

    bool ok() const { return m_ok; }

    bool has(const QString &name) const;
    QString string(const QString &name);
    bool boolean(const QString &name, bool fallback);
    QJsonObject object(const QString &name);
    QStringList stringList(const QString &name);
    qint64 integer(const QString &name);
    QDateTime time(const QString &name);

    // A member that is not one of the given enumeration values.
    void badValue(const QString &name, const QString &value, const QString &allowed);

    // Errors of nested readers are passed up unchanged.
    void failNested(bool nestedOk);
    // The member's path for a sentence, e.g. "enrollment.attestation.type".
    QString where(const QString &name) const { return m_path.isEmpty() ? name : m_path + u'.' + name; }

    // Members not in `known`, kept so that writing the object back loses nothing.
    QJsonObject rest(std::initializer_list<const char16_t *> known) const;

private:
    static bool isInteger(const QString &text);
    void fail(const QString &name, const QString &expected, const QJsonValue &actual);
    void failWith(const QString &, const QString &message);

    QJsonObject m_object;
    QString m_path;
    QString *m_error = nullptr;
    bool m_ok = true;
};

} // namespace eflow::dps
