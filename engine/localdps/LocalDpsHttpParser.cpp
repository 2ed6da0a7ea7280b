#include "engine/localdps/LocalDpsHttpParser.h"

#include <algorithm>

#include <QList>

namespace eflow::localdps {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(ch);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

LocalDpsHttpParser::LocalDpsHttpParser(qsizetype maxHeaderBytes, qsizetype maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{}

LocalDpsHttpParser::Result LocalDpsHttpParser::fail(int status)
{
    m_errorStatus = status;
    m_buffer.clear();
    return Result::Error;
}

LocalDpsHttpParser::Result LocalDpsHttpParser::next(LocalDpsHttpRequest &request)
{
    if (m_errorStatus != 0)
        return Result::Error;

    // Tolerate stray CRLFs between requests (RFC 9112 §2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);

    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > m_maxHeaderBytes)
            return fail(431);
        return Result::NeedMore;
    }
    if (headerEnd + 4 > m_maxHeaderBytes)
        return fail(431);

    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    LocalDpsHttpRequest parsed;
    {
        QByteArray requestLine = lines.first();
        if (!requestLine.endsWith('\r'))
            return fail(400);
        requestLine.chop(1);
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/'))
            return fail(400);
        if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
            if (parts[2].startsWith("HTTP/"))
                return fail(505);
            return fail(400);
        }
        parsed.method = parts[0];
        parsed.target = parts[1];
        parsed.version = parts[2];
    }
    // Every header line but the last ends in '\r'; the last one's CRLF belongs to the "\r\n\r\n" cut off
    // above.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return fail(400);
            line.chop(1);
        }
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400); // obsolete line folding (RFC 9112 §5.2)
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400);
        const QByteArray name = line.left(colon).toLower();
        if (!isToken(name))
            return fail(400);
        parsed.headers.append({name, line.mid(colon + 1).trimmed()});
    }

    qsizetype bodyLength = 0;
    if (parsed.hasHeader("transfer-encoding")) {
        // No DPS client streams a request body; refusing is safer than half-supporting chunked framing.
        return fail(parsed.header("transfer-encoding").toLower() == "chunked" ? 411 : 501);
    }
    const auto lengthCount = std::count_if(parsed.headers.cbegin(), parsed.headers.cend(),
                                           [](const auto &h) { return h.first == "content-length"; });
    if (lengthCount > 1)
        return fail(400);
    if (lengthCount == 1) {
        const QByteArray text = parsed.header("content-length");
        bool ok = false;
        const qlonglong length = text.toLongLong(&ok);
        if (!ok || length < 0 || text.startsWith('+') || text.startsWith('-'))
            return fail(400);
        if (length > m_maxBodyBytes)
            return fail(413);
        bodyLength = qsizetype(length);
    }

    const qsizetype total = headerEnd + 4 + bodyLength;
    if (m_buffer.size() < total) {
        // curl (and .NET when asked) waits for "100 Continue" before sending a body; answer once per request.
        if (!m_continueAnswered && parsed.version == "HTTP/1.1" &&
            parsed.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
            m_continueAnswered = true;
            m_continueWanted = true;
        }
        return Result::NeedMore;
    }
    parsed.body = m_buffer.mid(headerEnd + 4, bodyLength);
    m_buffer.remove(0, total);
    m_continueAnswered = false;
    request = std::move(parsed);
    return Result::Complete;
}

} // namespace eflow::localdps
