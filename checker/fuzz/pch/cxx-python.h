#include "cxx-std.h"
#include <pybind11/embed.h>
