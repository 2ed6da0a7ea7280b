#include "engine/support/JsonDuplicateKeys.h"

#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace eflow::support {

namespace {

// One open object or array while scanning.
struct Frame
{
    bool object = false;
    bool expectKey = false; // object: the next string is a key
    qsizetype index = 0;    // array: the element being read
    QString key;            // object: the key whose value is being read
    QSet<QString> keys;     // object: the keys seen so far
};

QString pathOf(const std::vector<Frame> &frames)
{
    QString path;
    for (const Frame &f : frames) {
        if (f.object) {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += f.key;
        } else {
            path += QStringLiteral("[%1]").arg(f.index);
        }
    }
    return path;
}

// The string starting at json[*pos] (a quote); *pos ends after its closing quote.
QString readString(const QByteArray &json, qsizetype *pos)
{
    const qsizetype start = *pos;
    qsizetype i = start + 1;
    bool escaped = false;
    for (; i < json.size(); ++i) {
        if (json.at(i) == '\\') {
            escaped = true;
            ++i; // the escaped character
        } else if (json.at(i) == '"') {
            break;
        }
    }
    *pos = i + 1;
    const QByteArray raw = json.mid(start, i + 1 - start);
    if (!escaped)
        return QString::fromUtf8(raw.constData() + 1, raw.size() - 2);
    // Escapes (\u0041, \") are decoded by Qt's own parser, so that "a" and "\u0061" are the same key.
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

} // namespace

std::optional<QString> findDuplicateJsonKey(const QByteArray &json)
{
    std::vector<Frame> frames;
    for (qsizetype pos = 0; pos < json.size();) {
        const char c = json.at(pos);
        if (c == '"') {
            const QString text = readString(json, &pos);
            if (!frames.empty() && frames.back().object && frames.back().expectKey) {
                Frame &f = frames.back();
                f.expectKey = false;
                f.key = text;
                if (f.keys.contains(text))
                    return pathOf(frames);
                f.keys.insert(text);
            }
            continue;
        }
        if (c == '{' || c == '[') {
            Frame f;
            f.object = c == '{';
            f.expectKey = f.object;
            frames.push_back(std::move(f));
        } else if ((c == '}' || c == ']') && !frames.empty()) {
            frames.pop_back();
        } else if (c == ',' && !frames.empty()) {
            Frame &f = frames.back();
            if (f.object)
                f.expectKey = true;
            else
                ++f.index;
        }
        ++pos;
    }
    return std::nullopt;
}

} // namespace eflow::support
