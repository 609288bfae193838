#pragma once
// Force-included in PGD_FUZZ (clang) builds only. Debian's ITK 5.2 headers accept no compiler but
// GNU (itk_compiler_detection.h errors out on clang), so we present clang as GCC 12 while that one
// header is read, then restore the real macros for everything else.
#if defined(__clang__) && __has_include(<itk_compiler_detection.h>)
#pragma push_macro("__clang__")
#pragma push_macro("__GNUC__")
#pragma push_macro("__GNUC_MINOR__")
#undef __clang__
#undef __GNUC__
#undef __GNUC_MINOR__
#define __GNUC__ 12
#define __GNUC_MINOR__ 2
#include <itk_compiler_detection.h>
#pragma pop_macro("__GNUC_MINOR__")
#pragma pop_macro("__GNUC__")
#pragma pop_macro("__clang__")
#endif
