#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "engine/dps/DpsServiceResult.h"

namespace eflow::dps {

// Reading the service API's success answers into a DpsServiceResult (reference/dps-protocol.md §4.3–4.5).
// Each returns false, with the reason in why (naming the item or field), when the answer is not what DPS
// sends; what was read before stays in the result.

// One page of a query: every item must be an object of the queried kind; they are appended.
bool readQueryPage(DpsServiceResult &result, const QJsonArray &items, QString *why);
// The object a single call answers with: an enrollment, a group, their keys, a registration record, or
// the result of one bulk chunk of chunkItems items (merged into result.bulk).
bool readObjectAnswer(DpsServiceResult &result, const QJsonObject &object, int chunkItems, QString *why);

} // namespace eflow::dps
