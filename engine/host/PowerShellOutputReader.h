#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/host/HostTextDecoder.h"
#include "engine/host/PowerShellResult.h"

namespace eflow::host {

// What PowerShell prints, read: stdout and stderr bytes in any chunks in, complete lines, the result
// line ("##eflow-result## {json}", the last one wins) and the final PowerShellResult out. No process, no
// signals: PowerShellProcess feeds it, and the fuzzer and tests feed it directly.
//
// The printing side is outside data (a remote host over ssh may send anything), so nothing here grows
// with the input: a line longer than its cap is cut and the rest of it skipped up to its '\n', the
// result is the last marker line only, and the stderr tail keeps a bounded number of bytes.
//
// Text arrives in two encodings at once (issue 17): our markers and lines in UTF-8, the host's own text
// in its console code page (CP932 on a Japanese Windows reached over ssh). Each complete line is
// decoded on its own by HostTextDecoder, so a character split across two reads is joined first; the
// bootstrap announces the host's code page on both streams ("##eflow-encoding## output=932 ansi=932",
// Kind::Encoding), and each stream decodes by its own announcement and guesses, so that how the two
// streams interleave never changes a line.
class PowerShellOutputReader final
{
public:
    struct Limits
    {
        // An ordinary progress or error line: PowerShell's own lines are a few hundred bytes; a MiB is
        // room for a pathological but honest one.
        qsizetype lineBytes = qsizetype(1) << 20;
        // The result line's JSON. The largest honest results are the log texts: the overview asks for
        // up to 10,000 lines of `iotedge logs`, which ConvertTo-Json (Windows PowerShell 5.1 escapes
        // ' < > & as \uXXXX) can blow up to several MiB; the license terms are at most 512 KiB as
        // base64. 16 MiB leaves room for all of them.
        qsizetype resultBytes = qsizetype(16) << 20;
        // The stderr tail shown in a failure's details: the last lines, and at most this many
        // characters in all (a detail view, not a log: the log has every line).
        int stderrTailLines = 20;
        qsizetype stderrTailChars = qsizetype(64) << 10;
    };

    struct Line
    {
        enum class Kind
        {
            Unknown = 0,
            Output,   // an ordinary stdout line
            Error,    // a stderr line
            Result,   // a result marker line on stdout; text is the JSON (empty when over its cap)
            Encoding, // the bootstrap's code page announcement, on either stream; text is the line
        };
        Kind kind = Kind::Unknown;
        QString text;
        bool cut = false; // longer than its cap: text holds only the start
    };

    PowerShellOutputReader() = default;
    explicit PowerShellOutputReader(Limits limits)
        : m_limits(limits)
    {}

    // Back to the state of a new run (the limits and the code page set here stay).
    void reset();
    // The host's code page for lines that are not UTF-8, when the caller knows it (0: not known); an
    // announcement in the run overrides it for that run.
    void setCodePage(int codePage);
    int codePage() const { return m_codePage; }
    // The code page each stream now reads non-UTF-8 lines in (0: guessing).
    int stdoutCodePage() const { return m_stdout.decoder.codePage(); }
    int stderrCodePage() const { return m_stderr.decoder.codePage(); }

    // The complete lines these bytes end, in order; a line's "\n" or "\r\n" is not part of its text.
    QList<Line> feedStdout(QByteArrayView bytes);
    QList<Line> feedStderr(QByteArrayView bytes);
    // The process has ended: its last line on either stream may lack a '\n'. Stdout's comes first.
    QList<Line> finish();

    // What the run ended as, as PowerShellProcess reports it. terminating: Unknown, or why the process
    // tree was stopped (TimedOut, Cancelled); timeoutMs names the limit in the TimedOut sentence.
    PowerShellResult result(int exitCode, bool crashed, PowerShellResult::Outcome terminating,
                            int timeoutMs) const;

    bool sawResult() const { return m_sawResult; }
    bool resultTooLarge() const { return m_resultCut; }
    QByteArray resultText() const { return m_resultText; }
    QString stderrTail() const { return m_stderrTail.join(QLatin1Char('\n')); }
    // The bytes held for lines not yet ended; never more than a cap (plus one for a '\r').
    qsizetype bufferedBytes() const { return m_stdout.pending.size() + m_stderr.pending.size(); }
    // The bytes kept for the whole run: the two pending lines, the last result and the stderr tail.
    qsizetype keptBytes() const;
    // How many lines were cut (on either stream) since the last reset().
    int cutLines() const { return m_cutLines; }
    const Limits &limits() const { return m_limits; }

private:
    struct Stream
    {
        QByteArray pending;     // the current line so far, capped
        bool skipping = false;  // the current line passed its cap: drop bytes up to its '\n'
        bool loggedCut = false; // one log line per stream and run, not one per cut line
        HostTextDecoder decoder;
    };

    QList<Line> feed(Stream &stream, bool isStdout, QByteArrayView bytes);
    qsizetype capFor(const QByteArray &pending) const;
    void append(Stream &stream, QByteArrayView part, bool isStdout);
    Line endLine(Stream &stream, bool isStdout);
    Line stdoutLine(QByteArray bytes, bool cut);
    Line stderrLine(QByteArray bytes, bool cut);
    static bool announcement(Stream &stream, const QByteArray &bytes);

    Limits m_limits;
    int m_codePage = 0;
    Stream m_stdout;
    Stream m_stderr;
    QByteArray m_resultText;
    bool m_sawResult = false;
    bool m_resultCut = false;
    QStringList m_stderrTail;
    qsizetype m_stderrTailChars = 0;
    int m_cutLines = 0;
};

} // namespace eflow::host
