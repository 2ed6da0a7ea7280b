#include "engine/host/PowerShellOutputReader.h"

#include <algorithm>
#include <utility>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <spdlog/spdlog.h>

#include "engine/host/PowerShellEnvelope.h"

namespace eflow::host {
namespace {

using Outcome = PowerShellResult::Outcome;

QByteArray chopLineEnd(QByteArray bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

// Whether the line so far is, or may still become, a result marker line.
bool mayBeMarker(const QByteArray &pending)
{
    const QByteArray &marker = PowerShellEnvelope::resultMarker();
    return pending.size() < marker.size() ? marker.startsWith(pending) : pending.startsWith(marker);
}

} // namespace

void PowerShellOutputReader::reset()
{
    const int codePage = m_codePage;
    *this = PowerShellOutputReader(m_limits);
    setCodePage(codePage);
}

void PowerShellOutputReader::setCodePage(int codePage)
{
    m_codePage = codePage > 0 ? codePage : 0;
    m_stdout.decoder.setCodePage(m_codePage);
    m_stderr.decoder.setCodePage(m_codePage);
}

bool PowerShellOutputReader::announcement(Stream &stream, const QByteArray &bytes)
{
    const QByteArray &marker = PowerShellEnvelope::encodingMarker();
    if (!bytes.startsWith(marker))
        return false;
    // "output=<[Console]::OutputEncoding.CodePage> ansi=<[Text.Encoding]::Default.CodePage>": cmdlet text
    // is in the output code page, unless the bootstrap made that UTF-8; then whatever still is not UTF-8
    // (a native program writing to the handle itself) is most likely in the ANSI code page.
    int output = 0;
    int ansi = 0;
    for (const QByteArray &field : bytes.sliced(marker.size()).split(' ')) {
        bool ok = false;
        const int value = field.sliced(field.indexOf('=') + 1).trimmed().toInt(&ok);
        if (!ok || value <= 0 || value > 65535)
            continue;
        if (field.startsWith("output="))
            output = value;
        else if (field.startsWith("ansi="))
            ansi = value;
    }
    const int codePage = output > 0 && output != HostTextDecoder::kUtf8 ? output : ansi;
    if (codePage > 0)
        stream.decoder.setCodePage(codePage);
    return true;
}

qsizetype PowerShellOutputReader::keptBytes() const
{
    return bufferedBytes() + m_resultText.size() + m_stderrTailChars * qsizetype(sizeof(QChar));
}

QList<PowerShellOutputReader::Line> PowerShellOutputReader::feedStdout(QByteArrayView bytes)
{
    return feed(m_stdout, true, bytes);
}

QList<PowerShellOutputReader::Line> PowerShellOutputReader::feedStderr(QByteArrayView bytes)
{
    return feed(m_stderr, false, bytes);
}

QList<PowerShellOutputReader::Line> PowerShellOutputReader::finish()
{
    QList<Line> lines;
    if (!m_stdout.pending.isEmpty() || m_stdout.skipping)
        lines << endLine(m_stdout, true);
    if (!m_stderr.pending.isEmpty() || m_stderr.skipping)
        lines << endLine(m_stderr, false);
    return lines;
}

qsizetype PowerShellOutputReader::capFor(const QByteArray &pending) const
{
    // The marker line may carry the (larger) result; whether it is one shows after the marker's 17
    // bytes, long before the ordinary cap.
    if (mayBeMarker(pending))
        return std::max(m_limits.lineBytes, PowerShellEnvelope::resultMarker().size() + m_limits.resultBytes);
    return m_limits.lineBytes;
}

QList<PowerShellOutputReader::Line> PowerShellOutputReader::feed(Stream &stream, bool isStdout,
                                                                 QByteArrayView bytes)
{
    QList<Line> lines;
    while (!bytes.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        const QByteArrayView part = nl < 0 ? bytes : bytes.first(nl);
        append(stream, part, isStdout);
        if (nl < 0)
            break;
        lines << endLine(stream, isStdout);
        bytes = bytes.sliced(nl + 1);
    }
    return lines;
}

void PowerShellOutputReader::append(Stream &stream, QByteArrayView part, bool isStdout)
{
    while (!part.isEmpty() && !stream.skipping) {
        // One byte over the cap is kept for a '\r' that may end the line; endLine() tells the two apart.
        const qsizetype cap = (isStdout ? capFor(stream.pending) : m_limits.lineBytes) + 1;
        const qsizetype room = cap - stream.pending.size();
        if (room <= 0) {
            stream.skipping = true;
            break;
        }
        // While the line is shorter than the marker, its cap is not known yet: take only enough to tell.
        const qsizetype marker = PowerShellEnvelope::resultMarker().size();
        const qsizetype decide =
            isStdout && stream.pending.size() < marker ? marker - stream.pending.size() : room;
        const qsizetype take = std::min({part.size(), room, decide});
        stream.pending.append(part.first(take));
        part = part.sliced(take);
    }
    if (!part.isEmpty() && !stream.skipping)
        stream.skipping = true;
    if (stream.skipping && !stream.loggedCut) {
        stream.loggedCut = true;
        spdlog::warn("powershell: a line on {} is longer than the wizard reads; only its start is kept",
                     isStdout ? "stdout" : "stderr");
    }
}

PowerShellOutputReader::Line PowerShellOutputReader::endLine(Stream &stream, bool isStdout)
{
    QByteArray bytes = std::exchange(stream.pending, {});
    bool cut = std::exchange(stream.skipping, false);
    if (!cut)
        bytes = chopLineEnd(std::move(bytes));
    const qsizetype cap = isStdout ? capFor(bytes) : m_limits.lineBytes;
    if (bytes.size() > cap) {
        bytes.truncate(cap);
        cut = true;
    }
    if (cut)
        ++m_cutLines;
    return isStdout ? stdoutLine(std::move(bytes), cut) : stderrLine(std::move(bytes), cut);
}

PowerShellOutputReader::Line PowerShellOutputReader::stdoutLine(QByteArray bytes, bool cut)
{
    if (announcement(m_stdout, bytes))
        return Line{Line::Kind::Encoding, QString::fromLatin1(bytes), cut};
    const QByteArray &marker = PowerShellEnvelope::resultMarker();
    if (!bytes.startsWith(marker))
        return Line{Line::Kind::Output, m_stdout.decoder.decode(bytes), cut};
    // The last marker wins: the script prints its result once, at the end. A result cut short is no
    // result at all: its JSON would not parse, and a half-read answer must never pass for one. The line
    // is ours, written through a UTF-8 writer, whatever the host's code page.
    m_sawResult = true;
    m_resultCut = cut;
    m_resultText = cut ? QByteArray() : bytes.sliced(marker.size());
    return Line{Line::Kind::Result, QString::fromUtf8(m_resultText), cut};
}

PowerShellOutputReader::Line PowerShellOutputReader::stderrLine(QByteArray bytes, bool cut)
{
    if (announcement(m_stderr, bytes))
        return Line{Line::Kind::Encoding, QString::fromLatin1(bytes), cut};
    Line line{Line::Kind::Error, m_stderr.decoder.decode(bytes), cut};
    QString kept = line.text.left(m_limits.stderrTailChars);
    m_stderrTailChars += kept.size();
    m_stderrTail << std::move(kept);
    // The newest line always stays; older ones go first.
    while (m_stderrTail.size() > 1 &&
           (m_stderrTail.size() > m_limits.stderrTailLines || m_stderrTailChars > m_limits.stderrTailChars))
        m_stderrTailChars -= m_stderrTail.takeFirst().size();
    return line;
}

PowerShellResult PowerShellOutputReader::result(int exitCode, bool crashed, Outcome terminating,
                                                int timeoutMs) const
{
    // The sentences keep PowerShellProcess's translation context: they moved here from its tr() calls,
    // and their translations must stay found.
    PowerShellResult r;
    r.exitCode = exitCode;
    r.crashed = crashed;
    r.stderrTail = stderrTail();
    if (terminating != Outcome::Unknown) {
        const int seconds = (timeoutMs + 999) / 1000;
        r.outcome = terminating;
        r.error = terminating == Outcome::TimedOut
                      ? QCoreApplication::translate(
                            "eflow::host::PowerShellProcess",
                            "PowerShell did not finish within %n second(s) and was stopped; the host may be "
                            "busy or waiting for input. Try again, or raise the time limit.",
                            nullptr, seconds)
                      : QCoreApplication::translate("eflow::host::PowerShellProcess", "Cancelled.");
    } else if (crashed) {
        r.outcome = Outcome::Failed;
        r.error = QCoreApplication::translate(
            "eflow::host::PowerShellProcess",
            "PowerShell ended abnormally (crashed). See the details for its last error output.");
    } else if (exitCode != 0) {
        r.outcome = Outcome::Failed;
        r.error = QCoreApplication::translate(
                      "eflow::host::PowerShellProcess",
                      "The PowerShell script failed with exit code %1. See the details for its error output.")
                      .arg(exitCode);
    } else if (!m_sawResult) {
        r.outcome = Outcome::Failed;
        r.error = QCoreApplication::translate(
            "eflow::host::PowerShellProcess",
            "The PowerShell script ended without reporting a result; the host's PowerShell may be too old "
            "or the script was interrupted.");
    } else if (m_resultCut) {
        r.outcome = Outcome::Failed;
        r.error =
            QCoreApplication::translate(
                "eflow::host::PowerShellProcess",
                "The PowerShell script reported a result larger than %1 MB, more than the wizard reads; "
                "ask for less, for example fewer log lines.")
                .arg(m_limits.resultBytes / (1024 * 1024));
    } else {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(m_resultText, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            r.outcome = Outcome::Failed;
            r.error = QCoreApplication::translate(
                          "eflow::host::PowerShellProcess",
                          "The PowerShell script reported a result that is not a JSON object (%1).")
                          .arg(pe.error != QJsonParseError::NoError
                                   ? pe.errorString()
                                   : QCoreApplication::translate("eflow::host::PowerShellProcess",
                                                                 "not an object"));
        } else {
            r.outcome = Outcome::Ok;
            r.result = doc.object();
        }
    }
    return r;
}

} // namespace eflow::host
