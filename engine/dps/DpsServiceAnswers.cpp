#include "engine/dps/DpsServiceAnswers.h"

namespace eflow::dps {

namespace {

using Op = DpsServiceOperation;

// Reads one item into its list; false, with why set by the model, when it is not of that kind.
template<typename Model>
bool append(QList<Model> &list, const QJsonObject &item, QString *why)
{
    const std::optional<Model> model = Model::fromJson(item, why);
    if (model)
        list << *model;
    return model.has_value();
}

template<typename Model>
bool take(std::optional<Model> &slot, const QJsonObject &object, QString *why)
{
    slot = Model::fromJson(object, why);
    return slot.has_value();
}

} // namespace

bool readQueryPage(DpsServiceResult &result, const QJsonArray &items, QString *why)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            *why = QStringLiteral("item %1 of the page is not a JSON object").arg(i);
            return false;
        }
        bool ok = false;
        if (result.operation == Op::QueryEnrollments)
            ok = append(result.enrollments, item.toObject(), why);
        else if (result.operation == Op::QueryEnrollmentGroups)
            ok = append(result.enrollmentGroups, item.toObject(), why);
        else
            ok = append(result.registrations, item.toObject(), why);
        if (!ok)
            return false;
    }
    ++result.pages;
    return true;
}

bool readObjectAnswer(DpsServiceResult &result, const QJsonObject &object, int chunkItems, QString *why)
{
    switch (result.operation) {
    case Op::CreateOrUpdateEnrollment:
    case Op::GetEnrollment:
        return take(result.enrollment, object, why);
    case Op::CreateOrUpdateEnrollmentGroup:
    case Op::GetEnrollmentGroup:
        return take(result.enrollmentGroup, object, why);
    case Op::GetEnrollmentAttestation:
    case Op::GetEnrollmentGroupAttestation:
        return take(result.attestation, object, why);
    case Op::GetRegistration:
        return take(result.registration, object, why);
    case Op::BulkEnrollments:
    case Op::BulkEnrollmentGroups: {
        const auto chunk = BulkEnrollmentOperationResult::fromJson(
            object, result.operation == Op::BulkEnrollmentGroups, why);
        if (!chunk)
            return false;
        result.bulkItemsSubmitted += chunkItems;
        result.bulk.isSuccessful = result.bulk.isSuccessful && chunk->isSuccessful;
        result.bulk.errors += chunk->errors;
        return true;
    }
    default:
        return true;
    }
}

} // namespace eflow::dps
