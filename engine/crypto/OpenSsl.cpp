#include "engine/crypto/OpenSsl.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>

#include <dlfcn.h>

namespace eflow::crypto::ossl {

namespace {

// The library Debian's libssl3 installs; the package depends on it, as the headers we build with do.
constexpr const char *LibraryName = "libcrypto.so.3";

std::atomic<bool> loaded{false};

// Ends the process the way the dynamic loader would have at start-up had the library been linked, but
// with the library or function named and what to install.
[[noreturn]] void brokenInstallation(const char *problem, const char *detail)
{
    std::fprintf(stderr, "eflow-wizard: %s (%s). Install OpenSSL 3 (Debian: libssl3).\n", problem,
                 detail ? detail : "no detail");
    std::fflush(stderr);
    std::_Exit(4); // the exit code for a missing or unreadable file
}

Functions open()
{
    // RTLD_LOCAL: nothing else in the process binds to these symbols through us; Qt's TLS backend opens
    // the same library by its name and shares the one copy.
    void *library = dlopen(LibraryName, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        brokenInstallation("OpenSSL's libcrypto.so.3 could not be opened", dlerror());
    Functions f;
#define EFLOW_OPENSSL_RESOLVE(name)                                                                          \
    f.name = reinterpret_cast<decltype(f.name)>(dlsym(library, #name));                                      \
    if (!f.name)                                                                                             \
        brokenInstallation("OpenSSL's libcrypto.so.3 has no " #name, dlerror());
    EFLOW_OPENSSL_FUNCTIONS(EFLOW_OPENSSL_RESOLVE)
#undef EFLOW_OPENSSL_RESOLVE
    loaded.store(true, std::memory_order_release);
    return f; // the library stays open for the life of the process
}

} // namespace

const Functions &functions()
{
    static const Functions f = open();
    return f;
}

bool isLoaded()
{
    return loaded.load(std::memory_order_acquire);
}

} // namespace eflow::crypto::ossl
