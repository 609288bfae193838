#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer: builds the fuzz targets with clang (build-fuzz/) and runs
# each for SECONDS (default 60). Crashes land in build-fuzz/tests/fuzz as crash-* files.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPGD_FUZZ=ON -DPGD_BUILD_GUI=OFF -DPGD_BUILD_BENCH=OFF
cmake --build build-fuzz --target pgd_make_seed_corpus fuzz_image_reader fuzz_model_info \
  fuzz_stack_description
cd build-fuzz/tests/fuzz
./pgd_make_seed_corpus seeds
mkdir -p corpus_image corpus_model corpus_description
for target in "fuzz_image_reader corpus_image seeds" "fuzz_model_info corpus_model seeds/model_info" \
  "fuzz_stack_description corpus_description seeds/descriptions"; do
  set -- $target
  echo "== $1: $seconds s"
  ./"$1" -max_total_time="$seconds" -rss_limit_mb=4096 "$2" "$3" 2>&1 | grep -E "^Done|ERROR|crash-" || true
done
ls crash-* 2>/dev/null && { echo "run-fuzzers: crashes found (files above)"; exit 1; }
echo "run-fuzzers: no crashes"
