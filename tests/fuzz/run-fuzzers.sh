#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer + AddressSanitizer/UBSan (docs/FUZZING.md).
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
# builds the targets with clang in build-fuzz/ and runs each for SECONDS (default 60), starting
# from the kept corpus (tests/fuzz/corpus/<target>/) and the generated seeds. New inputs go to
# build-fuzz/tests/fuzz/corpus_<target>/; with PGD_FUZZ_KEEP=1 the kept corpus is then replaced
# by the minimised union (libFuzzer -merge=1), ready to commit. Crashes land in
# build-fuzz/tests/fuzz/ as crash-* files; logs in build-fuzz/tests/fuzz/logs/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tiff_reader png_reader model_info training_config levels stack_description)
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPGD_FUZZ=ON -DPGD_BUILD_GUI=OFF -DPGD_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --target pgd_make_seed_corpus "${targets[@]/#/fuzz_}"
cd build-fuzz/tests/fuzz
./pgd_make_seed_corpus seeds >/dev/null
mkdir -p logs
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for t in "${targets[@]}"; do
  kept=$root/tests/fuzz/corpus/$t
  mkdir -p "corpus_$t" "$kept"
  echo "== $t: $seconds s"
  ./"fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 -print_final_stats=1 \
    "corpus_$t" "$kept" "seeds/$t" >"logs/$t.log" 2>&1 || true
  grep -E "^(#[0-9]+ +DONE|Done|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY|crash-|timeout-|oom-" \
    "logs/$t.log" | tail -n 8
  if [ "${PGD_FUZZ_KEEP:-0}" = 1 ]; then
    rm -rf "merged_$t" && mkdir "merged_$t"
    ./"fuzz_$t" -merge=1 -rss_limit_mb=4096 -timeout=20 "merged_$t" "$kept" "corpus_$t" \
      "seeds/$t" >"logs/$t.merge.log" 2>&1
    rm -rf "$kept" && mv "merged_$t" "$kept"
    echo "   kept corpus: $(ls "$kept" | wc -l) files, $(du -sk "$kept" | cut -f1) KiB"
  fi
done
findings=$(find . -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) -print)
if [ -n "$findings" ]; then
  echo "$findings"
  echo "run-fuzzers: findings above (in build-fuzz/tests/fuzz); move them away once fixed"
  exit 1
fi
echo "run-fuzzers: no crashes"
