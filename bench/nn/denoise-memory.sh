#!/usr/bin/env bash
# Peak memory and time of denoising a 2048x2048 image with the installed-style CLI (goal:
# peak RSS under 2 GB), for the quick (width 16) and paper (width 48) networks, plus the tiled vs
# whole-image difference from bench_denoise on a 1024x1024 crop of the same image.
# Usage: bench/nn/denoise-memory.sh [BUILD_DIR] [TRAIN_STEPS] [NETS]
# NETS: "quick" (default) or "quick paper"; the paper net takes many minutes per 2048^2 image on a
# 2-core CPU (it is meant for a GPU).
# The models are trained briefly on the synthetic phantom (TRAIN_STEPS, default 300 for the quick
# net and 30 for the paper net): memory and time do not depend on how well a model is trained,
# the tiled-vs-whole difference does a little, so it is measured on the longer-trained quick net.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
steps=${2:-300}
nets=${3:-quick}
exe="$build/app/cli/pgdenoise"
bench="$build/bench/nn/bench_denoise"
[ -x "$exe" ] && [ -x "$bench" ] || { echo "denoise-memory.sh: build pgdenoise and bench_denoise in $build" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGD_MODEL_DIR="$work/models" OMP_WAIT_POLICY=PASSIVE
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1 /proc/loadavg)"
"$exe" --quiet simulate --phantom --width 2048 --height 2048 --lambda 30 --sigma 10 --seed 5 -o "$work/big.tif"
"$exe" --quiet simulate --phantom --width 512 --height 512 --lambda 30 --sigma 10 --seed 6 -o "$work/train.tif"
"$exe" --quiet train "$work/train.tif" --preset quick --steps "$steps" --output "$work/quick"
case " $nets " in *" paper "*)
  "$exe" --quiet train "$work/train.tif" --preset paper --device cpu --steps 30 --steps-per-epoch 10 \
    --crop 64 --output "$work/paper" ;;
esac
for net in $nets; do
  mkdir -p "$work/out-$net"
  /usr/bin/time -f "%M %e" -o "$work/time-$net" \
    "$exe" --quiet denoise "$work/big.tif" --model "$work/$net" -O "$work/out-$net" --mu
  read -r kib seconds < "$work/time-$net"
  printf '2048x2048 denoise (%s net, mu + posterior + fit): peak RSS %.0f MiB, %.1f s wall\n' \
    "$net" "$(awk -v k="$kib" 'BEGIN { print k / 1024 }')" "$seconds"
done
"$bench" "$work/quick" "$work/big.tif" --size 1024
