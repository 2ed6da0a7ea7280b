#include "engine/localdps/LocalDpsRequestTarget.h"

namespace eflow::localdps {

namespace {

QString decode(const QByteArray &text)
{
    QByteArray plusAsSpace = text;
    plusAsSpace.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(plusAsSpace));
}

} // namespace

LocalDpsRequestTarget::LocalDpsRequestTarget(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);
    m_path = QString::fromUtf8(path);
    for (const QByteArray &segment : path.split('/')) {
        if (!segment.isEmpty())
            m_segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)));
    }
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        m_query.append({decode(name), decode(value)});
    }
}

bool LocalDpsRequestTarget::hasQueryItem(const QString &name) const
{
    for (const auto &item : m_query) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString LocalDpsRequestTarget::queryItem(const QString &name) const
{
    for (const auto &item : m_query) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return QString();
}

} // namespace eflow::localdps
