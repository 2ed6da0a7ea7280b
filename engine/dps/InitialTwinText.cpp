#include "engine/dps/InitialTwinText.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include "engine/dps/DpsTr.h"
#include "engine/dps/EnrollmentModels.h"
#include "engine/support/JsonDuplicateKeys.h"

namespace eflow::dps {

std::optional<TwinTextProblem> checkInitialTwinText(const QByteArray &utf8)
{
    if (utf8.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = utf8.left(qBound(0, error.offset, int(utf8.size())));
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        TwinTextProblem problem;
        problem.line = int(before.count('\n')) + 1;
        problem.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        problem.message = DpsTr::tr("Line %1, column %2: %3.")
                              .arg(problem.line)
                              .arg(problem.column)
                              .arg(error.errorString());
        return problem;
    }
    if (const std::optional<QString> duplicate = support::findDuplicateJsonKey(utf8)) {
        return TwinTextProblem{
            0, 0,
            DpsTr::tr("\"%1\" appears twice: DPS would keep only one of the two values.").arg(*duplicate)};
    }
    QString why;
    if (!parseInitialTwin(utf8, &why))
        return TwinTextProblem{0, 0, why};
    return std::nullopt;
}

} // namespace eflow::dps
