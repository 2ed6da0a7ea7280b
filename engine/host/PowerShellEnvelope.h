#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "engine/crypto/SecureBytes.h"

namespace eflow::host {

// What a PowerShellProcess sends to powershell.exe on stdin: one JSON object
//   {"script": "<script text>", "secrets": {"<name>": "<value>", ...}}
// read by a fixed bootstrap passed as -EncodedCommand.
//
// Why this keeps secrets out of argv and out of Windows script block logging:
// - argv: the only argument that carries text is -EncodedCommand <bootstrap>, and the bootstrap is a
//   constant (bootstrapScript()) with no script and no secret in it. Anyone can read a process's
//   command line (Task Manager, `ps`, /proc/PID/cmdline, WMI Win32_Process, process-creation audit
//   event 4688); nobody but the process can read its stdin pipe.
// - Script block logging (event 4104) records the *text* of every script block PowerShell compiles:
//   the bootstrap, and the script given to [ScriptBlock]::Create(). Neither contains a secret: the
//   secrets travel as JSON *data*, ConvertFrom-Json turns them into strings, and the bootstrap hands
//   them to the script as the hashtable parameter $Secrets. Data bound to a parameter is never
//   compiled, so it is never logged as a script block.
// What the scripts must do to keep this true: use $Secrets['name'] as a value (a parameter of a
// cmdlet, a file written with restricted ACLs); never paste it into text that is compiled
// (Invoke-Expression, [ScriptBlock]::Create, powershell -Command), never print it. Module logging
// (event 4103) and transcription, when an administrator enables them, record cmdlet parameter values
// and console output — that is outside what the wizard can prevent, and the docs say so.
class PowerShellEnvelope final
{
public:
    PowerShellEnvelope() = default;
    explicit PowerShellEnvelope(QString script)
        : m_script(std::move(script))
    {}
    ~PowerShellEnvelope();
    PowerShellEnvelope(PowerShellEnvelope &&other) noexcept = default;
    PowerShellEnvelope &operator=(PowerShellEnvelope &&other) noexcept = default;
    PowerShellEnvelope(const PowerShellEnvelope &) = delete;
    PowerShellEnvelope &operator=(const PowerShellEnvelope &) = delete;

    void setScript(const QString &script) { m_script = script; }
    const QString &script() const { return m_script; }

    // The value is taken over (moved), so the only copy is the one this envelope wipes.
    void addSecret(const QString &name, crypto::SecureBytes value);
    // Copies the value into wiped storage and wipes the caller's array (which must be its only
    // reference, see crypto::wipe).
    void addSecret(const QString &name, QByteArray &value);

    qsizetype secretCount() const { return qsizetype(m_secrets.size()); }
    QString secretName(qsizetype index) const { return m_secrets.at(size_t(index)).name; }
    QByteArrayView secretValue(qsizetype index) const { return m_secrets.at(size_t(index)).value.view(); }

    // The JSON text written to stdin. Built by hand into wiped storage: QJsonDocument would leave
    // unwiped QString copies of every secret behind.
    crypto::SecureBytes toJson() const;
    // Wipes every secret value; the script stays.
    void wipeSecrets();

    // The constant bootstrap (PowerShell source) and its -EncodedCommand form (base64 of UTF-16LE).
    static QString bootstrapScript();
    static QString encodedBootstrap();
    static QString encodeCommand(const QString &script);
    // The line prefix that marks the script's structured result on stdout.
    static QByteArray resultMarker();
    // The line prefix of the bootstrap's first line on stdout and on stderr:
    // "##eflow-encoding## output=<code page> ansi=<code page>" (see PowerShellOutputReader).
    static QByteArray encodingMarker();

private:
    struct Secret
    {
        QString name;
        crypto::SecureBytes value;
    };
    QString m_script;
    std::vector<Secret> m_secrets;
};

} // namespace eflow::host
