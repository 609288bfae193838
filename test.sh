#!/usr/bin/env bash
# Installs what is missing, builds everything (warnings are errors) and runs every CTest test.
#   ./test.sh               the full suite (what CI runs)
#   ./test.sh --sanitize    the same in an AddressSanitizer/UBSan build (build-asan/), core+CLI
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh

build=build-test
cmake_args=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DPGD_WERROR=ON -DPGD_BUILD_TESTS=ON)
ctest_args=()
if [ "${1:-}" = "--sanitize" ]; then
  build=build-asan
  cmake_args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPGD_WERROR=ON -DPGD_BUILD_TESTS=ON
              -DPGD_BUILD_GUI=OFF -DPGD_BUILD_BENCH=OFF "-DPGD_SANITIZE=address;undefined")
  ctest_args=(-L "unit|integration")
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
fi

# libgomp busy-waits by default; with two test processes on two cores that slows the tiny
# test networks down ~50x (measured). Must be set before the process starts.
export OMP_WAIT_POLICY=PASSIVE
jobs=$(nproc)
start=$(date +%s)
cmake -S . -B "$build" "${cmake_args[@]}"
cmake --build "$build" -j "$jobs"
echo "test.sh: build took $(( $(date +%s) - start )) s"
cd "$build"
ctest --output-on-failure --timeout 900 -j "$jobs" "${ctest_args[@]}"
