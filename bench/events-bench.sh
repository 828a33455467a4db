#!/usr/bin/env bash
# Benchmark of 'entente events aggregate' on synthetic GDELT 2.0 files (drawn from the real samples):
# the DuckDB engine, the Spark engine on local[1] and local[2], and, in the same run, a plain DuckDB
# SQL query doing the same aggregation by hand (bench/PlainDuckDb.java) as the baseline.
# Prints wall time, rows per second, peak memory (largest process, from GNU time) and the ratios.
#
#   bench/events-bench.sh                 # 10^6 and 10^7 rows
#   ROWS="1000000" bench/events-bench.sh  # just 10^6
#   ENGINES="plain duckdb" bench/events-bench.sh
#   ENGINES="duckdb-1g" bench/events-bench.sh   # the DuckDB engine under a 1 GB memory limit (it spills)
#
# Needs /usr/bin/time (Debian package 'time'), about 4 GB of disk per 10^7 rows under $BENCH_DATA
# (default /tmp/entente-bench; the data is kept between runs), and a built tree (it runs mvn package).
# Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
ROWS="${ROWS:-1000000 10000000}"
ENGINES="${ENGINES:-plain duckdb spark1 spark2}"
ROWS_PER_FILE="${ROWS_PER_FILE:-250000}"   # about a day of GDELT 1.0 or a few hours of 2.0 update files
DATA="${BENCH_DATA:-/tmp/entente-bench}"
shared="${ENTENTE_SHARED:-$here/../shared}"
countries="$here/core/src/test/resources/org/entente/measure/events/test-countries.csv"

[ -x /usr/bin/time ] || { echo "events-bench: needs GNU time: apt-get install time" >&2; exit 1; }
echo "events-bench: building..." >&2
mvn -B -q -DskipTests package >&2
jar="$here/core/target/entente.jar"
duckdb_jar="$(ls "$here"/core/target/lib/duckdb_jdbc-*.jar)"
export ENTENTE_NO_PROGRESS=1

# runs "$@" under GNU time; prints "seconds max_rss_kb"
measure() {
  local log; log="$(mktemp)"
  if ! /usr/bin/time -v "$@" >"$log.out" 2>"$log"; then
    echo "events-bench: failed: $*" >&2; tail -20 "$log" >&2; cat "$log.out" >&2; exit 1
  fi
  local wall rss
  wall="$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')"
  rss="$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')"
  rm -f "$log" "$log.out"
  echo "$wall $rss"
}

printf '%-10s %12s %9s %12s %10s %9s\n' engine rows wall_s rows_per_s peak_MB vs_plain
for n in $ROWS; do
  dir="$DATA/gdelt2-$n"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    files=$(( (n + ROWS_PER_FILE - 1) / ROWS_PER_FILE ))
    echo "events-bench: generating $n rows in $files files under $dir..." >&2
    java -jar "$jar" events generate --rows "$n" --files "$files" --duplicates 0.01 --out "$dir" \
      --samples "$shared/data/events/gdelt1-georgia-mar2012.csv" --samples "$shared/data/events/gdelt1-georgia-apr2012.csv" \
      --samples "$shared/data/events/gdelt1-georgia-may2012.csv" >&2
    touch "$dir/.complete"
  fi
  plain=""
  for e in $ENGINES; do
    out="$DATA/out-$e-$n"; rm -rf "$out"
    case "$e" in
      plain)  r=$(measure java -Xmx256m -cp "$duckdb_jar" bench/PlainDuckDb.java "$dir" "$countries" "$DATA/plain-$n.parquet") ;;
      duckdb) r=$(measure java -Xmx1g -jar "$jar" events aggregate --engine duckdb --countries "$countries" --out "$out" "$dir/*.export.CSV") ;;
      duckdb-1g) r=$(ENTENTE_MEMORY_LIMIT=1GB measure java -Xmx1g -jar "$jar" events aggregate --engine duckdb --countries "$countries" --out "$out" "$dir/*.export.CSV") ;;
      spark1) r=$(measure java -Xmx1g -jar "$jar" events aggregate --engine spark --master 'local[1]' --countries "$countries" --out "$out" "$dir/*.export.CSV") ;;
      spark2) r=$(measure java -Xmx1g -jar "$jar" events aggregate --engine spark --master 'local[2]' --countries "$countries" --out "$out" "$dir/*.export.CSV") ;;
      *) echo "unknown engine $e" >&2; exit 2 ;;
    esac
    read -r wall rss <<<"$r"
    [ "$e" = plain ] && plain="$wall"
    ratio="-"; [ -n "$plain" ] && ratio=$(awk -v a="$wall" -v b="$plain" 'BEGIN { printf "%.2f", a / b }')
    awk -v e="$e" -v n="$n" -v w="$wall" -v m="$rss" -v r="$ratio" \
      'BEGIN { printf "%-10s %12d %9.1f %12.0f %10.0f %9s\n", e, n, w, n / w, m / 1024, r }'
  done
done
echo "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
