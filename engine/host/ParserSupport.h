#pragma once

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

} // namespace eflow::host::detail
