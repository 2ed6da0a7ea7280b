#pragma once

#include <string>
#include <string_view>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace eflow::support {

// Removes secrets from text before it is written anywhere (log files, console, saved logs).
// Patterns (keys matched case-insensitively): the value of "SharedAccessKey=…" and "sig=…" (up to ; & a
// quote or whitespace), the token after "SharedAccessSignature " (up to whitespace, a quote or ;), and
// every value registered at run time through registerSecret(), verbatim and percent-encoded with upper-
// and lower-case hex. Each masked run becomes "***". Thread-safe; text with no trigger word and no
// registered secret costs one scan and comes back unchanged.
class Redactor final
{
public:
    static constexpr std::string_view mask = "***";

    // Registers a secret (a key, a token, a connection string) so that it is masked wherever it
    // appears. Values shorter than 8 bytes are ignored: masking them would garble ordinary text.
    static void registerSecret(QByteArrayView secret);
    static void registerSecret(const QString &secret) { registerSecret(QByteArrayView(secret.toUtf8())); }
    // Forget one or all registered secrets (tests; after a key has been wiped). Registrations are
    // counted: a secret registered twice stays masked until it has been unregistered twice.
    static void unregisterSecret(QByteArrayView secret);
    static void unregisterSecret(const QString &secret) { unregisterSecret(QByteArrayView(secret.toUtf8())); }
    static void clearSecrets();

    static std::string redact(std::string_view text);
    static QString redact(const QString &text);
};

} // namespace eflow::support
