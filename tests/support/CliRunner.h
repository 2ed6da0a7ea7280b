#pragma once

// Runs the built eflow-wizard (EFLOW_WIZARD_BIN) the way the command-line tests need: arguments, data on
// standard input, a clean environment whose logs, settings and demo state live in a temporary folder,
// a bound on the time, and stdout/stderr/exit code captured. Header-only: each test is its own executable.

#include <functional>

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace eflow::testsupport {

struct CliRun
{
    int exitCode = -1; // -2: crashed; -1: did not start or was killed at the time bound
    QByteArray out;
    QByteArray err;
};

// The system's environment with HOME, XDG_DATA_HOME and XDG_CONFIG_HOME (and XDG_RUNTIME_DIR) inside
// folder and no DISPLAY: nothing a run writes lands in the user's own folders, and the wizard runs headless.
inline QProcessEnvironment cleanEnvironment(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder);
    env.insert(QStringLiteral("HOME"), folder);
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

// Runs binary with arguments and stdinData; whileRunning (if set) is called every few milliseconds until
// the process ends (tests that watch /proc while a key is held use it).
inline CliRun runCli(const QString &binary, const QStringList &arguments, const QByteArray &stdinData,
                     const QProcessEnvironment &env, int timeoutMs = 60000,
                     const std::function<void()> &whileRunning = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(stdinData);
    process.waitForBytesWritten(5000);
    if (whileRunning)
        whileRunning();
    process.closeWriteChannel();
    const int step = whileRunning ? 20 : timeoutMs;
    int waited = 0;
    while (!process.waitForFinished(step) && process.state() != QProcess::NotRunning) {
        waited += step;
        if (whileRunning)
            whileRunning();
        if (waited >= timeoutMs) {
            process.kill();
            process.waitForFinished();
            return {};
        }
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// Writes content to path (a plan, a key file, a list of IDs the command reads) and returns path; a test
// that cannot write its own input stops there.
inline QString writeInputFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

} // namespace eflow::testsupport
