#include "engine/host/PowerShellEnvelope.h"

#include <cstring>

#include "engine/crypto/OpenSsl.h"

namespace eflow::host {
namespace {

// Appends JSON string content (no quotes) to out, escaping per RFC 8259. Bytes >= 0x80 pass through:
// values are UTF-8 already and JSON allows them raw.
void appendEscaped(std::vector<unsigned char> &out, QByteArrayView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '"' || u == '\\') {
            out.push_back('\\');
            out.push_back(u);
        } else if (u < 0x20) {
            const unsigned char esc[] = {'\\',
                                         'u',
                                         '0',
                                         '0',
                                         static_cast<unsigned char>(hex[u >> 4]),
                                         static_cast<unsigned char>(hex[u & 0xf])};
            out.insert(out.end(), std::begin(esc), std::end(esc));
        } else {
            out.push_back(u);
        }
    }
}

void appendRaw(std::vector<unsigned char> &out, const char *text)
{
    out.insert(out.end(), text, text + std::strlen(text));
}

} // namespace

PowerShellEnvelope::~PowerShellEnvelope() = default; // SecureBytes wipes itself

void PowerShellEnvelope::addSecret(const QString &name, crypto::SecureBytes value)
{
    m_secrets.push_back(Secret{name, std::move(value)});
}

void PowerShellEnvelope::addSecret(const QString &name, QByteArray &value)
{
    m_secrets.push_back(Secret{name, crypto::SecureBytes(QByteArrayView(value))});
    crypto::wipe(value);
}

crypto::SecureBytes PowerShellEnvelope::toJson() const
{
    // Every intermediate buffer that may hold a secret is wiped; reserve up front so that the vector
    // never reallocates and leaves an unwiped old block behind.
    std::size_t size = 64 + std::size_t(m_script.size()) * 6 * 3;
    for (const Secret &s : m_secrets)
        size += 16 + std::size_t(s.name.size()) * 6 * 3 + s.value.size() * 6;
    std::vector<unsigned char> out;
    out.reserve(size);
    appendRaw(out, "{\"script\":\"");
    appendEscaped(out, m_script.toUtf8());
    appendRaw(out, "\",\"secrets\":{");
    bool first = true;
    for (const Secret &s : m_secrets) {
        if (!first)
            out.push_back(',');
        first = false;
        out.push_back('"');
        appendEscaped(out, s.name.toUtf8());
        appendRaw(out, "\":\"");
        appendEscaped(out, s.value.view());
        out.push_back('"');
    }
    appendRaw(out, "}}\n");
    crypto::SecureBytes result(
        QByteArrayView(reinterpret_cast<const char *>(out.data()), qsizetype(out.size())));
    crypto::ossl::OPENSSL_cleanse(out.data(), out.size());
    return result;
}

void PowerShellEnvelope::wipeSecrets()
{
    for (Secret &s : m_secrets)
        s.value.wipe();
    m_secrets.clear();
}

