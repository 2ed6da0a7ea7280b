// `eflow-wizard enroll` end to end (issue 15 item 2): the real binary against `eflow-wizard emulator` (the
// local DPS over HTTPS, a process of its own) and a real keychain (gnome-keyring in a private D-Bus session:
// CTest runs this through tests/support/with-keyring.sh). Every action in text and --json - list, show,
// create (keys shown, in the keychain, no keychain), update, delete, records after `dps register` - and
// where keys must never be: stdout without --show-keys, stderr, any process's argv. The connection
// string's sources and the failures' exit codes are in tst_enroll_cli_failures.
// Test code compares with plain literals; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/CliProcess.h"
#include "tests/support/SecretSearch.h"
#include "tests/support/TestPrerequisites.h"

using eflow::testsupport::CliRun;
using eflow::testsupport::idsIn;
using eflow::testsupport::iotEdgeOf;
using eflow::testsupport::itemOf;
using eflow::testsupport::keyValueLines;
using eflow::testsupport::rowsOf;
using eflow::testsupport::singleJsonObject;
using eflow::testsupport::tableOf;
using eflow::testsupport::tagsOf;

namespace {

// A valid base64 key that is not the emulator's policy key.
const QByteArray otherKey = "q83vEjRWeJCrze8SNFZ4kAq83vEjRWeJCrze8SNFZ4k=";
const QByteArray hiddenKey = "(hidden; --show-keys prints it)";
const QByteArray twinA = R"({"tags": {"site": "plant-2", "environment": "test"},
  "properties": {"desired": {"interval": 30}}})";
const QByteArray twinB = R"({"tags": {"site": "plant-9"}, "properties": {"desired": {}}})";

QStringList idArgs(bool group, const QString &id)
{
    return eflow::testsupport::idArguments(group, id);
}

QStringList createArgs(bool group, const QString &id)
{
    return QStringList{"create", group ? "group" : "individual"} + idArgs(group, id);
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// The rows of a test that runs for both kinds.
void kindRows()
{
    QTest::addColumn<bool>("group");
    QTest::newRow("individual") << false;
    QTest::newRow("group") << true;
}

} // namespace

class TestEnrollCli final : public QObject
{
    Q_OBJECT

private:
    eflow::testsupport::EnrollBench m_bench;
    eflow::testsupport::EnrollCli &m_cli = m_bench.cli;
    const eflow::testsupport::EmulatorProcess &m_emulator = m_bench.emulator;
    int m_serial = 0;

    // A new ID: every test makes its own enrollments.
    QString unique(const QString &prefix) { return QString("%1-%2").arg(prefix).arg(++m_serial); }
    QString file(const QString &name, const QByteArray &content) { return m_bench.file(name, content); }
    CliRun enroll(const QStringList &arguments, const QByteArray &stdinData = {},
                  const QProcessEnvironment &env = {})
    {
        return m_cli(arguments, stdinData, env);
    }
    QJsonObject show(bool group, const QString &id, bool keys = false)
    {
        return m_bench.show(group, id, keys);
    }
    QString primaryKey(bool group, const QString &id) { return m_bench.primaryKey(group, id); }
    QJsonObject create(bool group, const QString &id, const QStringList &extra = {})
    {
        return m_bench.create(group, id, extra);
    }
    QByteArray secretIn(const QByteArray &text) const { return m_bench.secretIn(text, {otherKey}); }

    void checkFailure(const CliRun &r, bool asJson, int exitCode, const QString &pattern, int httpStatus = -1)
    {
        m_bench.verifyFailure(r, asJson, exitCode, pattern, httpStatus, {otherKey});
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_KEYRING_SESSION();
        QString binary;
        EFLOW_REQUIRE_WIZARD_BINARY(binary);
        const QString problem = m_bench.start(binary);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!m_emulator.hub().isEmpty());

