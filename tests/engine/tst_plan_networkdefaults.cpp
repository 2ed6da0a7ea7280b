#include <QTest>

#include "engine/plan/NetworkDefaults.h"

using eflow::plan::proposeNatStaticIp;
using eflow::plan::SwitchCreation;
using namespace Qt::StringLiterals;

class TestPlanNetworkDefaults final : public QObject
{
    Q_OBJECT

private slots:
    void natProposal_data()
    {
        QTest::addColumn<QString>("hostAddress");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<QStringList>("used");
        QTest::addColumn<QString>("expected"); // empty: no proposal

        QTest::newRow("gateway .1 -> .2") << u"172.20.0.1"_s << 24 << QStringList{} << u"172.20.0.2"_s;
        QTest::newRow("host adapters skipped")
            << u"172.20.0.1"_s << 24 << QStringList{u"172.20.0.2"_s, u"10.0.0.5"_s, u"172.20.0.3"_s}
            << u"172.20.0.4"_s;
        QTest::newRow("gateway elsewhere -> .1")
            << u"192.168.50.254"_s << 24 << QStringList{} << u"192.168.50.1"_s;
        QTest::newRow("gateway .2 skips itself")
            << u"10.1.2.2"_s << 24 << QStringList{u"10.1.2.1"_s} << u"10.1.2.3"_s;
        QTest::newRow("/30 has two hosts") << u"172.20.0.1"_s << 30 << QStringList{} << u"172.20.0.2"_s;
        QTest::newRow("/30 full") << u"172.20.0.1"_s << 30 << QStringList{u"172.20.0.2"_s} << QString();
        QTest::newRow("unusable garbage in used")
            << u"172.20.0.1"_s << 24 << QStringList{u"x"_s, u""_s} << u"172.20.0.2"_s;
        QTest::newRow("bad host address") << u"172.20.0"_s << 24 << QStringList{} << QString();
        QTest::newRow("leading zero") << u"172.020.0.1"_s << 24 << QStringList{} << QString();
        QTest::newRow("network address") << u"172.20.0.0"_s << 24 << QStringList{} << QString();
        QTest::newRow("broadcast address") << u"172.20.0.255"_s << 24 << QStringList{} << QString();
        QTest::newRow("prefix too long") << u"172.20.0.1"_s << 31 << QStringList{} << QString();
    }

    void natProposal()
    {
        QFETCH(QString, hostAddress);
        QFETCH(int, prefix);
        QFETCH(QStringList, used);
        QFETCH(QString, expected);
        SwitchCreation creation;
        creation.create = true;
        creation.name = u"EFLOW-Internal"_s;
        creation.hostAddress = hostAddress;
        creation.prefixLength = prefix;
        const auto proposal = proposeNatStaticIp(creation, used);
        if (expected.isEmpty()) {
            QVERIFY2(!proposal, qPrintable(proposal ? proposal->address : QString()));
            return;
        }
        QVERIFY(proposal);
        QCOMPARE(proposal->address, expected);
        QCOMPARE(proposal->prefixLength, prefix);
        QCOMPARE(proposal->gateway, hostAddress);
    }
};

QTEST_GUILESS_MAIN(TestPlanNetworkDefaults)
#include "tst_plan_networkdefaults.moc"
