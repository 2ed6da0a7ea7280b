#include "engine/support/Redactor.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <utility>
#include <vector>

#include "engine/crypto/OpenSsl.h"

namespace eflow::support {

namespace {

// Below this length a "secret" is more likely to be an ordinary word or number than a key, and masking
// every occurrence of it would make the log unreadable.
constexpr std::size_t minimumSecretLength = 8;

struct Secret
{
    std::string raw;
    // The raw bytes plus their percent-encoded forms (upper- and lower-case hex) where they differ:
    // secrets travel in URLs and form bodies as often as verbatim.
    std::vector<std::string> forms;
    // The same key can be registered by several owners (the plan, a DPS client); it stays masked until
    // the last of them lets go.
    int useCount = 0;
};

void cleanse(std::string &text)
{
    if (!text.empty())
        crypto::ossl::OPENSSL_cleanse(text.data(), text.size());
    text.clear();
}

struct Registry
{
    std::shared_mutex mutex;
    std::vector<Secret> secrets;
};

Registry &registry()
{
    // Deliberately never destroyed: Qt and other libraries still log during static destruction, and
    // the redactor must keep working (and keep masking) until the very end.
    static Registry *instance = new Registry;
    return *instance;
}

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// encodeURIComponent with !'()* escaped too, matching crypto::percentEncode; kept local so that the
// support layer does not make unwiped QByteArray copies of every secret.
std::string percentEncode(std::string_view bytes, bool lowerCase)
{
    static constexpr char upper[] = "0123456789ABCDEF";
    static constexpr char lower[] = "0123456789abcdef";
    const char *hex = lowerCase ? lower : upper;
    std::string out;
    out.reserve(bytes.size() * 3);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c)) {
            out.push_back(ch);
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0x0f]);
        }
    }
    return out;
}

char toLowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isQuote(char c)
{
    return c == '"' || c == '\'';
}

// Where a "SharedAccessKey=" or "sig=" value ends: the separators of connection strings (;) and query
// strings (&), whitespace, and the quotes of JSON or of a quoted argument.
bool endsValue(char c)
{
    return c == ';' || c == '&' || isSpace(c) || isQuote(c);
}

// Where a "SharedAccessSignature <token>" token ends. A token never contains a raw ';' (its fields are
// percent-encoded), so stopping there keeps the rest of a connection string such as
// "…;SharedAccessSignature=SharedAccessSignature sr=…;ModuleId=m" readable.
bool endsToken(char c)
{
    return isSpace(c) || isQuote(c) || c == ';';
}

// Case-insensitive comparison of text at pos with a lower-case keyword.
bool matchesAt(std::string_view text, std::size_t pos, std::string_view lowerKeyword)
{
    if (text.size() - pos < lowerKeyword.size())
        return false;
    for (std::size_t i = 0; i < lowerKeyword.size(); ++i) {
        if (toLowerAscii(text[pos + i]) != lowerKeyword[i])
            return false;
    }
    return true;
}

using Span = std::pair<std::size_t, std::size_t>; // [begin, end)

// Every trigger starts with an 's', so one pass over the text looking for that letter is the whole cost
// when there is nothing to mask.
void findPatternSpans(std::string_view text, std::vector<Span> &spans)
{
    static constexpr std::string_view accessKey = "sharedaccesskey=";
    static constexpr std::string_view sig = "sig=";
    static constexpr std::string_view signature = "sharedaccesssignature";

    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t s = text.find_first_of("sS", pos);
        if (s == std::string_view::npos)
            break;

        std::size_t valueBegin = std::string_view::npos;
        bool token = false;
        if (matchesAt(text, s, accessKey)) {
            valueBegin = s + accessKey.size();
        } else if (matchesAt(text, s, sig)) {
            valueBegin = s + sig.size();
        } else if (matchesAt(text, s, signature)) {
            std::size_t next = s + signature.size();
            // "SharedAccessSignature sr=…": the token follows after whitespace. Anything else (the word
            // inside a longer name, or "SharedAccessSignature=" whose value is itself a token) is left to
            // the following iterations, which still see that token and its sig=.
            if (next < text.size() && (text[next] == ' ' || text[next] == '\t')) {
                while (next < text.size() && (text[next] == ' ' || text[next] == '\t'))
                    ++next;
                valueBegin = next;
                token = true;
            }
        }

        if (valueBegin == std::string_view::npos) {
            pos = s + 1;
            continue;
        }
        std::size_t valueEnd = valueBegin;
        while (valueEnd < text.size() && !(token ? endsToken(text[valueEnd]) : endsValue(text[valueEnd])))
            ++valueEnd;
        if (valueEnd > valueBegin)
            spans.emplace_back(valueBegin, valueEnd);
        pos = std::max(valueEnd, s + 1);
    }
}

