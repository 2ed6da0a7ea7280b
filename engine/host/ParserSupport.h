#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include "engine/host/IotEdgeParsers.h"

// What the parsers of VM output share: the translation context of their errors and the line handling.
// Not part of the API.
namespace eflow::host::detail {

// Translation context for the parse errors (style.md §8: free functions use a Tr struct).
struct ParserTr
{
    Q_DECLARE_TR_FUNCTIONS(IotEdgeParsers)
};

template<typename T>
ParseResult<T> failure(int line, const QString &message)
{
    ParseResult<T> r;
    r.error.line = line;
    r.error.message = message;
    return r;
}

// PowerShell hands VM output back with CRLF; a trailing newline must not become a phantom row.
QStringList splitLines(const QString &output);
int firstNonBlank(const QStringList &lines, int from = 0);
// 1-based line of a byte-ish offset, for QJsonParseError positions.
int lineOfOffset(const QString &text, int offset);
// A JSON string, or an array of them (other elements as their JSON text), as a list.
QStringList stringList(const QJsonValue &v);

// A whole number as a Windows of any culture writes it in text (issue 17), rounded: "1024", "1024.5"
// or "1024,5" (a double's ToString() in en/ja-JP or de-DE: no grouping, the culture's decimal mark),
// "16,234" and "16,234.5" (ja-JP, en-US), "16.234" and "1.024,5" (de-DE), "16 234" with a (narrow)
// no-break space (fr-FR), a trailing unit ("16,234 MB", systeminfo's way). A mark that occurs more than
// once, or once after 1-3 digits and before exactly three, groups thousands (so "1.024" is 1024: these
// are counts of megabytes); with both marks, the last one is the decimal mark. Nothing
// the wizard reads is formatted this way by its own scripts: they send typed values through
// ConvertTo-Json, which writes numbers the same in every culture.
std::optional<qint64> parseLocalizedInteger(const QString &text);

} // namespace eflow::host::detail
