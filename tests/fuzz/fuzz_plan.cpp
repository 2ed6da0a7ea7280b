// A deployment plan file (JSON), as `host deploy --plan`, `host probe --plan` and the wizard read it.
#include <QJsonDocument>
#include <QJsonObject>

#include "engine/plan/PlanFile.h"
#include "tests/fuzz/FuzzInput.h"

using namespace eflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    QString error;
    if (const auto plan = plan::planFromJson(doc.object(), &error))
        (void)plan::planToJson(*plan); // what was accepted can be written again
    return 0;
}
