#pragma once

#include <QCoreApplication>
#include <QString>

#include "ui/widgets/ResultBanner.h"

namespace eflow::dps {
struct DpsServiceResult;
}

namespace eflow::ui {

// How the Enrollments window and its dialogs word what DPS answered: one sentence (the engine's, which
// names the cause and the fix for 401, 403, 404, 409, 429, network and TLS failures), a clearer one for a
// conflicting change (412: someone else changed it), and the raw detail (HTTP status, DPS errorCode,
// tracking ID; never a key) for the banner's Details.
struct DpsAnswerText
{
    Q_DECLARE_TR_FUNCTIONS(DpsAnswerText)

public:
    ResultBanner::Kind kind = ResultBanner::Kind::Unknown;
    QString text;
    QString details;

    static DpsAnswerText of(const dps::DpsServiceResult &result);
    // Shows it in banner.
    static void show(ResultBanner *banner, const dps::DpsServiceResult &result);
};

} // namespace eflow::ui
