#include "engine/dps/DpsHttpResponseParser.h"

#include <algorithm>

namespace eflow::dps {

namespace {

bool isTokenChar(char ch)
{
    const auto c = static_cast<unsigned char>(ch);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(ch);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Whether a comma-separated header value (Connection, Transfer-Encoding) names token.
bool listHas(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &item : list.toByteArray().split(','))
        if (trimmed(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArrayView lastListItem(QByteArrayView list)
{
    const qsizetype comma = list.lastIndexOf(',');
    return trimmed(comma < 0 ? list : list.sliced(comma + 1));
}

} // namespace

QByteArray lastHeader(const DpsHttpHeaders &headers, QByteArrayView name)
{
    QByteArray value;
    for (const auto &[headerName, headerValue] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            value = headerValue;
    }
    return value;
}

DpsHttpResponseParser::DpsHttpResponseParser(qsizetype maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{}

DpsHttpResponseParser::Result DpsHttpResponseParser::fail(Result why, QString error)
{
    m_result = why;
    m_error = std::move(error);
    m_line.clear();
    m_state = State::Done;
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::complete()
{
    m_state = State::Done;
    m_result = Result::Complete;
    m_line.clear();
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::feed(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        m_receivedAnything = true;
    while (m_result == Result::NeedMore && !bytes.isEmpty())
        step(bytes);
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::finishOnClose()
{
    if (m_result != Result::NeedMore)
        return m_result;
    if (m_state == State::UntilClose)
        return complete();
    m_truncated = true;
    return fail(Result::Malformed, m_sawStatusLine
                                       ? QStringLiteral("the connection closed before the whole "
                                                        "answer came")
                                       : QStringLiteral("the connection closed without an answer"));
}

DpsHttpResponseParser::Result DpsHttpResponseParser::step(QByteArrayView &bytes)
{
    switch (m_state) {
    case State::Head:
        return readHead(bytes);
    case State::Body:
    case State::ChunkData:
    case State::UntilClose:
        return readBody(bytes);
    case State::ChunkSize:
        return readChunkSize(bytes);
    case State::ChunkDataEnd:
        return readChunkDataEnd(bytes);
    case State::Trailers:
        return readTrailers(bytes);
    case State::Done:
        bytes = {};
        return m_result;
    }
    return m_result;
}

bool DpsHttpResponseParser::takeLine(QByteArrayView &bytes, qsizetype maxLine, bool *overLimit)
{
    const qsizetype lf = bytes.indexOf('\n');
    const qsizetype take = lf < 0 ? bytes.size() : lf + 1;
    // Never keep more than the limit: the rest of an endless line is looked at and dropped.
    m_line.append(bytes.first(std::min(take, std::max<qsizetype>(0, maxLine + 1 - m_line.size()))));
    bytes = bytes.sliced(take);
    *overLimit = m_line.size() > maxLine;
    return lf >= 0 && !*overLimit;
}

QByteArrayView DpsHttpResponseParser::lineText() const
{
    QByteArrayView text(m_line);
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    return text;
}

bool DpsHttpResponseParser::takeHeadLine(QByteArrayView &bytes)
{
    bool over = false;
    if (takeLine(bytes, m_maxHeaderBytes - m_headBytes, &over)) {
        m_headBytes += m_line.size();
        return true;
    }
    if (over)
        fail(Result::HeadersTooLarge,
             QStringLiteral("the response headers are larger than %1 bytes").arg(m_maxHeaderBytes));
    return false;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::readHead(QByteArrayView &bytes)
{
    if (!takeHeadLine(bytes))
        return m_result;
    const QByteArrayView line = lineText();
    Result r = Result::NeedMore;
    if (!m_sawStatusLine)
        r = parseStatusLine(line);
    else if (line.isEmpty())
        r = endOfHead();
    else
        r = parseHeaderLine(line);
    m_line.clear();
    return r;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::parseStatusLine(QByteArrayView line)
{
    // HTTP-version SP 3DIGIT SP [reason]; some servers leave out the space before an empty reason.
    const bool known = line.startsWith("HTTP/1.1 ") || line.startsWith("HTTP/1.0 ");
    const QByteArrayView code =
        known ? line.sliced(9).first(std::min<qsizetype>(3, line.size() - 9)) : QByteArrayView();
    const bool digits = code.size() == 3 &&
                        std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!known || !digits || (line.size() > 12 && line[12] != ' ') || code[0] < '1' || code[0] > '5')
        return fail(Result::Malformed, QStringLiteral("the answer does not start with an HTTP/1.1 status "
                                                      "line"));
    for (char c : line) {
        if (c == '\0' || c == '\r')
            return fail(Result::Malformed, QStringLiteral("the status line holds a control character"));
    }
    m_http10 = line.startsWith("HTTP/1.0");
    m_response.status = code.toByteArray().toInt();
    m_sawStatusLine = true;
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::parseHeaderLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t')
        return fail(Result::Malformed, QStringLiteral("a header line is folded (obsolete line folding)"));
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon < 0 ? QByteArrayView() : line.first(colon);
    if (!isToken(name))
        return fail(Result::Malformed, QStringLiteral("a header line is not \"name: value\""));
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    for (char c : value) {
        if (c == '\0' || c == '\r' || c == '\n')
            return fail(
                Result::Malformed,
                QStringLiteral("the header %1 holds a control character").arg(QString::fromLatin1(name)));
    }
    m_response.headers.append({name.toByteArray(), value.toByteArray()});
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::endOfHead()
{
    const int status = m_response.status;
    if (status >= 100 && status < 200) {
        if (status == 101)
            return fail(Result::Malformed, QStringLiteral("the server switched protocols (HTTP 101)"));
        // An interim answer (100 Continue, 103 Early Hints): the real one follows. Its bytes stay counted,
        // so endless interim answers reach the header cap.
        m_response = DpsHttpResponse{};
        m_sawStatusLine = false;
        return m_result;
    }
    const QByteArray connection = m_response.header("Connection");
    m_response.keepAlive = m_http10 ? listHas(connection, "keep-alive") : !listHas(connection, "close");
    return startBody();
}

DpsHttpResponseParser::Result DpsHttpResponseParser::startBody()
{
    if (m_response.status == 204 || m_response.status == 304)
        return complete();
    QList<QByteArray> lengths;
    QList<QByteArray> codings;
    for (const auto &[name, value] : m_response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths << value;
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            codings << value;
    }
    if (!codings.isEmpty()) {
        // Both framings at once is how responses are smuggled; DPS never sends it.
        if (!lengths.isEmpty())
            return fail(Result::Malformed,
                        QStringLiteral("the answer has both Content-Length and Transfer-Encoding"));
        if (lastListItem(codings.last()).compare("chunked", Qt::CaseInsensitive) != 0 ||
            codings.join(',').count("chunked") != 1)
            return fail(Result::Malformed, QStringLiteral("the transfer coding \"%1\" is not supported")
                                               .arg(QString::fromLatin1(codings.join(", "))));
        m_state = State::ChunkSize;
        return m_result;
    }
    if (lengths.isEmpty()) {
        m_response.keepAlive = false; // the body ends where the connection does
        m_state = State::UntilClose;
        return m_result;
    }
    for (const QByteArray &length : lengths) {
        const bool digits =
            !length.isEmpty() && length.size() <= 18 &&
            std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || length != lengths.first())
            return fail(Result::Malformed, QStringLiteral("the Content-Length \"%1\" is not one number")
                                               .arg(QString::fromLatin1(lengths.join(", ").left(64))));
    }
    m_remaining = lengths.first().toLongLong();
    // Refused on the headers, before a byte of the body is read.
    if (m_remaining > m_maxBodyBytes)
        return fail(Result::BodyTooLarge,
                    QStringLiteral("the response is larger than %1 bytes").arg(m_maxBodyBytes));
    if (m_remaining == 0)
        return complete();
    m_response.body.reserve(qsizetype(std::min<qint64>(m_remaining, 64 * 1024)));
    m_state = State::Body;
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::appendBody(QByteArrayView bytes)
{
    if (m_response.body.size() + bytes.size() > m_maxBodyBytes) {
        // Kept up to the cap: the details show how the answer started.
        m_response.body.append(bytes.first(std::min<qsizetype>(bytes.size(), 512)));
        return fail(Result::BodyTooLarge,
                    QStringLiteral("the response is larger than %1 bytes").arg(m_maxBodyBytes));
    }
    m_response.body.append(bytes);
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::readBody(QByteArrayView &bytes)
{
    const qsizetype take =
        m_state == State::UntilClose ? bytes.size() : qsizetype(std::min<qint64>(m_remaining, bytes.size()));
    const QByteArrayView part = bytes.first(take);
    bytes = bytes.sliced(take);
    if (appendBody(part) != Result::NeedMore)
        return m_result;
    if (m_state == State::UntilClose)
        return m_result;
    m_remaining -= take;
    if (m_remaining > 0)
        return m_result;
    if (m_state == State::Body)
        return complete();
    m_state = State::ChunkDataEnd;
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::readChunkSize(QByteArrayView &bytes)
{
    bool over = false;
    if (!takeLine(bytes, kMaxChunkLineBytes, &over))
        return over
                   ? fail(Result::Malformed,
                          QStringLiteral("a chunk-size line is longer than %1 bytes").arg(kMaxChunkLineBytes))
                   : m_result;
    QByteArrayView size = lineText();
    const qsizetype extension = size.indexOf(';');
    if (extension >= 0)
        size = size.first(extension);
    size = trimmed(size);
    const bool hex =
        !size.isEmpty() && size.size() <= 15 && std::all_of(size.begin(), size.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        });
    if (!hex)
        return fail(Result::Malformed, QStringLiteral("a chunk size is not a hexadecimal number"));
    m_remaining = size.toByteArray().toLongLong(nullptr, 16);
    m_line.clear();
    if (m_remaining == 0) {
        m_state = State::Trailers;
        return m_result;
    }
    if (m_response.body.size() + m_remaining > m_maxBodyBytes)
        return fail(Result::BodyTooLarge,
                    QStringLiteral("the response is larger than %1 bytes").arg(m_maxBodyBytes));
    m_state = State::ChunkData;
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::readChunkDataEnd(QByteArrayView &bytes)
{
    bool over = false;
    if (!takeLine(bytes, 2, &over))
        return over ? fail(Result::Malformed, QStringLiteral("a chunk does not end where its size says"))
                    : m_result;
    if (!lineText().isEmpty())
        return fail(Result::Malformed, QStringLiteral("a chunk does not end where its size says"));
    m_line.clear();
    m_state = State::ChunkSize;
    return m_result;
}

DpsHttpResponseParser::Result DpsHttpResponseParser::readTrailers(QByteArrayView &bytes)
{
    if (!takeHeadLine(bytes))
        return m_result;
    const bool last = lineText().isEmpty();
    m_line.clear();
    // Trailer fields carry nothing DPS uses; they are counted against the header cap and dropped.
    return last ? complete() : m_result;
}

} // namespace eflow::dps
