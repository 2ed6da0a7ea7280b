#pragma once

namespace eflow::crypto {

// Makes the calling worker thread (a QThread, a thread-pool thread) free OpenSSL's state for it (its
// error queue) as the very last thing it does before QThread::wait() returns: after the objects deleted
// with the thread (deleteLater on finished) are gone, as Qt runs QThreadStorage's destructors there.
//
// Why: OpenSSL frees that state in a thread-exit handler, which runs only after wait() has returned. A
// process that ends right after joining the thread (an early refusal of a command) may run
// OPENSSL_cleanup at exit first; the handler is then skipped, LeakSanitizer reports the state, and the
// command exits 1 instead of its own code. Call it once from every thread of ours that may use OpenSSL
// (calling it again is free); not from the main thread, which OpenSSL cleans up at exit itself.
void releaseOpenSslStateWhenThreadEnds();

} // namespace eflow::crypto
