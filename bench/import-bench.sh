#!/usr/bin/env bash
# Import benchmark: the Entente CLI importing the large real files, against plain DuckDB
# read_csv of the same files into a table, measured in the same run on the same machine.
#
#   bench/import-bench.sh            # 3 runs of each, medians
#   RUNS=5 bench/import-bench.sh
#
# Both sides are whole processes timed from outside (JVM start, store open, load, close), so the
# ratio is what a user waits for. The baseline is bench/ReadCsvBaseline.java: same DuckDB jar,
# same memory/thread settings, no checks and no provenance. A kind this branch cannot read (the
# SIPRI loader lives on another branch until merged) is reported as unavailable, not as a failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${ENTENTE_SHARED:-$here/../shared}/data"
runs="${RUNS:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/entente-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export ENTENTE_NO_PROGRESS=1

# name | file | baseline layout | environment for the CLI
# The trade file is imported twice: as shipped (DuckDB parses the CSV inside the transaction) and
# with ENTENTE_IMPORT_JAVA=1 (FastCSV + appender, row by row), the figures behind that choice.
files=(
  "SIPRI trade register|$data/sipri/trade-register-2025-03-13.csv|sipri|"
  "COW trade (as shipped)|$data/cow/trade-dyadic-4.0-peacesciencer.csv|trade|"
  "COW trade (Java streaming path)|$data/cow/trade-dyadic-4.0-peacesciencer.csv|trade|ENTENTE_IMPORT_JAVA=1"
)

tmp="$work"
source "$here/bench/lib.sh"
require_built
echo "compiling the baseline (not timed)..." >&2
duckdb_jar="$(ls "$here"/core/target/lib/duckdb_jdbc-*.jar | head -n 1)"
mkdir -p "$work/classes"
javac -d "$work/classes" "$here/bench/ReadCsvBaseline.java"

now() { date +%s%N; }

# Runs "$@" and prints "<wall seconds> <CPU seconds or -> <max RSS in MB or ->"; the command's
# output goes to $work/out. CPU time (user + system) is printed beside wall time because on a
# shared machine wall time swings with other people's load while CPU time barely moves.
timed() {
  local t0 t1 rss="-" cpu="-"
  t0=$(now)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M %U %S" -o "$work/rusage" "$@" >"$work/out" 2>&1 || { echo "FAIL - -"; return 0; }
    read -r kb user sys < <(tail -n 1 "$work/rusage")
    rss=$((kb / 1024))
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  else
    "$@" >"$work/out" 2>&1 || { echo "FAIL - -"; return 0; }
  fi
  t1=$(now)
  awk -v a="$t0" -v b="$t1" -v c="$cpu" -v r="$rss" 'BEGIN { printf "%.3f %s %s\n", (b - a) / 1e9, c, r }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf "%-34s %8s %10s %8s %7s %11s %9s %7s %9s\n" "file" "rows" "entente s" "cpu s" "RSS MB" "read_csv s" "cpu s" "ratio" "cpu ratio"
trade_ratio=""
for entry in "${files[@]}"; do
  IFS='|' read -r name file layout cli_env <<<"$entry"
  if [ ! -f "$file" ]; then
    printf "%-34s %s\n" "$name" "unavailable: $file not found"
    continue
  fi
  cli_times=(); base_times=(); cli_cpu=(); base_cpu=(); rss_max=0; rows="?"; status=ok
  for ((r = 1; r <= runs; r++)); do
    rm -f "$work"/cli.duckdb* "$work"/base.duckdb*
    read -r secs cpu rss < <(timed env $cli_env "$tmp/entente" import --db "$work/cli.duckdb" "$file")
    if [ "$secs" = "FAIL" ]; then
      if grep -q "not a format Entente recognises" "$work/out"; then status="unavailable: no loader for this kind in this build"
      else status="failed: $(tail -n 1 "$work/out")"; fi
      break
    fi
    rows=$(grep -o '[0-9,]* rows' "$work/out" | head -n 1 | tr -d ', rows')
    cli_times+=("$secs"); cli_cpu+=("$cpu")
    if [ "$rss" != "-" ] && [ "$rss" -gt "$rss_max" ]; then rss_max=$rss; fi
    read -r bsecs bcpu _ < <(timed java -cp "$duckdb_jar:$work/classes" ReadCsvBaseline "$work/base.duckdb" "$file" "$layout")
    if [ "$bsecs" = "FAIL" ]; then status="baseline failed: $(tail -n 1 "$work/out")"; break; fi
    base_times+=("$bsecs"); base_cpu+=("$bcpu")
  done
  if [ "$status" != ok ]; then
    printf "%-34s %s\n" "$name" "$status"
    continue
  fi
  cli=$(printf "%s\n" "${cli_times[@]}" | median)
  base=$(printf "%s\n" "${base_times[@]}" | median)
  ccpu=$(printf "%s\n" "${cli_cpu[@]}" | median)
  bcpu=$(printf "%s\n" "${base_cpu[@]}" | median)
  ratio=$(awk -v a="$cli" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
  cratio=$(awk -v a="$ccpu" -v b="$bcpu" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }')
  printf "%-34s %8s %10s %8s %7s %11s %9s %7s %9s\n" "$name" "$rows" "$cli" "$ccpu" "$rss_max" "$base" "$bcpu" "${ratio}x" "$cratio"
  if [ "$layout" = trade ] && [ -z "$cli_env" ]; then trade_ratio=$ratio; fi
done
echo "medians of $runs runs; 'entente s' = ./entente import into a fresh store, 'read_csv s' = plain DuckDB"
echo "read_csv into a table (bench/ReadCsvBaseline.java); wall and CPU (user+sys) seconds of whole processes,"
echo "measured alternately in the same run; RSS = peak resident memory of the import"
if [ -n "$trade_ratio" ]; then
  awk -v r="$trade_ratio" 'BEGIN { if (r <= 3) print "trade import: " r "x plain read_csv (target: within 3x) - met"; else { print "trade import: " r "x plain read_csv (target: within 3x) - NOT met"; exit 1 } }'
fi