        // The enrollments that `list` finds.
        QVERIFY(!create(false, "ls-ind-a", {"--device-id", "ls-dev-a"}).isEmpty());
        QVERIFY(!create(false, "ls-ind-b", {"--no-edge", "--disabled"}).isEmpty());
        QVERIFY(!create(true, "ls-grp-a").isEmpty());
    }

    void help()
    {
        const CliRun r = m_cli.bare({"enroll", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"list", "show", "create", "update", "delete", "records", "--show-keys"})
            QVERIFY2(r.out.contains(word), word);
        QVERIFY(m_cli.bare({"--help"}).out.contains("enroll"));
    }

    // create individual and group: what show --json then says, the keys hidden unless --show-keys.
    void createAndShow_data()
    {
        QTest::addColumn<bool>("group");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("asJson");
        QTest::addColumn<bool>("edge");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QByteArray>("twin");
        const QString twin = file("twin-a.json", twinA);
        QTest::newRow("individual, defaults")
            << false << QStringList{} << false << true << "enabled" << QByteArray();
        QTest::newRow("individual, device ID, twin, --no-edge, --disabled")
            << false
            << QStringList{"--device-id", "cr-device-2", "--twin-file", twin, "--no-edge", "--disabled"}
            << true << false << "disabled" << twinA;
        QTest::newRow("individual, --edge")
            << false << QStringList{"--edge", "--twin-file", twin} << false << true << "enabled" << twinA;
        QTest::newRow("group, twin") << true << QStringList{"--twin-file", twin} << true << true << "enabled"
                                     << twinA;
        QTest::newRow("group, --no-edge, --disabled")
            << true << QStringList{"--no-edge", "--disabled"} << false << false << "disabled" << QByteArray();
    }

    void createAndShow()
    {
        QFETCH(bool, group);
        QFETCH(QStringList, extra);
        QFETCH(bool, asJson);
        QFETCH(bool, edge);
        QFETCH(QString, status);
        QFETCH(QByteArray, twin);
        const QString id = unique("cr");
        QStringList arguments = createArgs(group, id) + extra + QStringList{"--show-keys"};
        if (asJson)
            arguments << "--json";
        const CliRun r = enroll(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QString primary, secondary;
        if (asJson) {
            const QJsonObject answer = singleJsonObject(r.out);
            QCOMPARE(answer.value("ok"), QJsonValue(true));
            QCOMPARE(itemOf(answer).value(group ? "enrollmentGroupId" : "registrationId").toString(), id);
            QVERIFY2(!itemOf(answer).value("attestation").toObject().contains("symmetricKey"),
                     r.out.constData());
            primary = answer.value("keys").toObject().value("primaryKey").toString();
            secondary = answer.value("keys").toObject().value("secondaryKey").toString();
        } else {
            QVERIFY2(r.out.startsWith(group ? "Created enrollment group " + id.toUtf8()
                                            : "Created individual enrollment " + id.toUtf8()),
                     r.out.constData());
            primary = QString::fromLatin1(keyValueLines(r.out).value("primary key"));
            secondary = QString::fromLatin1(keyValueLines(r.out).value("secondary key"));
        }
        m_bench.rememberKeys({{"primaryKey", primary}, {"secondaryKey", secondary}});
        // 64 random bytes each, two different keys.
        QCOMPARE(QByteArray::fromBase64(primary.toLatin1()).size(), 64);
        QCOMPARE(QByteArray::fromBase64(secondary.toLatin1()).size(), 64);
        QVERIFY(primary != secondary);

        const CliRun shown = enroll(QStringList{"show", "--json"} + idArgs(group, id));
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(!shown.out.contains(primary.toLatin1()) && !shown.out.contains(secondary.toLatin1()),
                 "show without --show-keys printed a key");
        const QJsonObject answer = singleJsonObject(shown.out);
        QVERIFY2(!answer.contains("keys"), shown.out.constData());
        const QJsonObject item = itemOf(answer);
        QCOMPARE(item.value(group ? "enrollmentGroupId" : "registrationId").toString(), id);
        QCOMPARE(iotEdgeOf(item), edge);
        QCOMPARE(item.value("provisioningStatus").toString(), status);
        const QJsonObject wantedTwin = json(twin);
        QCOMPARE(tagsOf(item), wantedTwin.value("tags").toObject());
        QCOMPARE(
            item.value("initialTwin").toObject().value("properties").toObject().value("desired").toObject(),
            wantedTwin.value("properties").toObject().value("desired").toObject());
        if (!group) {
            QCOMPARE(item.value("deviceId").toString(),
                     extra.contains("--device-id") ? QString("cr-device-2") : QString());
            QVERIFY2(answer.contains("registration") && answer.value("registration").isNull(),
                     shown.out.constData());
        }

        const QJsonObject withKeys = show(group, id, true);
        QCOMPARE(withKeys.value("keys").toObject().value("primaryKey").toString(), primary);
        QCOMPARE(withKeys.value("keys").toObject().value("secondaryKey").toString(), secondary);
    }

    // show's text: "key: value" lines, the keys hidden unless --show-keys, then equal to create's.
    void showText_data() { kindRows(); }

    void showText()
    {
        QFETCH(bool, group);
        const QString id = unique("st");
        QStringList extra{"--twin-file", file("twin-a.json", twinA)};
        if (!group)
            extra << "--device-id"
                  << "st-device";
        const QJsonObject created = create(group, id, extra);
        QVERIFY(!created.isEmpty());
        const QByteArray primary = created.value("keys").toObject().value("primaryKey").toString().toLatin1();
        const QByteArray secondary =
            created.value("keys").toObject().value("secondaryKey").toString().toLatin1();
        const QString etag = itemOf(show(group, id)).value("etag").toString();
        QVERIFY(!etag.isEmpty());

        CliRun r = enroll(QStringList{"show"} + idArgs(group, id));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.out.contains(primary) && !r.out.contains(secondary), r.out.constData());
        QHash<QByteArray, QByteArray> lines = keyValueLines(r.out);
        QCOMPARE(lines.value("IoT Edge"), QByteArray("yes"));
        QCOMPARE(lines.value("status"), QByteArray("enabled"));
        QCOMPARE(lines.value("etag"), etag.toUtf8());
        QCOMPARE(json(lines.value("tags")), json(twinA).value("tags").toObject());
        QCOMPARE(json(lines.value("desired properties")).value("interval").toInt(), 30);
        QCOMPARE(lines.value("primary key"), hiddenKey);
        QCOMPARE(lines.value("secondary key"), hiddenKey);
        if (!group) {
            QCOMPARE(lines.value("device ID"), QByteArray("st-device"));
            QVERIFY2(lines.contains("registration"), r.out.constData());
        }

        r = enroll(QStringList{"show", "--show-keys"} + idArgs(group, id));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        lines = keyValueLines(r.out);
        QCOMPARE(lines.value("primary key"), primary);
        QCOMPARE(lines.value("secondary key"), secondary);
        // The spec's first line: "registration ID: R" or "group ID: G".
        QVERIFY2(lines.value(group ? "group ID" : "registration ID") == id.toUtf8(), r.out.constData());
    }

    // Without --show-keys the keys go into the keychain as keychain:NAME and NAME.secondary.
    void createInKeychain_data()
    {
        QTest::addColumn<bool>("group");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("asJson");
        QTest::newRow("default name") << false << "kc-dev-1" << QStringList{} << "dps-kc-dev-1" << false;
        QTest::newRow("':' replaced") << false << "kc:dev:2" << QStringList{} << "dps-kc-dev-2" << true;
        const QString longId = "kc-group-" + QString(70, 'x') + "-3";
        QTest::newRow("long ID cut to 54")
            << true << longId << QStringList{} << ("dps-" + longId).left(54) << false;
        QTest::newRow("--secret-name")
            << true << "kc-group-4" << QStringList{"--secret-name", "line4.group_key"} << "line4.group_key"
            << true;
    }

    void createInKeychain()
    {
        QFETCH(bool, group);
        QFETCH(QString, id);
        QFETCH(QStringList, extra);
        QFETCH(QString, name);
        QFETCH(bool, asJson);
        const CliRun r =
            enroll(createArgs(group, id) + extra + (asJson ? QStringList{"--json"} : QStringList{}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (asJson) {
            const QJsonObject answer = singleJsonObject(r.out);
            QCOMPARE(answer.value("ok"), QJsonValue(true));
            QCOMPARE(answer.value("secretRef").toString(), "keychain:" + name);
            QVERIFY2(!answer.contains("keys"), r.out.constData());
        } else {
            const QString sentence = QString("The keys are in the system keychain: keychain:%1 (primary), "
                                             "keychain:%1.secondary (secondary)")
                                         .arg(name);
            QVERIFY2(r.out.contains(sentence.toUtf8()), r.out.constData());
        }
        const QJsonObject keys = show(group, id, true).value("keys").toObject();
        m_bench.rememberKeys(keys);
        const QByteArray primary = keys.value("primaryKey").toString().toLatin1();
        const QByteArray secondary = keys.value("secondaryKey").toString().toLatin1();
        QVERIFY(!primary.isEmpty() && !secondary.isEmpty());
        QVERIFY2(!(r.out + r.err).contains(primary) && !(r.out + r.err).contains(secondary),
                 "a key was printed");

        const QList<QByteArray> listed = m_cli.bare({"secret", "list"}).out.split('\n');
        QVERIFY2(listed.contains(name.toUtf8()) && listed.contains((name + ".secondary").toUtf8()),
                 listed.join(' ').constData());
        QCOMPARE(eflow::testsupport::readFromKeychain(name), std::optional<QByteArray>(primary));
        QCOMPARE(eflow::testsupport::readFromKeychain(name + ".secondary"),
                 std::optional<QByteArray>(secondary));
    }

    // No keychain (a dead session bus): one sentence that asks for --show-keys, exit 1, nothing created.
    void createWithoutKeychain_data() { kindRows(); }

    void createWithoutKeychain()
    {
        QFETCH(bool, group);
        const QString id = unique("nk");
        QProcessEnvironment env = m_cli.env;
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        for (const bool asJson : {false, true}) {
            const CliRun r =
                enroll(createArgs(group, id) + (asJson ? QStringList{"--json"} : QStringList{}), {}, env);
            checkFailure(r, asJson, 1, "keychain.*--show-keys");
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(enroll(QStringList{"show"} + idArgs(group, id)).exitCode, 8);
        }
    }

    // A second create of the same ID: 409, exit 9, and the first one's keys stay.
    void createTwice_data() { kindRows(); }

    void createTwice()
    {
        QFETCH(bool, group);
        const QString id = unique("tw");
        const QJsonObject first = create(group, id);
        QVERIFY(!first.isEmpty());
        const CliRun again = enroll(createArgs(group, id) + QStringList{"--show-keys", "--no-edge"});
        m_bench.rememberKeys(
            QJsonObject{{"primaryKey", QString(keyValueLines(again.out).value("primary key"))}});
        checkFailure(again, false, 9, id);
        QCOMPARE(primaryKey(group, id), first.value("keys").toObject().value("primaryKey").toString());
        QVERIFY(iotEdgeOf(itemOf(show(group, id))));
    }

    // list: both kinds or one, --filter (case-insensitive), every page; text table and JSON.
    void list_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("individual");
        QTest::addColumn<QStringList>("groups");
        const QStringList both{"ls-ind-a", "ls-ind-b"};
        QTest::newRow("both kinds") << QStringList{"--filter", "ls-"} << both << QStringList{"ls-grp-a"};
        QTest::newRow("--individual")
            << QStringList{"--individual", "--filter", "ls-"} << both << QStringList{};
        QTest::newRow("--groups") << QStringList{"--groups", "--filter", "ls-"} << QStringList{}
                                  << QStringList{"ls-grp-a"};
        QTest::newRow("filter, other case")
            << QStringList{"--filter", "LS-IND-B"} << QStringList{"ls-ind-b"} << QStringList{};
        QTest::newRow("--page-size 1")
            << QStringList{"--page-size", "1", "--filter", "ls-"} << both << QStringList{"ls-grp-a"};
        QTest::newRow("nothing matches")
            << QStringList{"--filter", "zz-nothing"} << QStringList{} << QStringList{};
    }

    void list()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, individual);
        QFETCH(QStringList, groups);
        const QHash<QString, QStringList> expected{
            {"ls-ind-a", {"ls-ind-a", "individual", "yes", "enabled", "ls-dev-a", "-"}},
            {"ls-ind-b", {"ls-ind-b", "individual", "no", "disabled", "-", "-"}},
            {"ls-grp-a", {"ls-grp-a", "group", "yes", "enabled", "-", "-"}}};

        CliRun r = enroll(QStringList{"list"} + arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(secretIn(r.out).isEmpty());
        const QList<QStringList> table = tableOf(r.out);
        QVERIFY2(table.size() >= 2, r.out.constData());
        QCOMPARE(table.first(),
                 (QStringList{"ID", "TYPE", "IOT EDGE", "STATUS", "DEVICE ID", "HUB", "LAST UPDATED"}));
        const QHash<QString, QStringList> rows = rowsOf(table);
        QCOMPARE(QSet<QString>(rows.keyBegin(), rows.keyEnd()),
                 QSet<QString>(individual.begin(), individual.end()) +
                     QSet<QString>(groups.begin(), groups.end()));
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QCOMPARE(it.value().size(), 7);
            QCOMPARE(it.value().mid(0, 6), expected.value(it.key()));
            QVERIFY2(QDateTime::fromString(it.value().at(6), Qt::ISODate).isValid(),
                     qPrintable(it.value().at(6)));
        }
        // The count line: its numbers add up to the rows.
        int counted = 0;
        for (const auto &m : QRegularExpression("\\d+").globalMatch(table.last().join(' ')))
            counted += m.captured().toInt();
        QCOMPARE(counted, rows.size());

        r = enroll(QStringList{"list", "--json"} + arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(secretIn(r.out).isEmpty());
        const QJsonObject answer = singleJsonObject(r.out);
        QCOMPARE(answer.value("ok"), QJsonValue(true));
        QCOMPARE(idsIn(answer.value("enrollments"), "registrationId"),
                 QSet<QString>(individual.begin(), individual.end()));
        QCOMPARE(idsIn(answer.value("groups"), "enrollmentGroupId"),
                 QSet<QString>(groups.begin(), groups.end()));
        for (const QJsonValue &item : answer.value("enrollments").toArray()) {
            if (item.toObject().value("registrationId") == QJsonValue("ls-ind-b")) {
                QVERIFY(!iotEdgeOf(item.toObject()));
                QCOMPARE(item.toObject().value("provisioningStatus").toString(), QString("disabled"));
            }
        }
    }

    // update: edge, status, twin, each kept by the others; the keys stay; a stale --etag is refused.
    void update_data() { kindRows(); }

    void update()
    {
        QFETCH(bool, group);
        const QString id = unique("up");
        const QStringList target = idArgs(group, id);
        const QJsonObject created = create(group, id, {"--twin-file", file("twin-a.json", twinA)});
        QVERIFY(!created.isEmpty());
        const QString key = created.value("keys").toObject().value("primaryKey").toString();
        const QString firstEtag = itemOf(show(group, id)).value("etag").toString();
        QVERIFY(!firstEtag.isEmpty());

        CliRun r = enroll(QStringList{"update", "--no-edge"} + target);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Updated "), r.out.constData());
        QJsonObject item = itemOf(show(group, id));
        QVERIFY(!iotEdgeOf(item));
        QCOMPARE(item.value("provisioningStatus").toString(), QString("enabled"));
        QCOMPARE(tagsOf(item), json(twinA).value("tags").toObject());
        QCOMPARE(primaryKey(group, id), key);

        r = enroll(QStringList{"update", "--disabled", "--twin-file", file("twin-b.json", twinB), "--json"} +
                   target);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(singleJsonObject(r.out).value("ok"), QJsonValue(true));
        item = itemOf(singleJsonObject(r.out));
        QCOMPARE(item.value(group ? "enrollmentGroupId" : "registrationId").toString(), id);
        QVERIFY(!iotEdgeOf(item));
        QCOMPARE(item.value("provisioningStatus").toString(), QString("disabled"));
        QCOMPARE(tagsOf(item), json(twinB).value("tags").toObject());
        QCOMPARE(tagsOf(itemOf(show(group, id))), json(twinB).value("tags").toObject());
        QVERIFY(secretIn(r.out).isEmpty());

        // Someone else changed it since firstEtag was read.
        r = enroll(QStringList{"update", "--edge", "--etag", firstEtag} + target);
        checkFailure(r, false, 9, "changed|someone else");
        r = enroll(QStringList{"update", "--edge", "--etag", firstEtag, "--json"} + target);
        checkFailure(r, true, 9, "changed|someone else", 412);
        QVERIFY(!iotEdgeOf(itemOf(show(group, id))));

        const QString etag = itemOf(show(group, id)).value("etag").toString();
        r = enroll(QStringList{"update", "--edge", "--enabled", "--etag", etag} + target);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        item = itemOf(show(group, id));
        QVERIFY(iotEdgeOf(item));
        QCOMPARE(item.value("provisioningStatus").toString(), QString("enabled"));
        QVERIFY(item.value("etag").toString() != etag);
        QCOMPARE(primaryKey(group, id), key);

        checkFailure(enroll(QStringList{"update"} + target), false, 2, "nothing to change|--edge");
    }

    // delete: refused without --yes when stdin is no terminal; a stale --etag is refused; then gone.
    void remove_data()
    {
        QTest::addColumn<bool>("group");
        QTest::addColumn<bool>("asJson");
        QTest::newRow("individual") << false << true;
        QTest::newRow("group") << true << false;
    }

    void remove()
    {
        QFETCH(bool, group);
        QFETCH(bool, asJson);
        const QString id = unique("rm");
        const QStringList target = idArgs(group, id);
        QVERIFY(!create(group, id).isEmpty());
        const QString firstEtag = itemOf(show(group, id)).value("etag").toString();

        checkFailure(enroll(QStringList{"delete"} + target, "yes\n"), false, 2, "--yes");
        QCOMPARE(enroll(QStringList{"show"} + target).exitCode, 0);

        QCOMPARE(enroll(QStringList{"update", "--disabled"} + target).exitCode, 0);
        checkFailure(enroll(QStringList{"delete", "--yes", "--etag", firstEtag} + target), false, 9,
                     "changed|someone else");
        QCOMPARE(enroll(QStringList{"show"} + target).exitCode, 0);

        const CliRun r = enroll(QStringList{"delete", "--yes"} + target +
                                (asJson ? QStringList{"--json"} : QStringList{}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (asJson)
            QCOMPARE(singleJsonObject(r.out), (QJsonObject{{"ok", true}, {"deleted", id}}));
        else
            QVERIFY2(r.out.startsWith("Deleted ") && r.out.contains(id.toUtf8()), r.out.constData());
        QCOMPARE(enroll(QStringList{"show"} + target).exitCode, 8);
        checkFailure(enroll(QStringList{"delete", "--yes"} + target), false, 8, id);
    }

    // A group's registration records after devices registered through it with `dps register --group`.
    void groupRecords()
    {
        const QString group = unique("rec-grp");
        QVERIFY(!create(true, group).isEmpty());
        const CliRun none = enroll({"records", "--group-id", group, "--json"});
        QVERIFY2(none.exitCode == 0, none.err.constData());
        QCOMPARE(singleJsonObject(none.out).value("records").toArray().size(), 0);

        // The group key as a script gets it: show --show-keys --json.
        const QByteArray groupKey = primaryKey(true, group).toLatin1();
        QVERIFY(!groupKey.isEmpty());
        const QStringList devices{unique("rec-gdev"), unique("rec-gdev")};
        for (const QString &device : devices) {
            const CliRun r =
                m_cli.bare({"dps", "register", "--scope", m_emulator.idScope(), "--registration-id", device,
                            "--group", "--global-endpoint", m_emulator.endpoint(), "--ca-file", m_cli.caFile},
                           groupKey + '\n');
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }

        CliRun r = enroll({"records", "--group-id", group});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> table = tableOf(r.out);
        QVERIFY2(table.size() == 4, r.out.constData());
        QCOMPARE(table.first(),
                 (QStringList{"REGISTRATION ID", "STATUS", "DEVICE ID", "HUB", "LAST UPDATED", "ERROR"}));
        const QHash<QString, QStringList> rows = rowsOf(table);
        for (const QString &device : devices) {
            QVERIFY2(rows.contains(device), r.out.constData());
            QCOMPARE(rows.value(device).mid(0, 4),
                     (QStringList{device, "assigned", device, m_emulator.hub()}));
            QCOMPARE(rows.value(device).value(5), QString("-"));
        }

        r = enroll({"records", "--group-id", group, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject answer = singleJsonObject(r.out);
        QCOMPARE(answer.value("ok"), QJsonValue(true));
        QCOMPARE(idsIn(answer.value("records"), "registrationId"),
                 QSet<QString>(devices.begin(), devices.end()));
        for (const QJsonValue &record : answer.value("records").toArray()) {
            QCOMPARE(record.toObject().value("status").toString(), QString("assigned"));
            QCOMPARE(record.toObject().value("assignedHub").toString(), m_emulator.hub());
            QCOMPARE(record.toObject().value("deviceId"), record.toObject().value("registrationId"));
        }
        QVERIFY(secretIn(r.out + r.err).isEmpty());
    }

    // An individual enrollment's registration state, before and after its device registered.
    void individualRecords()
    {
        const QString id = unique("rec-dev");
        const QString device = unique("rec-device");
        QVERIFY(!create(false, id, {"--device-id", device}).isEmpty());
        CliRun r = enroll({"records", "--registration-id", id, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(singleJsonObject(r.out).value("records").toArray().size(), 0);

        r = m_cli.bare({"dps", "register", "--scope", m_emulator.idScope(), "--registration-id", id,
                        "--global-endpoint", m_emulator.endpoint(), "--ca-file", m_cli.caFile},
                       primaryKey(false, id).toLatin1() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QJsonObject registration = show(false, id).value("registration").toObject();
        QCOMPARE(registration.value("registrationId").toString(), id);
        QCOMPARE(registration.value("status").toString(), QString("assigned"));
        QCOMPARE(registration.value("deviceId").toString(), device);
        QCOMPARE(registration.value("assignedHub").toString(), m_emulator.hub());

        r = enroll({"show", "--registration-id", id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray line = keyValueLines(r.out).value("registration");
        QVERIFY2(line.contains("assigned") && line.contains(device.toUtf8()) &&
                     line.contains(m_emulator.hub().toUtf8()),
                 r.out.constData());

        r = enroll({"records", "--registration-id", id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QHash<QString, QStringList> rows = rowsOf(tableOf(r.out));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.value(id).mid(0, 4), (QStringList{id, "assigned", device, m_emulator.hub()}));

        r = enroll({"records", "--registration-id", id, "--json"});
        const QJsonArray records = singleJsonObject(r.out).value("records").toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).toObject().value("deviceId").toString(), device);
    }

    // After everything above: no process's argv ever held a key or the connection string.
    void noSecretInAnyArgv()
    {
        QVERIFY2(m_bench.argv.size() > 20, "the command lines were not sampled");
        QVERIFY2(m_bench.keys.size() > 20, "the runs printed fewer keys than they made");
        for (const QByteArray &cmdline : std::as_const(m_bench.argv))
            QVERIFY2(secretIn(cmdline).isEmpty(), QByteArray(cmdline).replace('\0', ' ').constData());
    }

    void cleanupTestCase() { m_bench.emulator.stop(); }
};

QTEST_GUILESS_MAIN(TestEnrollCli)
#include "tst_enroll_cli.moc"
