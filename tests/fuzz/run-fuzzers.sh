#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer: builds the fuzz targets with clang (build-fuzz/) and runs
# each for SECONDS (default 60). Crashes land in build-fuzz/tests/fuzz as crash-* files.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPGD_FUZZ=ON -DPGD_BUILD_GUI=OFF -DPGD_BUILD_BENCH=OFF
cmake --build build-fuzz --target pgd_make_seed_corpus fuzz_image_reader
cd build-fuzz/tests/fuzz
./pgd_make_seed_corpus seeds
mkdir -p corpus_image
./fuzz_image_reader -max_total_time="$seconds" -rss_limit_mb=4096 corpus_image seeds 2>&1 | tail -5
