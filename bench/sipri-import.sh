#!/usr/bin/env bash
# Times the real CLI importing the real SIPRI files into a fresh store, against a baseline measured
# in the same run: the same CLI opening a fresh store and listing its datasets (JVM start, DuckDB
# start, schema migration), which every import pays too. Prints medians of RUNS interleaved rounds.
#   bench/sipri-import.sh [RUNS]        (default 5; needs ../shared/data/sipri)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$here/../shared/data/sipri"
runs="${1:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
source "$here/bench/lib.sh"
require_built

# the CLI on a store made anew for each run
fresh() {
  rm -f "$tmp/b.duckdb" "$tmp/b.duckdb.wal"
  entente "$@" --db "$tmp/b.duckdb"
}

t_baseline() { fresh datasets; }
t_register() { fresh import "$data/trade-register-2025-03-13.csv"; }
t_detailed() { fresh import "$data/trade-register-detailed-2000-2030-2025-01-03.csv"; }
t_tiv() { fresh import "$data"/tiv-exports-2022/TIV-Export-*.csv; }

printf 'machine: %s cores, load %s; medians of %s rounds\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
rounds t_baseline t_register t_detailed t_tiv
read -r base_wall base_cpu <<<"$(result t_baseline)"
printf '%-44s wall %6.2f s  cpu %6.2f s\n' "baseline (start, migrate, list datasets)" "$base_wall" "$base_cpu"

report() {
  local label="$1" wall cpu
  read -r wall cpu <<<"$(result "$2")"
  printf '%-44s wall %6.2f s  cpu %6.2f s  x%.2f baseline wall, +%.2f s\n' "$label" "$wall" "$cpu" \
    "$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { print a / b }')" \
    "$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { print a - b }')"
}

report "register 2025-03-13 (29,515 deals)" t_register
report "detailed 2025-01-03 (20,480 lines)" t_detailed
report "134 TIV tables, one transaction each" t_tiv
