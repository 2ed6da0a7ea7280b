// A stand-in for powershell.exe (and for ssh running powershell.exe) used by tst_host_powershellprocess.
// It accepts exactly the argument vectors PowerShellProcess builds, checks that -EncodedCommand is the
// bootstrap and that no secret is in argv, the bootstrap or the script, reads the stdin envelope, then
// behaves as the script's "mode:" line says. Exit codes 90+ mean the caller broke the interface.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <csignal>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

#include "engine/host/PowerShellEnvelope.h"
#include "tests/support/StandinSupport.h"

namespace {

[[noreturn]] void fail(int code, const char *why)
{
    eflow::testsupport::standinFail(code, why);
}

void out(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void outLine(const QByteArray &text)
{
    out(text + '\n');
}

[[noreturn]] void hangForever()
{
    for (;;)
        ::pause();
}

} // namespace

int main(int argc, char **argv)
{
    const eflow::testsupport::StandinCall call = eflow::testsupport::parseStandinCall(argc, argv);
    const QStringList &args = call.args;
    const QStringList &psArgs = call.psArgs;
    eflow::testsupport::requireBootstrap(psArgs.last());
    const QString bootstrap = eflow::testsupport::decodeUtf16LeBase64(psArgs.last());
    const QJsonObject envelope = eflow::testsupport::readEnvelope();
    const QString script = envelope.value(QStringLiteral("script")).toString();
    const QJsonObject secrets = envelope.value(QStringLiteral("secrets")).toObject();
    QJsonArray names;
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QString value = it.value().toString();
        names.append(it.key());
        if (value.isEmpty())
            continue;
        if (bootstrap.contains(value) || script.contains(value) ||
            args.join(QLatin1Char(' ')).contains(value))
            fail(92, "a secret is in argv, the bootstrap or the script");
    }

    QJsonArray argvJson;
    for (const QString &a : args)
        argvJson.append(a);
    QJsonObject result{{QStringLiteral("ok"), true},
                       {QStringLiteral("argv"), argvJson},
                       {QStringLiteral("secretNames"), names}};
    const auto emitResult = [&] {
        outLine(eflow::host::PowerShellEnvelope::resultMarker() +
                QJsonDocument(result).toJson(QJsonDocument::Compact));
    };

    const qsizetype at = script.indexOf(QStringLiteral("mode:"));
    const QStringList mode =
        at < 0 ? QStringList() : script.mid(at + 5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString name = mode.value(0);
    if (name == QStringLiteral("stream")) {
        const int count = mode.value(1, QStringLiteral("5")).toInt();
        const int delayMs = mode.value(2, QStringLiteral("100")).toInt();
        for (int i = 1; i <= count; ++i) {
            outLine(QByteArray("progress ") + QByteArray::number(i));
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        }
        emitResult();
        return 0;
    }
    if (name == QStringLiteral("exit")) {
        const int code = mode.value(1).toInt();
        outLine("about to fail");
        std::fprintf(stderr, "failing with %d\n", code);
        std::fflush(stderr);
        return code;
    }
    if (name == QStringLiteral("hang")) {
        outLine("pid " + QByteArray::number(::getpid()));
        hangForever();
    }
    if (name == QStringLiteral("ignore-term")) {
        std::signal(SIGTERM, SIG_IGN);
        outLine("pid " + QByteArray::number(::getpid()));
        hangForever();
    }
    if (name == QStringLiteral("spawn-child-and-hang")) {
        const pid_t child = ::fork();
        if (child < 0)
            fail(96, "fork failed");
        if (child == 0) {
            // The grandchild shrugs off SIGTERM: only the group SIGKILL may end it.
            std::signal(SIGTERM, SIG_IGN);
            hangForever();
        }
        outLine("grandchild " + QByteArray::number(child));
        hangForever();
    }
    if (name == QStringLiteral("crash")) {
        outLine("about to crash");
        ::raise(SIGKILL);
    }
    if (name == QStringLiteral("malformed-result")) {
        outLine("working");
        outLine(eflow::host::PowerShellEnvelope::resultMarker() + "{\"ok\": tru");
        return 0;
    }
    if (name == QStringLiteral("array-result")) {
        outLine(eflow::host::PowerShellEnvelope::resultMarker() + "[1,2]");
        return 0;
    }
    if (name == QStringLiteral("no-result")) {
        outLine("done, but no result");
        return 0;
    }
    if (name == QStringLiteral("echo-secret")) {
        // A careless script printing what it was given: the log must still never hold the value.
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            outLine("secret " + it.key().toUtf8() + " = " + it.value().toString().toUtf8());
            std::fprintf(stderr, "stderr %s\n", it.value().toString().toUtf8().constData());
        }
        std::fflush(stderr);
        emitResult();
        return 0;
    }
    if (name == QStringLiteral("endless-line")) {
        // A hostile host that never ends its line: N MiB without a '\n', then silence until cancelled.
        const int mib = mode.value(1, QStringLiteral("160")).toInt();
        const QByteArray chunk(64 * 1024, 'a');
        for (int i = 0; i < mib * 16; ++i)
            out(chunk);
        std::fprintf(stderr, "written %d MiB\n", mib);
        std::fflush(stderr);
        hangForever();
    }
    if (name == QStringLiteral("huge-result")) {
        // A well-formed result object whose one string is N MiB long.
        const int mib = mode.value(1, QStringLiteral("20")).toInt();
        out(eflow::host::PowerShellEnvelope::resultMarker() + "{\"text\":\"");
        const QByteArray chunk(64 * 1024, 'a');
        for (int i = 0; i < mib * 16; ++i)
            out(chunk);
        outLine("\"}");
        return 0;
    }
    if (name == QStringLiteral("crlf-partial")) {
        out("first\r\nsecond\r\n");
        emitResult();
        out("tail without newline");
        return 0;
    }
    if (name == QStringLiteral("utf8")) {
        outLine(QStringLiteral("Größe: 10 GB ✓").toUtf8());
        emitResult();
        return 0;
    }
    fail(97, "unknown mode");
}
