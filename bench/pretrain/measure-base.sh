#!/bin/sh
# Posterior PSNR of the built-in base model alone (0 minutes of training) against a short run
# from scratch and a short warm start from the base, on evaluation images only (never in the
# pretraining split, docs/BASE_MODEL.md):
#   bench/pretrain/measure-base.sh [MINUTES] [BUILD]
# FMD confocal BPAE G (8-bit range) and W2S FOV 081 channel 0 (PSNR after the affine fit, the
# W2S caveat of ../shared/data/README.md). Prints one CSV line per image and method with the
# load; models and outputs go to a temporary folder that is removed afterwards.
set -eu
cd "$(dirname "$0")/../.."
minutes=${1:-2}
build=${2:-build}
data=${PGD_DATA:-../shared/data}
exe=$build/app/cli/pgdenoise
[ -x "$exe" ] || exe=$build/pgdenoise
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGD_MODEL_DIR="$work/models" OMP_WAIT_POLICY=PASSIVE
echo "image,method,train_minutes,psnr_posterior,load"
measure() { # name noisy gt range-args
  name=$1 noisy=$2 gt=$3
  shift 3
  for method in base scratch warm; do
    out="$work/$name-$method"
    mkdir -p "$out"
    case $method in
    base) model_args="" ;;
    scratch)
      "$exe" --quiet train "$noisy" --name "$name-scratch" --minutes "$minutes" --from-scratch
      model_args="--model $name-scratch" ;;
    warm)
      "$exe" --quiet train "$noisy" --name "$name-warm" --minutes "$minutes"
      model_args="--model $name-warm" ;;
    esac
    # shellcheck disable=SC2086
    "$exe" --quiet denoise "$noisy" $model_args -O "$out"
    stem=$(basename "$noisy" | sed 's/\.[^.]*$//')
    psnr=$("$exe" eval -r "$gt" "$@" --format csv "$out/${stem}_denoised.tif" | tail -1)
    t=$minutes
    [ "$method" = base ] && t=0
    echo "$name,$method,$t,\"$psnr\",\"$(uptime | sed 's/.*load average: //')\""
  done
}
measure fmd-confocal-G "$data/FMD_samples/confocal/raw/Confocal_BPAE_G.tif" \
  "$data/FMD_samples/confocal/gt_avg50/Confocal_BPAE_G.tif" --range 8bit
measure w2s-081-0 "$data/W2S_test_8bit/noisy_avg1/input_avg1_081_0.tif" \
  "$data/W2S_test_8bit/gt_avg400/target_avg400_081_0.tif" --range 8bit --affine
