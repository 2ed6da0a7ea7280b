#pragma once

#include <QString>

namespace eflow::jobs {

// A duration for people, with the plural forms right in every language: "1 minute 1 second",
// "2 minutes 5 seconds", "45 seconds", "1 hour 3 minutes" (seconds are dropped from an hour on). The one
// place that spells durations out, so that the deployment page, the restart wait and the command line
// agree. Negative values count as zero.
QString durationText(qint64 ms);

} // namespace eflow::jobs
