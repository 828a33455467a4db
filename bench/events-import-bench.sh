#!/usr/bin/env bash
# Event import benchmark: `entente import` of raw GDELT 1.0 exports of two sizes, against plain
# DuckDB read_csv of the same files (bench/EventsReadCsvBaseline.java), in the same run.
#
#   bench/events-import-bench.sh               # 3 runs each, medians
#   RUNS=5 SMALL=10 LARGE=50 bench/events-import-bench.sh
#
# The files are the 20,907 real events of the shared gdelt1-georgia-*2012.csv in the raw 58-column
# layout, repeated SMALL and LARGE times with distinct ids (bench/make-gdelt-export.py): 10 copies
# (209k events, about a GDELT 1.0 daily file) and 50 (1.05M). The import runs with a 256 MB Java
# heap (ENTENTE_JAVA_OPTS) to show that it streams: its time should grow with the file, its
# peak memory should not. Both sides are whole processes timed from outside.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events="${ENTENTE_SHARED:-$here/../shared}/data/events"
runs="${RUNS:-3}"
small="${SMALL:-10}"
large="${LARGE:-50}"
work="$(mktemp -d "${TMPDIR:-/tmp}/entente-events-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export ENTENTE_NO_PROGRESS=1
export ENTENTE_JAVA_OPTS="${ENTENTE_JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"

tmp="$work"
source "$here/bench/lib.sh"
require_built
echo "compiling the baseline and writing the files (not timed)..." >&2
duckdb_jar="$(ls "$here"/core/target/lib/duckdb_jdbc-*.jar | head -n 1)"
mkdir -p "$work/classes"
javac -d "$work/classes" "$here/bench/EventsReadCsvBaseline.java"
for n in "$small" "$large"; do
  python3 "$here/bench/make-gdelt-export.py" "$events" "$n" "$work/x$n.export.txt"
done
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED).write(sys.argv[2], "x.export.CSV")' \
  "$work/x$small.export.CSV.zip" "$work/x$small.export.txt"

now() { date +%s%N; }

# Runs "$@"; prints "<wall s> <peak RSS MB>", or FAIL. Output goes to $work/out.
timed() {
  local t0 t1
  t0=$(now)
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >"$work/out" 2>&1 || { echo "FAIL -"; return 0; }
  t1=$(now)
  awk -v a="$t0" -v b="$t1" -v r="$(tail -n 1 "$work/rss")" 'BEGIN { printf "%.3f %d\n", (b - a) / 1e9, r / 1024 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf "%-26s %10s %10s %8s %11s %7s %12s\n" "file" "events" "entente s" "RSS MB" "read_csv s" "ratio" "events/s"
declare -A secs_of rss_of
for f in "x$small.export.txt" "x$large.export.txt" "x$small.export.CSV.zip"; do
  cli=(); base=(); rss=0; rows="?"
  for ((r = 1; r <= runs; r++)); do
    rm -f "$work"/cli.duckdb* "$work"/base.duckdb*
    read -r s m < <(timed "$tmp/entente" import --db "$work/cli.duckdb" "$work/$f")
    if [ "$s" = FAIL ]; then echo "$f: import failed: $(tail -n 1 "$work/out")"; exit 1; fi
    rows=$(grep -o '[0-9,]* rows)' "$work/out" | head -n 1 | tr -d ', rows)')
    cli+=("$s"); [ "$m" -gt "$rss" ] && rss=$m
    if [[ "$f" == *.txt ]]; then
      read -r b _ < <(timed java -cp "$duckdb_jar:$work/classes" EventsReadCsvBaseline "$work/base.duckdb" "$work/$f")
      if [ "$b" = FAIL ]; then echo "$f: baseline failed: $(tail -n 1 "$work/out")"; exit 1; fi
      base+=("$b")
    fi
  done
  c=$(printf "%s\n" "${cli[@]}" | median)
  if [ ${#base[@]} -gt 0 ]; then
    b=$(printf "%s\n" "${base[@]}" | median)
    ratio=$(awk -v a="$c" -v b="$b" 'BEGIN { printf "%.2fx", a / b }')
  else
    b="-"; ratio="-"
  fi
  printf "%-26s %10s %10s %8s %11s %7s %12s\n" "$f" "$rows" "$c" "$rss" "$b" "$ratio" \
    "$(awk -v n="$rows" -v s="$c" 'BEGIN { printf "%.0f", n / s }')"
  secs_of[$f]=$c; rss_of[$f]=$rss
done
echo "medians of $runs runs; wall seconds of whole processes (JVM start, SHA-256, parse, resolve, append,"
echo "duplicate check, commit); RSS = peak resident memory of the import with $ENTENTE_JAVA_OPTS"
awk -v n1="$small" -v n2="$large" -v t1="${secs_of[x$small.export.txt]}" -v t2="${secs_of[x$large.export.txt]}" \
    -v m1="${rss_of[x$small.export.txt]}" -v m2="${rss_of[x$large.export.txt]}" 'BEGIN {
  printf "scaling %dx -> %dx events: time %.2fx, peak memory %.2fx\n", n1, n2, t2 / t1, m2 / m1 }'

# Memory-capped: a 48 MB Java heap and a 100 MB DuckDB limit. The import only streams, so both
# sizes must go through, with about the same peak memory (DuckDB spills the uncommitted rows).
declare -A capped
for n in "$small" "$large"; do
  rm -f "$work"/cli.duckdb*
  read -r s m < <(ENTENTE_MEMORY_LIMIT=100MB ENTENTE_JAVA_OPTS="-Xmx48m -XX:+UseSerialGC" \
    timed "$tmp/entente" import --db "$work/cli.duckdb" "$work/x$n.export.txt")
  if [ "$s" = FAIL ]; then echo "capped import of x$n failed: $(tail -n 1 "$work/out")"; exit 1; fi
  capped[$n]=$m
  printf "capped (-Xmx48m, DuckDB 100MB) x%-4s %8s s %6s MB\n" "$n" "$s" "$m"
done
awk -v a="${capped[$small]}" -v b="${capped[$large]}" -v n1="$small" -v n2="$large" \
  'BEGIN { printf "capped: %dx -> %dx events, peak memory %.2fx\n", n1, n2, b / a }'
