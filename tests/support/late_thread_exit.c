// LD_PRELOAD shim for tst_cli_thread_exit: the race a loaded machine makes rare, made certain.
//
// OpenSSL frees a thread's own state (its error queue) in a thread-exit handler (a pthread key
// destructor), and QThread::wait() returns before that handler runs. A thread descheduled right there
// while the process ends lets exit() run OPENSSL_cleanup first, which deletes the key: the handler is
// then skipped and LeakSanitizer reports the state (about 980 bytes from CRYPTO_zalloc and
// CRYPTO_strdup), so the command exits 1 instead of its own code.
//
// Here every thread that stored OpenSSL state runs its exit handlers 300 ms late, and the process waits
// 600 ms between OPENSSL_cleanup and LeakSanitizer's check, so that late threads end in between. A
// thread that frees its OpenSSL state before wait() returns is not affected.
// Not built with the sanitizers: it only sleeps and forwards to the C library.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static pthread_key_t lateKey;
static int (*realSetSpecific)(pthread_key_t, const void *);

static void sleepAtThreadExit(void *unused)
{
    (void)unused;
    usleep(300000);
}

static void waitForLateThreads(void)
{
    usleep(600000);
}

__attribute__((constructor)) static void install(void)
{
    pthread_key_create(&lateKey, sleepAtThreadExit);
    // Registered before OpenSSL registers OPENSSL_cleanup and after LeakSanitizer registered its check
    // (it starts first): atexit runs handlers last-in first-out, so this one runs between the two.
    atexit(waitForLateThreads);
}

// Runs before the constructor too (the sanitizer runtime starts first): the real function is looked up
// on first use.
int pthread_setspecific(pthread_key_t key, const void *value)
{
    if (!realSetSpecific) {
        // POSIX's way to take a function from dlsym (a plain cast is not ISO C).
        void *symbol = dlsym(RTLD_NEXT, "pthread_setspecific");
        memcpy(&realSetSpecific, &symbol, sizeof symbol);
    }
    Dl_info caller;
    // A key created before OpenSSL's has a lower index, so its destructor runs before OpenSSL's.
    if (value && key != lateKey && dladdr(__builtin_return_address(0), &caller) && caller.dli_fname &&
        strstr(caller.dli_fname, "libcrypto"))
        realSetSpecific(lateKey, (void *)1);
    return realSetSpecific(key, value);
}
