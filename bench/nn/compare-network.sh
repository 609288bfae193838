#!/usr/bin/env bash
# C++ (bench_network) and the Python port (bench_network.py, Debian's python3-torch) of the quick
# blind-spot network side by side, each in float32 and in its best reduced-precision setting
# (C++: --precision=bfloat16, the path `denoise` takes; Python: bfloat16 autocast with
# channels-last), for one training step (4 x 128^2) and one 1024^2 forward pass. Prints one table
# with the times and their ratios to Python's float32 and to Python's best, the machine, its
# load before and after, and the process CPU time. Figures only. docs/TRAINING.md, "CPU fast path".
# Usage: bench/nn/compare-network.sh [BUILD_DIR] [THREADS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
threads=${2:-2}
cpp="$build/bench/nn/bench_network"
py=/usr/bin/python3
[ -x "$cpp" ] || { echo "compare-network.sh: build bench_network in $build (-DPGD_BUILD_BENCH=ON)" >&2; exit 2; }
"$py" -c 'import torch' 2>/dev/null || {
  echo "compare-network.sh: $py has no torch: sudo apt-get install -y python3-torch" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS="$threads"
load() { cut -d' ' -f1 /proc/loadavg; }
flags=$(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -E '^(avx512f|avx512_bf16|amx_bf16)$' | tr '\n' ' ' || true)
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, flags: ${flags:-none of avx512f avx512_bf16 amx_bf16}; $threads threads"

run() { # NAME COMMAND...: runs it, keeps stdout in $work/NAME, notes load and CPU seconds
  local name=$1
  shift
  local before
  before=$(load)
  /usr/bin/time -f "%U %S" -o "$work/$name.time" "$@" >"$work/$name" 2>"$work/$name.err" || {
    cat "$work/$name.err" >&2; exit 1; }
  read -r user sys <"$work/$name.time"
  echo "$name: load $before - $(load), CPU $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') s"
}
for precision in float32 bfloat16; do
  run "cpp-$precision" "$cpp" --precision="$precision" --benchmark_format=json \
    --benchmark_filter='trainStep/16/|inference/16/1024/0/'
done
for mode in float32 bfloat16-cl; do
  run "py-$mode" "$py" "$root/bench/nn/bench_network.py" "$threads" --mode "$mode" --widths 16
done

"$py" - "$work" <<'EOF'
import json, re, sys
work = sys.argv[1]
def cpp(precision):
    text = open(f"{work}/cpp-{precision}").read()  # a header line, then Google Benchmark's JSON
    rows = json.loads(text[text.index("{"):])["benchmarks"]
    pick = lambda prefix: next(r["real_time"] for r in rows if r["name"].startswith(prefix))
    return pick("trainStep/16"), pick("inference/16/1024/0")
def py(mode):
    text = open(f"{work}/py-{mode}").read()
    return (float(re.search(r"train_step_ms=(\d+)", text).group(1)),
            float(re.search(r"infer_1024_ms=(\d+)", text).group(1)))
runs = {"C++ float32": cpp("float32"), "C++ bfloat16 (denoise's path)": cpp("bfloat16"),
        "Python float32": py("float32"), "Python bfloat16 + channels-last": py("bfloat16-cl")}
base, best = runs["Python float32"], runs["Python bfloat16 + channels-last"]
print(f"{'width 16':<34}{'train step ms':>14}{'xPy fp32':>10}{'xPy best':>10}"
      f"{'1024^2 fwd ms':>15}{'xPy fp32':>10}{'xPy best':>10}")
for name, (train, infer) in runs.items():
    print(f"{name:<34}{train:>14.0f}{base[0] / train:>10.2f}{best[0] / train:>10.2f}"
          f"{infer:>15.0f}{base[1] / infer:>10.2f}{best[1] / infer:>10.2f}")
print("x = speed-up: the Python figure divided by the row's time (above 1: the row is faster)")
EOF
