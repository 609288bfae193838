#!/bin/bash
# Runs the workbench under Xvfb through the main flow (open sample, train a few steps, denoise)
# and saves a PNG of each view into the folder given as the first argument.
# Usage: tests/gui/screenshots.sh OUT_DIR [BUILD_DIR] [--lang de]
set -euo pipefail
out=${1:?usage: screenshots.sh OUT_DIR [BUILD_DIR] [extra gui options]}
build=${2:-build}
shift $(( $# >= 2 ? 2 : 1 ))
root=$(cd "$(dirname "$0")/../.." && pwd)
case "$build" in /*) ;; *) build="$root/$build" ;; esac
exe="$build/tests/widgets/pgd_gui_driver"
[ -x "$exe" ] || { echo "screenshots.sh: build pgd_gui_driver in $build first" >&2; exit 2; }
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A private settings folder and model store, so the tour starts from defaults.
XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch" PGD_MODEL_DIR="$scratch/models" \
  xvfb-run -a -s "-screen 0 1400x900x24" "$exe" --tour "$out" --tour-steps 30 "$@"
ls -1 "$out"/*.png
