// Registers COUNT devices of a group enrollment (derived keys) with the project's DPS device client,
// CONCURRENCY at a time, and prints one JSON line: {"client":"eflow-wizard","registered":…,"failed":…,
// "seconds":…}. Used by bench-dps-register.sh against the local DPS; not a test.
#include <chrono>
#include <deque>
#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"

#include <spdlog/spdlog.h>

using namespace eflow;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // stdout carries the one result line; the engine's progress logging would only add noise to it.
    spdlog::set_level(spdlog::level::off);
    QCommandLineParser parser;
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("DPS endpoint"),
                                      QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca-file"), QStringLiteral("CA PEM"), QStringLiteral("FILE"));
    const QCommandLineOption scope(QStringLiteral("scope"), QStringLiteral("ID scope"),
                                   QStringLiteral("SCOPE"));
    const QCommandLineOption keyFile(QStringLiteral("group-key-file"), QStringLiteral("group key"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("devices"), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("at once"),
                                         QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("registration ID prefix"),
                                    QStringLiteral("P"), QStringLiteral("bench-own-"));
    parser.addOptions({endpoint, ca, scope, keyFile, count, concurrency, prefix});
    parser.process(app);

    QFile f(parser.value(keyFile));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the group key file");
    crypto::SecureBytes groupKey;
    if (!crypto::decodeBase64Strict(f.readLine().trimmed(), groupKey))
        qFatal("the group key is not base64");
    crypto::DeviceKeyDeriver deriver(groupKey);

    dps::DpsDeviceClientOptions options;
    options.endpoint = QUrl(parser.value(endpoint));
    options.extraCaFile = parser.value(ca);
    options.overallTimeout = std::chrono::minutes(5);
    const QString idScope = parser.value(scope);
    const int total = parser.value(count).toInt();
    const int parallel = std::max(1, parser.value(concurrency).toInt());

    std::deque<QString> pending;
    for (int i = 0; i < total; ++i)
        pending.push_back(parser.value(prefix) + QString::number(i));
    int registered = 0;
    int failed = 0;
    int running = 0;
    QElapsedTimer timer;

    std::vector<std::unique_ptr<dps::DpsDeviceClient>> clients;
    std::function<void(dps::DpsDeviceClient *)> next = [&](dps::DpsDeviceClient *client) {
        if (pending.empty()) {
            if (--running == 0)
                QCoreApplication::exit(0);
            return;
        }
        const QString id = pending.front();
        pending.pop_front();
        crypto::SecureBytes key;
        if (!crypto::decodeBase64Strict(deriver.derive(id.toUtf8()), key) ||
            !client->registerDevice(idScope, id, std::move(key)))
            qFatal("could not start a registration");
    };
    for (int i = 0; i < parallel; ++i) {
        auto client = std::make_unique<dps::DpsDeviceClient>(options);
        dps::DpsDeviceClient *raw = client.get();
        QObject::connect(raw, &dps::DpsDeviceClient::finished, raw, [&, raw](const dps::DpsOutcome &outcome) {
            if (outcome.isAssigned())
                ++registered;
            else {
                ++failed;
                QTextStream(stderr) << outcome.message() << '\n';
            }
            // Start the next one from the event loop, not from inside the finished() emission.
            QMetaObject::invokeMethod(
                raw, [&, raw] { next(raw); }, Qt::QueuedConnection);
        });
        clients.push_back(std::move(client));
    }
    timer.start();
    running = parallel;
    for (auto &client : clients)
        next(client.get());
    QCoreApplication::exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << "{\"client\":\"eflow-wizard\",\"registered\":" << registered
                        << ",\"failed\":" << failed << ",\"seconds\":" << QString::number(seconds, 'f', 3)
                        << "}\n";
    return failed == 0 ? 0 : 1;
}
