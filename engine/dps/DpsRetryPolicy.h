#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace eflow::dps {

// When to send the next request to DPS (reference/dps-protocol.md §2.5, §2.6): polls wait for the
// service's Retry-After, throttled and failing requests back off exponentially with jitter. The
// delays can be scaled down and the jitter made deterministic so that tests need not wait for real.
class DpsRetryPolicy final
{
public:
    static constexpr std::chrono::seconds defaultPollDelay{2};
    static constexpr std::chrono::seconds minRetryAfter{1};
    static constexpr std::chrono::seconds maxRetryAfter{300};

    // Integer seconds or an HTTP-date (RFC 9110 §10.2.3; the date counts from now), clamped to [1, 300]
    // as the C SDK clamps seconds, so that a server cannot make us spin ("0", a date in the past) or hang
    // for hours. Nothing when the header is absent or neither form. DPS itself sends seconds; a proxy or
    // gateway in between may send a date.
    static std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView header);
    static std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView header, const QDateTime &now);
    // A delay as the progress lines show it: whole seconds, or two decimals when tests scale it down.
    static QString secondsText(std::chrono::milliseconds delay);

    // Returns a value in [0, 1); the default draws from QRandomGenerator::global().
    using JitterSource = std::function<double()>;

    DpsRetryPolicy();

    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds maximum);
    static DpsRetryPolicy withBackoff(std::chrono::milliseconds base, std::chrono::milliseconds maximum)
    {
        DpsRetryPolicy policy;
        policy.setBackoff(base, maximum);
        return policy;
    }
    // Multiplies every delay (never the timeouts): 1.0 in production, e.g. 0.01 in tests.
    void setDelayScale(double scale);
    double delayScale() const { return m_scale; }
    void setJitterSource(JitterSource source);

    // The wait before polling an operation again: Retry-After when given, 2 s otherwise.
    std::chrono::milliseconds pollDelay(std::optional<std::chrono::seconds> retryAfter) const;
    // The wait before resending after a 429 or 5xx: the service's Retry-After when given (it knows
    // its own throttling window), else base * 2^(retry-1) capped at the maximum, plus up to half of
    // that again as jitter so that many devices do not come back in lock step. retry counts from 1.
    std::chrono::milliseconds retryDelay(int retry, std::optional<std::chrono::seconds> retryAfter) const;

private:
    std::chrono::milliseconds scaled(std::chrono::milliseconds delay) const;

    std::chrono::milliseconds m_base{1000};
    std::chrono::milliseconds m_maximum{60000};
    double m_scale = 1.0;
    JitterSource m_jitter;
};

} // namespace eflow::dps
