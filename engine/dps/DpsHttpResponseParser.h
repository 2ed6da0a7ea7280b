#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace eflow::dps {

using DpsHttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The last value of a header, by case-insensitive name; empty when absent.
QByteArray lastHeader(const DpsHttpHeaders &headers, QByteArrayView name);

// One HTTP/1.1 answer as read from the wire.
struct DpsHttpResponse
{
    int status = 0;
    DpsHttpHeaders headers; // in the order received, names as sent
    QByteArray body;
    bool keepAlive = false; // the connection may carry the next request

    QByteArray header(QByteArrayView name) const { return lastHeader(headers, name); }
};

// Incremental reader of one HTTP/1.1 response: bytes go in as they arrive, and it says when the answer is
// whole, or why it never will be. Everything it keeps is capped: the status line with the headers (and a
// chunked body's trailers) at maxHeaderBytes, the body at maxBodyBytes. Qt 6.4's own HTTP reader buffers
// a header block without any limit on its own thread, which is why the DPS exchange reads the wire itself.
// Supported: Content-Length, chunked transfer coding, a body that ends when the connection closes, interim
// 1xx answers (skipped), answers without a body (1xx, 204, 304). Pure: no I/O, fuzzed (fuzz_dps_answers).
class DpsHttpResponseParser final
{
public:
    enum class Result
    {
        Unknown = 0,
        NeedMore,
        Complete,
        Malformed,       // not HTTP/1.x as RFC 9112 has it; error() says what
        HeadersTooLarge, // the status line and headers passed maxHeaderBytes before their end
        BodyTooLarge,    // announced or received body over maxBodyBytes
    };

    static constexpr qsizetype kMaxChunkLineBytes = 1024;

    DpsHttpResponseParser(qsizetype maxHeaderBytes, qint64 maxBodyBytes);

    // Takes the next bytes of the connection. Once the result is no longer NeedMore, further bytes are
    // ignored and the same result is returned (a complete answer's leftovers would be a pipelined reply,
    // which DPS clients never ask for).
    Result feed(QByteArrayView bytes);
    // The peer closed the connection: completes a body that runs to the close; any other unfinished answer
    // is cut short (Malformed with truncated() true).
    Result finishOnClose();

    Result result() const { return m_result; }
    // Whether any byte of an answer came (a kept-alive connection closed before it is safe to use again).
    bool receivedAnything() const { return m_receivedAnything; }
    // True when the connection closed before the answer was whole.
    bool truncated() const { return m_truncated; }
    int status() const { return m_response.status; } // 0 until the status line is read
    const DpsHttpResponse &response() const { return m_response; }
    DpsHttpResponse takeResponse() { return std::move(m_response); }
    // The start of the body received so far (at most 512 bytes), for the details of a refusal.
    QByteArray bodyStart() const { return m_response.body.left(512); }
    const QString &error() const { return m_error; }

private:
    enum class State
    {
        Head,
        Body,         // m_remaining bytes of a Content-Length body
        UntilClose,   // everything up to the close
        ChunkSize,    // a chunk-size line
        ChunkData,    // m_remaining bytes of a chunk
        ChunkDataEnd, // the CRLF after a chunk
        Trailers,     // trailer lines up to an empty one
        Done,
    };

    Result step(QByteArrayView &bytes);
    Result readHead(QByteArrayView &bytes);
    Result endOfHead();
    Result parseStatusLine(QByteArrayView line);
    Result parseHeaderLine(QByteArrayView line);
    Result startBody();
    Result readBody(QByteArrayView &bytes);
    Result readChunkSize(QByteArrayView &bytes);
    Result readChunkDataEnd(QByteArrayView &bytes);
    Result readTrailers(QByteArrayView &bytes);
    // Appends to the body within the cap.
    Result appendBody(QByteArrayView bytes);
    // Takes bytes up to and including the next LF into m_line; false when there is none yet. Sets
    // *overLimit when the line passed maxLine bytes.
    bool takeLine(QByteArrayView &bytes, qsizetype maxLine, bool *overLimit);
    // A line of the header block or the trailers, counted against the header cap (fails when over it).
    bool takeHeadLine(QByteArrayView &bytes);
    // m_line without its line end.
    QByteArrayView lineText() const;
    Result fail(Result why, QString error);
    Result complete();

    qsizetype m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    State m_state = State::Head;
    Result m_result = Result::NeedMore;
    DpsHttpResponse m_response;
    QByteArray m_line;         // the line being read (status, header, chunk size, trailer)
    qsizetype m_headBytes = 0; // whole lines of the header block(s) and trailers so far
    bool m_sawStatusLine = false;
    qint64 m_remaining = 0;
    bool m_http10 = false;
    bool m_receivedAnything = false;
    bool m_truncated = false;
    QString m_error;
};

} // namespace eflow::dps
