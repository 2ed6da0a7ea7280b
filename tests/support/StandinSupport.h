#pragma once

// What the stand-ins for powershell.exe (and ssh) share: failing with a code the test can name, decoding
// -EncodedCommand, checking that it is the engine's bootstrap, and reading the JSON envelope the engine
// writes to standard input. Header-only: each stand-in is its own executable.

#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "engine/host/PowerShellEnvelope.h"

namespace eflow::testsupport {

[[noreturn]] inline void standinFail(int code, const char *why)
{
    std::fprintf(stderr, "standin: %s\n", why);
    std::fflush(stderr);
    std::_Exit(code);
}

// -EncodedCommand's text: base64 of UTF-16LE.
inline QString decodeUtf16LeBase64(const QString &b64)
{
    const QByteArray bytes = QByteArray::fromBase64(b64.toLatin1());
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        s.append(QChar(char16_t(uchar(bytes[i]) | (uchar(bytes[i + 1]) << 8))));
    return s;
}

// Exits 91 unless encoded is the engine's bootstrap script.
inline void requireBootstrap(const QString &encoded)
{
    if (decodeUtf16LeBase64(encoded) != host::PowerShellEnvelope::bootstrapScript())
        standinFail(91, "-EncodedCommand is not the bootstrap");
}

// All of standard input as the JSON envelope; exits 95 when it is not one.
inline QJsonObject readEnvelope()
{
    QByteArray input;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0)
        input.append(buf, qsizetype(n));
    QJsonParseError pe{};
    const QJsonObject envelope = QJsonDocument::fromJson(input, &pe).object();
    if (pe.error != QJsonParseError::NoError)
        standinFail(95, "stdin is not a JSON envelope");
    return envelope;
}

// How the engine called the stand-in: as ssh (target is user@host) or as powershell.exe directly.
struct StandinCall
{
    QStringList args;   // the whole command line but argv[0]
    QString target;     // user@host when called as ssh, else empty
    QStringList psArgs; // powershell.exe's own arguments
};

// The argv the engine must use, checked to the letter; exits 93 (ssh) or 94 (local) when it is off:
//   ssh [-p port] [-i identity] -o BatchMode=yes -- user@host powershell.exe -NoProfile -NonInteractive
//       -ExecutionPolicy Bypass -OutputFormat Text -EncodedCommand <bootstrap>
//   powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -OutputFormat Text -EncodedCommand
//   <bootstrap>
inline StandinCall parseStandinCall(int argc, char **argv)
{
    StandinCall call;
    for (int i = 1; i < argc; ++i)
        call.args << QString::fromLocal8Bit(argv[i]);
    const QStringList &args = call.args;
    const auto is = [](const QStringList &l, qsizetype i, const char *s) {
        return i < l.size() && l[i] == QLatin1String(s);
    };
    if (args.isEmpty() || is(args, 0, "-NoProfile")) {
        call.psArgs = args;
        if (args.size() != 8 || !is(args, 1, "-NonInteractive") || !is(args, 2, "-ExecutionPolicy") ||
            !is(args, 3, "Bypass") || !is(args, 4, "-OutputFormat") || !is(args, 5, "Text") ||
            !is(args, 6, "-EncodedCommand"))
            standinFail(94, "local powershell.exe argv is wrong");
        return call;
    }
    qsizetype i = 0;
    // ssh's -o options: BatchMode=yes and StrictHostKeyChecking=yes always, UserKnownHostsFile="…" when set.
    while (i < args.size() && args[i].startsWith(QLatin1Char('-')) && !is(args, i, "--")) {
        if (is(args, i, "-o") && !is(args, i + 1, "BatchMode=yes") &&
            !is(args, i + 1, "StrictHostKeyChecking=yes") &&
            !(i + 1 < args.size() && args[i + 1].startsWith(QLatin1String("UserKnownHostsFile=\""))))
            standinFail(93, "unexpected ssh -o option");
        i += 2;
    }
    if (!args.contains(QStringLiteral("BatchMode=yes")) ||
        !args.contains(QStringLiteral("StrictHostKeyChecking=yes")))
        standinFail(93, "ssh without BatchMode=yes or StrictHostKeyChecking=yes");
    // "--" right before the destination, so that a destination can never be an option (issue 14 item 7).
    if (!is(args, i, "--"))
        standinFail(93, "ssh argv has no \"--\" before user@host");
    ++i;
    if (i + 1 >= args.size() || !args[i].contains(QLatin1Char('@')) || !is(args, i + 1, "powershell.exe"))
        standinFail(93, "ssh argv is not [options] -- user@host powershell.exe ...");
    call.target = args[i];
    call.psArgs = args.mid(i + 2);
    if (call.psArgs.size() != 8 || !is(call.psArgs, 0, "-NoProfile") ||
        !is(call.psArgs, 1, "-NonInteractive") || !is(call.psArgs, 2, "-ExecutionPolicy") ||
        !is(call.psArgs, 3, "Bypass") || !is(call.psArgs, 4, "-OutputFormat") ||
        !is(call.psArgs, 5, "Text") || !is(call.psArgs, 6, "-EncodedCommand"))
        standinFail(93, "remote powershell.exe argv is wrong");
    return call;
}

} // namespace eflow::testsupport
