#!/usr/bin/env bash
# Installs the Debian 12 packages pgdenoise needs to build, test and run (Slurm and munge: for
# the SlurmArray test of packaging/slurm/, docs/CLUSTER.md; the packages do not start daemons in
# containers, the test starts its own). Idempotent: does
# nothing when everything is present; otherwise runs `apt-get update` once and installs only
# what is missing, non-interactively and without recommended extras.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libtorch-dev libopenblas0-pthread
  libinsighttoolkit5-dev libgdcm-tools libtiff-dev libpng-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  libgtest-dev libgmock-dev libbenchmark-dev
  libcli11-dev nlohmann-json3-dev libfmt-dev libspdlog-dev
  python3-tifffile
  clang-format xvfb xauth python3-torch
  slurmd slurmctld slurm-client munge
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install packages" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
