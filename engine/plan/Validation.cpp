#include "engine/plan/Validation.h"
