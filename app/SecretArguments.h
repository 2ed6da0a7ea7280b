#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace eflow::app {

// Keys on the command line end up in shell history and in every process listing (/proc/PID/cmdline),
// so options that look like they carry one are refused with a sentence that says what to do instead.
std::optional<QString> refuseSecretArguments(const QStringList &arguments);

} // namespace eflow::app
