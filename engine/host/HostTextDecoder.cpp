#include "engine/host/HostTextDecoder.h"

#include <array>
#include <optional>

#include <QStringDecoder>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && __has_include(<iconv.h>)
#include <iconv.h>
#define EFLOW_HAVE_ICONV 1
#endif

namespace eflow::host {
namespace {

using Backend = HostTextDecoder::Backend;

// Windows-1252 from 0x80 to 0x9F; the rest is Latin-1. The five bytes Windows leaves undefined (0x81,
// 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value, as MultiByteToWideChar does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeCp1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[i] = QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return out;
}

QByteArray codePageName(int codePage)
{
    // ICU and glibc both know every Windows code page as "CP<number>".
    return "CP" + QByteArray::number(codePage);
}

// One code page through one backend, strictly: a span decodes completely or not at all.
class Converter final
{
public:
    Converter(int codePage, Backend backend)
        : m_codePage(codePage)
        , m_backend(backend)
        , m_name(codePageName(codePage))
    {
#if defined(Q_OS_WIN)
        if (m_backend == Backend::Automatic)
            m_backend = Backend::Windows;
#else
        if (m_backend == Backend::Automatic) {
            m_qt.emplace(m_name.constData(), QStringConverter::Flag::Stateless);
            m_backend = m_qt->isValid() ? Backend::Qt : Backend::Iconv;
        }
#endif
        switch (m_backend) {
        case Backend::Qt:
            if (!m_qt)
                m_qt.emplace(m_name.constData(), QStringConverter::Flag::Stateless);
            m_valid = m_qt->isValid();
            break;
        case Backend::Iconv:
#ifdef EFLOW_HAVE_ICONV
            m_iconv = iconv_open("UTF-8", m_name.constData());
            m_valid = m_iconv != reinterpret_cast<iconv_t>(-1);
#endif
            break;
        case Backend::Windows:
#if defined(Q_OS_WIN)
            m_valid = IsValidCodePage(UINT(m_codePage)) != 0;
#endif
            break;
        case Backend::Automatic:
            break;
        }
    }
    ~Converter()
    {
#ifdef EFLOW_HAVE_ICONV
        if (m_iconv != reinterpret_cast<iconv_t>(-1))
            iconv_close(m_iconv);
#endif
    }
    Converter(const Converter &) = delete;
    Converter &operator=(const Converter &) = delete;

    bool isValid() const
    {
        return m_valid;
    }

    std::optional<QString> strict(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return QString();
        if (!m_valid)
            return std::nullopt;
        switch (m_backend) {
        case Backend::Qt: {
            // Stateless: a character cut short at the end is an error, not kept for the next call. A new
            // decoder after an error: Qt 6.4 keeps hasError() set across resetState().
            if (!m_qt)
                m_qt.emplace(m_name.constData(), QStringConverter::Flag::Stateless);
            QString text = m_qt->decode(bytes);
            if (m_qt->hasError()) {
                m_qt.reset();
                return std::nullopt;
            }
            if (text.isEmpty())
                return std::nullopt;
            return text;
        }
        case Backend::Iconv:
            return viaIconv(bytes);
        case Backend::Windows:
            return viaWindows(bytes);
        case Backend::Automatic:
            break;
        }
        return std::nullopt;
    }

private:
    std::optional<QString> viaIconv(QByteArrayView bytes)
    {
#ifdef EFLOW_HAVE_ICONV
        if (m_iconv == reinterpret_cast<iconv_t>(-1))
            return std::nullopt;
        iconv(m_iconv, nullptr, nullptr, nullptr, nullptr); // back to the initial state
        QByteArray out(bytes.size() * 4 + 8, Qt::Uninitialized);
        char *in = const_cast<char *>(bytes.data());
        size_t inLeft = size_t(bytes.size());
        char *to = out.data();
        size_t toLeft = size_t(out.size());
        if (iconv(m_iconv, &in, &inLeft, &to, &toLeft) == size_t(-1) || inLeft != 0 ||
            iconv(m_iconv, nullptr, nullptr, &to, &toLeft) == size_t(-1))
            return std::nullopt; // EILSEQ: no character; EINVAL: cut short
        out.truncate(qsizetype(out.size() - qsizetype(toLeft)));
        return QString::fromUtf8(out);
#else
        Q_UNUSED(bytes);
        return std::nullopt;
#endif
    }

    std::optional<QString> viaWindows(QByteArrayView bytes)
    {
#if defined(Q_OS_WIN)
        const int size = MultiByteToWideChar(UINT(m_codePage), MB_ERR_INVALID_CHARS, bytes.data(),
                                             int(bytes.size()), nullptr, 0);
        if (size <= 0)
            return std::nullopt;
        QString text(size, Qt::Uninitialized);
        MultiByteToWideChar(UINT(m_codePage), MB_ERR_INVALID_CHARS, bytes.data(), int(bytes.size()),
                            reinterpret_cast<wchar_t *>(text.data()), size);
        return text;
#else
        Q_UNUSED(bytes);
        return std::nullopt;
#endif
    }

