#include "engine/support/JsonReader.h"

#include <cmath>
#include <utility>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

namespace eflow::support {

namespace {

struct JsonReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

const QString kSchemaKey = QStringLiteral("schema");

} // namespace

JsonReader::JsonReader(QJsonObject object, QString path, QString *error, JsonReaderOptions options)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(error)
    , m_options(options)
{}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::fail(const QString &message)
{
    if (m_error->isEmpty())
        *m_error = message;
}

bool JsonReader::present(const QString &key)
{
    m_known.insert(key);
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

void JsonReader::string(const QString &key, QString *out)
{
    if (!ok() || !present(key))
        return;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        //: %1 is a key path, e.g. network.switchName or switches[2].kind
        fail(JsonReaderTr::tr("%1: expected a string.").arg(pathOf(key)));
        return;
    }
    *out = v.toString();
}

void JsonReader::boolean(const QString &key, bool *out)
{
    if (!ok() || !present(key))
        return;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        fail(JsonReaderTr::tr("%1: expected true or false.").arg(pathOf(key)));
        return;
    }
    *out = v.toBool();
}

void JsonReader::optionalBoolean(const QString &key, std::optional<bool> *out)
{
    if (!ok() || !present(key))
        return;
    bool value = false;
    boolean(key, &value);
    if (ok())
        *out = value;
}

void JsonReader::stringList(const QString &key, QStringList *out)
{
    if (!ok() || !present(key))
        return;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(JsonReaderTr::tr("%1: expected a list of strings.").arg(pathOf(key)));
        return;
    }
    QStringList values;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(JsonReaderTr::tr("%1: expected a string.")
                     .arg(QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i)));
            return;
        }
        values << array.at(i).toString();
    }
    *out = values;
}

std::optional<JsonReader> JsonReader::section(const QString &key)
{
    if (!ok() || !present(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        fail(JsonReaderTr::tr("%1: expected an object.").arg(pathOf(key)));
        return std::nullopt;
    }
    return JsonReader(v.toObject(), pathOf(key), m_error, m_options);
}

void JsonReader::schema(int expected)
{
    if (!ok())
        return;
    if (!present(kSchemaKey)) {
        //: %1 the schema version this program reads
        fail(JsonReaderTr::tr("schema: missing; expected %1.").arg(expected));
        return;
    }
    int found = 0;
    integer(kSchemaKey, &found);
    if (ok() && found != expected) {
        //: %1 the schema version found, %2 the one this program reads
        fail(JsonReaderTr::tr("schema: version %1 is not supported; expected %2.")
                 .arg(QString::number(found), QString::number(expected)));
    }
}

std::optional<QString> JsonReader::unknownKeyPath() const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            return pathOf(it.key());
    }
    return std::nullopt;
}

bool JsonReader::wholeNumber(const QString &key, double min, double max, double *out)
{
    if (!ok() || !present(key))
        return false;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        fail(JsonReaderTr::tr("%1: expected a number.").arg(pathOf(key)));
        return false;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < min || d > max) {
        fail(JsonReaderTr::tr("%1: expected a whole number, got %2.").arg(pathOf(key), QString::number(d)));
        return false;
    }
    *out = d;
    return true;
}

bool JsonReader::array(const QString &key, QJsonArray *out)
{
    if (!ok() || !present(key))
        return false;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(JsonReaderTr::tr("%1: expected a list.").arg(pathOf(key)));
        return false;
    }
    *out = v.toArray();
    return true;
}

std::optional<JsonReader> JsonReader::itemOf(const QString &key, const QJsonArray &items, qsizetype index)
{
    const QString itemPath = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(index);
    if (!items.at(index).isObject()) {
        fail(JsonReaderTr::tr("%1: expected an object.").arg(itemPath));
        return std::nullopt;
    }
    return JsonReader(items.at(index).toObject(), itemPath, m_error, m_options);
}

bool JsonReader::wordText(const QString &key, QString *out)
{
    if (!ok() || !present(key))
        return false;
    string(key, out);
    return ok() && !(out->isEmpty() && m_options.emptyWordIsUnknown);
}

void JsonReader::refuseWord(const QString &key, const QString &text, const QStringList &allowed)
{
    //: %1 key path, %2 the value found, %3 the accepted words
    fail(JsonReaderTr::tr("%1: '%2' is not one of %3.")
             .arg(pathOf(key), text, allowed.join(QStringLiteral(", "))));
}

QString jsonValueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(missing)");
    if (value.isArray())
        return QStringLiteral("[...]");
    if (value.isObject())
        return QStringLiteral("{...}");
    // A one-element array is the shortest way to have Qt write a single value as JSON.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(40);
}

} // namespace eflow::support
