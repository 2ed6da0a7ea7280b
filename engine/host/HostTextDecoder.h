#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace eflow::host {

// Turns what a Windows host prints into text (issue 17). The wizard's own lines (markers, results,
// Write-EflowLine) go out through an explicit UTF-8 writer; everything else — cmdlet text, PowerShell's
// error records on stderr, native tools' output — is written in [Console]::OutputEncoding, which the
// bootstrap sets to UTF-8 where a console exists and cannot set where none does (ssh without a pty):
// there it stays the host's ANSI code page, CP932 on a Japanese Windows. So one stream mixes UTF-8 lines
// and code-page lines, and each line (never a whole chunk: a read may end inside a character) is
// decoded on its own:
// - valid UTF-8 stays UTF-8 (ASCII is both; a CP932 or CP1252 line is practically never valid UTF-8);
// - otherwise the host's code page, when known (the bootstrap announces it on every run, see
//   PowerShellEnvelope::encodingMarker(); callers may also set it);
// - otherwise a guess: CP932 when the line decodes as CP932 without an error AND holds kana, CJK
//   punctuation or full-width forms (every Japanese Windows message has particles or the ideographic
//   full stop; Western text read as CP932 gives kanji and half-width katakana, never those), and from
//   then on for every undecided line of the run (a kanji-only line, such as PowerShell's Japanese
//   "At line:1 char:1", follows its message);
//   else Windows-1252, the ANSI code page of Western Europe and the Americas, which decodes any byte.
//   A Central European, Cyrillic, Greek or Chinese host is read wrongly by the guess, legibly in its
//   ASCII parts, until its code page is announced.
// Bytes that are no character of the chosen encoding become U+FFFD; nothing here fails or throws.
class HostTextDecoder final
{
public:
    // Where a code page's tables come from. Automatic: MultiByteToWideChar on Windows (the host's own
    // tables); elsewhere Qt's QStringDecoder when this Qt has ICU (Debian's 6.4 has: "CP932",
    // "windows-31j" and "Shift_JIS" all give Microsoft's CP932 with the NEC and IBM extensions), else
    // iconv (glibc's CP932 is Microsoft's table as well). Windows-1252 needs none: it is built in.
    enum class Backend
    {
        Automatic = 0,
        Qt,
        Iconv,
        Windows,
    };
    static constexpr int kUtf8 = 65001;
    static constexpr int kShiftJis = 932; // Windows-31J: Shift_JIS with the NEC and IBM extensions
    static constexpr int kWestern = 1252;

    HostTextDecoder() = default;
    explicit HostTextDecoder(int codePage)
        : m_codePage(codePage)
    {}

    // The host's code page for lines that are not UTF-8; 0: not known (the guess decides).
    void setCodePage(int codePage) { m_codePage = codePage > 0 ? codePage : 0; }
    int codePage() const { return m_codePage; }
    // Forgets what earlier lines taught the guess (a new run); the code page stays.
    void reset() { m_guess = 0; }

    QString decode(QByteArrayView bytes);
    // The code page the last decode() read its line in (kUtf8 for UTF-8).
    int lastCodePage() const { return m_last; }

    static bool isUtf8(QByteArrayView bytes);
    // bytes in codePage; bytes that are no character of it become U+FFFD, each on its own, so that
    // what follows an invalid byte is still read. Where the backend lacks the code page, every byte
    // above 0x7F becomes U+FFFD.
    static QString decodeCodePage(QByteArrayView bytes, int codePage, Backend backend = Backend::Automatic);
    static bool canDecode(int codePage, Backend backend = Backend::Automatic);
    // The backends this build has (for tests that compare them).
    static QList<Backend> availableBackends();
    // Whether decoded text holds what only Japanese text has: kana, CJK punctuation, full-width forms.
    static bool looksJapanese(const QString &text);

private:
    int m_codePage = 0;
    int m_guess = 0;
    int m_last = 0;
};

} // namespace eflow::host
