// SAS tokens as the local DPS reads an Authorization header, and connection strings (device and DPS
// service) as the wizard, the CLI and the plan read them.
#include "engine/crypto/ConnectionString.h"
#include "engine/localdps/LocalDpsSasToken.h"
#include "tests/fuzz/FuzzInput.h"

using namespace eflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const uint8_t which = fuzz::selector(data, size);
    if (which % 2 == 0) {
        const QByteArray header = fuzz::bytes(data, size);
        if (const auto token = localdps::LocalDpsSasToken::parse(header)) {
            (void)token->decodedResource();
            (void)token->isExpired(1700000000);
            (void)token->isSignedWithBase64Key("c2VjcmV0LWtleS1mb3ItZnV6emluZy0zMi1ieXRlcyE=");
        }
    } else {
        crypto::ConnectionString::ParseError error;
        (void)crypto::ConnectionString::parse(fuzz::text(data, size), &error);
    }
    return 0;
}
