#!/usr/bin/env bash
# SlurmArray: packaging/slurm/ on a real one-node Slurm cluster started on this machine.
# Installs Debian's slurmd, slurmctld, slurm-client and munge if missing (needs root and apt;
# otherwise the test is skipped with exit code 77), starts munged, slurmctld and slurmd with a
# generated slurm.conf in a temporary folder (no cgroups, no accounting), trains a tiny model,
# denoises a generated folder once in one process and once through submit.sh (an array job of
# denoise-array.sbatch and the check-outputs.sbatch job after it), and checks that every output
# of the array is byte-identical to the one-process run and that the check job passed. Then it
# deletes one output and checks that check-outputs.sbatch names it and fails. The daemons are
# stopped on every exit.
#   usage: SlurmArrayTest.sh PGDENOISE_BINARY PACKAGING_SLURM_DIR
set -euo pipefail
pgdenoise=$(realpath "$1")
scripts=$(realpath "$2")
skip() {
  echo "SlurmArray: SKIPPED: $*"
  exit 77
}
fail() {
  echo "SlurmArray: FAILED: $*" >&2
  exit 1
}

# --- Slurm and munge, installed if missing --------------------------------------------------
packages=(slurmd slurmctld slurm-client munge)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || skip "Slurm is not installed (${missing[*]}) and this is not root"
  command -v apt-get >/dev/null || skip "Slurm is not installed (${missing[*]}) and there is no apt-get"
  echo "SlurmArray: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Daemons are not started by the packages here: the test starts its own.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 &&
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; } ||
    skip "could not install ${missing[*]} with apt-get"
fi
for program in munged slurmctld slurmd sbatch squeue scontrol sinfo; do
  command -v "$program" >/dev/null || skip "$program not found after installing Slurm"
done
[ "$(id -u)" -eq 0 ] || skip "slurmd must run as root to start jobs"

# --- A one-node cluster in a temporary folder -----------------------------------------------
tmp=$(mktemp -d /tmp/pgd-slurm-XXXXXX)
chmod 711 "$tmp" # munged wants its socket folder searchable by all
pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ] && [ "$status" -ne 77 ]; then
    for log in slurmctld.log slurmd.log munged.log; do
      echo "--- last lines of $log" >&2
      tail -n 20 "$tmp/$log" >&2 2>/dev/null || true
    done
    for log in "$tmp"/work/pgdenoise-*.out; do
      [ -e "$log" ] || continue
      echo "--- $log" >&2
      cat "$log" >&2
    done
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

host=$(hostname -s)
cpus=$(nproc)
# Less than the machine has: slurmd drains a node whose configured memory exceeds the real one.
memory=$(($(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo) / 2))
# Ports unlikely to be taken, different per run, so that two runs cannot talk to each other.
base=$((20000 + ($$ % 20000)))
mkdir -p "$tmp/state" "$tmp/spool" "$tmp/work"

dd if=/dev/urandom of="$tmp/munge.key" bs=1024 count=1 status=none
chmod 400 "$tmp/munge.key"
munged --force --key-file="$tmp/munge.key" --socket="$tmp/munge.socket" \
  --pid-file="$tmp/munged.pid" --log-file="$tmp/munged.log" --seed-file="$tmp/munged.seed" ||
  fail "munged did not start"
for _ in $(seq 50); do
  [ -s "$tmp/munged.pid" ] && break
  sleep 0.1
done
pids+=("$(cat "$tmp/munged.pid")")

cat >"$tmp/slurm.conf" <<CONF
ClusterName=pgdtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$base
SlurmdPort=$((base + 1))
AuthType=auth/munge
AuthInfo=socket=$tmp/munge.socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
ReturnToService=2
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=pgd Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$tmp/slurm.conf

slurmctld -D -i -f "$SLURM_CONF" >"$tmp/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -N "$host" -f "$SLURM_CONF" >"$tmp/slurmd.out" 2>&1 &
pids+=($!)
ready=0
for _ in $(seq 120); do
  if sinfo -h -N -o %t 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then
    ready=1
    break
  fi
  sleep 0.5
done
[ "$ready" -eq 1 ] || fail "the node did not come up: $(sinfo -h -N -o '%t %E' 2>&1 | head -1)"
echo "SlurmArray: one-node cluster up ($cpus CPUs)"

