#include "engine/dps/DpsRetryPolicy.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QByteArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace eflow::dps {

namespace {

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), which senders must use, else what RFC 2822 parsing
// covers, as long as the zone is written out: without one Qt would take local time. Qt 6 reads day and
// month names in the C locale.
QDateTime parseHttpDate(const QString &text)
{
    QDateTime date = QDateTime::fromString(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isValid()) {
        date.setTimeSpec(Qt::UTC);
        return date;
    }
    static const QRegularExpression zone(QStringLiteral("(GMT|UTC?|[+-][0-9]{4})$"));
    if (!zone.match(text).hasMatch())
        return {};
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

} // namespace

std::optional<std::chrono::seconds> DpsRetryPolicy::parseRetryAfter(QByteArrayView header)
{
    return parseRetryAfter(header, QDateTime::currentDateTimeUtc());
}

std::optional<std::chrono::seconds> DpsRetryPolicy::parseRetryAfter(QByteArrayView header,
                                                                    const QDateTime &now)
{
    const QByteArray text = header.trimmed().toByteArray();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    bool ok = false;
    qlonglong value = text.toLongLong(&ok);
    if (!ok) {
        const QDateTime date = parseHttpDate(QString::fromLatin1(text));
        if (!date.isValid())
            return std::nullopt;
        // Rounded up: a wait that ends early could meet the same throttling again.
        value = (now.msecsTo(date) + 999) / 1000;
    }
    return std::chrono::seconds(std::clamp<qlonglong>(value, minRetryAfter.count(), maxRetryAfter.count()));
}

QString DpsRetryPolicy::secondsText(std::chrono::milliseconds delay)
{
    if (delay.count() % 1000 == 0)
        return QString::number(delay.count() / 1000);
    return QString::number(double(delay.count()) / 1000.0, 'f', 2);
}

DpsRetryPolicy::DpsRetryPolicy()
    : m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{}

void DpsRetryPolicy::setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds maximum)
{
    m_base = std::max(base, std::chrono::milliseconds(1));
    m_maximum = std::max(maximum, m_base);
}

void DpsRetryPolicy::setDelayScale(double scale)
{
    m_scale = scale > 0.0 ? scale : 1.0;
}

void DpsRetryPolicy::setJitterSource(JitterSource source)
{
    if (source)
        m_jitter = std::move(source);
}

std::chrono::milliseconds DpsRetryPolicy::pollDelay(std::optional<std::chrono::seconds> retryAfter) const
{
    return scaled(retryAfter.value_or(defaultPollDelay));
}

std::chrono::milliseconds DpsRetryPolicy::retryDelay(int retry,
                                                     std::optional<std::chrono::seconds> retryAfter) const
{
    if (retryAfter)
        return scaled(*retryAfter);
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double backoff =
        std::min(double(m_base.count()) * std::pow(2.0, exponent), double(m_maximum.count()));
    const double jitter = std::clamp(m_jitter(), 0.0, 1.0) * backoff / 2.0;
    return scaled(std::chrono::milliseconds(qint64(backoff + jitter)));
}

std::chrono::milliseconds DpsRetryPolicy::scaled(std::chrono::milliseconds delay) const
{
    return std::chrono::milliseconds(qint64(std::ceil(double(delay.count()) * m_scale)));
}

} // namespace eflow::dps