    [[maybe_unused]] int m_codePage; // Windows only
    Backend m_backend;
    QByteArray m_name;
    bool m_valid = false;
    std::optional<QStringDecoder> m_qt;
#ifdef EFLOW_HAVE_ICONV
    iconv_t m_iconv = reinterpret_cast<iconv_t>(-1);
#endif
};

// Whether b starts a two-byte character in a Windows double-byte code page (Japanese, Simplified
// Chinese, Korean, Traditional Chinese); then two bytes are tried first.
bool isLeadByte(int codePage, unsigned char b)
{
    switch (codePage) {
    case HostTextDecoder::kShiftJis:
        return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
    case 936:
    case 949:
    case 950:
        return b >= 0x81 && b <= 0xFE;
    default:
        return false;
    }
}

// A run of bytes that are all 0x40 or above: trail bytes of every Windows double-byte code page are,
// so a run never splits a character. Decoded whole when it can be, else character by character.
void appendRun(QString &out, Converter &converter, int codePage, QByteArrayView run)
{
    if (const std::optional<QString> whole = converter.strict(run)) {
        out += *whole;
        return;
    }
    qsizetype i = 0;
    while (i < run.size()) {
        const auto b = static_cast<unsigned char>(run[i]);
        if (b < 0x80) {
            out += QChar(char16_t(b));
            ++i;
            continue;
        }
        // One character is at most 4 bytes (GB18030); the first length that decodes is the character.
        static constexpr std::array<qsizetype, 4> kSingleFirst = {1, 2, 3, 4};
        static constexpr std::array<qsizetype, 4> kPairFirst = {2, 1, 3, 4};
        qsizetype taken = 0;
        for (const qsizetype length : isLeadByte(codePage, b) ? kPairFirst : kSingleFirst) {
            if (i + length > run.size())
                continue;
            if (const std::optional<QString> one = converter.strict(run.sliced(i, length))) {
                out += *one;
                taken = length;
                break;
            }
        }
        if (taken == 0) {
            out += QChar::ReplacementCharacter;
            taken = 1;
        }
        i += taken;
    }
}

} // namespace

bool HostTextDecoder::isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes); // decode() is lazy: only the conversion sets hasError()
    return !decoder.hasError();
}

bool HostTextDecoder::canDecode(int codePage, Backend backend)
{
    if (codePage == kUtf8 || codePage == kWestern)
        return true;
    if (codePage <= 0)
        return false;
    return Converter(codePage, backend).isValid();
}

QList<HostTextDecoder::Backend> HostTextDecoder::availableBackends()
{
    QList<Backend> out;
    for (const Backend b : {Backend::Qt, Backend::Iconv, Backend::Windows}) {
        if (Converter(kShiftJis, b).isValid())
            out << b;
    }
    return out;
}

bool HostTextDecoder::looksJapanese(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // CJK symbols and punctuation, hiragana, katakana; full-width ASCII forms. Not the half-width
        // katakana (U+FF61..U+FF9F): Western letters read as CP932 land there.
        if ((u >= 0x3000 && u <= 0x30FF) || (u >= 0xFF01 && u <= 0xFF5E))
            return true;
    }
    return false;
}

QString HostTextDecoder::decodeCodePage(QByteArrayView bytes, int codePage, Backend backend)
{
    if (codePage == kUtf8)
        return QString::fromUtf8(bytes);
    if (codePage == kWestern)
        return decodeCp1252(bytes);
    QString out;
    out.reserve(bytes.size());
    Converter converter(codePage, backend);
    const bool usable = codePage > 0 && converter.isValid();
    qsizetype i = 0;
    while (i < bytes.size()) {
        // Below 0x40 every Windows code page is ASCII and no byte continues a character; ICU's CP932
        // would swap some controls (0x1A, 0x1C) that Windows keeps.
        if (static_cast<unsigned char>(bytes[i]) < 0x40) {
            out += QChar(char16_t(static_cast<unsigned char>(bytes[i])));
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < bytes.size() && static_cast<unsigned char>(bytes[end]) >= 0x40)
            ++end;
        const QByteArrayView run = bytes.sliced(i, end - i);
        if (usable) {
            appendRun(out, converter, codePage, run);
        } else {
            for (const char c : run) {
                const auto b = static_cast<unsigned char>(c);
                out += b < 0x80 ? QChar(char16_t(b)) : QChar(QChar::ReplacementCharacter);
            }
        }
        i = end;
    }
    return out;
}

QString HostTextDecoder::decode(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError() || m_codePage == kUtf8) {
        m_last = kUtf8;
        return text; // invalid bytes of a UTF-8 host are U+FFFD already
    }
    int codePage = m_codePage > 0 ? m_codePage : m_guess;
    if (codePage == 0) {
        QString japanese = decodeCodePage(bytes, kShiftJis);
        if (!japanese.contains(QChar::ReplacementCharacter) && looksJapanese(japanese)) {
            m_guess = kShiftJis;
            m_last = kShiftJis;
            return japanese;
        }
        codePage = kWestern;
    }
    m_last = codePage;
    return decodeCodePage(bytes, codePage);
}

} // namespace eflow::host
