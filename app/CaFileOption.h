#pragma once

#include <optional>

#include <QString>

namespace eflow::app {

// --ca-file FILE of the commands that talk to DPS: checked as the DPS clients will load it, so that a
// missing file is exit 4 and a file without a certificate is bad input (3), never a failed request (1)
// (issue 14 item 9). Prints the sentence and returns the exit code when the file cannot be used.
std::optional<int> checkCaFileOption(const QString &caFile);

} // namespace eflow::app
