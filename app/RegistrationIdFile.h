#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <QString>

namespace eflow::app {

// A registration ID file (`derive-key --batch FILE`) read line by line in constant memory: one ID per line,
// blank lines and lines starting with '#' skipped, surrounding whitespace and CR line ends tolerated. Every
// line is capped in length and every ID checked as DPS does; repeats (DPS compares IDs case-insensitively)
// are found with a table of fixed size, in several passes when a file holds more IDs than it does.
class RegistrationIdFile final
{
public:
    // A registration ID has at most 128 characters (reference/dps-protocol.md §5); the rest is room for
    // whitespace and comments. Anything longer is not an ID list (/dev/zero, a binary file).
    static constexpr std::size_t kMaxLineBytes = 1024;

    explicit RegistrationIdFile(QString path);
    ~RegistrationIdFile();
    RegistrationIdFile(const RegistrationIdFile &) = delete;
    RegistrationIdFile &operator=(const RegistrationIdFile &) = delete;

    // Each returns false with error() and exitCode() set.
    bool open();
    // A regular file can be read twice: checked in full first, so that a bad line leaves no output behind.
    bool canReadTwice() const { return m_regular; }
    // Reads a regular file to its end, checking every line and every repeat; then starts over.
    bool checkAll();

    enum class Read
    {
        Unknown = 0,
        Id,
        End,
        Failed,
    };
    // The next ID, checked; a file that cannot be read twice is checked for repeats here too. The view
    // stays valid until the next call.
    Read next(std::string_view *id);

    const QString &error() const { return m_error; }
    int exitCode() const { return m_exitCode; }

    class RepeatTable;

private:
    bool rewind();
    Read nextLine(std::string_view *line);
    bool checkId(std::string_view id);
    // Is there a repeat of id (on line m_line) among the IDs seen? False with the error when there is. With
    // full, a full table sets it instead of failing (checkAll() then reads the file in more passes).
    bool noteId(std::string_view id, bool *full);
    bool fail(int exitCode, QString error);
    bool readFailed();

    QString m_path;
    int m_fd = -1;
    bool m_regular = false;
    bool m_eof = false;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    std::int64_t m_line = 0;
    bool m_checkRepeatsInline = false;
    std::unique_ptr<RepeatTable> m_repeats;
    QString m_error;
    int m_exitCode = 0;
};

} // namespace eflow::app
