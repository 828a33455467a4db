#!/usr/bin/env bash
# Start-up cost of the main job: './entente assess' on the built-in case, warm (the bundled pack
# already in the store, the jar built), against two baselines measured in the same run and the
# same way: 'java -version' (a bare JVM) and './entente --version' (the JVM plus Entente's jar and
# picocli, no store). Runs interleaved in rounds, because this machine's speed drifts; prints the
# median of RUNS rounds and the ratios.
#   bench/startup-bench.sh [RUNS]        (default 7; build first: mvn -B -DskipTests package)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-7}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
source "$here/bench/lib.sh"
require_built   # benchmarks never build: mvn -B -DskipTests package first
fresh_home
echo "startup-bench: first use, loading the bundled pack into $HOME/.entente (not timed)..." >&2
"$here/entente" assess >/dev/null 2>"$tmp/first.err"

names=(java-version entente-version assess assess-json)
for n in "${names[@]}"; do : >"$tmp/$n"; done
for _ in $(seq "$runs"); do
  timed java -version >>"$tmp/java-version"
  timed "$here/entente" --version >>"$tmp/entente-version"
  timed "$here/entente" assess >>"$tmp/assess"
  timed "$here/entente" assess --format json >>"$tmp/assess-json"
done

printf 'machine: %s cores, load %s; median of %s interleaved rounds\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
jv=$(median 1 "$tmp/java-version"); ev=$(median 1 "$tmp/entente-version")
printf '%-34s %8s %8s %12s %14s\n' command wall_s cpu_s "x java -v" "x entente -V"
for n in "${names[@]}"; do
  w=$(median 1 "$tmp/$n"); c=$(median 2 "$tmp/$n")
  printf '%-34s %8.2f %8.2f %12.2f %14.2f\n' "$n" "$w" "$c" "$(awk -v a="$w" -v b="$jv" 'BEGIN{print a/b}')" \
    "$(awk -v a="$w" -v b="$ev" 'BEGIN{print a/b}')"
done
