#!/usr/bin/env bash
# Times the real CLI assessing the built-in Russia-China case and a pair from data, on a store
# loaded once from the real files (SIPRI register, ATOP, NMC, contiguity, capitals, COW trade),
# against a baseline measured in the same run: the same CLI opening that store and listing its
# datasets (JVM start, DuckDB start), which every assessment pays too. Prints medians of RUNS
# interleaved rounds.
#   bench/assess.sh [RUNS]        (default 5; needs ../shared/data)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$here/../shared/data"
runs="${1:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
source "$here/bench/lib.sh"
require_built

empty="$tmp/empty.duckdb"
loaded="$tmp/loaded.duckdb"
entente datasets --db "$empty" >/dev/null
echo "loading the store (not timed)..." >&2
entente import --db "$loaded" \
  "$data/sipri/trade-register-2025-03-13.csv" \
  "$data/atop/atop5_1m.csv" "$data/atop/atop5_1ddyr-peacesciencer.csv" \
  "$data/cow/NMC-60-abridged.csv" "$data/cow/contdir-3.2-peacesciencer.csv" \
  "$data/cow/capitals-peacesciencer.csv" "$data/cow/trade-dyadic-4.0-peacesciencer.csv" >/dev/null

t_baseline() { entente datasets --db "$loaded"; }
t_case_empty() { entente assess --db "$empty"; }
t_case_loaded() { entente assess --db "$loaded"; }
t_case_assume() { entente assess --db "$loaded" --assume threat.USA=3; }
t_pair() { entente assess USA JPN --year 2000 --db "$loaded"; }

printf 'machine: %s cores, load %s; medians of %s rounds\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
rounds t_baseline t_case_empty t_case_loaded t_case_assume t_pair
read -r base_wall base_cpu <<<"$(result t_baseline)"
printf '%-48s wall %6.2f s  cpu %6.2f s\n' "baseline (start, open the loaded store, list)" "$base_wall" "$base_cpu"

report() {
  local label="$1" wall cpu
  read -r wall cpu <<<"$(result "$2")"
  printf '%-48s wall %6.2f s  cpu %6.2f s  x%.2f baseline wall, +%.2f s\n' "$label" "$wall" "$cpu" \
    "$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { print a / b }')" \
    "$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { print a - b }')"
}

report "assess, built-in case, empty store" t_case_empty
report "assess, built-in case, loaded store" t_case_loaded
report "assess --assume threat.USA=3, loaded store" t_case_assume
report "assess USA JPN --year 2000, loaded store" t_pair
