// The DPS exchange's HTTP/1.1 response reader (engine/dps/DpsHttpResponseParser): whatever a server or a
// proxy sends, cut into pieces as a socket may deliver it. Beyond crashes, it checks what the exchange relies
// on: nothing kept passes the caps, a finished answer stays finished, a complete body fits its cap.
#include <cstdlib>

#include "engine/dps/DpsHttpResponseParser.h"
#include "tests/fuzz/FuzzInput.h"

using namespace eflow;
using Parser = dps::DpsHttpResponseParser;

namespace {

constexpr qsizetype kHeaderCap = 2048;
constexpr qint64 kBodyCap = 8192;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t which = fuzz::selector(data, size);
    const QByteArray input = fuzz::bytes(data, size);
    // Pieces of 1 to 64 bytes, or the whole input at once; then, half of the time, the peer closes.
    const qsizetype piece = (which & 0x3f) == 0 ? std::max<qsizetype>(1, input.size()) : (which & 0x3f);
    Parser parser(kHeaderCap, kBodyCap);
    for (qsizetype at = 0; at < input.size(); at += piece)
        parser.feed(QByteArrayView(input).sliced(at, std::min(piece, input.size() - at)));
    if (which & 0x40)
        parser.finishOnClose();
    const Parser::Result result = parser.result();
    check(parser.response().body.size() <= kBodyCap + 512);
    check(parser.response().headers.size() <= kHeaderCap / 2);
    if (result == Parser::Result::Complete)
        check(parser.response().body.size() <= kBodyCap);
    if (result != Parser::Result::NeedMore) {
        check(parser.feed("HTTP/1.1 200 OK\r\n\r\n") == result);
        check(parser.finishOnClose() == result);
    } else {
        check(!parser.truncated());
    }
    (void)parser.response().header("Retry-After");
    return 0;
}
