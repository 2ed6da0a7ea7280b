#pragma once

#include <QString>

#include "engine/dps/DpsError.h"
#include "engine/dps/DpsServiceResult.h"

namespace eflow::dps {

// The service API's sentence for an HTTP error status that DpsHttpExchange reported (reference §4): which
// enrollment, group or registration record was missing or changed, which policy may not do it. 429 and
// 5xx keep the exchange's sentence, which counts the attempts.
void describeServiceError(DpsError &error, DpsServiceOperation operation, const QString &id,
                          const QString &policyName, bool sentIfMatch);

} // namespace eflow::dps
