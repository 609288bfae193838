#!/usr/bin/env bash
# Installs what is missing, builds everything (warnings are errors) and runs every CTest test,
# then runs the core and CLI tests again in an AddressSanitizer/UBSan build. Any failure, and any
# sanitizer report, fails the run.
#   ./test.sh                 both suites (what CI runs)
#   ./test.sh --no-sanitize   the normal suite only (build-test/)
#   ./test.sh --sanitize      the sanitizer suite only (build-asan/)
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-all}
case "$mode" in
  all | --no-sanitize | --sanitize) ;;
  *) echo "usage: $0 [--no-sanitize | --sanitize]" >&2; exit 2 ;;
esac
scripts/install-deps.sh

# libgomp busy-waits by default; with two test processes on two cores that slows the tiny
# test networks down ~50x (measured). Must be set before the process starts.
export OMP_WAIT_POLICY=PASSIVE
jobs=$(nproc)

# run_suite NAME BUILD_DIR "CTEST ARGS" CMAKE_ARG...
run_suite() {
  local name=$1 build=$2 start
  local -a ctest_args
  read -r -a ctest_args <<<"$3"
  shift 3
  local -a cmake_args=("$@")
  start=$(date +%s)
  cmake -S . -B "$build" -G Ninja -DPGD_WERROR=ON -DPGD_BUILD_TESTS=ON "${cmake_args[@]}"
  cmake --build "$build" -j "$jobs"
  echo "test.sh: $name build took $(($(date +%s) - start)) s"
  start=$(date +%s)
  (cd "$build" && ctest --output-on-failure --timeout 900 -j "$jobs" "${ctest_args[@]}")
  echo "test.sh: $name tests took $(($(date +%s) - start)) s"
}

if [ "$mode" != --sanitize ]; then
  run_suite normal build-test "" -DCMAKE_BUILD_TYPE=Release
fi
if [ "$mode" != --no-sanitize ]; then
  # Core and CLI only (the Qt workbench and the benchmarks are left out to keep CI short), -O1
  # with line tables: enough for readable reports at a third of RelWithDebInfo's build time.
  # detect_leaks=0: LibTorch and ITK keep process-lifetime singletons that LeakSanitizer reports.
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  # Left out here (they run in the normal suite): four statistical quality tests that train real
  # networks for minutes inside LibTorch, which is not instrumented; under ASan's allocator they
  # took 9 of the suite's 21 test-minutes (docs/FUZZING.md). Shorter training and denoising tests
  # cover the same code under the sanitizers. Also left out: SlurmArray, which starts a Slurm
  # cluster to run packaging/slurm/; its C++ side (--shard) runs here in ShardCliTest.
  run_suite sanitizer build-asan \
    "-L unit|integration|fuzz|sanitizer -E ShortCpuTrainingDenoisesAPhantom|DenoisePipeline[.]|^SlurmArray$" \
    -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -g1" -DCMAKE_C_FLAGS_RELEASE=-O1 \
    -DPGD_BUILD_GUI=OFF -DPGD_BUILD_BENCH=OFF "-DPGD_SANITIZE=address;undefined"
fi
