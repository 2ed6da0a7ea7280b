// The SecretStore contract, on the in-memory store: asynchronous answers (never inside the call), one
// answer per operation, the timeout of a store that never answers, the sentences of each error, contexts
// that die first, and the Redactor knowing every value that went in or came out.
#include <memory>
#include <optional>

#include <QtTest>

#include "engine/crypto/SecureBytes.h"
#include "engine/support/InMemorySecretStore.h"
#include "engine/support/Redactor.h"

using eflow::crypto::SecureBytes;
using eflow::support::InMemorySecretStore;
using eflow::support::Redactor;
using eflow::support::SecretErrorKind;
using eflow::support::SecretResult;
using eflow::support::SecretStore;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

SecureBytes bytes(QByteArrayView text)
{
    return SecureBytes(text);
}

// Runs one operation and waits for its answer, checking that the answer did not come inside the call.
struct Waiter
{
    std::optional<SecretResult> result;
    bool answeredInsideCall = false;

    SecretStore::Callback callback()
    {
        return [this](SecretResult r) {
            result = std::move(r);
        };
    }
};

template<typename Start>
SecretResult run(Start start)
{
    Waiter waiter;
    start(waiter.callback());
    waiter.answeredInsideCall = waiter.result.has_value();
    if (waiter.answeredInsideCall)
        qFatal("the store answered inside the call");
    if (!QTest::qWaitFor([&]() { return waiter.result.has_value(); }, 10000))
        qFatal("the store never answered");
    return std::move(*waiter.result);
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Redactor::clearSecrets(); }

    void roundTrip()
    {
        InMemorySecretStore store;
        const SecureBytes key = bytes("q83vEjRWeJCrze8SNFZ4kA==");
        QVERIFY(!run([&](auto cb) { store.store(u"edge-a"_s, key, nullptr, cb); }).error);
        SecretResult read = run([&](auto cb) { store.read(u"edge-a"_s, nullptr, cb); });
        QVERIFY(!read.error);
        QCOMPARE(read.value.view(), key.view());

        QVERIFY(
            !run([&](auto cb) { store.store(u"edge-a"_s, bytes("another-value-1234"), nullptr, cb); }).error);
        QCOMPARE(run([&](auto cb) { store.read(u"edge-a"_s, nullptr, cb); }).value.view(),
                 QByteArrayView("another-value-1234"));
        QVERIFY(!run([&](auto cb) { store.store(u"edge-b"_s, key, nullptr, cb); }).error);
        QCOMPARE(run([&](auto cb) { store.list(nullptr, cb); }).names,
                 (QStringList{u"edge-a"_s, u"edge-b"_s}));

        QVERIFY(!run([&](auto cb) { store.forget(u"edge-a"_s, nullptr, cb); }).error);
        QCOMPARE(run([&](auto cb) { store.list(nullptr, cb); }).names, QStringList{u"edge-b"_s});
        QCOMPARE(store.pendingCount(), 0);
    }

    void errors_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sentencePart");

        const int store = int(SecretStore::Operation::Store);
        const int read = int(SecretStore::Operation::Read);
        const int forget = int(SecretStore::Operation::Forget);
        QTest::newRow("read unknown") << read << u"nobody"_s << QByteArray() << int(SecretErrorKind::NotFound)
                                      << u"No key named nobody is remembered"_s;
        QTest::newRow("forget unknown") << forget << u"nobody"_s << QByteArray()
                                        << int(SecretErrorKind::NotFound) << u"nothing to forget"_s;
        QTest::newRow("bad name") << read << u"a b"_s << QByteArray() << int(SecretErrorKind::InvalidName)
                                  << u"not a valid key name"_s;
        QTest::newRow("key as name") << store << u"Q2hhbmdlTWUhQ2hhbmdlTWUhQ2hhbmdlTWUhMTIzNA"_s
                                     << QByteArray("value-of-the-key") << int(SecretErrorKind::InvalidName)
                                     << u"looks like a key, not a name"_s;
        QTest::newRow("empty value") << store << u"edge"_s << QByteArray()
                                     << int(SecretErrorKind::InvalidValue)
                                     << u"empty or longer than 2048 bytes"_s;
        QTest::newRow("huge value") << store << u"edge"_s << QByteArray(2049, 'k')
                                    << int(SecretErrorKind::InvalidValue) << u"empty or longer"_s;
    }

    void errors()
    {
        QFETCH(int, operation);
        QFETCH(QString, name);
        QFETCH(QByteArray, value);
        QFETCH(int, kind);
        QFETCH(QString, sentencePart);
        InMemorySecretStore store;
        const SecretResult result = run([&](auto cb) {
            switch (SecretStore::Operation(operation)) {
            case SecretStore::Operation::Store:
                store.store(name, SecureBytes(value), nullptr, cb);
                break;
            case SecretStore::Operation::Forget:
                store.forget(name, nullptr, cb);
                break;
            default:
                store.read(name, nullptr, cb);
                break;
            }
        });
        QCOMPARE(int(result.error.kind), kind);
        QVERIFY2(result.error.message.contains(sentencePart), qPrintable(result.error.message));
        QVERIFY(result.value.isEmpty());
    }

    // No keychain: one sentence, and for storing it says that the key stays in memory for this run.
    void unavailable()
    {
        InMemorySecretStore store;
        store.setAvailable(false);
        const SecretResult stored =
            run([&](auto cb) { store.store(u"edge"_s, bytes("q83vEjRWeJCrze8SNFZ4kA=="), nullptr, cb); });
        QCOMPARE(stored.error.kind, SecretErrorKind::Unavailable);
        QCOMPARE(stored.error.message,
                 u"No system keychain is available here (no Secret Service on the D-Bus "
                 "session bus), so the key is held in memory only for this run."_s);
        const SecretResult read = run([&](auto cb) { store.read(u"edge"_s, nullptr, cb); });
        QCOMPARE(read.error.kind, SecretErrorKind::Unavailable);
        QVERIFY(read.error.message.contains(u"give the key itself"));
    }

    // A store that never answers ends every operation with TimedOut after timeout(), and a late answer
    // changes nothing.
    void timeout()
    {
        InMemorySecretStore store;
        store.setStalled(true);
        store.setTimeout(300ms);
        QElapsedTimer clock;
        clock.start();
        const SecretResult result = run([&](auto cb) { store.read(u"edge"_s, nullptr, cb); });
        QVERIFY(clock.elapsed() >= 290);
        QCOMPARE(result.error.kind, SecretErrorKind::TimedOut);
        QVERIFY2(result.error.message.contains(u"did not answer within 1 s:"),
                 qPrintable(result.error.message));
        QCOMPARE(store.pendingCount(), 0);
    }

    void deadContextDropsTheAnswer()
    {
        InMemorySecretStore store;
        auto context = std::make_unique<QObject>();
        bool called = false;
        store.store(u"edge"_s, bytes("q83vEjRWeJCrze8SNFZ4kA=="), context.get(),
                    [&](SecretResult) { called = true; });
        context.reset();
        QTRY_COMPARE(store.pendingCount(), 0);
        QVERIFY(!called);
    }

    void storeDestroyedWhileBusy()
    {
        bool called = false;
        {
            InMemorySecretStore store;
            store.setStalled(true);
            store.read(u"edge"_s, nullptr, [&](SecretResult) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // Values that pass through the store are masked in logs from then on.
    void registersWithTheRedactor()
    {
        InMemorySecretStore store;
        const QByteArray value = "Vm9pY2VPZlRoZUtleTEyMw==";
        QCOMPARE(Redactor::redact(QString::fromLatin1(value)), QString::fromLatin1(value));
        QVERIFY(!run([&](auto cb) { store.store(u"edge"_s, bytes(value), nullptr, cb); }).error);
        QCOMPARE(Redactor::redact(u"key=%1"_s.arg(QString::fromLatin1(value))), u"key=***"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_support_secretstore.moc"
