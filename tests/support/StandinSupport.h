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

} // namespace eflow::testsupport
