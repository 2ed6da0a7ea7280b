#include "app/RegistrationIdFile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/Console.h"
#include "engine/plan/Validation.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeriveKey)
};

constexpr std::size_t kReadBytes = 1 << 20;

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The rules of plan::checkRegistrationId for the plain ASCII IDs every real file holds, without a QString
// per line; whatever fails here is handed to checkRegistrationId for its sentence.
bool isPlainValidId(std::string_view id)
{
    if (id.empty() || id.size() > 128)
        return false;
    const bool chars = std::all_of(id.begin(), id.end(), [](char c) {
        return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == ':';
    });
    return chars && (isAlnum(id.back()) || id.back() == '-');
}

// FNV-1a over the lower-cased ID, then a mixer (SplitMix64's finaliser) so that every bit counts for the
// slot and the partition. Never 0: 0 marks a free slot.
std::uint64_t caseInsensitiveHash(std::string_view id)
{
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : id) {
        h ^= std::uint8_t(lower(c));
        h *= 1099511628211ULL;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h ? h : 1;
}

bool equalIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

} // namespace

// The hashes of the IDs seen so far (one partition of them), with their line numbers, in a table that
// grows up to a fixed size (16 bytes per slot, at most 2^21 slots: 32 MiB) and never past it.
class RegistrationIdFile::RepeatTable
{
public:
    static constexpr std::size_t kMaxIds = 1 << 20;

    enum class Insert
    {
        Unknown = 0,
        Added,
        Seen,
        Full,
    };

    void reset(std::uint32_t partitions, std::uint32_t partition)
    {
        m_partitions = partitions;
        m_partition = partition;
        m_slots.assign(1 << 12, Entry{});
        m_used = 0;
    }

    // Added also when the hash belongs to another partition (a later pass checks it).
    Insert insert(std::uint64_t hash, std::int64_t line, std::int64_t *seenLine)
    {
        if ((hash >> 40) % m_partitions != m_partition)
            return Insert::Added;
        if (const Entry *entry = find(hash)) {
            *seenLine = entry->line;
            return Insert::Seen;
        }
        if (m_used >= kMaxIds)
            return Insert::Full;
        if (2 * (m_used + 1) > m_slots.size())
            grow();
        place(Entry{hash, line});
        ++m_used;
        return Insert::Added;
    }

private:
    struct Entry
    {
        std::uint64_t hash = 0;
        std::int64_t line = 0;
    };

    const Entry *find(std::uint64_t hash) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            if (m_slots[i].hash == hash)
                return &m_slots[i];
            if (m_slots[i].hash == 0)
                return nullptr;
        }
    }

    void place(Entry entry)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = entry.hash & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = entry;
    }

    void grow()
    {
        std::vector<Entry> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Entry &entry : old) {
            if (entry.hash != 0)
                place(entry);
        }
    }

    std::vector<Entry> m_slots;
    std::size_t m_used = 0;
    std::uint32_t m_partitions = 1;
    std::uint32_t m_partition = 0;
};

RegistrationIdFile::RegistrationIdFile(QString path)
    : m_path(std::move(path))
    , m_repeats(std::make_unique<RepeatTable>())
{
    m_repeats->reset(1, 0);
}

RegistrationIdFile::~RegistrationIdFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RegistrationIdFile::fail(int exitCode, QString error)
{
    m_exitCode = exitCode;
    m_error = std::move(error);
    return false;
}

bool RegistrationIdFile::readFailed()
{
    return fail(ExitIoError, Tr::tr("cannot read registration ID file %1: %2")
                                 .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
}

bool RegistrationIdFile::open()
{
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        if (errno == ENOENT)
            return fail(ExitIoError, Tr::tr("registration ID file %1 does not exist").arg(m_path));
        return readFailed();
    }
    struct stat info = {};
    if (::fstat(m_fd, &info) != 0)
        return readFailed();
    if (S_ISDIR(info.st_mode))
        return fail(ExitIoError, Tr::tr("registration ID file %1 is a directory, not a file").arg(m_path));
    m_regular = S_ISREG(info.st_mode);
    // A pipe or a device can be read once only: repeats are looked for while deriving.
    m_checkRepeatsInline = !m_regular;
    m_buffer.resize(kReadBytes);
    return true;
}

bool RegistrationIdFile::rewind()
{
    if (::lseek(m_fd, 0, SEEK_SET) != 0)
        return readFailed();
    m_begin = m_end = 0;
    m_eof = false;
    m_line = 0;
    return true;
}

