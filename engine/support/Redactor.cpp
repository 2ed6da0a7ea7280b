#include "engine/support/Redactor.h"
