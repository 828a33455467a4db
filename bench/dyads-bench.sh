#!/usr/bin/env bash
# Benchmark of `entente dyads` on the real files: all directed dyad-years 1816-2016 (about 1.9
# million rows) with every --with option but events (all = atop,cinc,contiguity,distance,trade,
# tiv,similarity,threat), then similarity alone, then the build without similarity, and in the
# same run the core join (members x ATOP x NMC x contiguity x trade) as one plain DuckDB query
# (bench/core-join.sql). Prints wall time and peak memory (max RSS of the whole process, JVM and
# DuckDB) of each, and the ratios to the plain query. Each build writes Parquet.
#
# The store is filled by the test fixture that loads ../shared/data with DuckDB read_csv (it
# stands in for the COW, ATOP and SIPRI importers until they are merged).
#
# Usage: bench/dyads-bench.sh [RUNS]   (default 1 run each; the best of RUNS is reported)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${ENTENTE_SHARED:-$here/../shared}/data"
runs="${1:-1}"
work="$(mktemp -d "${TMPDIR:-/tmp}/entente-dyads-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cd "$here"
echo "building (mvn package, test classes for the fixture)..." >&2
mvn -B -q -o -DskipTests package test-compile >"$work/build.log" 2>&1 || mvn -B -q -DskipTests package test-compile >"$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log" >&2; exit 1; }
cp="core/target/test-classes:core/target/entente.jar:$(ls core/target/lib/*.jar | tr '\n' ':')"
java_opts=(${ENTENTE_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC})
export ENTENTE_NO_PROGRESS=1 ENTENTE_TIMINGS=1

db="$work/bench.duckdb"
echo "loading ../shared/data into $db (fixture; not timed)..." >&2
java "${java_opts[@]}" -cp "$cp" org.entente.measure.panel.SharedDataFixture "$db" "$data"

# time LABEL COMMAND...: best wall time (s) and the peak RSS (MiB) of that run
measure() {
  local label="$1"; shift
  local best="" bestmem=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" \
      || { cat "$work/err" >&2; exit 1; }
    read -r wall kb <"$work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best="$wall"; bestmem=$((kb / 1024)); fi
  done
  printf '%-44s %8.2f s %8d MiB\n' "$label" "$best" "$bestmem"
  cp "$work/err" "$work/steps.$(echo "$label" | cut -d' ' -f1)"
  echo "$best" >"$work/t.$(echo "$label" | cut -d' ' -f1)"
}

entente=(java "${java_opts[@]}" -jar core/target/entente.jar)
echo
echo "entente dyads, all directed dyad-years 1816-2016, $(nproc) cores, best of $runs"
measure "plain SQL core join (baseline)" java "${java_opts[@]}" -cp "$cp" org.entente.measure.panel.PlainSqlBaseline "$db" bench/core-join.sql "$work/baseline.parquet"
measure "full (all = every --with but events)" "${entente[@]}" dyads --db "$db" --with all --out "$work/full.parquet"
measure "similarity alone" "${entente[@]}" dyads --db "$db" --with similarity --out "$work/sim.parquet"
measure "without similarity" "${entente[@]}" dyads --db "$db" --with atop,cinc,contiguity,distance,trade,tiv,threat --out "$work/nosim.parquet"
measure "core join only (atop,cinc,contiguity,trade)" "${entente[@]}" dyads --db "$db" --with atop,cinc,contiguity,trade --out "$work/core.parquet"

base=$(cat "$work/t.plain"); full=$(cat "$work/t.full"); nosim=$(cat "$work/t.without"); core=$(cat "$work/t.core")
rows=$(java -cp "$cp" org.entente.measure.panel.PlainSqlBaseline "$db" /dev/stdin "$work/count.csv" <<<"COPY (SELECT count(*) AS n FROM read_parquet('$work/full.parquet')) TO '{{out}}' (FORMAT csv, HEADER false);" && cat "$work/count.csv")
echo
echo "rows in the full build: $rows"
echo "steps of the last full build (s):" $(awk '{printf "%s %s; ", $2, $3}' "$work/steps.full")
awk -v b="$base" -v f="$full" -v n="$nosim" -v c="$core" 'BEGIN {
  printf "without similarity / plain SQL:  %.2fx  (target: within 2x)\n", n / b
  printf "core join only / plain SQL:      %.2fx\n", c / b
  printf "full build / plain SQL:          %.2fx  (target: full build under 60 s and 4 GiB)\n", f / b
}'
