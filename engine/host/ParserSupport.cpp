#include "engine/host/ParserSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace eflow::host::detail {

QStringList splitLines(const QString &output)
{
    QString text = output;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

int firstNonBlank(const QStringList &lines, int from)
{
    for (int i = from; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            return i;
    }
    return -1;
}

int lineOfOffset(const QString &text, int offset)
{
    return int(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out << (e.isString() ? e.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson()));
    } else if (v.isString()) {
        out << v.toString();
    }
    return out;
}

} // namespace eflow::host::detail
