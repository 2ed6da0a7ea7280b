#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace eflow::localdps {

// Checks a state.json document before LocalDpsStore takes anything from it: every field the emulator
// writes and reads has the type and form it writes (IDs as the service allows them, keys strict base64 of
// 16 to 64 bytes, one entry per ID). A state file is outside data: a hand edit or a damaged disk must
// not turn into a new ID scope, a new policy key or lost enrollments, so the first problem is reported with
// its key path ("enrollments[2].attestation.symmetricKey.primaryKey: not base64") and nothing is loaded.
class LocalDpsStateValidator final
{
    Q_DECLARE_TR_FUNCTIONS(LocalDpsStateValidator)

public:
    // The first problem, or nothing when the document can be loaded as it is.
    static std::optional<QString> check(const QJsonObject &state);

private:
    enum class Need
    {
        Unknown = 0,
        Required,
        Optional,
    };

    void checkTop(const QJsonObject &state);
    void checkEnrollment(const QJsonValue &value, const QString &path, bool group);
    void checkAttestation(const QJsonObject &enrollment, const QString &path, bool group);
    void checkRegistration(const QJsonValue &value, const QString &path);
    void checkOperation(const QJsonValue &value, const QString &path);
    // One array of entries, each checked by check(entry, path); the IDs at idPath (keys from the entry
    // down) must not repeat, compared without case as the service compares them.
    void checkList(const QJsonObject &state, QStringView key, const QStringList &idPath,
                   const std::function<void(const QJsonValue &, const QString &)> &check);

    // Each returns the value when present with the right type; otherwise records the problem (a missing
    // optional field is no problem) and returns nothing.
    // The value under key, or nullopt (and "missing" when it is required) when there is none.
    std::optional<QJsonValue> present(const QJsonObject &object, const QString &path, QStringView key,
                                      Need need);
    std::optional<QString> string(const QJsonObject &object, const QString &path, QStringView key, Need need);
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &path, QStringView key,
                                      Need need);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &path, QStringView key,
                                    Need need);
    std::optional<bool> boolean(const QJsonObject &object, const QString &path, QStringView key, Need need);
    std::optional<qint64> integer(const QJsonObject &object, const QString &path, QStringView key, Need need);
    void oneOf(const QJsonObject &object, const QString &path, QStringView key, Need need,
               std::initializer_list<const char16_t *> allowed);
    void key(const QJsonObject &object, const QString &path, QStringView key);
    void fail(const QString &path, const QString &what);
    bool failed() const { return m_problem.has_value(); }

    std::optional<QString> m_problem;
};

} // namespace eflow::localdps
