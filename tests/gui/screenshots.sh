#!/bin/bash
# Runs the workbench under Xvfb (1366x768, openbox when installed) through the main flow (open
# sample, train a few steps, denoise) and saves a PNG of each view into the folder given as the
# first argument.
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
# A private settings folder and model store, so the tour starts from defaults. The screen is a
# 1366x768 laptop's; a window manager (openbox, when installed) decorates the window as a desktop
# would, so the window must fit the area left to it.
XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch" PGD_MODEL_DIR="$scratch/models" \
  xvfb-run -a -s "-screen 0 1366x768x24" sh -c \
  'if command -v openbox >/dev/null; then openbox & sleep 1; fi; exec "$@"' sh \
  "$exe" --tour "$out" --tour-steps 30 "$@"
ls -1 "$out"/*.png
