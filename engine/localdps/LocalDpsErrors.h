#pragma once

namespace eflow::localdps {

// DPS error codes the emulator answers with: HTTP status x 1000 + a suffix (reference/dps-protocol.md §2.4).
// 401002, 400004, 400208 are observed on the real service; the others follow the same scheme but their exact
// values there are unpublished (§10), so clients must key on the HTTP status, as the SDKs do.
struct LocalDpsErrors final
{
    static constexpr int badRequest = 400000;
    static constexpr int invalidRegistrationId = 400004;
    static constexpr int noHub = 400208;
    static constexpr int unauthorized = 401002;
    static constexpr int notFound = 404000;
    static constexpr int enrollmentNotFound = 404201;
    static constexpr int registrationNotFound = 404202;
    static constexpr int methodNotAllowed = 405000;
    static constexpr int conflict = 409000;
    static constexpr int preconditionFailed = 412000;
    static constexpr int payloadTooLarge = 413000;
    static constexpr int throttled = 429001;
    static constexpr int internalError = 500000;
    static constexpr int unavailable = 503000;
};

} // namespace eflow::localdps
