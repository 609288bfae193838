#!/bin/sh
# Reproduces the built-in base model (docs/BASE_MODEL.md) from the pretraining split
# (data/pretraining/split.txt) under ../shared/data, with a fixed seed, on one thread:
#   scripts/pretrain-base.sh [MINUTES] [OUTPUT]
# MINUTES is the training budget (default 35), OUTPUT the model folder (default
# data/models/base, the shipped one). BUILD names the build folder (default build); the script
# builds the driver there. Prints the data summary, every validation and the wall time.
set -eu
cd "$(dirname "$0")/.."
minutes=${1:-35}
output=${2:-data/models/base}
build=${BUILD:-build}
data=${PGD_DATA:-../shared/data}
if [ ! -d "$data" ]; then
  echo "pretrain-base.sh: $data: no such folder (the pretraining images, see docs/BASE_MODEL.md)" >&2
  exit 1
fi
cmake --build "$build" -j1 --target pgd_pretrain_base
start=$(date +%s)
echo "pretrain-base.sh: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -n), load: $(uptime | sed 's/.*load/load/')"
OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} OMP_WAIT_POLICY=PASSIVE \
  "$build/bench/pretrain/pgd_pretrain_base" --data "$data" --split data/pretraining/split.txt \
  --minutes "$minutes" --seed 20261201 --output "$output"
end=$(date +%s)
echo "pretrain-base.sh: took $((end - start)) s in all; load: $(uptime | sed 's/.*load/load/')"
ls -l "$output"
