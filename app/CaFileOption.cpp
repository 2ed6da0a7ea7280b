#include "app/CaFileOption.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "app/Console.h"
#include "engine/dps/DpsError.h"
#include "engine/dps/DpsTransport.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DpsCommand)
};

} // namespace

std::optional<int> checkCaFileOption(const QString &caFile)
{
    if (!QFileInfo::exists(caFile)) {
        printError(Tr::tr("CA file %1 does not exist").arg(caFile));
        return ExitIoError;
    }
    QFile ca(caFile);
    if (QFileInfo(caFile).isDir() || !ca.open(QIODevice::ReadOnly)) {
        printError(Tr::tr("CA file %1 cannot be read: %2")
                       .arg(caFile, QFileInfo(caFile).isDir() ? Tr::tr("it is a folder") : ca.errorString()));
        return ExitIoError;
    }
    if (!dps::tlsConfiguration(caFile)) {
        printError(dps::DpsError::invalidCaFile(caFile).message);
        return ExitInvalidInput;
    }
    return std::nullopt;
}

} // namespace eflow::app
