#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "engine/dps/DpsServiceResult.h"
#include "engine/dps/EnrollmentModels.h"

namespace eflow::app {

// What `eflow-wizard enroll` prints: aligned text for people, or with --json exactly one JSON object on
// stdout for scripts ({"ok":true,…} or {"ok":false,"error":…}). Keys appear only where the caller passes
// them (--show-keys); every enrollment is printed without them otherwise.
class EnrollOutput
{
public:
    explicit EnrollOutput(bool json)
        : m_json(json)
    {}

    bool isJson() const { return m_json; }

    void list(const QList<dps::IndividualEnrollment> &enrollments, const QList<dps::EnrollmentGroup> &groups,
              bool showIndividual, bool showGroups) const;
    // An individual enrollment; registration: its record (nothing: no device has registered yet).
    void enrollment(const dps::IndividualEnrollment &enrollment,
                    const std::optional<dps::DeviceRegistrationState> &registration,
                    const std::optional<dps::EnrollmentAttestation> &keys) const;
    void group(const dps::EnrollmentGroup &group,
               const std::optional<dps::EnrollmentAttestation> &keys) const;
    // noneSentence: what text output says when there is no record.
    void records(const QList<dps::DeviceRegistrationState> &records, const QString &noneSentence) const;
    // One sentence (text), or the JSON object with "ok":true and extra members.
    void done(const QString &sentence, QJsonObject json) const;

    // The call's sentence on stderr (and with --json the error object on stdout); returns its exit code.
    int failure(const dps::DpsServiceResult &result, bool verbose) const;
    // A failure found here, before or after DPS answered.
    int failure(const QString &sentence, int exitCode) const;

    // Whether a JSON object went to stdout already.
    bool hasPrinted() const { return m_printed; }
    // {"ok":false,"error":sentence,"httpStatus":0} on stdout (--json only), for a sentence printed earlier.
    void printJsonError(const QString &sentence, int httpStatus = 0) const;

    // The wire JSON without the symmetric keys.
    static QJsonObject withoutKeys(QJsonObject wire);
    static QJsonObject keysJson(const dps::EnrollmentAttestation &keys);

private:
    void printJson(const QJsonObject &object) const;

    bool m_json = false;
    mutable bool m_printed = false;
};

} // namespace eflow::app