# --- Inputs, a tiny model and the one-process reference -------------------------------------
export OMP_WAIT_POLICY=PASSIVE
cd "$tmp/work"
mkdir in reference out
for i in 1 2 3 4 5; do
  "$pgdenoise" --quiet simulate --phantom --width 64 --height 64 --sigma 20 --lambda 40 \
    --seed "$i" -o "in/cell$i.tif" >/dev/null
done
"$pgdenoise" --quiet simulate --phantom --width 128 --height 128 --frames 2 --sigma 20 \
  --lambda 40 -o train.tif >/dev/null
"$pgdenoise" --quiet train train.tif --output model --width 4 --crop 32 --batch 2 \
  --steps 4 --steps-per-epoch 2 --device cpu >/dev/null
# One thread, as in each array task (--cpus-per-task=1 sets OMP_NUM_THREADS=1 there): LibTorch
# sums in another order with another thread count, which changes the last bits of a result.
# (The noise-fit warnings of this 4-step model are expected; the log is shown on failure.)
OMP_NUM_THREADS=1 "$pgdenoise" --quiet denoise --model model --device cpu -O reference in \
  >reference.log 2>&1 || fail "the one-process run failed: $(cat reference.log)"

# --- The array job and the check job after it -----------------------------------------------
tasks=3
PGD_INPUT=in PGD_MODEL=model PGD_OUTPUT=out PGDENOISE=$pgdenoise \
  PGD_DENOISE_OPTIONS="--device cpu" "$scripts/submit.sh" "$tasks" \
  --cpus-per-task=1 --mem=500M --time=10 >submitted.txt
cat submitted.txt
array=$(awk '/^array job/ {print $3}' submitted.txt)
check=$(awk '/^check job/ {print $3}' submitted.txt)
if [ -z "$array" ] || [ -z "$check" ]; then fail "submit.sh printed no job IDs"; fi

deadline=$((SECONDS + 240))
while squeue -h -j "$array,$check" 2>/dev/null | grep -q .; do
  [ "$SECONDS" -lt "$deadline" ] || fail "jobs still queued or running after 240 s: $(squeue -h)"
  sleep 1
done

# Every task and the check job completed with exit code 0.
states=$(scontrol -o show job "$array" | grep -o 'JobState=[A-Z_]*' | sort | uniq -c | tr -s ' \n' ' ')
echo "SlurmArray: array tasks:$states"
[ "$(scontrol -o show job "$array" | grep -c 'JobState=COMPLETED')" -eq "$tasks" ] ||
  fail "not every array task completed: $states"
scontrol -o show job "$check" | grep -q 'JobState=COMPLETED' ||
  fail "the check job did not complete: $(scontrol -o show job "$check")"
grep -q "check-outputs: all 5 inputs have outputs" "pgdenoise-check-$check.out" ||
  fail "check job output: $(cat "pgdenoise-check-$check.out")"
for task in $(seq "$tasks"); do
  grep -q "shard $task/$tasks:" "pgdenoise-${array}_$task.out" ||
    fail "task $task did not report its shard: $(cat "pgdenoise-${array}_$task.out")"
done

# The array's outputs are those of one process, byte for byte, and nothing else.
names() { (cd "$1" && find . -type f | sort); }
[ "$(names reference)" = "$(names out)" ] ||
  fail "the array wrote other files: $(names out | tr '\n' ' ') instead of $(names reference | tr '\n' ' ')"
count=0
for file in reference/*; do
  cmp "$file" "out/${file#reference/}" || fail "$file differs from the array's output"
  count=$((count + 1))
done
echo "SlurmArray: the $count outputs of the $tasks-task array equal the one-process run's"

# The check step names a missing output and fails.
rm out/cell3_denoised.tif
set +e
PGD_INPUT=in PGD_OUTPUT=out bash "$scripts/check-outputs.sbatch" >check.txt 2>&1
code=$?
set -e
[ "$code" -eq 1 ] || fail "check-outputs exited $code with an output missing: $(cat check.txt)"
grep -q "missing: out/cell3_denoised.tif" check.txt || fail "check-outputs: $(cat check.txt)"
grep -q "1 of 5 inputs have no output" check.txt || fail "check-outputs: $(cat check.txt)"
echo "SlurmArray: passed"
