// What PowerShell prints (locally or from a remote host over ssh), read by PowerShellOutputReader: the
// lines, the "##eflow-result## {json}" envelope and the run's result (issue 14 item 10).
//
// Input: byte 0 picks the limits (odd: tiny caps, so that the cut paths run; even: the real ones) and the
// timeout; then records of one control byte c and up to c >> 1 bytes, fed to stdout (c even) or stderr
// (c odd) as one chunk. Besides ASan/UBSan, three oracles trap: no buffer ever exceeds its cap; the lines
// of each stream do not depend on how its bytes were chunked; the outcome follows the documented order.
#include <algorithm>

#include <QList>

#include <spdlog/spdlog.h>

#include "engine/host/PowerShellEnvelope.h"
#include "engine/host/PowerShellOutputReader.h"
#include "tests/fuzz/FuzzInput.h"

using namespace eflow;
using host::PowerShellOutputReader;
using host::PowerShellResult;
using Kind = PowerShellOutputReader::Line::Kind;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

PowerShellOutputReader::Limits limitsFor(uint8_t config)
{
    PowerShellOutputReader::Limits limits;
    if (config & 1) {
        limits.lineBytes = 1 + ((config >> 1) & 15);
        limits.resultBytes = 1 + ((config >> 3) & 31);
        limits.stderrTailLines = 1 + ((config >> 5) & 3);
        limits.stderrTailChars = 1 + ((config >> 2) & 15);
    }
    return limits;
}

qsizetype lineCap(const PowerShellOutputReader::Limits &limits)
{
    return std::max(limits.lineBytes, host::PowerShellEnvelope::resultMarker().size() + limits.resultBytes);
}

void collect(QList<QByteArray> &into, const QList<PowerShellOutputReader::Line> &lines)
{
    for (const PowerShellOutputReader::Line &l : lines)
        into << QByteArray::number(int(l.kind)) + (l.cut ? "!" : ":") + l.text.toUtf8();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        spdlog::set_level(spdlog::level::off); // the reader logs each cut line once; not wanted here
        return true;
    }();
    (void)quiet;
    fuzz::ensureApplication();
    const uint8_t config = fuzz::selector(data, size);
    const PowerShellOutputReader::Limits limits = limitsFor(config);
    const qsizetype most = 2 * (lineCap(limits) + 1);

    PowerShellOutputReader chunked(limits);
    QByteArray wholeOut;
    QByteArray wholeErr;
    QList<QByteArray> outLines;
    QList<QByteArray> errLines;
    while (size > 0) {
        const uint8_t control = fuzz::selector(data, size);
        const size_t length = std::min<size_t>(control >> 1, size);
        const QByteArrayView chunk(reinterpret_cast<const char *>(data), qsizetype(length));
        data += length;
        size -= length;
        if (control & 1) {
            collect(errLines, chunked.feedStderr(chunk));
            wholeErr += chunk;
        } else {
            collect(outLines, chunked.feedStdout(chunk));
            wholeOut += chunk;
        }
        check(chunked.bufferedBytes() <= most);
    }
    const QList<PowerShellOutputReader::Line> last = chunked.finish();
    for (const PowerShellOutputReader::Line &l : last)
        collect(l.kind == Kind::Error ? errLines : outLines, {l});
    check(chunked.bufferedBytes() == 0);
    check(chunked.stderrTail().size() <= limits.stderrTailChars + limits.stderrTailLines);

    // The same bytes in one chunk per stream: the same lines and the same result.
    PowerShellOutputReader whole(limits);
    QList<QByteArray> outWhole;
    QList<QByteArray> errWhole;
    collect(outWhole, whole.feedStdout(wholeOut));
    collect(errWhole, whole.feedStderr(wholeErr));
    for (const PowerShellOutputReader::Line &l : whole.finish())
        collect(l.kind == Kind::Error ? errWhole : outWhole, {l});
    check(outWhole == outLines);
    check(errWhole == errLines);
    check(whole.resultText() == chunked.resultText() && whole.stderrTail() == chunked.stderrTail());

    using Outcome = PowerShellResult::Outcome;
    const int timeoutMs = (config >> 1) * 1000;
    const PowerShellResult ok = chunked.result(0, false, Outcome::Unknown, timeoutMs);
    check(ok.outcome == Outcome::Ok || ok.outcome == Outcome::Failed);
    check((ok.outcome == Outcome::Ok) == ok.error.isEmpty());
    check(ok.outcome != Outcome::Ok || (chunked.sawResult() && !chunked.resultTooLarge()));
    check(chunked.result(3, false, Outcome::Unknown, timeoutMs).outcome == Outcome::Failed);
    check(chunked.result(-1, true, Outcome::Unknown, timeoutMs).outcome == Outcome::Failed);
    check(chunked.result(0, false, Outcome::TimedOut, timeoutMs).outcome == Outcome::TimedOut);
    check(chunked.result(143, true, Outcome::Cancelled, timeoutMs).outcome == Outcome::Cancelled);
    return 0;
}
