// The local DPS's HTTP/1.1 request parser, fed the input in pieces as a socket would deliver it: the
// first byte sets the piece size.
#include "engine/localdps/LocalDpsHttpParser.h"
#include "tests/fuzz/FuzzInput.h"

using namespace eflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const size_t piece = size_t(fuzz::selector(data, size)) + 1;
    localdps::LocalDpsHttpParser parser(4096, 16384);
    for (size_t at = 0; at < size; at += piece) {
        parser.append(fuzz::bytes(data + at, std::min(piece, size - at)));
        for (int requests = 0; requests < 64; ++requests) {
            localdps::LocalDpsHttpRequest request;
            const auto result = parser.next(request);
            if (result == localdps::LocalDpsHttpParser::Result::Complete) {
                (void)request.header("authorization");
                (void)parser.takeContinueRequest();
                continue;
            }
            if (result == localdps::LocalDpsHttpParser::Result::Error)
                return 0; // the connection is closed: nothing more is read
            break;
        }
    }
    return 0;
}
