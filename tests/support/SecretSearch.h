#pragma once

// Where a secret must never be, searched the same way by every test that audits it: files under a folder,
// the command lines of every process (/proc/*/cmdline), and what the system keychain holds under a name.
// Header-only: each test is its own executable.

#include <optional>

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

#include "engine/support/KeychainSecretStore.h"

namespace eflow::testsupport {

// The files under root whose bytes contain needle (hidden and system files included).
inline QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

inline bool treeContains(const QString &root, const QByteArray &needle)
{
    return !filesContaining(root, needle).isEmpty();
}

// Adds every process's command line (NUL-separated argv) to seen.
inline void sampleCmdlines(QSet<QByteArray> &seen)
{
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        QFile cmdline(it.next() + QStringLiteral("/cmdline"));
        if (cmdline.open(QIODevice::ReadOnly))
            seen.insert(cmdline.readAll());
    }
}

inline bool anyCmdlineContains(const QByteArray &needle)
{
    QSet<QByteArray> now;
    sampleCmdlines(now);
    for (const QByteArray &cmdline : std::as_const(now)) {
        if (cmdline.contains(needle))
            return true;
    }
    return false;
}

// The forms a base64 key can take on its way somewhere it must not be: as typed (base64), its bytes
// (raw), URL-encoded (a SAS token's or query's escaping) and hex (lower and upper case). Each with a name
// for the report. Raw bytes shorter than 16 are left out: they would match by chance.
struct SecretForm
{
    QByteArray name;
    QByteArray needle;
};

inline QList<SecretForm> secretForms(const QByteArray &label, const QByteArray &base64Key)
{
    QList<SecretForm> forms{{label + " (base64)", base64Key}};
    const QByteArray raw = QByteArray::fromBase64(base64Key);
    if (raw.size() >= 16) {
        forms.append({label + " (raw bytes)", raw});
        forms.append({label + " (hex)", raw.toHex()});
        forms.append({label + " (HEX)", raw.toHex().toUpper()});
    }
    const QByteArray percent = QByteArray(base64Key).toPercentEncoding();
    if (percent != base64Key) {
        forms.append({label + " (URL-encoded)", percent});
        forms.append({label + " (url-encoded, lower case)", percent.toLower()});
    }
    return forms;
}

// "FORM in WHERE" for every form found in haystack (one line each), or nothing.
inline QStringList formsIn(const QByteArray &haystack, const QList<SecretForm> &forms, const QString &where)
{
    QStringList hits;
    for (const SecretForm &f : forms) {
        if (haystack.contains(f.needle))
            hits << QStringLiteral("%1 in %2").arg(QString::fromUtf8(f.name), where);
    }
    return hits;
}

// Every file under root (hidden ones too) but those in allowed, searched for every form.
inline QStringList formsInFiles(const QString &root, const QList<SecretForm> &forms,
                                const QStringList &allowed)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (allowed.contains(path))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            hits << formsIn(f.readAll(), forms, path);
    }
    return hits;
}

// What the system keychain remembers under name (the application's service); nullopt when nothing (or no
// answer within 30 s).
inline std::optional<QByteArray> readFromKeychain(const QString &name)
{
    support::KeychainSecretStore store;
    std::optional<support::SecretResult> result;
    store.read(name, nullptr, [&](support::SecretResult r) { result = std::move(r); });
    if (!QTest::qWaitFor([&]() { return result.has_value(); }, 30000) || result->error)
        return std::nullopt;
    return result->value.view().toByteArray();
}

} // namespace eflow::testsupport