void findSecretSpans(std::string_view text, const std::vector<Secret> &secrets, std::vector<Span> &spans)
{
    for (const Secret &secret : secrets) {
        for (const std::string &form : secret.forms) {
            if (form.size() > text.size())
                continue;
            for (std::size_t at = text.find(form); at != std::string_view::npos; at = text.find(form, at + 1))
                spans.emplace_back(at, at + form.size());
        }
    }
}

std::string applyMasks(std::string_view text, std::vector<Span> &spans)
{
    std::sort(spans.begin(), spans.end());
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    std::size_t i = 0;
    while (i < spans.size()) {
        // Overlapping or touching spans (a registered key that is also a SharedAccessKey= value, two
        // secrets side by side) become one mask, so the output does not hint at how many there were.
        std::size_t begin = spans[i].first;
        std::size_t end = spans[i].second;
        for (++i; i < spans.size() && spans[i].first <= end; ++i)
            end = std::max(end, spans[i].second);
        begin = std::max(begin, copied);
        out.append(text.substr(copied, begin - copied));
        out.append(Redactor::mask);
        copied = end;
    }
    out.append(text.substr(copied));
    return out;
}

// Nullopt when nothing needs masking, so that the QString overload can hand back the original text
// without converting it back from UTF-8.
std::optional<std::string> redactIfNeeded(std::string_view text)
{
    std::vector<Span> spans;
    findPatternSpans(text, spans);
    {
        Registry &r = registry();
        std::shared_lock lock(r.mutex);
        findSecretSpans(text, r.secrets, spans);
    }
    if (spans.empty())
        return std::nullopt;
    return applyMasks(text, spans);
}

} // namespace

void Redactor::registerSecret(QByteArrayView secret)
{
    if (secret.size() < qsizetype(minimumSecretLength))
        return;
    const std::string_view raw(secret.data(), std::size_t(secret.size()));

    Registry &r = registry();
    std::unique_lock lock(r.mutex);
    const auto existing =
        std::find_if(r.secrets.begin(), r.secrets.end(), [&](const Secret &s) { return s.raw == raw; });
    if (existing != r.secrets.end()) {
        ++existing->useCount;
        return;
    }
    Secret entry;
    entry.raw = std::string(raw);
    entry.useCount = 1;
    entry.forms.push_back(entry.raw);
    for (bool lowerCase : {false, true}) {
        std::string encoded = percentEncode(raw, lowerCase);
        if (std::find(entry.forms.begin(), entry.forms.end(), encoded) == entry.forms.end())
            entry.forms.push_back(std::move(encoded));
        else
            cleanse(encoded);
    }
    r.secrets.push_back(std::move(entry));
}

void Redactor::unregisterSecret(QByteArrayView secret)
{
    const std::string_view raw(secret.data(), std::size_t(secret.size()));
    Registry &r = registry();
    std::unique_lock lock(r.mutex);
    const auto it =
        std::find_if(r.secrets.begin(), r.secrets.end(), [&](const Secret &s) { return s.raw == raw; });
    if (it == r.secrets.end() || --it->useCount > 0)
        return;
    cleanse(it->raw);
    for (std::string &form : it->forms)
        cleanse(form);
    r.secrets.erase(it);
}

void Redactor::clearSecrets()
{
    Registry &r = registry();
    std::unique_lock lock(r.mutex);
    for (Secret &secret : r.secrets) {
        cleanse(secret.raw);
        for (std::string &form : secret.forms)
            cleanse(form);
    }
    r.secrets.clear();
}

std::string Redactor::redact(std::string_view text)
{
    std::optional<std::string> redacted = redactIfNeeded(text);
    return redacted ? std::move(*redacted) : std::string(text);
}

QString Redactor::redact(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::optional<std::string> redacted =
        redactIfNeeded(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (!redacted)
        return text;
    return QString::fromStdString(*redacted);
}

} // namespace eflow::support
