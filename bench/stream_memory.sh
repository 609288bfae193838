#!/usr/bin/env bash
# Peak memory of `pgdenoise denoise` on a long stack and on a short one: denoise streams a stack
# frame by frame (docs/ARCHITECTURE.md, "Denoising run"), so peak RSS must not grow with the
# number of frames. Goal: at most 1.2 GB for 200 frames of 2048x2048 16-bit (1.6 GB on disk) and
# within 10% of the 20-frame figure.
# Usage: bench/stream_memory.sh [BUILD_DIR] [FRAMES_LONG] [FRAMES_SHORT] [SIZE] [TILE]
#   defaults: build, 200, 20, 2048, 512.
# The stacks are generated frame by frame with /usr/bin/python3 + numpy + tifffile (Poisson-
# Gaussian noise on a smooth pattern, uint16); the model is the smallest the CLI makes (N2V loss,
# width 4) trained for a few steps on a 256x256 phantom: memory does not depend on how well a
# model is trained, and the N2V U-Net is the cheapest network per pixel, which keeps 200 frames
# of 2048^2 within minutes on 2 cores. The tile edge is fixed (TILE) so that both runs use the
# same tiles whatever memory is free at the time. Outputs are the posterior in the source type.
# Prints the machine (CPU model, avx512f / avx512_bf16, cores, load before and after each run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
long=${2:-200}
short=${3:-20}
size=${4:-2048}
tile=${5:-512}
exe="$build/app/cli/pgdenoise"
python=/usr/bin/python3
[ -x "$exe" ] || { echo "stream_memory.sh: build pgdenoise in $build" >&2; exit 2; }
"$python" -c 'import numpy, tifffile' 2>/dev/null ||
  { echo "stream_memory.sh: $python needs numpy and tifffile (python3-tifffile)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/pgd-stream.XXXXXX")
trap 'rm -rf "$work"' EXIT
export PGD_MODEL_DIR="$work/models" OMP_WAIT_POLICY=PASSIVE

flags=$(grep -o -w 'avx512f\|avx512_bf16' /proc/cpuinfo | sort -u | tr '\n' ' ')
echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores," \
  "flags: ${flags:-none}, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"

make_stack() { # FRAMES PATH
  "$python" - "$1" "$size" "$2" <<'PY'
import sys
import numpy as np
import tifffile
frames, size, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
y, x = np.mgrid[0:size, 0:size].astype(np.float32) / size
clean = 200 + 3000 * (0.5 + 0.5 * np.sin(12 * x) * np.cos(9 * y)) ** 2
rng = np.random.default_rng(5)
def pages():
    for f in range(frames):
        photons = rng.poisson(clean * (1 + 0.002 * f) / 20.0) * 20.0
        noisy = photons + rng.normal(100.0, 30.0, clean.shape)
        yield np.clip(noisy, 0, 65535).astype(np.uint16)
tifffile.imwrite(path, pages(), shape=(frames, size, size), dtype=np.uint16,
                 photometric="minisblack")
PY
}

"$exe" --quiet simulate --phantom --width 256 --height 256 --lambda 30 --sigma 10 --seed 6 \
  --dtype source -o "$work/train.tif"
"$exe" --quiet train "$work/train.tif" --loss n2v --width 4 --crop 64 --batch 2 --steps 20 \
  --steps-per-epoch 10 --device cpu --output "$work/tiny"

declare -A rss
for frames in "$short" "$long"; do
  stack="$work/stack$frames.tif"
  make_stack "$frames" "$stack"
  mkdir -p "$work/out$frames"
  before=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%M %e" -o "$work/time$frames" \
    "$exe" --quiet denoise "$stack" --model "$work/tiny" --device cpu --tile "$tile" \
    --dtype source --no-csv -O "$work/out$frames"
  after=$(cut -d' ' -f1 /proc/loadavg)
  read -r kib seconds < "$work/time$frames"
  rss[$frames]=$kib
  printf '%d x %dx%d uint16 (%.2f GB): peak RSS %.0f MiB (%.2f GB), %.0f s wall, load %s -> %s\n' \
    "$frames" "$size" "$size" "$(stat -c %s "$stack" | awk '{print $1 / 1e9}')" \
    "$(awk -v k="$kib" 'BEGIN { print k / 1024 }')" "$(awk -v k="$kib" 'BEGIN { print k * 1024 / 1e9 }')" \
    "$seconds" "$before" "$after"
  rm -f "$stack" "$work/out$frames"/*
done
awk -v l="${rss[$long]}" -v s="${rss[$short]}" -v nl="$long" -v ns="$short" 'BEGIN {
  printf "peak RSS %d frames / %d frames: %.3f (goal: at most 1.10; %d frames at most 1.2 GB: %s)\n",
    nl, ns, l / s, nl, (l * 1024 <= 1.2e9 ? "met" : "missed") }'
