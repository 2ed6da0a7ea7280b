// Values that command-line options take (issue 14 item 8): the same rules wherever an option or a field
// holds such a value, so that no command is laxer than another.
#include "engine/plan/Validation.h"

#include <cmath>

#include <QRegularExpression>

#include "engine/plan/ValidationSupport.h"

namespace eflow::plan {

using namespace detail;

std::optional<Problem> checkIotHubHostName(QStringView host, const QString &subject)
{
    const QString name = subject.isEmpty() ? fieldLabel(Field::IotHubHostname) : subject;
    if (host.isEmpty())
        return Problem{Field::IotHubHostname, requiredMessage(name)};
    if (auto message = dnsHostNameIssue(host, name))
        return Problem{Field::IotHubHostname, std::move(*message)};
    return std::nullopt;
}

std::optional<Problem> checkDpsApiVersion(QStringView version, const QString &subject)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}(-preview)?$"));
    if (shape.match(version.toString()).hasMatch())
        return std::nullopt;
    //: %1 names the option, e.g. --api-version; %2 the value given
    return Problem{
        Field::Unknown,
        ValidationTr::tr("%1 takes a DPS api-version such as 2021-06-01 or 2019-03-31-preview, not "
                         "'%2'.")
            .arg(subject.isEmpty() ? QStringLiteral("api-version") : subject, version.toString())};
}

std::optional<double> numberInRange(QStringView text, double min, double max)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    // Written so that NaN fails too: every comparison with NaN is false.
    if (!ok || !std::isfinite(value) || !(value >= min && value <= max))
        return std::nullopt;
    return value;
}

} // namespace eflow::plan
