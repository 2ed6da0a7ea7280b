#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace eflow::dps {

// Where an initial twin typed by a person goes wrong: 1-based line and column (characters, not bytes), 0
// when the problem is not at one place, and the whole sentence.
struct TwinTextProblem
{
    int line = 0;
    int column = 0;
    QString message;
};

// An initial twin as typed ({"tags":{…},"properties":{"desired":{…}}}) - in the Enrollments window's editor
// or a file given to `enroll --twin-file`: a JSON syntax error with its line and column, a key that appears
// twice (DPS would keep only one value), and what DPS would refuse (checkInitialTwin). Nothing when it is
// fine or empty.
std::optional<TwinTextProblem> checkInitialTwinText(const QByteArray &utf8);

} // namespace eflow::dps
