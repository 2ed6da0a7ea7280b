#pragma once

#include <memory>

#include "engine/jobs/HostFactory.h"

namespace eflow::app {

// The hosts this application can open: this computer (Windows), OpenSSH, and the demo's simulated hosts
// (their files under the application's data folder). Made once in main() and handed to every runner.
std::shared_ptr<jobs::HostFactory> makeHostFactory();

} // namespace eflow::app
