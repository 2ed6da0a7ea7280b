#include "engine/host/ParserSupport.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

std::optional<qint64> parseLocalizedInteger(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\s*([+-]?)([0-9][0-9.,' \\x{A0}\\x{202F}]*?)\\s*(?:[KMGT]?B|bytes?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(2);
    // Spaces and apostrophes only ever group (fr-FR, de-CH).
    for (const QChar c : {QChar(u' '), QChar(u'\''), QChar(0x00A0), QChar(0x202F)})
        digits.remove(c);
    const qsizetype lastDot = digits.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = digits.lastIndexOf(QLatin1Char(','));
    QChar decimal;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar mark = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype at = std::max(lastDot, lastComma);
        // Several times, or once between 1-3 digits (not starting with 0) and three more: thousands
        // ("16,234", "16.234", "1.024"); otherwise a decimal mark ("1024.125", "0.125", "1024,5").
        const bool groups = digits.count(mark) > 1 ||
                            (digits.size() - at - 1 == 3 && at <= 3 && digits.at(0) != QLatin1Char('0'));
        decimal = groups ? QChar() : mark;
    }
    QString integer = digits;
    QString fraction;
    if (!decimal.isNull()) {
        const qsizetype at = digits.lastIndexOf(decimal);
        integer = digits.left(at);
        fraction = digits.mid(at + 1);
        if (fraction.isEmpty() || fraction.contains(QLatin1Char('.')) || fraction.contains(QLatin1Char(',')))
            return std::nullopt;
    }
    // What is left of the integer part are group separators: each must be followed by three digits.
    static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}(?:[.,][0-9]{3})*$|^[0-9]+$"));
    if (!grouped.match(integer).hasMatch())
        return std::nullopt;
    integer.remove(QLatin1Char('.'));
    integer.remove(QLatin1Char(','));
    bool ok = false;
    const double value =
        (integer + QLatin1Char('.') + (fraction.isEmpty() ? QStringLiteral("0") : fraction)).toDouble(&ok);
    if (!ok || value > 9.0e15)
        return std::nullopt;
    const qint64 rounded = qint64(std::llround(value));
    return m.captured(1) == QLatin1String("-") ? -rounded : rounded;
}

} // namespace eflow::host::detail
