#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace eflow::support {

// A remembered secret is named by a reference, "keychain:NAME": plan files, the journal, settings and the
// command line carry the reference, and the key itself stays in the system keychain (SecretStore).
struct SecretRef
{
    static constexpr QStringView scheme = u"keychain:";
    // At most this many characters in NAME: short enough for every keychain's item names and for a
    // technician to type, long enough for "dps-group-<site>-<line>".
    static constexpr qsizetype maxNameLength = 64;

    QString name;

    // "keychain:NAME"
    QString toString() const;
};

// NAME is 1 to 64 characters of A-Z a-z 0-9 . _ -, starting with a letter or a digit, and must not look
// like a key itself. Returns nullopt when NAME is fine, otherwise a sentence that says what to change (it
// quotes the text only when the text does not look like a key).
std::optional<QString> checkSecretName(QStringView name);

// Parses "keychain:NAME" (surrounding whitespace tolerated). On failure sets *error to a sentence; when
// the text looks like a key or a connection string, that sentence says so and never quotes the text.
std::optional<SecretRef> parseSecretRef(QStringView text, QString *error = nullptr);

// Whether text looks like a secret rather than a name or a reference: strict base64 (padding optional)
// that decodes to 16-64 bytes and mixes letters and digits, 32-128 hex digits, a connection string
// or SAS token (HostName=…;SharedAccessKey=…, SharedAccessSignature sr=…&sig=…), or a PEM private key.
// Used to refuse a raw key where a reference belongs (plan files, settings) without echoing it.
bool looksLikeSecret(QStringView text);

} // namespace eflow::support
