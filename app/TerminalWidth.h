#pragma once

#include <QString>
#include <QStringView>

// Text in the columns of a terminal, where a character is as wide as the terminal draws it, not one
// QChar: East Asian wide and fullwidth characters (kanji, kana, Hangul, fullwidth forms, CJK
// punctuation, emoji) take two columns, combining marks and zero-width characters none, the rest one
// (Unicode's East Asian Width, ambiguous characters counted narrow as terminals do by default). The
// table is built in rather than asked of wcwidth(), whose answers depend on the process's locale
// (none at all under "C"). Nothing here cuts a surrogate pair or parts a combining mark from its base.

namespace eflow::app {

// Columns of one code point: 0, 1 or 2.
int terminalWidth(char32_t ucs);
// Columns of a whole text (a lone surrogate counts as one column, as terminals draw it as U+FFFD).
int terminalWidth(QStringView text);

// The longest start of `text` that fits in `columns` (a wide character that would straddle the last
// column is left out, so the result may be one column narrower).
QString truncateToWidth(QStringView text, int columns);
// `text` followed (leftJustified) or preceded (rightJustified) by spaces up to `columns`; never cut.
QString leftJustifiedToWidth(QStringView text, int columns);
QString rightJustifiedToWidth(QStringView text, int columns);
// Exactly `columns` wide: `text` padded with spaces, or cut and ended with "…" when it is wider; line
// breaks become spaces. Empty for columns <= 0.
QString fitToWidth(QStringView text, int columns);

} // namespace eflow::app
