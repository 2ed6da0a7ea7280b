#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace eflow::host {

// How one PowerShell run ended: what PowerShellProcess::finished() carries and
// PowerShellOutputReader::result() decides.
struct PowerShellResult
{
    enum class Outcome
    {
        Unknown = 0,
        Ok,
        Failed,
        TimedOut,
        Cancelled,
        FailedToStart,
    };
    Outcome outcome = Outcome::Unknown;
    int exitCode = -1;
    bool crashed = false;
    // The parsed "##eflow-result## {json}" line (Ok only).
    QJsonObject result;
    // A sentence for the technician (empty when Ok).
    QString error;
    // The last stderr lines, for the "details" view of a failure.
    QString stderrTail;
};

} // namespace eflow::host

Q_DECLARE_METATYPE(eflow::host::PowerShellResult)
