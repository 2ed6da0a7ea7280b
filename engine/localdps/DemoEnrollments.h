#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace eflow::localdps {

class LocalDps;

// The enrollments of demo mode and `eflow-wizard emulator --seed-demo`: the group "demo-group" and the
// individual enrollment "demo-device", both IoT Edge, with symmetric keys made by the local DPS.
QString demoGroupId();
QString demoRegistrationId();

// Base64 text, as a technician pastes it.
struct DemoKeys
{
    QByteArray groupKey;
    QByteArray deviceKey;
};

// Adds whichever demo enrollment is missing and returns both keys. Existing ones are kept, so that a
// restart on the same state shows the same keys. Nothing, with *error set to the DPS's reason, when an
// enrollment could not be made.
std::optional<DemoKeys> ensureDemoEnrollments(LocalDps &dps, QString *error);

// The base64 primary key of an enrollment as LocalDps returns it; empty without one.
QByteArray enrollmentPrimaryKey(const std::optional<QJsonObject> &stored);

} // namespace eflow::localdps
