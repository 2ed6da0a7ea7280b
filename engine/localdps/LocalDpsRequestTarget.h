#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace eflow::localdps {

// A request-target split into percent-decoded path segments and query parameters. SDKs differ in what they
// encode (raw, %2F, %2f, '+' for space from WebUtility.UrlEncode; reference/dps-protocol.md §2.2), so every
// segment is decoded before the router looks at it.
class LocalDpsRequestTarget final
{
public:
    explicit LocalDpsRequestTarget(const QByteArray &target);

    const QStringList &segments() const { return m_segments; }
    QString segment(qsizetype index) const { return m_segments.value(index); }
    qsizetype size() const { return m_segments.size(); }
    // The path without the query string: safe to log (the query holds nothing secret either, but keep it
    // out of logs so that nobody ever has to check).
    QString path() const { return m_path; }

    bool hasQueryItem(const QString &name) const;
    QString queryItem(const QString &name) const; // first value; names matched case-insensitively

private:
    QString m_path;
    QStringList m_segments;
    QList<QPair<QString, QString>> m_query;
};

} // namespace eflow::localdps
