#ifndef CLIBCSV_SHIM_H
#define CLIBCSV_SHIM_H

// libcsv (Debian libcsv-dev) ships no pkg-config file; csv.h is on the default include path.
#include <csv.h>

#endif
