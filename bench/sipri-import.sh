#!/usr/bin/env bash
# Times the real CLI importing the real SIPRI files into a fresh store, against a baseline measured
# in the same run: the same CLI opening a fresh store and listing its datasets (JVM start, DuckDB
# start, schema migration), which every import pays too. Prints the median of RUNS runs.
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

printf 'machine: %s cores, load %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
read -r base_wall base_cpu <<<"$(bench baseline fresh datasets)"
printf '%-44s wall %6.2f s  cpu %6.2f s\n' "baseline (start, migrate, list datasets)" "$base_wall" "$base_cpu"

report() {
  local label="$1" wall="$2" cpu="$3"
  printf '%-44s wall %6.2f s  cpu %6.2f s  x%.2f baseline wall, +%.2f s\n' "$label" "$wall" "$cpu" \
    "$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { print a / b }')" \
    "$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { print a - b }')"
}

read -r w c <<<"$(bench register fresh import "$data/trade-register-2025-03-13.csv")"
report "register 2025-03-13 (29,515 deals)" "$w" "$c"
read -r w c <<<"$(bench detailed fresh import "$data/trade-register-detailed-2000-2030-2025-01-03.csv")"
report "detailed 2025-01-03 (20,480 lines)" "$w" "$c"
read -r w c <<<"$(bench tiv fresh import "$data"/tiv-exports-2022/TIV-Export-*.csv)"
report "134 TIV tables, one transaction each" "$w" "$c"
