#include "engine/support/Logging.h"

#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

#include <spdlog/logger.h>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "engine/support/Redactor.h"

namespace eflow::support {

namespace {

constexpr const char *logPattern = "[%Y-%m-%d %H:%M:%S.%e] [%l] [%t] %v";
constexpr const char *loggerName = "eflow";

// Sits in front of every real sink and rewrites the message text through the Redactor, so that
// no caller, however careless, can put a secret into a file or onto the console.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    // Replaces the child sinks. Swapping children under the sink's own lock (instead of swapping the
    // logger) keeps spdlog::info() from other threads safe: spdlog's default-logger pointer is raw,
    // and replacing the default logger while another thread logs is a use-after-free.
    void setSinks(std::vector<spdlog::sink_ptr> sinks)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        for (const spdlog::sink_ptr &old : m_sinks)
            old->flush();
        m_sinks = std::move(sinks);
        if (m_formatter) {
            for (const spdlog::sink_ptr &sink : m_sinks)
                sink->set_formatter(m_formatter->clone());
        }
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        if (m_sinks.empty())
            return;
        // The copy's payload points into `redacted`, which must outlive the forwarding below.
        const std::string redacted =
            Redactor::redact(std::string_view(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy(msg);
        copy.payload = spdlog::string_view_t(redacted.data(), redacted.size());
        for (const spdlog::sink_ptr &sink : m_sinks) {
            if (sink->should_log(copy.level))
                sink->log(copy);
        }
    }

    void flush_() override
    {
        for (const spdlog::sink_ptr &sink : m_sinks)
            sink->flush();
    }

    // spdlog::set_pattern() reaches this sink only; pass the format on to the sinks that write.
    void set_pattern_(const std::string &pattern) override
    {
        set_formatter_(std::make_unique<spdlog::pattern_formatter>(pattern));
    }

    void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override
    {
        m_formatter = std::move(formatter);
        for (const spdlog::sink_ptr &sink : m_sinks)
            sink->set_formatter(m_formatter->clone());
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
    std::unique_ptr<spdlog::formatter> m_formatter;
};

struct State
{
    State()
        : sink(std::make_shared<RedactingSink>())
        , logger(std::make_shared<spdlog::logger>(loggerName, sink))
    {
        logger->set_level(spdlog::level::info);
    }

    // Both created once and never replaced, so the Qt message handler can use them without a lock.
    const std::shared_ptr<RedactingSink> sink;
    const std::shared_ptr<spdlog::logger> logger;

    std::mutex mutex; // guards everything below
    QString filePath;
    QtMessageHandler previousHandler = nullptr;
    bool bridgeInstalled = false;
};

State &state()
{
    // Never destroyed: Qt emits messages during static destruction, and the bridge must still find a
    // live logger then. Reachable through this pointer, so leak checkers stay quiet.
    static State *instance = new State;
    return *instance;
}

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::warn;
}

void qtMessageBridge(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // A message raised while logging one (an allocation warning, say) would recurse forever; dropping
    // it is the lesser evil, and printing it raw would bypass redaction.
    thread_local bool inside = false;
    if (inside)
        return;
    inside = true;

    spdlog::logger &logger = *state().logger;
    const spdlog::level::level_enum level = levelFor(type);
    if (logger.should_log(level)) {
        const QByteArray text = message.toUtf8();
        const std::string_view body(text.constData(), std::size_t(text.size()));
        const spdlog::source_loc where =
            context.file ? spdlog::source_loc(context.file, context.line, context.function)
                         : spdlog::source_loc();
        const std::string_view category = context.category ? std::string_view(context.category) : "default";
        if (category == "default")
            logger.log(where, level, "{}", body);
        else
            logger.log(where, level, "[{}] {}", category, body);
    }
    // qFatal aborts as soon as the handler returns; make sure the reason is on disk first.
    if (type == QtFatalMsg)
        logger.flush();

    inside = false;
}

#if defined(Q_OS_UNIX)
// The log is redacted, but it still names hosts, devices and scopes: keep it to its owner. Runs for every
// file spdlog opens, including each new file after a rotation.
void restrictToOwner(const spdlog::filename_t &, std::FILE *file)
{
    if (file)
        (void)::fchmod(::fileno(file), S_IRUSR | S_IWUSR);
}
#endif

spdlog::filename_t toFilename(const QString &path)
{
#if defined(SPDLOG_WCHAR_FILENAMES)
    return path.toStdWString();
#else
    return QFile::encodeName(path).toStdString();
#endif
}

QString defaultDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/logs");
}

// Creates the folder; one we create ourselves is made owner-only. An existing folder the caller chose
// is left as it is.
bool prepareDirectory(const QString &directory)
{
    if (QFileInfo(directory).isDir())
        return true;
    if (!QDir().mkpath(directory))
        return false;
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

} // namespace

QString initLogging(const LoggingOptions &options)
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);

    std::vector<spdlog::sink_ptr> sinks;
    QString path;
    std::string fileError;

    const QString directory = options.directory.isEmpty() ? defaultDirectory() : options.directory;
    if (directory.isEmpty()) {
        fileError = "no writable application data location";
    } else if (!prepareDirectory(directory)) {
        fileError = "cannot create the folder " + QDir::toNativeSeparators(directory).toStdString();
    } else {
        path = QDir(directory).absoluteFilePath(options.fileName);
        try {
            spdlog::file_event_handlers handlers;
#if defined(Q_OS_UNIX)
            handlers.after_open = restrictToOwner;
#endif
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                toFilename(path), options.maxFileBytes, options.maxFiles, false, handlers);
            file->set_level(spdlog::level::trace);
            file->set_pattern(logPattern);
            sinks.push_back(std::move(file));
        } catch (const spdlog::spdlog_ex &e) {
            fileError = e.what();
        }
    }
    if (options.consoleWarnings) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        console->set_pattern(logPattern);
        sinks.push_back(std::move(console));
    }

    s.sink->setSinks(std::move(sinks));
    s.logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    s.logger->flush_on(spdlog::level::warn);
    // Once only (or when someone else replaced it): see RedactingSink::setSinks for why the default
    // logger itself is never swapped while the program may be logging.
    if (spdlog::default_logger_raw() != s.logger.get())
        spdlog::set_default_logger(s.logger);

    if (options.bridgeQtMessages && !s.bridgeInstalled) {
        s.previousHandler = qInstallMessageHandler(qtMessageBridge);
        s.bridgeInstalled = true;
    } else if (!options.bridgeQtMessages && s.bridgeInstalled) {
        qInstallMessageHandler(s.previousHandler);
        s.previousHandler = nullptr;
        s.bridgeInstalled = false;
    }

    s.filePath = fileError.empty() ? path : QString();
    if (!fileError.empty())
        s.logger->warn("No log file, logging to stderr only: {}", fileError);
    return s.filePath;
}

void shutdownLogging()
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.bridgeInstalled) {
        qInstallMessageHandler(s.previousHandler);
        s.previousHandler = nullptr;
        s.bridgeInstalled = false;
    }
    // The logger stays the default with no sinks: spdlog::info() after shutdown must not crash (a
    // dropped default logger is a null pointer to spdlog's free functions), and it must not fall back to
    // spdlog's own unredacted console logger either. setSinks flushes the old sinks.
    s.sink->setSinks({});
    s.filePath.clear();
}

QString logFilePath()
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    return s.filePath;
}

} // namespace eflow::support
