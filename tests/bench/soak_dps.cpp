// Registers COUNT devices of a group enrollment (derived keys) with the project's DPS device client,
// configured exactly as the product configures it (DpsDeviceClientOptions' defaults: overall timeout,
// retries, Retry-After), CONCURRENCY at a time, against a local DPS that injects faults. Samples the
// emulator's resident memory (VmRSS of --emulator-pid) once the first 200 devices are assigned, every
// further 10 % and at the end, and prints counts and ratios, then PASS or FAIL. Used by soak-dps.sh;
// not a test. Exit 0 only when every device was assigned and the RSS stayed within the allowed ratio.
#include <algorithm>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/dps/DpsHttpExchange.h"

#include <spdlog/spdlog.h>

using namespace eflow;

namespace {

struct SoakSettings
{
    QString endpoint;
    QString caFile;
    QString scope;
    QString keyFile;
    QString prefix;
    int count = 2000;
    int concurrency = 32;
    qint64 emulatorPid = 0;
    int latencyMs = 200;     // the emulator's --latency, for the fault-free floor of the wall time
    int baselineAfter = 200; // RSS is compared with what it is once this many devices are assigned
    double maxRssRatio = 1.2;
};

struct RssSample
{
    int assigned = 0;
    qint64 kib = 0;
};

// What the run saw, from the client's side.
struct SoakCounters
{
    int assigned = 0;
    int failed = 0;
    qint64 requests = 0;           // every HTTP request sent, resends included
    QMap<QString, qint64> retries; // by cause: 429, 503, other 5xx, dropped, timeout
    QMap<QString, int> failures;   // by message, with the registration ID taken out
    std::vector<RssSample> rss;
};

SoakSettings parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("DPS endpoint"),
                                      QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca-file"), QStringLiteral("CA PEM"), QStringLiteral("FILE"));
    const QCommandLineOption scope(QStringLiteral("scope"), QStringLiteral("ID scope"),
                                   QStringLiteral("SCOPE"));
    const QCommandLineOption keyFile(QStringLiteral("group-key-file"), QStringLiteral("group key"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("devices"), QStringLiteral("N"),
                                   QStringLiteral("2000"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("at once"),
                                         QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("registration ID prefix"),
                                    QStringLiteral("P"), QStringLiteral("soak-"));
    const QCommandLineOption pid(QStringLiteral("emulator-pid"), QStringLiteral("emulator process"),
                                 QStringLiteral("PID"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("the emulator's --latency"),
                                     QStringLiteral("MS"), QStringLiteral("200"));
    parser.addOptions({endpoint, ca, scope, keyFile, count, concurrency, prefix, pid, latency});
    parser.process(app);

    SoakSettings s;
    s.endpoint = parser.value(endpoint);
    s.caFile = parser.value(ca);
    s.scope = parser.value(scope);
    s.keyFile = parser.value(keyFile);
    s.prefix = parser.value(prefix);
    s.count = std::max(1, parser.value(count).toInt());
    s.concurrency = std::max(1, parser.value(concurrency).toInt());
    s.emulatorPid = parser.value(pid).toLongLong();
    s.latencyMs = std::max(0, parser.value(latency).toInt());
    s.baselineAfter = std::min(s.baselineAfter, s.count);
    return s;
}

// VmRSS of pid in KiB, 0 when it cannot be read.
qint64 residentKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return 0;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

// The cause of a resend, from the exchange's progress line (the untranslated source sentences of
// DpsHttpExchange::retry(); no translator is installed here).
QString retryCause(const QString &line)
{
    static const QRegularExpression http(QStringLiteral("^DPS answered HTTP (\\d+);"));
    if (const QRegularExpressionMatch m = http.match(line); m.hasMatch()) {
        const QString status = m.captured(1);
        return status == QLatin1String("429") || status == QLatin1String("503") ? status
                                                                                : QStringLiteral("other 5xx");
    }
    if (line.startsWith(QLatin1String("The request to DPS failed (no answer within")))
        return QStringLiteral("timeout");
    if (line.startsWith(QLatin1String("The request to DPS failed")))
        return QStringLiteral("dropped");
    return QStringLiteral("other");
}

// Runs the registrations on the event loop and fills counters; returns when the last one has ended.
void runSoak(const SoakSettings &s, crypto::DeviceKeyDeriver &deriver, SoakCounters &c)
{
    dps::DpsDeviceClientOptions options; // the product's defaults, but for where DPS is and whom to trust
    options.endpoint = QUrl(s.endpoint);
    options.extraCaFile = s.caFile;

    std::deque<QString> pending;
    for (int i = 0; i < s.count; ++i)
        pending.push_back(s.prefix + QString::number(i));
    int running = s.concurrency;
    const int step = std::max(1, s.count / 10);
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
            !client->registerDevice(s.scope, id, std::move(key)))
            qFatal("could not start a registration");
    };
    for (int i = 0; i < s.concurrency; ++i) {
        auto client = std::make_unique<dps::DpsDeviceClient>(options);
        dps::DpsDeviceClient *raw = client.get();
        const auto *exchange = raw->findChild<dps::DpsHttpExchange *>();
        if (!exchange)
            qFatal("the device client has no DpsHttpExchange child");
        QObject::connect(exchange, &dps::DpsHttpExchange::requestSent, raw, [&c] { ++c.requests; });
        QObject::connect(exchange, &dps::DpsHttpExchange::progress, raw,
                         [&c](const QString &line) { ++c.retries[retryCause(line)]; });
        QObject::connect(raw, &dps::DpsDeviceClient::finished, raw, [&, raw](const dps::DpsOutcome &outcome) {
            if (outcome.isAssigned()) {
                ++c.assigned;
                if (c.assigned == s.baselineAfter || (c.assigned > s.baselineAfter && c.assigned % step == 0))
                    c.rss.push_back({c.assigned, residentKib(s.emulatorPid)});
            } else {
                ++c.failed;
                QString message = outcome.message();
                c.failures[message.replace(outcome.registrationId, QStringLiteral("<id>"))] += 1;
            }
            // Start the next one from the event loop, not from inside the finished() emission.
            QMetaObject::invokeMethod(
                raw, [&, raw] { next(raw); }, Qt::QueuedConnection);
        });
        clients.push_back(std::move(client));
    }
    for (auto &client : clients)
        next(client.get());
    QCoreApplication::exec();
    c.rss.push_back({c.assigned, residentKib(s.emulatorPid)});
}

// Prints the figures; returns true when both criteria hold.
bool report(const SoakSettings &s, const SoakCounters &c, double seconds)
{
    QTextStream out(stdout);
    out << "devices assigned     : " << c.assigned << " / " << s.count << '\n';
    out << "devices failed       : " << c.failed << '\n';
    for (auto it = c.failures.cbegin(); it != c.failures.cend(); ++it)
        out << "  " << it.value() << " x " << it.key() << '\n';
    out << "requests sent        : " << c.requests << " ("
        << QString::number(double(c.requests) / double(s.count), 'f', 2) << " per device)\n";
    qint64 allRetries = 0;
    for (const qint64 n : c.retries)
        allRetries += n;
    out << "resends              : " << allRetries << " ("
        << QString::number(100.0 * double(allRetries) / double(std::max<qint64>(1, c.requests)), 'f', 1)
        << " % of requests)\n";
    // Every cause, zeros included: a cause that never shows is a finding too (drops are resent by Qt).
    const QStringList causes{QStringLiteral("429"),       QStringLiteral("503"),
                             QStringLiteral("other 5xx"), QStringLiteral("dropped"),
                             QStringLiteral("timeout"),   QStringLiteral("other")};
    for (const QString &cause : causes)
        out << "  " << cause.leftJustified(10) << ": " << c.retries.value(cause) << '\n';

    const qint64 baseline = c.rss.empty() ? 0 : c.rss.front().kib;
    qint64 peak = 0;
    out << "emulator VmRSS (KiB) :";
    for (const RssSample &sample : c.rss) {
        out << ' ' << sample.assigned << ':' << sample.kib;
        peak = std::max(peak, sample.kib);
    }
    out << '\n';
    const double endRatio = baseline > 0 ? double(c.rss.back().kib) / double(baseline) : 0.0;
    const double peakRatio = baseline > 0 ? double(peak) / double(baseline) : 0.0;
    out << "RSS ratio end / after " << s.baselineAfter << " : " << QString::number(endRatio, 'f', 3)
        << "  (peak / after " << s.baselineAfter << ": " << QString::number(peakRatio, 'f', 3) << ", limit "
        << QString::number(s.maxRssRatio, 'f', 2) << ")\n";
    // Without faults a device takes three requests (PUT 202, GET 202, GET 200: the emulator's default of
    // one "assigning" poll) and two waits of its Retry-After (1 s), one batch of CONCURRENCY at a time.
    const double floorSeconds =
        double((s.count + s.concurrency - 1) / s.concurrency) * (3.0 * double(s.latencyMs) / 1000.0 + 2.0);
    out << "wall time / fault-free floor : " << QString::number(seconds / floorSeconds, 'f', 2) << "  ("
        << QString::number(seconds, 'f', 1) << " s / " << QString::number(floorSeconds, 'f', 1) << " s)\n";

    const bool allAssigned = c.assigned == s.count;
    const bool rssOk = baseline > 0 && peakRatio <= s.maxRssRatio;
    out << (allAssigned ? "PASS" : "FAIL") << ": every device assigned\n";
    out << (rssOk ? "PASS" : "FAIL") << ": emulator RSS within " << QString::number(s.maxRssRatio, 'f', 2)
        << "x of its size after " << s.baselineAfter << " devices"
        << (baseline > 0 ? QString() : QStringLiteral(" (no RSS could be read)")) << '\n';
    out << (allAssigned && rssOk ? "SOAK PASS" : "SOAK FAIL") << '\n';
    return allAssigned && rssOk;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // stdout carries the report; the engine's progress logging would only add noise to it.
    spdlog::set_level(spdlog::level::off);
    const SoakSettings settings = parseArguments(app);

    QFile f(settings.keyFile);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the group key file");
    crypto::SecureBytes groupKey;
    if (!crypto::decodeBase64Strict(f.readLine().trimmed(), groupKey))
        qFatal("the group key is not base64");
    crypto::DeviceKeyDeriver deriver(groupKey);

    SoakCounters counters;
    QElapsedTimer timer;
    timer.start();
    runSoak(settings, deriver, counters);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return report(settings, counters, seconds) ? 0 : 1;
}
