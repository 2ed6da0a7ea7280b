// What DPS answers, as the device client and the service client read it: a registration state or
// operation status, an error body for any HTTP status, and every service API answer (an enrollment, a
// group, their keys, a registration record, a bulk result, a query page).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "engine/dps/DpsError.h"
#include "engine/dps/DpsRegistrationState.h"
#include "engine/dps/DpsServiceAnswers.h"
#include "engine/dps/DpsServiceResult.h"
#include "tests/fuzz/FuzzInput.h"

using namespace eflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const uint8_t which = fuzz::selector(data, size);
    const QByteArray body = fuzz::bytes(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    switch (which % 4) {
    case 0: {
        const dps::DpsRegistrationState state = dps::DpsRegistrationState::fromJson(doc.object());
        (void)state.status;
        break;
    }
    case 1: {
        // Any status DPS may send with any body.
        static const int statuses[] = {400, 401, 403, 404, 409, 412, 429, 500, 503};
        const dps::DpsError error =
            dps::DpsError::fromHttp(statuses[(which >> 2) % 9], body, QStringLiteral("req-1"),
                                    QStringLiteral("dps.example.net"), 1 + (which >> 6));
        (void)dps::DpsError::withoutKeys(body);
        (void)error;
        break;
    }
    case 2: {
        dps::DpsServiceResult result;
        result.operation = dps::DpsServiceOperation(1 + (which >> 2) % 16);
        QString why;
        (void)dps::readObjectAnswer(result, doc.object(), 1 + (which >> 5), &why);
        break;
    }
    default: {
        dps::DpsServiceResult result;
        result.operation = (which >> 2) % 2 ? dps::DpsServiceOperation::QueryEnrollments
                                            : dps::DpsServiceOperation::QueryEnrollmentGroups;
        QString why;
        (void)dps::readQueryPage(result, doc.array(), &why);
        break;
    }
    }
    return 0;
}
