#!/usr/bin/env bash
# Times 'entente alliances cox' (a Cox model over all 789 ATOP 5.1 alliances: spells and covariates
# read from the store, the fit, the proportional-hazards test), the phase-level and time-varying
# (14,457 alliance-years) models and 'entente alliances survival --by type', against two baselines
# measured in the same run on the same store:
#   - 'entente --version': the JVM and CLI start-up alone;
#   - 'entente sql': a plain DuckDB query that reads the same alliances, their members' CINC in the
#     start year and the arms-deal table, with no model.
# The issue's target: a model over all ATOP alliances in under 10 s. Prints medians of RUNS runs.
#   bench/alliances-bench.sh [RUNS]        (default 5)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$here/../shared/data"
runs="${1:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

source "$here/bench/lib.sh"
require_built   # benchmarks never build: mvn -B -DskipTests package first

db="$tmp/store.duckdb"
entente import --no-pack --db "$db" "$data/atop/atop5_1a.csv" "$data/atop/atop5_1aph.csv" "$data/atop/atopinst5_1.csv" \
  "$data/cow/NMC-60-abridged.csv" "$data/cow/majors2016.csv" "$data/sipri/trade-register-2025-03-13.csv" >/dev/null 2>&1

query="SELECT a.atopid, a.begyr, a.endyr, count(c.cinc) AS known, max(c.cinc) / sum(c.cinc) AS asym,
  (SELECT count(*) FROM arms_deal) AS deals
  FROM (SELECT atopid, begyr, endyr, unnest(members) AS m FROM atop_alliance) a
  LEFT JOIN capability c ON c.ccode = a.m AND c.year = a.begyr GROUP BY ALL"

printf 'machine: %s cores, load %s; %s interleaved rounds; medians\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
version() { entente --version; }
sql() { entente sql --db "$db" "$query"; }
cox() { entente alliances cox --db "$db"; }
coxphase() { entente alliances cox --level phase --db "$db"; }
coxtv() { entente alliances cox --time-varying --db "$db"; }
km() { entente alliances survival --by type --db "$db"; }
rounds version sql cox coxphase coxtv km
read -r v_wall v_cpu <<<"$(result version)"
read -r q_wall q_cpu <<<"$(result sql)"
read -r c_wall c_cpu <<<"$(result cox)"
read -r p_wall p_cpu <<<"$(result coxphase)"
read -r t_wall t_cpu <<<"$(result coxtv)"
read -r k_wall k_cpu <<<"$(result km)"

row() { printf '%-42s wall %6.2f s  cpu %6.2f s  x%.2f sql wall  x%.2f version wall\n' "$1" "$2" "$3" \
  "$(awk -v a="$2" -v b="$q_wall" 'BEGIN { print a / b }')" "$(awk -v a="$2" -v b="$v_wall" 'BEGIN { print a / b }')"; }
row "entente --version (start-up)" "$v_wall" "$v_cpu"
row "entente sql (the spells' inputs, no model)" "$q_wall" "$q_cpu"
row "entente alliances cox (789 alliances)" "$c_wall" "$c_cpu"
row "entente alliances cox --level phase (849)" "$p_wall" "$p_cpu"
row "entente alliances cox --time-varying" "$t_wall" "$t_cpu"
row "entente alliances survival --by type" "$k_wall" "$k_cpu"
awk -v c="$c_wall" 'BEGIN { printf "target: the Cox model over all ATOP alliances under 10 s wall: %s (%.2f s)\n", (c < 10 ? "met" : "NOT met"), c }'