RegistrationIdFile::Read RegistrationIdFile::nextLine(std::string_view *line)
{
    for (;;) {
        const char *data = m_buffer.data();
        const auto *newline = static_cast<const char *>(std::memchr(data + m_begin, '\n', m_end - m_begin));
        const std::size_t stop = newline ? std::size_t(newline - data) : m_end;
        if (stop - m_begin > kMaxLineBytes) {
            ++m_line;
            fail(ExitInvalidInput, Tr::tr("%1:%2: the line is longer than %3 bytes; a registration ID has at "
                                          "most 128 characters")
                                       .arg(m_path)
                                       .arg(m_line)
                                       .arg(kMaxLineBytes));
            return Read::Failed;
        }
        if (newline || (m_eof && m_begin < m_end)) {
            ++m_line;
            *line = std::string_view(data + m_begin, stop - m_begin);
            m_begin = newline ? stop + 1 : stop;
            return Read::Id;
        }
        if (m_eof)
            return Read::End;
        std::memmove(m_buffer.data(), data + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
        ssize_t got = 0;
        do {
            got = ::read(m_fd, m_buffer.data() + m_end, m_buffer.size() - m_end);
        } while (got < 0 && errno == EINTR);
        if (got < 0) {
            readFailed();
            return Read::Failed;
        }
        m_eof = got == 0;
        m_end += std::size_t(got);
    }
}

RegistrationIdFile::Read RegistrationIdFile::next(std::string_view *id)
{
    for (;;) {
        std::string_view line;
        const Read read = nextLine(&line);
        if (read != Read::Id)
            return read;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        if (!checkId(line) || (m_checkRepeatsInline && !noteId(line, nullptr)))
            return Read::Failed;
        *id = line;
        return Read::Id;
    }
}

bool RegistrationIdFile::checkId(std::string_view id)
{
    if (isPlainValidId(id))
        return true;
    const auto problem = plan::checkRegistrationId(QString::fromUtf8(id.data(), qsizetype(id.size())));
    if (!problem)
        return true;
    return fail(ExitInvalidInput, Tr::tr("%1:%2: %3").arg(m_path).arg(m_line).arg(problem->message));
}

bool RegistrationIdFile::noteId(std::string_view id, bool *full)
{
    std::int64_t seenLine = 0;
    switch (m_repeats->insert(caseInsensitiveHash(id), m_line, &seenLine)) {
    case RepeatTable::Insert::Seen:
        break;
    case RepeatTable::Insert::Full:
        if (full) {
            *full = true;
            return true;
        }
        return fail(ExitInvalidInput,
                    Tr::tr("%1: more than %2 registration IDs that can be read only once (a pipe), too many "
                           "to check for repeats; give them as a regular file")
                        .arg(m_path)
                        .arg(RepeatTable::kMaxIds));
    default:
        return true;
    }
    if (m_regular) {
        // Equal hashes of different IDs are possible, if unlikely: compare the two lines themselves.
        const std::string current(id);
        RegistrationIdFile earlier(m_path);
        std::string_view earlierId;
        if (!earlier.open())
            return fail(earlier.exitCode(), earlier.error());
        while (earlier.next(&earlierId) == Read::Id && earlier.m_line < seenLine) {
        }
        if (earlier.m_line != seenLine || !equalIgnoringCase(earlierId, current))
            return true;
    }
    return fail(ExitInvalidInput,
                Tr::tr("%1:%2: registration ID %3 repeats line %4 (DPS treats registration IDs "
                       "case-insensitively, so both lines would be the same device)")
                    .arg(m_path)
                    .arg(m_line)
                    .arg(QString::fromUtf8(id.data(), qsizetype(id.size())))
                    .arg(seenLine));
}

bool RegistrationIdFile::checkAll()
{
    if (!m_regular)
        return true;
    // One pass when the IDs fit the table; else as many as it takes, each checking one share of the hashes.
    std::uint32_t partitions = 1;
    for (std::uint32_t partition = 0; partition < partitions;) {
        if (!rewind())
            return false;
        m_repeats->reset(partitions, partition);
        std::int64_t ids = 0;
        bool full = false;
        std::string_view id;
        Read read = Read::Unknown;
        while ((read = next(&id)) == Read::Id) {
            ++ids;
            if (!full && !noteId(id, &full))
                return false;
        }
        if (read == Read::Failed)
            return false;
        if (full) {
            partitions = std::max(partitions * 2, std::uint32_t(2 * ids / RepeatTable::kMaxIds + 1));
            partition = 0;
            continue;
        }
        ++partition;
    }
    return rewind();
}

} // namespace eflow::app
