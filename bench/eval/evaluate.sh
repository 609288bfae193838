#!/usr/bin/env bash
# evaluate.sh: the evaluation (docs/RESULTS.md, docs/ARCHITECTURE.md#evaluation) in one command.
#
#   bench/eval/evaluate.sh --quick|--full|--oracle|--curve [--data DIR] [--out DIR] [-- pgd_evaluate flags]
#
# Builds (or reuses) a Release build with the evaluation driver, then runs pgd_evaluate on the
# real and synthetic data in DIR (default: ../shared/data next to the repository) and writes
# per_image.csv, synthetic_grid.csv, plots.json, PNG figures and RESULTS.md into --out (default:
# docs/results/<mode>; the default run also refreshes docs/RESULTS.md).
#   --quick  the 2-core CPU subset (about 65 minutes; the report lists what it leaves out)
#   --full   every image, method and synthetic cell with the paper preset (meant for a GPU)
#   --oracle automatic stop vs the best fixed step count, quick preset; add
#            `-- --oracle-w2s-images N` to change the W2S count (docs/results/oracle)
#   --curve  posterior PSNR after 0, 1, 2, 5 and 10 minutes of training: warm start from the
#            base model, from scratch, N2V (docs/BASE_MODEL.md); choose images with
#            `-- --sets w2s --w2s-images 1` etc. (about 35 minutes an image; TRAINING_CURVE.md)
# Without the data folder it prints "skipped" and exits 0.
# Environment: PGD_EVAL_BUILD_DIR (default build-eval), PGD_JOBS (default: number of cores),
# PGD_EVAL_CMAKE_ARGS (extra configure flags, e.g. -DTorch_DIR=... for a CUDA LibTorch).
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
mode=""
data="$repo/../shared/data"
out=""
extra=()
usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick ;;
    --full) mode=full ;;
    --oracle) mode=oracle ;;
    --curve) mode=curve ;;
    --data) data="$2"; shift ;;
    --data=*) data="${1#--data=}" ;;
    --out) out="$2"; shift ;;
    --out=*) out="${1#--out=}" ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "evaluate.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$mode" ]; then
  echo "evaluate.sh: choose --quick, --full, --oracle or --curve" >&2
  usage >&2
  exit 2
fi
if [ ! -d "$data" ]; then
  echo "evaluate.sh: skipped: no data folder at $data (the evaluation needs ../shared/data; see"
  echo "             its README, or pass --data DIR)"
  exit 0
fi
data="$(cd "$data" && pwd)"

report=()
if [ -z "$out" ]; then
  out="$repo/docs/results/$mode"
  if [ "$mode" != oracle ] && [ "$mode" != curve ]; then
    report=(--report "$repo/docs/RESULTS.md")
  fi
fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"

build="${PGD_EVAL_BUILD_DIR:-$repo/build-eval}"
jobs="${PGD_JOBS:-$(nproc)}"
echo "evaluate.sh: building pgd_evaluate (Release) in $build"
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPGD_BUILD_BENCH=ON \
  -DPGD_BUILD_GUI=OFF ${PGD_EVAL_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j "$jobs" --target pgd_evaluate
plots=()
if cmake --build "$build" -j "$jobs" --target pgd_eval_plots >/dev/null 2>&1; then
  plots=(--plot-tool "$build/bench/eval/plots/pgd_eval_plots")
else
  echo "evaluate.sh: pgd_eval_plots (Qt 6 + QCustomPlot) not available: no PNG figures"
fi

driver_mode=(--mode "$mode")
if [ "$mode" = oracle ]; then
  driver_mode=(--mode quick --oracle)
elif [ "$mode" = curve ]; then
  driver_mode=(--mode quick --curve)
fi
# LibTorch's OpenMP threads busy-wait for each other: with 2 threads on 2 cores and one core taken
# by another process, a quick-preset step took 3 s instead of 0.21 s with 1 thread (measured
# 2026-11-25). Use only the cores that are idle now, unless OMP_NUM_THREADS is set.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
if [ -z "${OMP_NUM_THREADS:-}" ]; then
  cores="$(nproc --all)"
  busy="$(awk '{ printf "%d", $1 + 0.5 }' /proc/loadavg)"
  free=$(( cores - busy ))
  if [ "$free" -lt "$cores" ]; then
    [ "$free" -ge 1 ] || free=1
    export OMP_NUM_THREADS="$free"
    echo "evaluate.sh: load average $(cut -d' ' -f1 /proc/loadavg): using $free of $cores cores"
  fi
fi
cd "$repo"
exec "$build/bench/eval/pgd_evaluate" "${driver_mode[@]}" --data "$data" --out "$out" \
  ${report[@]+"${report[@]}"} ${plots[@]+"${plots[@]}"} ${extra[@]+"${extra[@]}"}
