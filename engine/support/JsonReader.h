#pragma once

#include <limits>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace eflow::support {

// Where decoders differ in what they accept.
struct JsonReaderOptions
{
    // An empty string where a word is expected means "not reported" and keeps the target's Unknown
    // value. Otherwise it is refused like any other word that is not on the list.
    bool emptyWordIsUnknown = false;
};

// Reads typed values from one JSON object on behalf of a decoder (plan files, host facts). The first
// problem wins and is kept as a sentence that names the full key path ("switches[2].kind: expected a
// string."), because a file, or the output of a script on a far-away host, is only debuggable if the
// message says exactly which value was wrong. A key that is absent or null leaves its target untouched:
// PowerShell's ConvertTo-Json writes null for what it could not read. Readers of nested objects and list
// items share the error of the reader they come from.
class JsonReader final
{
public:
    // error receives the first problem; it must outlive the reader and every reader made from it.
    JsonReader(QJsonObject object, QString path, QString *error, JsonReaderOptions options = {});

    QString pathOf(const QString &key) const;
    bool ok() const { return m_error->isEmpty(); }
    // Keeps message unless an earlier problem is already kept.
    void fail(const QString &message);

    // True when key holds a value other than null. Marks key as known (see unknownKeyPath()).
    bool present(const QString &key);

    void string(const QString &key, QString *out);
    void boolean(const QString &key, bool *out);
    void optionalBoolean(const QString &key, std::optional<bool> *out);
    void stringList(const QString &key, QStringList *out);

    // A whole number that fits Int.
    template<typename Int>
    void integer(const QString &key, Int *out)
    {
        double value = 0;
        if (wholeNumber(key, double(std::numeric_limits<Int>::min()), double(std::numeric_limits<Int>::max()),
                        &value))
            *out = Int(value);
    }

    template<typename Int>
    void optionalInteger(const QString &key, std::optional<Int> *out)
    {
        if (!ok() || !present(key))
            return;
        Int value = 0;
        integer(key, &value);
        if (ok())
            *out = value;
    }

    // A string that must be one of a closed set of words: fromKey maps it to Enum, Enum::Unknown for
    // a word it does not know; allowed lists the words for the message.
    template<typename Enum, typename FromKey>
    void word(const QString &key, Enum *out, FromKey fromKey, const QStringList &allowed)
    {
        QString text;
        if (!wordText(key, &text))
            return;
        const Enum value = fromKey(text);
        if (value == Enum::Unknown) {
            refuseWord(key, text, allowed);
            return;
        }
        *out = value;
    }

    // A reader for the object under key; nothing when the key is absent or (with an error) not an object.
    std::optional<JsonReader> section(const QString &key);

    // Calls fn with a reader for each element of the list under key (path "key[i]"), in order, until
    // a problem is found. Elements must be objects.
    template<typename Fn>
    void eachObject(const QString &key, Fn fn)
    {
        QJsonArray items;
        if (!array(key, &items))
            return;
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            std::optional<JsonReader> item = itemOf(key, items, i);
            if (!item)
                return;
            fn(*item);
        }
    }

    // The format version under "schema", which must be there and be expected.
    void schema(int expected);

    // The path of the first key of this object that no read has asked about, for formats that refuse
    // misspelt keys. Call after all reads of this object.
    std::optional<QString> unknownKeyPath() const;

private:
    bool wholeNumber(const QString &key, double min, double max, double *out);
    bool array(const QString &key, QJsonArray *out);
    std::optional<JsonReader> itemOf(const QString &key, const QJsonArray &items, qsizetype index);
    bool wordText(const QString &key, QString *out);
    void refuseWord(const QString &key, const QString &text, const QStringList &allowed);

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    JsonReaderOptions m_options;
    QSet<QString> m_known;
};

// ---- issue 14 item 9 ----
// A JSON value as it was written, for messages: 1, "1", true, null, [...], {...}. A format version of
// "1" (a string) must read as "1" (with its quotes), not as the 0 that toInt() makes of it.
QString jsonValueText(const QJsonValue &value);

} // namespace eflow::support
