#include "engine/host/LicenseTerms.h"

#include <array>

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include "engine/host/HostBackend.h"
#include "engine/host/HostTextDecoder.h"

namespace eflow::host {

namespace {

struct LicenseTermsTr
{
    Q_DECLARE_TR_FUNCTIONS(LicenseTerms)
};

constexpr int kMaxRtfDepth = 64;

// Windows-1252 at 0x80..0x9F; everything else of a byte is Latin-1.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QChar fromCp1252(unsigned char byte)
{
    if (byte >= 0x80 && byte <= 0x9F)
        return QChar(kCp1252High[byte - 0x80]);
    return QChar(char16_t(byte));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Destinations whose text is not part of the document's body.
const QSet<QByteArray> &skippedDestinations()
{
    static const QSet<QByteArray> names = {
        "fonttbl",      "colortbl",  "stylesheet", "info",      "pict",
        "header",       "footer",    "headerl",    "headerr",   "headerf",
        "footerl",      "footerr",   "footerf",    "listtable", "listoverridetable",
        "rsidtbl",      "generator", "xmlnstbl",   "themedata", "colorschememapping",
        "latentstyles", "datastore", "object",     "fldinst",   "filetbl",
        "revtbl",       "pgdsctbl",  "private",    "bkmkstart", "bkmkend",
        "field"};
    return names;
}

// Reads RTF one token at a time; see plainTextFromRtf.
class RtfReader
{
public:
    RtfReader(QByteArrayView rtf, qsizetype maxChars)
        : m_rtf(rtf)
        , m_max(maxChars)
    {}

    QString read()
    {
        while (m_i < m_rtf.size() && m_out.size() < m_max) {
            const char c = m_rtf[m_i];
            if (c == '{') {
                if (m_stack.size() >= kMaxRtfDepth)
                    break;
                flushBytes();
                m_stack.push_back(m_state);
                m_groupStart = true;
                ++m_i;
            } else if (c == '}') {
                if (m_stack.isEmpty())
                    break;
                flushBytes();
                m_state = m_stack.takeLast();
                m_pendingSkip = 0;
                m_groupStart = false;
                ++m_i;
            } else if (c == '\\') {
                ++m_i;
                controlSequence();
            } else {
                if (c != '\r' && c != '\n')
                    put(fromCp1252(static_cast<unsigned char>(c)));
                m_groupStart = false;
                ++m_i;
            }
        }
        flushBytes();
        return m_out;
    }

private:
    struct State
    {
        bool skip = false;
        int unicodeSkip = 1; // \ucN: characters that stand in for each \uN
    };

    void put(QChar c)
    {
        if (m_state.skip)
            return;
        if (m_pendingSkip > 0) {
            --m_pendingSkip;
            return;
        }
        flushBytes();
        if (m_out.size() < m_max)
            m_out.append(c);
    }

    // A \'xx byte. In a document of a double-byte code page (\ansicpg932 from a Japanese Word: each
    // character is two \'xx), the bytes of a run are collected and decoded together (issue 17).
    void putByte(unsigned char byte)
    {
        if (m_codePage <= 0 || m_codePage == HostTextDecoder::kWestern) {
            put(fromCp1252(byte));
            return;
        }
        if (m_state.skip)
            return;
        if (m_pendingSkip > 0) { // \ucN counts the bytes of the fallback
            --m_pendingSkip;
            return;
        }
        m_bytes.append(char(byte));
    }

    void flushBytes()
    {
        if (m_bytes.isEmpty())
            return;
        const QString text = HostTextDecoder::decodeCodePage(m_bytes, m_codePage);
        m_bytes.clear();
        m_out.append(text.left(m_max - m_out.size()));
    }

    void controlSequence()
    {
        if (m_i >= m_rtf.size())
            return;
        const char d = m_rtf[m_i];
        if (isAsciiLetter(d)) {
            controlWord();
            m_groupStart = false;
            return;
        }
        ++m_i;
        switch (d) {
        case '\\':
        case '{':
        case '}':
            put(QChar(char16_t(d)));
            break;
        case '*': // an ignorable destination: a reader that does not know it skips the group
            m_state.skip = true;
            break;
        case '\'': {
            const int high = m_i < m_rtf.size() ? hexValue(m_rtf[m_i]) : -1;
            const int low = m_i + 1 < m_rtf.size() ? hexValue(m_rtf[m_i + 1]) : -1;
            if (high >= 0 && low >= 0) {
                putByte(static_cast<unsigned char>(high * 16 + low));
                m_i += 2;
            }
            break;
        }
        case '~':
            put(QChar(0x00A0));
            break;
        case '_':
            put(QLatin1Char('-'));
            break;
        case '\r':
        case '\n':
            put(QLatin1Char('\n'));
            break;
        default: // \- (optional hyphen), \: and the like carry no text
            break;
        }
        m_groupStart = false;
    }

    void controlWord()
    {
        const qsizetype start = m_i;
        while (m_i < m_rtf.size() && isAsciiLetter(m_rtf[m_i]) && m_i - start < 32)
            ++m_i;
        const QByteArray word = m_rtf.sliced(start, m_i - start).toByteArray();
        bool hasParam = false;
        bool negative = false;
        qint64 param = 0;
        if (m_i < m_rtf.size() && m_rtf[m_i] == '-') {
            negative = true;
            ++m_i;
        }
        for (int digits = 0; m_i < m_rtf.size() && m_rtf[m_i] >= '0' && m_rtf[m_i] <= '9'; ++digits, ++m_i) {
            if (digits < 10)
                param = param * 10 + (m_rtf[m_i] - '0');
            hasParam = true;
        }
        if (negative)
            param = -param;
        if (m_i < m_rtf.size() && m_rtf[m_i] == ' ')
            ++m_i; // the delimiter belongs to the control word

        if (m_groupStart && skippedDestinations().contains(word)) {
            m_state.skip = true;
        } else if (word == "par" || word == "line" || word == "sect" || word == "page" || word == "row") {
            put(QLatin1Char('\n'));
        } else if (word == "tab" || word == "cell") {
            put(QLatin1Char('\t'));
        } else if (word == "u" && hasParam) {
            const qint64 code = param < 0 ? param + 65536 : param;
            if (code > 0 && code < 65536)
                put(QChar(char16_t(code)));
            m_pendingSkip = m_state.unicodeSkip;
        } else if (word == "ansicpg" && hasParam) {
            m_codePage = int(qBound(qint64(0), param, qint64(65535)));
        } else if (word == "uc" && hasParam) {
            m_state.unicodeSkip = int(qBound(qint64(0), param, qint64(8)));
        } else if (word == "bin" && hasParam && param > 0) {
            m_i += qMin<qint64>(param, m_rtf.size() - m_i);
        } else if (word == "emdash") {
            put(QChar(0x2014));
        } else if (word == "endash") {
            put(QChar(0x2013));
        } else if (word == "bullet") {
            put(QChar(0x2022));
        } else if (word == "lquote" || word == "rquote") {
            put(QChar(word == "lquote" ? 0x2018 : 0x2019));
        } else if (word == "ldblquote" || word == "rdblquote") {
            put(QChar(word == "ldblquote" ? 0x201C : 0x201D));
        }
    }

    QByteArrayView m_rtf;
    qsizetype m_max = 0;
    qsizetype m_i = 0;
    QString m_out;
    QList<State> m_stack;
    State m_state;
    int m_pendingSkip = 0;
    int m_codePage = 0; // \ansicpgN; 0: Windows-1252
    QByteArray m_bytes; // \'xx bytes of a double-byte code page not yet decoded
    bool m_groupStart = false;
};

// Control characters other than line breaks and tabs never reach the page; runs of blank lines shrink.
QString tidy(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
            (!c.isNonCharacter() && c.category() != QChar::Other_Control))
            out.append(c);
    }
    static const QRegularExpression trailingSpace(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    out.replace(trailingSpace, QStringLiteral("\n"));
    out.replace(blankLines, QStringLiteral("\n\n"));
    return out.trimmed();
}

} // namespace

QString plainTextFromRtf(QByteArrayView rtf, qsizetype maxChars)
{
    return tidy(RtfReader(rtf, maxChars).read());
}

std::optional<LicenseTerms> licenseTermsFromJson(const QJsonObject &data, QString *error)
{
    const auto fail = [error](const char *key) -> std::optional<LicenseTerms> {
        if (error)
            *error =
                LicenseTermsTr::tr("The license terms from the host have a field '%1' of the wrong type.")
                    .arg(QLatin1String(key));
        return std::nullopt;
    };
    for (const char *key : {"found", "truncated"}) {
        if (data.contains(QLatin1String(key)) && !data.value(QLatin1String(key)).isBool())
            return fail(key);
    }
    for (const char *key : {"source", "path", "format", "content"}) {
        if (data.contains(QLatin1String(key)) && !data.value(QLatin1String(key)).isString())
            return fail(key);
    }
    LicenseTerms terms;
    terms.found = data.value(QLatin1String("found")).toBool();
    if (!terms.found)
        return terms;
    terms.source = data.value(QLatin1String("source")).toString().left(32);
    terms.path = data.value(QLatin1String("path")).toString().left(1024);
    const QString content = data.value(QLatin1String("content")).toString();
    // Base64 of at most kMaxLicenseTermsBytes: anything longer was not sent by our script.
    if (content.size() > (kMaxLicenseTermsBytes / 3 + 1) * 4)
        return fail("content");
    const auto decoded =
        QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail("content");
    const QByteArray bytes = *decoded;
    terms.truncated = data.value(QLatin1String("truncated")).toBool();
    if (data.value(QLatin1String("format")).toString() == QLatin1String("rtf")) {
        terms.text = plainTextFromRtf(bytes);
    } else if (bytes.startsWith("\xFF\xFE")) {
        terms.text = tidy(QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2),
                                             (bytes.size() - 2) / 2));
    } else {
        // UTF-8, or a text file in the host's code page (CP932 on a Japanese Windows): see
        // HostTextDecoder's guess.
        terms.text = tidy(HostTextDecoder().decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes));
    }
    terms.found = !terms.text.isEmpty();
    return terms;
}

// Backends that cannot read licence files (and the simulated host, which has no real terms to show)
// answer that none were found: the License page then offers Microsoft's published terms as a link.
HostOperation *HostBackend::licenseTerms(plan::EflowRelease release, const QString &msiPath)
{
    Q_UNUSED(release);
    Q_UNUSED(msiPath);
    auto *op = new HostOperation(LicenseTermsTr::tr("Reading the license terms"));
    QMetaObject::invokeMethod(
        op,
        [op] {
            op->succeed(QJsonObject{{QStringLiteral("found"), false}});
        },
        Qt::QueuedConnection);
    return op;
}

} // namespace eflow::host
