#pragma once

#include <optional>

#include <QString>
#include <QStringView>

#include "engine/plan/Validation.h"

// Helpers shared by the validation files (identity, provisioning, VM, network): how a field is named,
// how a character is described, where the first offending character is. Not part of the API.
namespace eflow::plan::detail {

// Not QLocale: "2000" must not become "2,000", the numbers are also what the user types.
QString num(qint64 value);
std::optional<Problem> problemFor(Field field, QString message);
void addIf(Problems &problems, std::optional<Problem> problem);

bool isAsciiAlnum(char32_t c);
bool isSpace(char32_t c);

struct CharAt
{
    char32_t codePoint = 0;
    int position = 0; // 1-based, in characters as the user sees them (code points)
};

// Positions are counted in code points so that an emoji earlier in the text does not shift the
// position we tell the user by one.
template<typename Predicate>
std::optional<CharAt> firstCharWhere(QStringView text, Predicate predicate)
{
    int position = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++position;
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (predicate(c))
            return CharAt{c, position};
    }
    return std::nullopt;
}

// A noun phrase for one character that is readable even when the character itself is invisible.
QString describeChar(char32_t c);
// The name of a field as the messages use it, e.g. "Registration ID".
QString fieldLabel(Field field);
// "<subject> is required."
QString requiredMessage(const QString &subject);
// RFC 1123 host name as IoT Hub host names use it: dot-separated labels, at least two of them.
std::optional<QString> dnsHostNameIssue(QStringView host, const QString &subject);

} // namespace eflow::plan::detail
