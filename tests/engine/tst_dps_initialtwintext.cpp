// checkInitialTwinText: what the Enrollments window's twin editor and `enroll --twin-file` say about an
// initial twin typed by a person - the line and column of a JSON error (characters, not bytes), a key given
// twice, and what DPS would refuse.
#undef QT_NO_CAST_FROM_ASCII
#include <QtTest>

#include "engine/dps/InitialTwinText.h"

using namespace eflow;

class TestInitialTwinText final : public QObject
{
    Q_OBJECT

private slots:
    void problems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("fine");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");

        QTest::newRow("empty") << QByteArray("  \n") << true << 0 << 0 << QString();
        QTest::newRow("tags and desired")
            << QByteArray(R"({"tags":{"environment":"test"},"properties":{"desired":{"a":1}}})") << true << 0
            << 0 << QString();
        QTest::newRow("comma before a brace, line 2") << QByteArray("{\n  \"tags\": {\"a\": 1,}\n}") << false
                                                      << 2 << 20 << QString("Line 2, column 20");
        QTest::newRow("umlauts count as one column each")
            << QByteArray("{\"tags\": {\"ort\": \"Köln\" \"x\"}}") << false << 1 << 26
            << QString("column 26");
        QTest::newRow("unclosed, last line")
            << QByteArray("{\n\"tags\": {\n") << false << 3 << 1 << QString("Line 3");
        QTest::newRow("a key twice") << QByteArray(R"({"tags":{"site":"a","site":"b"}})") << false << 0 << 0
                                     << QString("\"tags.site\" appears twice");
        QTest::newRow("a member DPS refuses")
            << QByteArray(R"({"tags":{},"props":{}})") << false << 0 << 0 << QString("not \"props\"");
        QTest::newRow("tags not an object")
            << QByteArray(R"({"tags":[1,2]})") << false << 0 << 0 << QString("tags");
        QTest::newRow("an array, not an object") << QByteArray("[]") << false << 0 << 0 << QString("object");
    }

    void problems()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, fine);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        const std::optional<dps::TwinTextProblem> problem = dps::checkInitialTwinText(text);
        QCOMPARE(!problem.has_value(), fine);
        if (fine)
            return;
        QCOMPARE(problem->line, line);
        QCOMPARE(problem->column, column);
        QVERIFY2(problem->message.contains(says), qPrintable(problem->message));
    }
};

QTEST_GUILESS_MAIN(TestInitialTwinText)
#include "tst_dps_initialtwintext.moc"
