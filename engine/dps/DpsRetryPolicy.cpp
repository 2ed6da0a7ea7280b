#include "engine/dps/DpsRetryPolicy.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QByteArray>
#include <QRandomGenerator>

namespace eflow::dps {

std::optional<std::chrono::seconds> DpsRetryPolicy::parseRetryAfter(QByteArrayView header)
{
    const QByteArray text = header.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return std::chrono::seconds(std::clamp<qlonglong>(value, minRetryAfter.count(), maxRetryAfter.count()));
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
