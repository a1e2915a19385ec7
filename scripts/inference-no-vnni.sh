#!/usr/bin/env bash
# Bit-exact inference on CPUs without AVX-512 VNNI, on an x86-64 host that has it.
#
# onnxruntime's MLAS picks its integer GEMM kernels by CPUID, with no option or environment
# variable to force another, so node runs under QEMU user-mode emulation (Debian's qemu-user)
# with CPU models that lack the instructions: QEMU's TCG implements up to AVX2 and no AVX-512,
# so an emulated process can neither see nor execute VNNI.
#   1. the inference digests (scripts/inference-digests.ts) on the host and under each model;
#      every chain workload's digest must be the host's; the `control-…` lines (a graph the
#      chain refuses, exact only with VNNI) should differ, which shows the kernel changed;
#   2. test/inferenceDeterminism.test.ts and node/inference/ortRunner.test.ts under the first
#      model, with vitest's thread pool: qemu-user does not follow execve, so a forks pool would
#      run the tests in native node processes.
# About 3 minutes on a 2-core machine; not part of `make test`.
#
#   scripts/inference-no-vnni.sh                          Haswell (AVX2) and Nehalem (SSE4.2)
#   NO_VNNI_CPUS="Haswell-noTSX" NO_VNNI_TESTS=0 scripts/inference-no-vnni.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CPUS=${NO_VNNI_CPUS:-"Haswell-noTSX Nehalem"}
RUN_TESTS=${NO_VNNI_TESTS:-1}
NODE=$(command -v node)

[ "$(uname -m)" = x86_64 ] || { echo "error: this compares x86-64 kernels; run it on an x86-64 host" >&2; exit 1; }
if ! command -v qemu-x86_64 >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q qemu-user >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q qemu-user >/dev/null; }
  else
    echo "error: needs QEMU user-mode emulation: sudo apt-get install qemu-user" >&2
    exit 1
  fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# QEMU warns on stderr about CPU-model features TCG does not emulate (pcid, x2apic, …): noise here.
emulated() {
  local cpu=$1
  shift
  qemu-x86_64 -cpu "$cpu" "$@" 2> >(grep -v "TCG doesn't support requested feature" >&2)
}

probe=""
if command -v cc >/dev/null && cc -O1 -o "$tmp/cpuid" scripts/cpuid.c 2>/dev/null; then probe="$tmp/cpuid"; fi

# The CPU as the process sees it: CPUID bits (when a C compiler built the probe) and V8's own line.
show_cpu() {
  if [ -n "$probe" ]; then "$@" "$probe"; else echo "(no C compiler: CPUID probe skipped)"; fi
  "$@" "$NODE" --v8-options | head -1
}

echo "== host"
show_cpu
"$NODE" --import tsx scripts/inference-digests.ts > "$tmp/host.txt"
cat "$tmp/host.txt"

status=0
for cpu in $CPUS; do
  echo
  echo "== qemu-x86_64 -cpu $cpu ($(qemu-x86_64 --version | head -1))"
  flags=$(show_cpu emulated "$cpu")
  echo "$flags"
  if [ -n "$probe" ] && ! grep -q "avx512f=0 avx512bw=0 avx512_vnni=0 avx_vnni=0" <<<"$flags"; then
    echo "error: CPU model $cpu exposes AVX-512 or VNNI" >&2
    exit 1
  fi
  emulated "$cpu" "$NODE" --import tsx scripts/inference-digests.ts > "$tmp/$cpu.txt"
  cat "$tmp/$cpu.txt"
  if diff <(grep -v '^control-' "$tmp/host.txt") <(grep -v '^control-' "$tmp/$cpu.txt") >/dev/null; then
    echo "chain workloads: digests EQUAL to the host's"
  else
    echo "chain workloads: digests DIFFER from the host's:"
    diff <(grep -v '^control-' "$tmp/host.txt") <(grep -v '^control-' "$tmp/$cpu.txt") || true
    status=1
  fi
  if diff <(grep '^control-' "$tmp/host.txt") <(grep '^control-' "$tmp/$cpu.txt") >/dev/null; then
    echo "control (uint8 × int8, refused by the chain): same as the host (this model did not change that kernel's result)"
  else
    echo "control (uint8 × int8, refused by the chain): differs from the host, as expected (another kernel ran)"
  fi
done

if [ "$RUN_TESTS" = 1 ]; then
  first=${CPUS%% *}
  echo
  echo "== vitest under qemu-x86_64 -cpu $first"
  emulated "$first" "$NODE" node_modules/vitest/vitest.mjs run test/inferenceDeterminism.test.ts node/inference/ortRunner.test.ts --pool=threads || status=1
fi

echo
[ "$status" = 0 ] && echo "RESULT: bit-exact without VNNI" || echo "RESULT: FAILED (see above)"
exit "$status"
