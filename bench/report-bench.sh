#!/usr/bin/env bash
# Times the real CLI writing the built-in case's report (HTML with six SVG charts, then the PDF),
# against a baseline measured in the same run on the same store: 'entente assess --format html',
# which computes the same assessment and prints it as plain HTML without charts or PDF. So the
# ratio is the cost of the charts, the font subset and the PDF. Prints medians of RUNS interleaved
# rounds, and the output sizes, first on an empty store, then (if the importers can load them) on
# a store holding the SIPRI register, COW NMC and COW trade from ../shared/data.
#   bench/report-bench.sh [RUNS]        (default 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$here/../shared/data"
runs="${1:-3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
source "$here/bench/lib.sh"
require_built

t_base() { entente assess --format html --db "$pair_db"; }
t_report() { entente report --db "$pair_db" --out "$tmp/out-$pair_label"; }

run_pair() {
  local base_wall base_cpu wall cpu
  pair_label="$1" pair_db="$2"
  rounds t_base t_report
  read -r base_wall base_cpu <<<"$(result t_base)"
  read -r wall cpu <<<"$(result t_report)"
  printf '%-12s assess --format html  wall %6.2f s  cpu %6.2f s\n' "$pair_label" "$base_wall" "$base_cpu"
  printf '%-12s report (HTML + PDF)   wall %6.2f s  cpu %6.2f s  x%.2f baseline wall\n' "$pair_label" "$wall" "$cpu" \
    "$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { print a / b }')"
  printf '%-12s sizes: %s\n' "$pair_label" "$(cd "$tmp/out-$pair_label" && ls -l russia-china-2001.* | awk '{ printf "%s %d kB  ", $9, $5 / 1024 }')"
}

printf 'machine: %s cores, load %s; medians of %s interleaved rounds\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
run_pair empty "$tmp/empty.duckdb"

loaded="$tmp/loaded.duckdb"
if entente import --db "$loaded" "$data/sipri/trade-register-2025-03-13.csv" "$data/cow/NMC-60-abridged.csv" \
    "$data/cow/trade-dyadic-4.0-peacesciencer.csv" >/dev/null 2>"$tmp/import-err"; then
  run_pair loaded "$loaded"
else
  echo "loaded: skipped, the import failed: $(head -1 "$tmp/import-err")"
fi
