// The DPS exchange's own HTTP/1.1 response reader (engine/dps/DpsHttpResponseParser): every framing DPS and
// proxies use, fed whole, a byte at a time and in odd pieces, the caps on header block, trailers and body,
// and the answers it must refuse rather than guess at.
#include <QtTest>

#include "engine/dps/DpsHttpResponseParser.h"

using eflow::dps::DpsHttpResponseParser;
using Result = DpsHttpResponseParser::Result;

Q_DECLARE_METATYPE(DpsHttpResponseParser::Result)

namespace {

constexpr qsizetype kHeaderCap = 1024;
constexpr qint64 kBodyCap = 4096;

// Feeds input in pieces of `piece` bytes (0: all at once); then, if asked, says the connection closed.
DpsHttpResponseParser parse(const QByteArray &input, int piece, bool close)
{
    DpsHttpResponseParser parser(kHeaderCap, kBodyCap);
    const qsizetype step = piece > 0 ? piece : std::max<qsizetype>(1, input.size());
    for (qsizetype at = 0; at < input.size() && parser.result() == Result::NeedMore; at += step)
        parser.feed(QByteArrayView(input).sliced(at, std::min(step, input.size() - at)));
    if (close)
        parser.finishOnClose();
    return parser;
}

const QByteArray kOk = "HTTP/1.1 200 OK\r\n";

} // namespace

class TestDpsHttpParser final : public QObject
{
    Q_OBJECT

private slots:
    void answers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("close");
        QTest::addColumn<Result>("result");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        QTest::addColumn<QString>("error");

        QTest::newRow("content-length") << kOk + "Content-Length: 2\r\n\r\n{}" << false << Result::Complete
                                        << 200 << QByteArray("{}") << true << QString();
        QTest::newRow("bare LF line ends")
            << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\n{}") << false << Result::Complete << 200
            << QByteArray("{}") << true << QString();
        QTest::newRow("connection close")
            << kOk + "Content-Length: 2\r\nConnection: Close\r\n\r\n{}" << false << Result::Complete << 200
            << QByteArray("{}") << false << QString();
        QTest::newRow("HTTP/1.0 closes")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n") << false << Result::Complete << 200
            << QByteArray() << false << QString();
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n") << false
            << Result::Complete << 200 << QByteArray() << true << QString();
        QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 204\r\n\r\n") << false << Result::Complete
                                          << 204 << QByteArray() << true << QString();
        QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false
                                         << Result::Complete << 204 << QByteArray() << true << QString();
        QTest::newRow("chunked")
            << kOk + "Transfer-Encoding: chunked\r\n\r\n2;ext=1\r\n{\"\r\nA\r\n0123456789\r\n0\r\nX-T: "
                     "1\r\n\r\n"
            << false << Result::Complete << 200 << QByteArray("{\"0123456789") << true << QString();
        QTest::newRow("until close") << kOk + "\r\nhello" << true << Result::Complete << 200
                                     << QByteArray("hello") << false << QString();
        QTest::newRow("until close, still open") << kOk + "\r\nhello" << false << Result::NeedMore << 200
                                                 << QByteArray("hello") << false << QString();
        QTest::newRow("interim 100 skipped")
            << "HTTP/1.1 100 Continue\r\n\r\n" + kOk + "Content-Length: 1\r\n\r\nx" << false
            << Result::Complete << 200 << QByteArray("x") << true << QString();
        QTest::newRow("a 401 with its body")
            << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 3\r\n\r\n{}\n") << false
            << Result::Complete << 401 << QByteArray("{}\n") << true << QString();

