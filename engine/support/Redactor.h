#pragma once

#include <string>
#include <string_view>

#include <QByteArray>
#include <QString>

namespace eflow::support {

// Removes secrets from text before it is written anywhere (log files, console, saved logs).
// Patterns: "SharedAccessKey=…", "sig=…", "SharedAccessSignature …", and every value registered at
// run time through registerSecret() (also in its percent-encoded forms). Thread-safe.
class Redactor final
{
public:
    static constexpr std::string_view mask = "***";

    // Registers a secret (a key, a token, a connection string) so that it is masked wherever it
    // appears. Values shorter than 8 bytes are ignored: masking them would garble ordinary text.
    static void registerSecret(QByteArrayView secret);
    static void registerSecret(const QString &secret) { registerSecret(QByteArrayView(secret.toUtf8())); }
    // Forget one or all registered secrets (tests; after a key has been wiped).
    static void unregisterSecret(QByteArrayView secret);
    static void clearSecrets();

    static std::string redact(std::string_view text);
    static QString redact(const QString &text);
};

} // namespace eflow::support
