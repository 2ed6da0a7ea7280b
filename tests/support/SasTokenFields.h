#pragma once

// Reads the fields of a "SharedAccessSignature sr=…&sig=…&se=…[&skn=…]" header, for the tests that check
// what a client sent. Header-only: each test is its own executable.

#include <QByteArray>
#include <QMap>
#include <QString>

namespace eflow::testsupport {

// The header's fields by name (values as sent, still percent-encoded); empty with *problem set when the
// header is not a SAS token.
inline QMap<QByteArray, QByteArray> sasFields(const QByteArray &header, QString *problem)
{
    const QByteArray prefix = "SharedAccessSignature ";
    if (!header.startsWith(prefix)) {
        *problem = QStringLiteral("no SharedAccessSignature prefix");
        return {};
    }
    QMap<QByteArray, QByteArray> fields;
    for (const QByteArray &field : header.mid(prefix.size()).split('&')) {
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0) {
            *problem = QStringLiteral("malformed field");
            return {};
        }
        fields.insert(field.left(eq), field.mid(eq + 1));
    }
    return fields;
}

} // namespace eflow::testsupport
