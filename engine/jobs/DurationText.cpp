#include "engine/jobs/DurationText.h"

#include <QCoreApplication>

namespace eflow::jobs {

namespace {

struct DurationTextTr
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)
};

// tr() with %n picks the plural form from the loaded translation. English has no translation file, so
// Qt would print the source "1 minute(s)" as it is; then the English rule applies here instead.
QString counted(const char *source, qint64 n)
{
    const int count = int(qMin<qint64>(n, 1'000'000));
    const QString translated = DurationTextTr::tr(source, nullptr, count);
    const QString untranslated =
        QString::fromLatin1(source).replace(QStringLiteral("%n"), QString::number(count));
    if (translated != untranslated)
        return translated;
    QString english = untranslated;
    return english.replace(QStringLiteral("(s)"), count == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

QString durationText(qint64 ms)
{
    const qint64 totalSeconds = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds % 3600) / 60;
    const qint64 seconds = totalSeconds % 60;
    if (hours > 0) {
        if (minutes == 0)
            return counted(QT_TRANSLATE_N_NOOP("DurationText", "%n hour(s)"), hours);
        //: hours, then minutes: "1 hour 3 minutes"
        return DurationTextTr::tr("%1 %2", "hours and minutes")
            .arg(counted(QT_TRANSLATE_N_NOOP("DurationText", "%n hour(s)"), hours),
                 counted(QT_TRANSLATE_N_NOOP("DurationText", "%n minute(s)"), minutes));
    }
    if (minutes == 0)
        return counted(QT_TRANSLATE_N_NOOP("DurationText", "%n second(s)"), seconds);
    if (seconds == 0)
        return counted(QT_TRANSLATE_N_NOOP("DurationText", "%n minute(s)"), minutes);
    //: minutes, then seconds: "2 minutes 5 seconds"
    return DurationTextTr::tr("%1 %2", "minutes and seconds")
        .arg(counted(QT_TRANSLATE_N_NOOP("DurationText", "%n minute(s)"), minutes),
             counted(QT_TRANSLATE_N_NOOP("DurationText", "%n second(s)"), seconds));
}

} // namespace eflow::jobs
