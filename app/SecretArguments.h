#pragma once

#include <optional>

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace eflow::app {

// Keys on the command line end up in shell history and in every process listing (/proc/PID/cmdline),
// so options that look like they carry one are refused with a sentence that says what to do instead.
std::optional<QString> refuseSecretArguments(const QStringList &arguments);

// How every subcommand starts: refuses keys in argv, parses, and answers --help (the program's name followed
// by command in the usage line). Nothing when the command should run; else the exit code, 0 after the help
// and 2 after the printed error.
std::optional<int> parseSubcommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                       const QString &command);

} // namespace eflow::app