        QTest::newRow("body cut short")
            << kOk + "Content-Length: 10\r\n\r\n{}" << true << Result::Malformed << 200 << QByteArray("{}")
            << true << QStringLiteral("closed before the whole answer");
        QTest::newRow("nothing at all") << QByteArray() << true << Result::Malformed << 0 << QByteArray()
                                        << false << QStringLiteral("closed without an answer");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false << Result::Malformed << 0
                                  << QByteArray() << false << QStringLiteral("HTTP/1.1 status line");
        QTest::newRow("HTTP/2 preface") << QByteArray("HTTP/2 200\r\n\r\n") << false << Result::Malformed << 0
                                        << QByteArray() << false << QStringLiteral("status line");
        QTest::newRow("status 600") << QByteArray("HTTP/1.1 600 Odd\r\n\r\n") << false << Result::Malformed
                                    << 0 << QByteArray() << false << QStringLiteral("status line");
        QTest::newRow("status 20x") << QByteArray("HTTP/1.1 20x OK\r\n\r\n") << false << Result::Malformed
                                    << 0 << QByteArray() << false << QStringLiteral("status line");
        QTest::newRow("folded header")
            << kOk + "X-A: 1\r\n  more\r\n\r\n"
            << false << Result::Malformed << 200 << QByteArray() << false << QStringLiteral("folded");
        QTest::newRow("space before colon")
            << kOk + "X-A : 1\r\n\r\n"
            << false << Result::Malformed << 200 << QByteArray() << false << QStringLiteral("name: value");
        QTest::newRow("no colon") << kOk + "garbage\r\n\r\n"
                                  << false << Result::Malformed << 200 << QByteArray() << false
                                  << QStringLiteral("name: value");
        QTest::newRow("bare CR in a value") << kOk + "X-A: 1\r2\r\n\r\n"
                                            << false << Result::Malformed << 200 << QByteArray() << false
                                            << QStringLiteral("control character");
        QTest::newRow("two lengths") << kOk + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" << false
                                     << Result::Malformed << 200 << QByteArray() << false
                                     << QStringLiteral("not one number");
        QTest::newRow("signed length")
            << kOk + "Content-Length: -1\r\n\r\n"
            << false << Result::Malformed << 200 << QByteArray() << false << QStringLiteral("not one number");
        QTest::newRow("length and chunked") << kOk + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n"
                                            << false << Result::Malformed << 200 << QByteArray() << false
                                            << QStringLiteral("both Content-Length and Transfer-Encoding");
        QTest::newRow("gzip transfer coding") << kOk + "Transfer-Encoding: gzip\r\n\r\n"
                                              << false << Result::Malformed << 200 << QByteArray() << false
                                              << QStringLiteral("\"gzip\" is not supported");
        QTest::newRow("bad chunk size") << kOk + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"
                                        << false << Result::Malformed << 200 << QByteArray() << false
                                        << QStringLiteral("not a hexadecimal number");
        QTest::newRow("chunk longer than its size")
            << kOk + "Transfer-Encoding: chunked\r\n\r\n1\r\nab\r\n0\r\n\r\n"
            << false << Result::Malformed << 200 << QByteArray("a") << false
            << QStringLiteral("does not end where its size says");
        QTest::newRow("switching protocols")
            << QByteArray("HTTP/1.1 101 Switching\r\n\r\n") << false << Result::Malformed << 101
            << QByteArray() << false << QStringLiteral("switched protocols");

