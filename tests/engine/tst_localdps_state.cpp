// The local DPS's state file as outside data: every damaged field is refused at start with its key path,
// and the file is left exactly as it was (bytes and modification time). A save that fails while it runs
// fails the request with a DPS-shaped 500 and changes nothing, and the next request after the folder is
// repaired is saved again.
#include <optional>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/crypto/DeviceKey.h"
#include "engine/localdps/DemoEnrollments.h"
#include "engine/localdps/LocalDps.h"
#include "tests/engine/LocalDpsTestSupport.h"

using namespace Qt::StringLiterals;
using namespace eflow;

namespace {

const QByteArray individualKey = "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=";

// Sets (or, for an undefined value, removes) the value at a path of object keys and array indexes. "*"
// stands for an object's first key (operation IDs are random).
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, replaced(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    const QString key = step == u"*" ? object.keys().value(0) : step;
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, replaced(object.value(key), path, value));
    return object;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    // An old time, so that a rewrite within the same millisecond would still show.
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC),
                             QFileDevice::FileModificationTime));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLocalDpsState final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_base; // a state file the emulator wrote: 3 enrollments, 1 group, 3 registrations

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        localdps::LocalDpsOptions options;
        options.stateDirectory = m_dir.filePath(u"base"_s);
        localdps::LocalDps dps;
        QVERIFY2(dps.start(options), qPrintable(dps.errorString()));
        // The folder it made holds keys: its owner's only.
        QCOMPARE(int(QFileInfo(options.stateDirectory).permissions() & 0x0777),
                 int(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
        const QString caFile = m_dir.filePath(u"ca.pem"_s);
        QVERIFY(test::writeCa(dps, caFile));
        for (const QString &id : {u"dev-a"_s, u"dev-b"_s, u"dev-c"_s}) {
            localdps::LocalDpsIndividualEnrollment device;
            device.registrationId = id;
            device.primaryKey = individualKey;
            QVERIFY(dps.addIndividualEnrollment(device));
            const auto outcome = test::registerWithClient(test::clientOptions(dps, caFile, 0), dps.idScope(),
                                                          id, individualKey);
            QVERIFY(outcome);
            QVERIFY2(outcome->isAssigned(), qPrintable(outcome->message()));
        }
        localdps::LocalDpsEnrollmentGroup group;
        group.enrollmentGroupId = u"line"_s;
        QVERIFY(dps.addEnrollmentGroup(group));
        dps.stop();
        m_base = QJsonDocument::fromJson(readFile(dps.stateFilePath())).object();
        QCOMPARE(m_base.value(u"enrollments").toArray().size(), 3);
        QCOMPARE(m_base.value(u"registrations").toArray().size(), 3);
        QVERIFY(!m_base.value(u"operations").toObject().isEmpty());
    }

    void damagedStateRefused_data()
    {
        QTest::addColumn<QString>("path"); // '/'-separated; empty: the whole document
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("scope is a number") << u"idScope"_s << QJsonValue(42) << u"idScope: not a string"_s;
        QTest::newRow("scope malformed") << u"idScope"_s << QJsonValue(u"scope"_s) << u"idScope: "_s;
        QTest::newRow("scope missing") << u"idScope"_s << none << u"idScope: missing"_s;
        QTest::newRow("policy key is a number")
            << u"servicePolicyKey"_s << QJsonValue(12345) << u"servicePolicyKey: not a string"_s;
        QTest::newRow("policy key not base64")
            << u"servicePolicyKey"_s << QJsonValue(u"not base64!"_s) << u"servicePolicyKey: not base64"_s;
        QTest::newRow("policy key too short")
            << u"servicePolicyKey"_s << QJsonValue(u"AAAA"_s) << u"servicePolicyKey: 3 bytes"_s;
        QTest::newRow("version is text")
            << u"formatVersion"_s << QJsonValue(u"1"_s) << u"formatVersion: not a whole number"_s;
        QTest::newRow("version 2") << u"formatVersion"_s << QJsonValue(2) << u"format version 2"_s;
        QTest::newRow("hub is a number") << u"iotHubs/0"_s << QJsonValue(3) << u"iotHubs[0]: not a string"_s;
        QTest::newRow("hubs not a list") << u"iotHubs"_s << QJsonValue(u"hub"_s) << u"iotHubs: not a list"_s;
        QTest::newRow("enrollments not a list")
            << u"enrollments"_s << QJsonValue(u"oops"_s) << u"enrollments: not a list"_s;
        QTest::newRow("enrollment not an object")
            << u"enrollments/2"_s << QJsonValue(u"x"_s) << u"enrollments[2]: not an object"_s;
        QTest::newRow("enrollment key not base64")
            << u"enrollments/2/attestation/symmetricKey/primaryKey"_s << QJsonValue(u"%%%%"_s)
            << u"enrollments[2].attestation.symmetricKey.primaryKey: not base64"_s;
        QTest::newRow("enrollment key missing")
            << u"enrollments/1/attestation/symmetricKey/secondaryKey"_s << none
            << u"enrollments[1].attestation.symmetricKey.secondaryKey: missing"_s;
        QTest::newRow("enrollment ID a number") << u"enrollments/1/registrationId"_s << QJsonValue(7)
                                                << u"enrollments[1].registrationId: not a string"_s;
        QTest::newRow("enrollment ID twice")
            << u"enrollments/1/registrationId"_s << QJsonValue(u"DEV-A"_s)
            << u"enrollments[1].registrationId: the same ID as enrollments[0]"_s;
        QTest::newRow("edge flag text") << u"enrollments/0/capabilities/iotEdge"_s << QJsonValue(u"yes"_s)
                                        << u"enrollments[0].capabilities.iotEdge: not true or false"_s;
        QTest::newRow("status unknown") << u"enrollments/0/provisioningStatus"_s << QJsonValue(u"maybe"_s)
                                        << u"enrollments[0].provisioningStatus: "_s;
        QTest::newRow("attestation type unknown")
            << u"enrollments/0/attestation/type"_s << QJsonValue(u"magic"_s)
            << u"enrollments[0].attestation.type: "_s;
        QTest::newRow("device ID malformed")
            << u"enrollments/0/deviceId"_s << QJsonValue(u"a b/c"_s) << u"enrollments[0].deviceId: "_s;
        QTest::newRow("group ID empty") << u"enrollmentGroups/0/enrollmentGroupId"_s << QJsonValue(u""_s)
                                        << u"enrollmentGroups[0].enrollmentGroupId: "_s;
        QTest::newRow("groups not a list")
            << u"enrollmentGroups"_s << QJsonValue(QJsonObject()) << u"enrollmentGroups: not a list"_s;
        QTest::newRow("registration empty") << u"registrations/1"_s << QJsonValue(QJsonObject())
                                            << u"registrations[1].registrationState: missing"_s;
        QTest::newRow("registration ID a number")
            << u"registrations/2/registrationState/registrationId"_s << QJsonValue(5)
            << u"registrations[2].registrationState.registrationId: not a string"_s;
        QTest::newRow("registration twice")
            << u"registrations/2/registrationState/registrationId"_s << QJsonValue(u"dev-b"_s)
            << u"registrations[2].registrationState.registrationId: the same ID as registrations[1]"_s;
        QTest::newRow("registration status unknown")
            << u"registrations/0/registrationState/status"_s << QJsonValue(u"great"_s)
            << u"registrations[0].registrationState.status: "_s;
        QTest::newRow("registration edge flag a number") << u"registrations/0/iotEdge"_s << QJsonValue(1)
                                                         << u"registrations[0].iotEdge: not true or false"_s;
        QTest::newRow("operations not an object")
            << u"operations"_s << QJsonValue(u"x"_s) << u"operations: not an object"_s;
        QTest::newRow("operation polls text")
            << u"operations/*/pollsLeft"_s << QJsonValue(u"1"_s) << u"].pollsLeft: not a whole number"_s;
        QTest::newRow("operation polls negative")
            << u"operations/*/pollsLeft"_s << QJsonValue(-1) << u"].pollsLeft: "_s;
        QTest::newRow("document is a list")
            << QString() << QJsonValue(QJsonArray{1}) << u"not a JSON object"_s;
    }

    void damagedStateRefused()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const QJsonValue damaged = replaced(m_base, path.isEmpty() ? QStringList() : path.split(u'/'), value);
        const QByteArray bytes = damaged.isArray() ? QJsonDocument(damaged.toArray()).toJson()
                                                   : QJsonDocument(damaged.toObject()).toJson();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"state.json"_s);
        writeFile(file, bytes);
        if (QTest::currentTestFailed())
            return;
        const QDateTime modified = QFileInfo(file).lastModified();

        localdps::LocalDps dps;
        localdps::LocalDpsOptions options;
        options.stateDirectory = dir.path();
        QVERIFY(!dps.start(options));
        QVERIFY(!dps.isListening());
        QVERIFY2(dps.errorString().contains(message), qPrintable(dps.errorString()));
        QVERIFY2(dps.errorString().contains(file), qPrintable(dps.errorString()));
        QCOMPARE(readFile(file), bytes);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"state.json"_s});
    }

    // The untouched base loads with everything in it: the rows above fail for their damage alone.
    void undamagedStateLoads()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"state.json"_s), QJsonDocument(m_base).toJson());
        localdps::LocalDps dps;
        localdps::LocalDpsOptions options;
        options.stateDirectory = dir.path();
        QVERIFY2(dps.start(options), qPrintable(dps.errorString()));
        for (const QString &id : {u"dev-a"_s, u"dev-b"_s, u"dev-c"_s}) {
            QVERIFY(dps.individualEnrollment(id));
            QVERIFY(dps.registration(id));
        }
        QVERIFY(dps.enrollmentGroup(u"line"_s));
    }

    // Root ignores directory permissions, so the save is made to fail another way that holds for root as
    // well: a directory stands where state.json must go, and QSaveFile cannot replace a directory.
    void failedSaveFailsTheRequest()
    {
        QTemporaryDir dir;
        localdps::LocalDps dps;
        localdps::LocalDpsOptions options;
        options.stateDirectory = dir.path();
        options.assigningPolls = 0;
        QVERIFY2(dps.start(options), qPrintable(dps.errorString()));
        const QString caFile = m_dir.filePath(u"save-ca.pem"_s);
        QVERIFY(test::writeCa(dps, caFile));
        for (const QString &id : {u"before"_s, u"during"_s, u"after"_s}) {
            localdps::LocalDpsIndividualEnrollment device;
            device.registrationId = id;
            device.primaryKey = individualKey;
            QVERIFY(dps.addIndividualEnrollment(device));
        }
        const auto options0 = test::clientOptions(dps, caFile, 0);
        const auto before = test::registerWithClient(options0, dps.idScope(), u"before"_s, individualKey);
        QVERIFY(before && before->isAssigned());

        const QString file = dps.stateFilePath();
        const QString aside = file + u".aside"_s;
        QVERIFY(QFile::rename(file, aside));
        QVERIFY(QDir().mkdir(file));
        QSignalSpy saveFailed(&dps, &localdps::LocalDps::stateSaveFailed);
        const auto during = test::registerWithClient(options0, dps.idScope(), u"during"_s, individualKey);
        QVERIFY(during);
        QCOMPARE(during->kind, dps::DpsOutcome::Kind::Error);
        QCOMPARE(during->error.httpStatus, 500);
        QCOMPARE(during->error.errorCode, qint64(500000));
        QVERIFY2(during->error.serviceMessage.contains(u"could not save its state"_s),
                 qPrintable(during->error.serviceMessage));
        QVERIFY(saveFailed.size() >= 1);
        // Nothing happened: the device is not registered in memory either.
        QVERIFY(!dps.registration(u"during"_s));

        QVERIFY(QDir().rmdir(file));
        QVERIFY(QFile::rename(aside, file));
        const auto after = test::registerWithClient(options0, dps.idScope(), u"after"_s, individualKey);
        QVERIFY(after);
        QVERIFY2(after->isAssigned(), qPrintable(after->message()));
        const QJsonArray saved =
            QJsonDocument::fromJson(readFile(file)).object().value(u"registrations").toArray();
        QStringList ids;
        for (const QJsonValue &record : saved)
            ids << record.toObject()
                       .value(u"registrationState")
                       .toObject()
                       .value(u"registrationId")
                       .toString();
        QCOMPARE(ids, (QStringList{u"after"_s, u"before"_s}));
    }

    // The seeding API says so too, instead of keeping an enrollment that is not on disk.
    void failedSaveFailsSeeding()
    {
        QTemporaryDir dir;
        localdps::LocalDps dps;
        localdps::LocalDpsOptions options;
        options.stateDirectory = dir.path();
        QVERIFY2(dps.start(options), qPrintable(dps.errorString()));
        const QString file = dps.stateFilePath();
        QVERIFY(QFile::remove(file));
        QVERIFY(QDir().mkdir(file));
        localdps::LocalDpsIndividualEnrollment device;
        device.registrationId = u"unsaved"_s;
        QVERIFY(!dps.addIndividualEnrollment(device));
        QVERIFY2(dps.errorString().contains(file), qPrintable(dps.errorString()));
        QVERIFY(!dps.individualEnrollment(u"unsaved"_s));
    }
};

QTEST_GUILESS_MAIN(TestLocalDpsState)
#include "tst_localdps_state.moc"
