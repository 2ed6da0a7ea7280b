#pragma once

#include <optional>

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace eflow::host {

// The most of a licence file the wizard reads from a host (the script caps it too): the EFLOW terms
// are some tens of kilobytes of RTF.
inline constexpr qsizetype kMaxLicenseTermsBytes = 512 * 1024;

// The EFLOW licence terms as a host holds them (HostBackend::licenseTerms).
struct LicenseTerms
{
    bool found = false;
    QString source; // "installed" (the product's LICENSE folder) or "msi" (unpacked from the installer)
    QString path;   // the file the host read, e.g. C:\Program Files\Azure IoT Edge\LICENSE\….rtf
    QString text;   // plain text, never markup: show it as such
    bool truncated = false; // the file was longer than kMaxLicenseTermsBytes
};

// The text of an RTF document, as plain text: groups, control words, \'hh (Windows-1252) and \uN
// escapes are read; destinations (font and colour tables, styles, document info, pictures, fields'
// instructions, every \* group) are skipped; \par, \line, \tab become line breaks and tabs. The input
// is hostile: the group depth and the output length (maxChars) are bounded, \bin data is skipped.
QString plainTextFromRtf(QByteArrayView rtf, qsizetype maxChars = kMaxLicenseTermsBytes);

// Decodes the licenseTerms operation's data: {"found": bool, "source", "path", "format": "rtf"|"txt",
// "content": base64 of the file's first bytes, "truncated": bool}. A field of the wrong type is an
// error that names it.
std::optional<LicenseTerms> licenseTermsFromJson(const QJsonObject &data, QString *error = nullptr);

} // namespace eflow::host