        const QByteArray pad(kHeaderCap, 'h');
        QTest::newRow("header over the cap")
            << kOk + "X-Pad: " + pad << false << Result::HeadersTooLarge << 200 << QByteArray() << false
            << QStringLiteral("headers are larger than 1024 bytes");
        QTest::newRow("trailers over the cap")
            << kOk + "Transfer-Encoding: chunked\r\n\r\n0\r\nX-T: " + pad << false << Result::HeadersTooLarge
            << 200 << QByteArray() << false << QStringLiteral("headers are larger than 1024 bytes");
        QTest::newRow("interim answers over the cap")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(60) << false << Result::HeadersTooLarge
            << 100 << QByteArray() << false << QStringLiteral("headers are larger than 1024 bytes");
        QTest::newRow("announced body over the cap") << kOk + "Content-Length: 4097\r\n\r\n"
                                                     << false << Result::BodyTooLarge << 200 << QByteArray()
                                                     << false << QStringLiteral("larger than 4096 bytes");
        QTest::newRow("chunk over the cap") << kOk + "Transfer-Encoding: chunked\r\n\r\n1001\r\n"
                                            << false << Result::BodyTooLarge << 200 << QByteArray() << false
                                            << QStringLiteral("larger than 4096 bytes");
        QTest::newRow("body until close over the cap")
            << kOk + "\r\n" + QByteArray(5000, 'b') << false << Result::BodyTooLarge << 200
            << QByteArray(4096 + 512, 'b') << false << QStringLiteral("larger than 4096 bytes");
        QTest::newRow("chunk-size line too long")
            << kOk + "Transfer-Encoding: chunked\r\n\r\n1;" + QByteArray(2000, 'e') << false
            << Result::Malformed << 200 << QByteArray() << false
            << QStringLiteral("chunk-size line is longer");
    }

    void answers()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, close);
        QFETCH(Result, result);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        QFETCH(QString, error);
        // The same answer, however the network cuts it up.
        for (int piece : {0, 1, 7, 4096}) {
            const DpsHttpResponseParser parser = parse(input, piece, close);
            const QByteArray label = "piece " + QByteArray::number(piece) + ": " + parser.error().toUtf8();
            QVERIFY2(parser.result() == result, label.constData());
            QCOMPARE(parser.status(), status);
            if (result == Result::Complete || result == Result::NeedMore) {
                QCOMPARE(parser.response().body, body);
                QCOMPARE(parser.response().keepAlive, keepAlive);
            } else if (result == Result::BodyTooLarge && !body.isEmpty()) {
                // The details show how it started; never more than the cap and a little.
                QVERIFY(parser.response().body.size() <= kBodyCap + 512);
                QCOMPARE(parser.bodyStart(), body.left(512));
            }
            QVERIFY2(parser.error().contains(error), label.constData());
        }
    }

    // Once it has an answer (or a refusal) it takes no more bytes, and the headers come back as sent.
    void afterTheEnd()
    {
        DpsHttpResponseParser parser(kHeaderCap, kBodyCap);
        QCOMPARE(parser.feed(kOk +
                             "Retry-After: 3\r\nX-Ms-Request-Id: a\r\nContent-Length: 0\r\n\r\nHTTP/1.1 500"),
                 Result::Complete);
        QCOMPARE(parser.feed("more"), Result::Complete);
        QCOMPARE(parser.response().header("retry-after"), QByteArray("3"));
        QCOMPARE(parser.response().header("x-ms-request-id"), QByteArray("a"));
        QCOMPARE(parser.response().headers.first().first, QByteArray("Retry-After"));
        QVERIFY(parser.receivedAnything());
        QVERIFY(!parser.truncated());
    }

    // Many chunks across many reads, as a socket delivers them.
    void chunksAcrossReads()
    {
        for (int piece : {1000, 4096, 4102, 65536}) {
            DpsHttpResponseParser parser(kHeaderCap, 1024 * 1024);
            const QByteArray input = kOk + "Transfer-Encoding: chunked\r\n\r\n" +
                                     QByteArray("1000\r\n" + QByteArray(4096, 'c') + "\r\n").repeated(64) +
                                     "0\r\n\r\n";
            for (qsizetype at = 0; at < input.size(); at += piece)
                parser.feed(QByteArrayView(input).sliced(at, std::min<qsizetype>(piece, input.size() - at)));
            QVERIFY2(parser.result() == Result::Complete, qPrintable(parser.error()));
            QCOMPARE(parser.response().body, QByteArray(64 * 4096, 'c'));
        }
    }

    // An endless header line fed in 64 KiB pieces: what the parser keeps never passes its cap.
    void endlessLineStaysSmall()
    {
        DpsHttpResponseParser parser(kHeaderCap, kBodyCap);
        parser.feed(kOk + "X-Pad: ");
        const QByteArray piece(64 * 1024, 'h');
        Result r = Result::NeedMore;
        for (int i = 0; i < 100 && r == Result::NeedMore; ++i)
            r = parser.feed(piece);
        QCOMPARE(r, Result::HeadersTooLarge);
    }
};

QTEST_GUILESS_MAIN(TestDpsHttpParser)
#include "tst_dps_httpparser.moc"
