#include "engine/support/Logging.h"
