#include "app/TerminalWidth.h"

#include <algorithm>
#include <iterator>

namespace eflow::app {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// The code points of East Asian Width W or F (Unicode 14), runs joined across unassigned gaps, and
// planes 2 and 3 whole (their unassigned code points are wide by definition). Marks inside these runs
// (U+302A..U+302D, U+3099..U+309A) are caught by their category first.
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x3029},   {0x302E, 0x303E},   {0x3041, 0x3096},   {0x309B, 0x3247},   {0x3250, 0x4DBF},
    {0x4E00, 0xA4C6},   {0xA960, 0xA97C},   {0xAC00, 0xD7A3},   {0xF900, 0xFAD9},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6B},   {0xFF01, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE3}, {0x16FF0, 0x1B2FB},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
    {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
    {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7F0}, {0x1F90C, 0x1F93A},
    {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAF6}, {0x20000, 0x3FFFD},
};

// The code point at text[i] and how many QChars it takes: 2 for a surrogate pair, else 1 (a lone
// surrogate reads as U+FFFD, as a terminal shows it).
qsizetype codePointAt(QStringView text, qsizetype i, char32_t *ucs)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *ucs = QChar::surrogateToUcs4(c, text[i + 1]);
        return 2;
    }
    *ucs = c.isSurrogate() ? char32_t(0xFFFD) : char32_t(c.unicode());
    return 1;
}

QString spaces(int count)
{
    return count > 0 ? QString(count, QLatin1Char(' ')) : QString();
}

} // namespace

int terminalWidth(char32_t ucs)
{
    if (ucs < 0x20 || (ucs >= 0x7F && ucs < 0xA0))
        return 0; // control characters move the cursor or draw nothing; callers turn line breaks into spaces
    if (ucs < 0x300)
        return 1; // Latin, before the first combining marks
    // Hangul medial vowels and final consonants join the syllable before them.
    if (ucs >= 0x1160 && ucs <= 0x11FF)
        return 0;
    switch (QChar::category(ucs)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    const auto *end = std::end(kWide);
    const auto *range =
        std::lower_bound(std::begin(kWide), end, ucs, [](const Range &r, char32_t c) { return r.last < c; });
    return range != end && range->first <= ucs ? 2 : 1;
}

int terminalWidth(QStringView text)
{
    int columns = 0;
    for (qsizetype i = 0; i < text.size();) {
        char32_t ucs = 0;
        i += codePointAt(text, i, &ucs);
        columns += terminalWidth(ucs);
    }
    return columns;
}

QString truncateToWidth(QStringView text, int columns)
{
    int used = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t ucs = 0;
        const qsizetype length = codePointAt(text, i, &ucs);
        const int width = terminalWidth(ucs);
        // A mark after a character that fitted stays with it; nothing after the first that does not.
        if (used + width > columns)
            break;
        used += width;
        i += length;
    }
    return text.left(i).toString();
}

QString leftJustifiedToWidth(QStringView text, int columns)
{
    return text.toString() + spaces(columns - terminalWidth(text));
}

QString rightJustifiedToWidth(QStringView text, int columns)
{
    return spaces(columns - terminalWidth(text)) + text.toString();
}

QString fitToWidth(QStringView text, int columns)
{
    if (columns <= 0)
        return {};
    QString line = text.toString();
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    const int width = terminalWidth(line);
    if (width > columns)
        line = truncateToWidth(line, columns - 1) + QChar(0x2026);
    return leftJustifiedToWidth(line, columns);
}

} // namespace eflow::app
