#include "engine/crypto/ConnectionString.h"

namespace eflow::crypto {

std::optional<ConnectionString> ConnectionString::parse(QStringView text, ParseError *error)
{
    auto fail = [error](ParseError::Kind kind, int segment,
                        QString key = {}) -> std::optional<ConnectionString> {
        if (error)
            *error = ParseError{kind, segment, std::move(key)};
        return std::nullopt;
    };
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ParseError::Kind::Empty, 0);

    ConnectionString result;
    int segmentNumber = 0;
    for (QStringView segment : trimmed.split(u';')) {
        ++segmentNumber;
        segment = segment.trimmed();
        if (segment.isEmpty())
            continue; // "a=b;" and "a=b;;c=d" are written by hand often enough to accept
        const qsizetype eq = segment.indexOf(u'=');
        if (eq < 0)
            return fail(ParseError::Kind::MissingEquals, segmentNumber, segment.toString());
        const QString key = segment.left(eq).trimmed().toString();
        if (key.isEmpty())
            return fail(ParseError::Kind::EmptyKey, segmentNumber);
        if (result.contains(key))
            return fail(ParseError::Kind::DuplicateKey, segmentNumber, key);
        result.m_pairs.append({key, segment.mid(eq + 1).trimmed().toString()});
    }
    if (result.m_pairs.isEmpty())
        return fail(ParseError::Kind::Empty, 0);
    return result;
}

bool ConnectionString::contains(QStringView key) const
{
    for (const auto &pair : m_pairs) {
        if (key.compare(pair.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString ConnectionString::value(QStringView key) const
{
    for (const auto &pair : m_pairs) {
        if (key.compare(pair.first, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QString();
}

QStringList ConnectionString::keys() const
{
    QStringList out;
    for (const auto &pair : m_pairs)
        out << pair.first;
    return out;
}

} // namespace eflow::crypto
