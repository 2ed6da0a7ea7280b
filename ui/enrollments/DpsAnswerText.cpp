#include "ui/enrollments/DpsAnswerText.h"

#include "engine/dps/DpsServiceResult.h"

namespace eflow::ui {

namespace {

bool aboutGroup(dps::DpsServiceOperation operation)
{
    using Op = dps::DpsServiceOperation;
    return operation == Op::CreateOrUpdateEnrollmentGroup || operation == Op::DeleteEnrollmentGroup ||
           operation == Op::GetEnrollmentGroup || operation == Op::GetEnrollmentGroupAttestation;
}

} // namespace

DpsAnswerText DpsAnswerText::of(const dps::DpsServiceResult &result)
{
    DpsAnswerText answer;
    answer.text = result.message();
    switch (result.kind) {
    case dps::DpsServiceResult::Kind::Succeeded:
        answer.kind = ResultBanner::Kind::Success;
        return answer;
    case dps::DpsServiceResult::Kind::Cancelled:
        answer.kind = ResultBanner::Kind::Warning;
        return answer;
    case dps::DpsServiceResult::Kind::Failed:
    case dps::DpsServiceResult::Kind::Unknown:
        break;
    }
    answer.kind = ResultBanner::Kind::Error;
    answer.details = result.error.details();
    if (result.error.httpStatus == 412) {
        answer.kind = ResultBanner::Kind::Warning;
        answer.text = aboutGroup(result.operation)
                          ? tr("Someone else changed the enrollment group %1 after it was read here, so "
                               "DPS kept their version and did not save yours. Reload to see it, then "
                               "make your changes again.")
                                .arg(result.id)
                          : tr("Someone else changed the enrollment %1 after it was read here, so DPS "
                               "kept their version and did not save yours. Reload to see it, then make "
                               "your changes again.")
                                .arg(result.id);
    }
    return answer;
}

void DpsAnswerText::show(ResultBanner *banner, const dps::DpsServiceResult &result)
{
    const DpsAnswerText answer = of(result);
    banner->showResult(answer.kind, answer.text, answer.details);
}

} // namespace eflow::ui
