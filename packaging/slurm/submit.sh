#!/bin/bash
# Submits a folder's denoising as a Slurm job array (denoise-array.sbatch, N tasks) and the check
# (check-outputs.sbatch) as a job that starts when every task has ended, failed or not
# (--dependency=afterany), and prints both job IDs. See docs/CLUSTER.md.
#   usage: PGD_INPUT=DIR PGD_MODEL=MODEL PGD_OUTPUT=DIR submit.sh N [sbatch options...]
# The sbatch options (e.g. --partition=short --time=1:00:00) go to both jobs. Logs are written
# to the folder this is run from: pgdenoise-<array id>_<task>.out, pgdenoise-check-<id>.out.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 1 ] || ! [[ $1 =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: PGD_INPUT=DIR PGD_MODEL=MODEL PGD_OUTPUT=DIR $0 N [sbatch options...]" >&2
  exit 2
fi
tasks=$1
shift
: "${PGD_INPUT:?set PGD_INPUT to the folder of images to denoise}"
: "${PGD_MODEL:?set PGD_MODEL to the trained model folder}"
: "${PGD_OUTPUT:?set PGD_OUTPUT to the folder for the denoised images}"
# The tasks may run on other nodes in another folder: pass absolute paths.
PGD_INPUT=$(realpath "$PGD_INPUT")
PGD_OUTPUT=$(realpath "$PGD_OUTPUT")
[ -d "$PGD_MODEL" ] && PGD_MODEL=$(realpath "$PGD_MODEL")
export PGD_INPUT PGD_MODEL PGD_OUTPUT

# --parsable prints "id" or "id;cluster".
array=$(sbatch --parsable --array="1-$tasks" "$@" "$here/denoise-array.sbatch")
array=${array%%;*}
check=$(sbatch --parsable --dependency="afterany:$array" "$@" "$here/check-outputs.sbatch")
check=${check%%;*}
echo "array job $array ($tasks tasks)"
echo "check job $check"
