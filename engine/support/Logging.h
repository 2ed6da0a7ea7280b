#pragma once

#include <memory>

#include <QString>

#include <fmt/format.h>

namespace spdlog {
class logger;
}

// Lets spdlog/fmt format QString arguments: spdlog::info("file {}", path).
template<>
struct fmt::formatter<QString> : fmt::formatter<fmt::string_view>
{
    template<typename FormatContext>
    auto format(const QString &s, FormatContext &ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};

namespace eflow::support {

struct LoggingOptions
{
    // Folder for the rotating log file; empty means QStandardPaths::AppLocalDataLocation + "/logs".
    QString directory;
    QString fileName = QStringLiteral("eflow-wizard.log");
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 3;
    // Also write warnings and errors to stderr (command line use).
    bool consoleWarnings = true;
    // Route qDebug/qInfo/qWarning/qCritical/qFatal into the same logger.
    bool bridgeQtMessages = true;
    // Also keep debug messages (spdlog::debug, qDebug) in the file; otherwise info and above.
    bool verbose = false;
};

// Sets up the default spdlog logger: a rotating file plus (optionally) stderr, both behind a
// redacting sink so that no secret reaches either, whoever logs it. Flushes on warn and above.
// Safe to call more than once (the later call replaces the sinks; the logger object stays the same, so
// other threads may keep logging meanwhile). Returns the log file's path, or empty when the file could
// not be opened (logging then goes to stderr only, if enabled).
QString initLogging(const LoggingOptions &options = {});
// Flushes and detaches the sinks and restores the previous Qt message handler. Messages logged afterwards
// are discarded (never printed unredacted).
void shutdownLogging();
// The path initLogging() chose, or empty.
QString logFilePath();

} // namespace eflow::support
