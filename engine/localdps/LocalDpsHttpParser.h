#pragma once

#include <utility>

#include <QByteArray>

#include "engine/localdps/LocalDpsHttp.h"

namespace eflow::localdps {

// Incremental HTTP/1.1 request parser for one connection: bytes go in as they arrive, whole requests come
// out. Only what DPS clients send is supported (Content-Length bodies); limits stop a client from making
// the emulator buffer without end.
class LocalDpsHttpParser final
{
public:
    enum class Result
    {
        Unknown = 0,
        NeedMore,
        Complete,
        Error, // errorStatus() says which (400, 411, 413, 431, 501, 505); the connection must be closed
    };

    static constexpr qsizetype defaultMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype defaultMaxBodyBytes = 256 * 1024; // DPS caps messages at 96 KB

    explicit LocalDpsHttpParser(qsizetype maxHeaderBytes = defaultMaxHeaderBytes,
                                qsizetype maxBodyBytes = defaultMaxBodyBytes);

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    // Tries to take one request out of the buffered bytes. After Complete, call again for a pipelined one.
    Result next(LocalDpsHttpRequest &request);
    int errorStatus() const { return m_errorStatus; }
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }
    // True when the buffered bytes hold a request's whole header block (its body may still be missing).
    bool hasHeaderBlock() const { return m_buffer.contains("\r\n\r\n"); }
    // True once after next() returned NeedMore for a request that sent "Expect: 100-continue" and still
    // lacks its body: the caller writes the interim "HTTP/1.1 100 Continue" response.
    bool takeContinueRequest() { return std::exchange(m_continueWanted, false); }

private:
    Result fail(int status);

    qsizetype m_maxHeaderBytes;
    qsizetype m_maxBodyBytes;
    QByteArray m_buffer;
    int m_errorStatus = 0;
    bool m_continueWanted = false;
    bool m_continueAnswered = false;
};

} // namespace eflow::localdps
