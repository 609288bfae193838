#!/usr/bin/env bash
# precision_check.sh: the training precision check of docs/TRAINING.md ("Training precision: the
# six-image check"). For each of FMD confocal BPAE B, G, R and W2S 081 0/1/2 it trains with
# `pgdenoise train`'s defaults (quick preset, 10-minute budget, automatic stop, seed 1), once in
# float32 and once in bfloat16, one after the other, then denoises the image with the model and
# scores the posterior against the clean reference with `pgdenoise eval`.
#
#   bench/eval/precision_check.sh [--data DIR] [--out DIR] [--pgdenoise PATH]
#                                 [--images "B G R 0 1 2"] [--precisions "float32 bfloat16"]
#
# Writes OUT/precision.csv (image, precision, step returned, steps run, training seconds, stop
# reason, PSNR, affine PSNR) and keeps each run's log and model in OUT. Without the data folder
# it prints "skipped".
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
data="$repo/../shared/data"
out="$repo/build-eval/precision"
pgd="$repo/build-test/app/cli/pgdenoise"
images="B G R 0 1 2"
precisions="float32 bfloat16"
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift ;;
    --out) out="$2"; shift ;;
    --pgdenoise) pgd="$2"; shift ;;
    --images) images="$2"; shift ;;
    --precisions) precisions="$2"; shift ;;
    *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
  shift
done
if [ ! -d "$data/FMD_samples" ] || [ ! -d "$data/W2S_test_8bit" ]; then
  echo "precision_check.sh: skipped (no FMD_samples or W2S_test_8bit under $data)"
  exit 0
fi
mkdir -p "$out"
csv="$out/precision.csv"
[ -f "$csv" ] || echo "image,precision,best_step,steps,train_seconds,stop_reason,psnr_db,psnr_affine_db" >"$csv"
{ date -u; grep -m1 "model name" /proc/cpuinfo; uptime; } >>"$out/machine.txt"

for i in $images; do
  case "$i" in
    B | G | R)
      noisy="$data/FMD_samples/confocal/raw/Confocal_BPAE_$i.tif"
      clean="$data/FMD_samples/confocal/gt_avg50/Confocal_BPAE_$i.tif"
      label="Confocal_BPAE_$i" ;;
    *)
      noisy="$data/W2S_test_8bit/noisy_avg1/input_avg1_081_$i.tif"
      clean="$data/W2S_test_8bit/gt_avg400/target_avg400_081_$i.tif"
      label="W2S_081_$i" ;;
  esac
  for p in $precisions; do
    run="$out/$label-$p"
    rm -rf "$run"
    mkdir -p "$run"
    echo "$(date -u +%T) $label $p (load $(cut -d' ' -f1 /proc/loadavg))"
    "$pgd" --progress=lines train "$noisy" --precision "$p" --seed 1 -o "$run/model" \
      >"$run/train.log" 2>&1
    "$pgd" -q denoise -m "$run/model" -O "$run" "$noisy" >"$run/denoise.log" 2>&1
    denoised="$(ls "$run"/*.tif | head -n 1)"
    score="$("$pgd" -q eval -r "$clean" --range 8bit --affine --format csv "$denoised" | tail -n 1 |
      cut -d, -f3,5)"
    read -r steps seconds reason < <(python3 - "$run/model/model.json" <<'EOF2'
import json, sys
m = json.load(open(sys.argv[1]))
print(m["steps"], round(m["trainingSeconds"], 1), m["stopReason"].replace(",", ";").replace(" ", "_"))
EOF2
    )
    best="$(grep -o 'at step [0-9]*' "$run/train.log" | tail -n 1 | cut -d' ' -f3)"
    echo "$label,$p,$best,$steps,$seconds,$reason,$score" >>"$csv"
    echo "  best at $best of $steps steps, $seconds s, $reason; eval: $score"
  done
done
