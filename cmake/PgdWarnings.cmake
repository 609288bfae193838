# pgd_warnings: warnings (and sanitizers) for our own targets only; third-party headers are SYSTEM.
add_library(pgd_warnings INTERFACE)
target_compile_options(pgd_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(PGD_WERROR)
  target_compile_options(pgd_warnings INTERFACE -Werror)
endif()
if(PGD_SANITIZE)
  list(JOIN PGD_SANITIZE "," _pgd_san)
  # No recovery: the first report ends the process, so any report fails its test.
  target_compile_options(pgd_warnings INTERFACE -fsanitize=${_pgd_san} -fno-sanitize-recover=all
                                                -fno-omit-frame-pointer)
  target_link_options(pgd_warnings INTERFACE -fsanitize=${_pgd_san})
endif()
if(PGD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PGD_FUZZ needs clang (libFuzzer): CC=clang CXX=clang++ cmake ...")
  endif()
  # Instrument all our code for coverage-guided fuzzing. Debian's ITK 5.2 headers reject any
  # compiler but GNU, hence the force-included shim (see tests/fuzz/ItkClangShim.h).
  target_compile_options(pgd_warnings INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                         -fno-sanitize-recover=all
                         -include ${PROJECT_SOURCE_DIR}/tests/fuzz/ItkClangShim.h
                         -Wno-builtin-macro-redefined)
  target_link_options(pgd_warnings INTERFACE -fsanitize=address,undefined)
endif()
