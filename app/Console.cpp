#include "app/Console.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <QCoreApplication>
#include <QFile>

#include <termios.h>
#include <unistd.h>

#include "engine/crypto/SecureBytes.h"

namespace eflow::app {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {
QString &lastErrorText()
{
    static QString text;
    return text;
}
} // namespace

void printError(const QString &message)
{
    lastErrorText() = message;
    out().flush();
    err() << QCoreApplication::applicationName() << ": " << message << Qt::endl;
}

QString lastPrintedError()
{
    return lastErrorText();
}

namespace {

// Echo off for the lifetime of the object when fd is a terminal.
class EchoOff final
{
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        if (isatty(fd) && tcgetattr(fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

} // namespace

std::optional<QByteArray> readSecretFromStdin(const QString &prompt, QString *error)
{
    const bool interactive = isatty(STDIN_FILENO);
    if (interactive) {
        err() << prompt << Qt::flush;
    }
    // Capped like a key file: a key is one short line, and /dev/zero on stdin must not fill the memory.
    constexpr std::size_t maxBytes = 64 * 1024;
    std::string line;
    bool tooLong = false;
    bool gotAny = false;
    {
        EchoOff quiet(STDIN_FILENO);
        char c = 0;
        while (std::cin.get(c) && c != '\n') {
            gotAny = true;
            if (line.size() == maxBytes) {
                tooLong = true;
                break;
            }
            line.push_back(c);
        }
        gotAny = gotAny || c == '\n';
    }
    if (interactive)
        err() << Qt::endl;
    if (tooLong) {
        std::fill(line.begin(), line.end(), '\0');
        *error =
            QCoreApplication::translate("Console", "the key on standard input is longer than 64 KiB; a key "
                                                   "is a single short line");
        return std::nullopt;
    }
    if (!gotAny)
        return std::nullopt;
    QByteArray secret = QByteArray::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

std::optional<QByteArray> readSecretFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = QCoreApplication::translate("Console", "key file %1 does not exist").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Console", "cannot read key file %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray content = file.read(64 * 1024);
    const qsizetype newline = content.indexOf('\n');
    QByteArray secret = (newline >= 0 ? content.left(newline) : content).trimmed();
    crypto::wipe(content);
    return secret;
}

} // namespace eflow::app