QString PowerShellEnvelope::bootstrapScript()
{
    // Runs under Windows PowerShell 5.1. Reads the whole envelope from stdin, turns the secrets into a
    // hashtable, compiles only the script text, and calls it with the hashtable bound to $Secrets.
    // The script must not declare its own param() block: the bootstrap supplies it.
    // - $ErrorActionPreference is NOT set here: this is the global scope, which the AzureEFLOW module's
    //   own functions see; the script sets 'Stop' in its own scope (common.ps1).
    // - Progress is silenced globally, the module's too: over ssh or WinRM it arrives as CLIXML noise.
    // - [Console]::OutputEncoding throws "The handle is invalid" where there is no console (ssh without a
    //   pty, WinRM); it only improves the cmdlets' own text, so a failure is ignored. Our markers go out
    //   through an explicit UTF-8 writer (common.ps1), and stdin is read through one.
    // - The first line on stdout and on stderr names the code page the host's own text is in (issue 17):
    //   [Console]::OutputEncoding as it now is (65001 where the line above worked; else, with no console,
    //   the ANSI code page: 932 on a Japanese Windows) and the ANSI code page. Raw bytes, ASCII only.
    // - A failure prints, before its (localized) message, what identifies it in every language: the
    //   FullyQualifiedErrorId, the error category and the innermost exception's type and HResult. Not for
    //   a script's own `throw 'text'`, whose id is its message.
    return QStringLiteral(
        "$ProgressPreference = 'SilentlyContinue'\n"
        "try {\n"
        "    $utf8 = New-Object System.Text.UTF8Encoding $false\n"
        "    try { [Console]::OutputEncoding = $utf8 } catch {}\n"
        "    try {\n"
        "        $eflowLine = [System.Text.Encoding]::ASCII.GetBytes('##eflow-encoding## output=' + "
        "[Console]::OutputEncoding.CodePage + ' ansi=' + [System.Text.Encoding]::Default.CodePage + \"`n\")\n"
        "        foreach ($eflowStream in @([Console]::OpenStandardOutput(), "
        "[Console]::OpenStandardError())) {\n"
        "            $eflowStream.Write($eflowLine, 0, $eflowLine.Length)\n"
        "            $eflowStream.Flush()\n"
        "        }\n"
        "    } catch {}\n"
        "    $eflowReader = New-Object System.IO.StreamReader([Console]::OpenStandardInput(), $utf8)\n"
        "    $eflowEnvelope = $eflowReader.ReadToEnd() | ConvertFrom-Json -ErrorAction Stop\n"
        "    $eflowReader.Dispose()\n"
        "    $eflowSecrets = @{}\n"
        "    if ($null -ne $eflowEnvelope.secrets) {\n"
        "        foreach ($p in $eflowEnvelope.secrets.PSObject.Properties) { "
        "$eflowSecrets[$p.Name] = [string]$p.Value }\n"
        "    }\n"
        "    $eflowBlock = [ScriptBlock]::Create(\"param([hashtable]`$Secrets)`n\" + "
        "[string]$eflowEnvelope.script)\n"
        "    $eflowEnvelope = $null\n"
        "    & $eflowBlock -Secrets $eflowSecrets\n"
        "    exit 0\n"
        "} catch {\n"
        "    $eflowCause = $_.Exception\n"
        "    while ($null -ne $eflowCause.InnerException) { $eflowCause = $eflowCause.InnerException }\n"
        "    if (\"$($_.FullyQualifiedErrorId)\" -ne \"$($_.Exception.Message)\") {\n"
        "        [Console]::Error.WriteLine('PowerShell error: FullyQualifiedErrorId=' + "
        "$_.FullyQualifiedErrorId + "
        "' Category=' + $_.CategoryInfo.Category + ' Exception=' + $eflowCause.GetType().FullName + "
        "' HResult=0x' + $eflowCause.HResult.ToString('X8'))\n"
        "    }\n"
        "    [Console]::Error.WriteLine($_.ToString())\n"
        "    exit 1\n"
        "}\n");
}

QString PowerShellEnvelope::encodeCommand(const QString &script)
{
    // -EncodedCommand wants base64 of UTF-16LE. QString stores UTF-16 in host order; encode explicitly.
    QByteArray utf16;
    utf16.reserve(script.size() * 2);
    for (const QChar c : script) {
        const char16_t u = c.unicode();
        utf16.append(char(u & 0xff));
        utf16.append(char(u >> 8));
    }
    return QString::fromLatin1(utf16.toBase64());
}

QString PowerShellEnvelope::encodedBootstrap()
{
    return encodeCommand(bootstrapScript());
}

QByteArray PowerShellEnvelope::resultMarker()
{
    return QByteArrayLiteral("##eflow-result## ");
}

QByteArray PowerShellEnvelope::encodingMarker()
{
    return QByteArrayLiteral("##eflow-encoding## ");
}

} // namespace eflow::host
