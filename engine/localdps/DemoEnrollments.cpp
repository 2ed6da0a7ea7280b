#include "engine/localdps/DemoEnrollments.h"

#include "engine/localdps/LocalDps.h"

namespace eflow::localdps {

QString demoGroupId()
{
    return QStringLiteral("demo-group");
}

QString demoRegistrationId()
{
    return QStringLiteral("demo-device");
}

std::optional<DemoKeys> ensureDemoEnrollments(LocalDps &dps, QString *error)
{
    const auto failed = [&dps, error]() -> std::optional<DemoKeys> {
        if (error)
            *error = dps.errorString();
        return std::nullopt;
    };
    auto group = dps.enrollmentGroup(demoGroupId());
    if (!group) {
        LocalDpsEnrollmentGroup seed;
        seed.enrollmentGroupId = demoGroupId();
        seed.iotEdge = true;
        group = dps.addEnrollmentGroup(seed);
        if (!group)
            return failed();
    }
    auto device = dps.individualEnrollment(demoRegistrationId());
    if (!device) {
        LocalDpsIndividualEnrollment seed;
        seed.registrationId = demoRegistrationId();
        seed.iotEdge = true;
        device = dps.addIndividualEnrollment(seed);
        if (!device)
            return failed();
    }
    if (error)
        error->clear();
    return DemoKeys{enrollmentPrimaryKey(group), enrollmentPrimaryKey(device)};
}

QByteArray enrollmentPrimaryKey(const std::optional<QJsonObject> &stored)
{
    if (!stored)
        return {};
    return stored->value(QStringLiteral("attestation"))
        .toObject()
        .value(QStringLiteral("symmetricKey"))
        .toObject()
        .value(QStringLiteral("primaryKey"))
        .toString()
        .toLatin1();
}

} // namespace eflow::localdps
