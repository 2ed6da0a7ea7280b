#pragma once

#include <optional>

#include <QString>
#include <QTextStream>

namespace eflow::app {

// stdout/stderr as QTextStreams (UTF-8), shared by every subcommand.
QTextStream &out();
QTextStream &err();

// Prints "eflow-wizard: <message>" as one line on stderr.
void printError(const QString &message);
// The last message printError() printed (for a command that must repeat it as JSON); empty when none.
QString lastPrintedError();

// Reads a secret (a key) from standard input: one line, surrounding whitespace removed. When stdin is
// a terminal the prompt goes to stderr and echo is switched off while typing. Never from argv. Nothing
// when stdin is empty, or with *error set when its first line is longer than 64 KiB.
std::optional<QByteArray> readSecretFromStdin(const QString &prompt, QString *error);

// Reads a secret from a file (first line, surrounding whitespace removed). Sets error on failure.
std::optional<QByteArray> readSecretFromFile(const QString &path, QString *error);

// Exit codes that scripts can rely on (documented in --help and the README).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,         // the operation ran and failed
    ExitUsage = 2,           // the command line itself is wrong
    ExitInvalidInput = 3,    // a key, an ID, a file's content is malformed
    ExitIoError = 4,         // a file is missing, unreadable or unwritable
    ExitUnsupported = 5,     // host commands: the target device cannot run EFLOW
    ExitCancelled = 6,       // host commands: cancelled or timed out; running the command again resumes
    ExitRestartRequired = 7, // host commands: Windows must restart (Hyper-V enabled); then run again
    ExitNotFound = 8,        // enroll: DPS has no such enrollment, group or registration record (404)
    ExitConflict = 9,        // enroll: it exists already (409), or someone else changed it meanwhile (412)
};

} // namespace eflow::app
