#!/usr/bin/env bash
# Benchmark of `entente dyads` on the real files: all directed dyad-years 1816-2016 (about 1.9
# million rows) with every --with option but events (all = atop,cinc,contiguity,distance,trade,
# tiv,similarity,threat), then similarity alone, then the build without similarity, and in the
# same run the core join (members x ATOP x NMC x contiguity x trade) as one plain DuckDB query
# (bench/core-join.sql). Prints wall time and peak memory (max RSS of the whole process, JVM and
# DuckDB) of each, and the ratios to the plain query. Each build writes Parquet.
#
# The store is filled by the test fixture (SharedDataFixture), which loads ../shared/data with
# Entente's own importers: COW states, NMC, contiguity, capitals and trade, ATOP's directed
# dyad-years and the SIPRI TIV tables.
#
# Usage: bench/dyads-bench.sh [RUNS]   (default 1 round; the best of RUNS rounds is reported)
# Needs a built tree: mvn -B -DskipTests package (the script does not build).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${ENTENTE_SHARED:-$here/../shared}/data"
runs="${1:-1}"
work="$(mktemp -d "${TMPDIR:-/tmp}/entente-dyads-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cd "$here"
tmp="$work"
source "$here/bench/lib.sh"
require_built
# the fixture and the baseline runner are test classes, which 'mvn -DskipTests package' compiles too
[ -f core/target/test-classes/org/entente/measure/panel/PlainSqlBaseline.class ] \
  || { echo "dyads-bench: core/target/test-classes is not built; run 'mvn -B -DskipTests package' first" >&2; exit 2; }
cp="core/target/test-classes:core/target/entente.jar:$(ls core/target/lib/*.jar | tr '\n' ':')"
java_opts=(${ENTENTE_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC})
export ENTENTE_NO_PROGRESS=1 ENTENTE_TIMINGS=1

db="$work/bench.duckdb"
echo "loading ../shared/data into $db (fixture; not timed)..." >&2
java "${java_opts[@]}" -cp "$cp" org.entente.measure.panel.SharedDataFixture "$db" "$data"

# The five commands run in rounds (baseline, full, similarity, without similarity, core join;
# then again), not each RUNS times in a row: this machine's speed drifts over minutes, and a
# ratio is only fair between runs made at about the same time. Of each command's runs, the best
# wall time is reported, with that run's CPU time (user + system, s) and peak RSS (MiB); CPU time
# is printed because the machine is shared: wall time grows with other people's load, CPU time
# much less.
labels=(
  "plain SQL core join (baseline)"
  "full (all = every --with but events)"
  "similarity alone"
  "without similarity"
  "core join only (atop,cinc,contiguity,trade)"
)
keys=(plain full similarity without core)
entente=(java "${java_opts[@]}" -jar core/target/entente.jar)
command_of() {
  case "$1" in
    plain) echo java "${java_opts[@]}" -cp "$cp" org.entente.measure.panel.PlainSqlBaseline "$db" bench/core-join.sql "$work/baseline.parquet" ;;
    full) echo "${entente[@]}" dyads --db "$db" --with all --out "$work/full.parquet" ;;
    similarity) echo "${entente[@]}" dyads --db "$db" --with similarity --out "$work/sim.parquet" ;;
    without) echo "${entente[@]}" dyads --db "$db" --with atop,cinc,contiguity,distance,trade,tiv,threat --out "$work/nosim.parquet" ;;
    core) echo "${entente[@]}" dyads --db "$db" --with atop,cinc,contiguity,trade --out "$work/core.parquet" ;;
  esac
}

# run_once KEY: runs the command once; keeps its figures if its wall time is the best so far.
run_once() {
  local key="$1"
  # shellcheck disable=SC2046 # the command line is built from paths without spaces
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" $(command_of "$key") >"$work/out" 2>"$work/err" \
    || { cat "$work/err" >&2; exit 1; }
  read -r wall user sys kb <"$work/time"
  local best=""
  [ -f "$work/t.$key" ] && read -r best _ _ <"$work/t.$key"
  if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then
    echo "$wall $(awk "BEGIN{print $user + $sys}") $((kb / 1024))" >"$work/t.$key"
    cp "$work/err" "$work/steps.$key"
  fi
}

echo
echo "entente dyads, all directed dyad-years 1816-2016, $(nproc) cores, best of $runs rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$runs"); do
  echo "round $round of $runs..." >&2
  for key in "${keys[@]}"; do run_once "$key"; done
done
printf '%-46s %10s %10s %12s\n' "" "wall" "cpu" "peak RSS"
for i in "${!keys[@]}"; do
  read -r wall cpu mem <"$work/t.${keys[$i]}"
  printf '%-46s %8.2f s %8.2f s %8d MiB\n' "${labels[$i]}" "$wall" "$cpu" "$mem"
done

read -r base basecpu _ <"$work/t.plain"; read -r full fullcpu _ <"$work/t.full"
read -r nosim nosimcpu _ <"$work/t.without"; read -r core corecpu _ <"$work/t.core"
rows=$(java -cp "$cp" org.entente.measure.panel.PlainSqlBaseline "$db" /dev/stdin "$work/count.csv" <<<"COPY (SELECT count(*) AS n FROM read_parquet('$work/full.parquet')) TO '{{out}}' (FORMAT csv, HEADER false);" && cat "$work/count.csv")
echo
echo "rows in the full build: $rows"
echo "steps of the last full build (s):" $(awk '{printf "%s %s; ", $2, $3}' "$work/steps.full")
awk -v b="$base" -v f="$full" -v n="$nosim" -v c="$core" -v bc="$basecpu" -v fc="$fullcpu" -v nc="$nosimcpu" -v cc="$corecpu" 'BEGIN {
  printf "ratios to the plain SQL query            wall     cpu\n"
  printf "  without similarity                    %5.2fx  %5.2fx   (target: within 2x)\n", n / b, nc / bc
  printf "  core join only                        %5.2fx  %5.2fx\n", c / b, cc / bc
  printf "  full build                            %5.2fx  %5.2fx   (target: under 60 s and 4 GiB)\n", f / b, fc / bc
}'
