#!/usr/bin/env bash
# Benchmark of 'entente events aggregate' on synthetic GDELT 2.0 files (drawn from the real samples):
# the DuckDB engine, the Spark engine on local[1] and local[2], and, in the same run, a plain DuckDB
# query doing the same aggregation by hand (bench/events-plain.sql, run by bench/PlainDuckDb.java)
# as the baseline. The baseline writes the same cells as the engine (EventsPlainBaselineTest checks
# it): the same shipped country mapping, the same rule for duplicate ids, the same sums.
# Prints medians of wall and CPU time, rows per second, peak memory (largest process, from GNU
# time) and the ratios to the baseline.
#
#   bench/events-bench.sh                       # 10^5, 10^6 and 10^7 rows, 3 rounds
#   ROWS="100000 1000000" RUNS=5 ENGINES="plain duckdb" bench/events-bench.sh
#   ENGINES="plain duckdb-1g" bench/events-bench.sh   # the DuckDB engine under a 1 GB memory limit (it spills)
#
# The engines run in rounds (plain, duckdb, ...; then again), not each RUNS times in a row: this
# machine's speed drifts over minutes, and a ratio is only fair between runs made at about the
# same time. Every command is a whole process timed from outside (JVM start-up included); the
# baseline is compiled once, before any timing.
#
# Needs /usr/bin/time (Debian package 'time'), a built tree (mvn -B -DskipTests package; the
# script does not build) and about 4 GB of disk per 10^7 rows under $BENCH_DATA (default
# /tmp/entente-bench; the data is kept between runs). Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
ROWS="${ROWS:-100000 1000000 10000000}"
ENGINES="${ENGINES:-plain duckdb spark1 spark2}"
RUNS="${RUNS:-3}"
ROWS_PER_FILE="${ROWS_PER_FILE:-250000}"   # about a day of GDELT 1.0 or a few hours of 2.0 update files
DATA="${BENCH_DATA:-/tmp/entente-bench}"
shared="${ENTENTE_SHARED:-$here/../shared}"
# the mapping the engine ships with; the baseline joins the same file
countries="$here/core/src/main/resources/org/entente/source/countries/cameo-codes.csv"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/entente-events-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

[ -x /usr/bin/time ] || { echo "events-bench: needs GNU time: apt-get install time" >&2; exit 1; }
source "$here/bench/lib.sh"
require_built
case " $ENGINES " in
  *" spark"*) [ -f spark/target/entente-spark.jar ] \
    || { echo "events-bench: spark/target/entente-spark.jar is not built; run 'mvn -B -DskipTests package' first" >&2; exit 2; } ;;
esac
duckdb_jar="$(ls "$here"/core/target/lib/duckdb_jdbc-*.jar)"
mkdir -p "$tmp/classes"
javac -d "$tmp/classes" bench/PlainDuckDb.java
export ENTENTE_NO_PROGRESS=1

# measure OUT CMD...: runs CMD under GNU time; appends "wall cpu max_rss_kb" to OUT
measure() {
  local out="$1"; shift
  if ! /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err"; then
    echo "events-bench: failed: $*" >&2; tail -20 "$tmp/err" >&2; cat "$tmp/out" >&2; exit 1
  fi
  awk '{ printf "%.3f %.3f %d\n", $1, $2 + $3, $4 }' "$tmp/time" >>"$out"
}

run() {
  local e="$1" n="$2" dir="$3" log="$4" out="$DATA/out-$1-$2"
  rm -rf "$out"
  case "$e" in
    plain)  measure "$log" java -Xmx1g -cp "$duckdb_jar:$tmp/classes" PlainDuckDb bench/events-plain.sql "$countries" \
              "$DATA/plain-$n.parquet" "$dir/*.export.CSV" ;;
    duckdb) measure "$log" java -Xmx1g -jar "$jar" events aggregate --engine duckdb --out "$out" "$dir/*.export.CSV" ;;
    duckdb-1g) ENTENTE_MEMORY_LIMIT=1GB measure "$log" java -Xmx1g -jar "$jar" events aggregate --engine duckdb \
              --out "$out" "$dir/*.export.CSV" ;;
    spark1) measure "$log" java -Xmx1g -jar "$jar" events aggregate --engine spark --master 'local[1]' --out "$out" "$dir/*.export.CSV" ;;
    spark2) measure "$log" java -Xmx1g -jar "$jar" events aggregate --engine spark --master 'local[2]' --out "$out" "$dir/*.export.CSV" ;;
    *) echo "unknown engine $e" >&2; exit 2 ;;
  esac
}

printf 'machine: %s cores, load average %s at the start; medians of %s rounds\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$RUNS"
printf '%-10s %10s %8s %8s %10s %8s %10s %9s\n' engine rows wall_s cpu_s rows_per_s peak_MB wall_ratio cpu_ratio
for n in $ROWS; do
  dir="$DATA/gdelt2-$n"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    files=$(( (n + ROWS_PER_FILE - 1) / ROWS_PER_FILE ))
    echo "events-bench: generating $n rows in $files files under $dir (not timed)..." >&2
    java -jar "$jar" events generate --rows "$n" --files "$files" --duplicates 0.01 --out "$dir" \
      --samples "$shared/data/events/gdelt1-georgia-mar2012.csv" --samples "$shared/data/events/gdelt1-georgia-apr2012.csv" \
      --samples "$shared/data/events/gdelt1-georgia-may2012.csv" >&2
    touch "$dir/.complete"
  fi
  for e in $ENGINES; do : >"$tmp/t-$e"; done
  for round in $(seq "$RUNS"); do
    echo "events-bench: $n rows, round $round of $RUNS..." >&2
    for e in $ENGINES; do run "$e" "$n" "$dir" "$tmp/t-$e"; done
  done
  base_wall=""; base_cpu=""
  for e in $ENGINES; do
    wall="$(median 1 "$tmp/t-$e")"; cpu="$(median 2 "$tmp/t-$e")"
    rss="$(sort -n -k3 "$tmp/t-$e" | tail -1 | awk '{ print $3 }')"
    if [ "$e" = plain ]; then base_wall="$wall"; base_cpu="$cpu"; fi
    awk -v e="$e" -v n="$n" -v w="$wall" -v c="$cpu" -v m="$rss" -v bw="$base_wall" -v bc="$base_cpu" 'BEGIN {
      rw = bw == "" ? "-" : sprintf("%.2f", w / bw); rc = bc == "" ? "-" : sprintf("%.2f", c / bc)
      printf "%-10s %10d %8.2f %8.2f %10.0f %8.0f %10s %9s\n", e, n, w, c, n / w, m / 1024, rw, rc }'
  done
done
echo "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); peak_MB is the largest of the runs)"
