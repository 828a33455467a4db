#!/usr/bin/env bash
# Load on 'entente serve': wrk with CONNS concurrent connections for SECONDS each, on 127.0.0.1
# only, against the page '/' (the baseline, measured in the same run) and then /api/pair, one pair
# and a mix of pairs. Prints requests/s, errors (socket errors + non-2xx), p50/p99 and the ratio of
# requests/s against '/'. The store is a fresh one with the bundled pack; the server is stopped at the end.
#   bench/serve-load.sh [SECONDS] [CONNS]     (defaults 15 and 200; needs wrk: apt-get install wrk;
#                                              build first: mvn -B -DskipTests package)
#   ENTENTE_JAVA_OPTS='-Xmx256m -XX:+UseParallelGC' bench/serve-load.sh   (the same in a small heap)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
secs="${1:-15}"; conns="${2:-200}"
[ "$secs" -ge 1 ] && [ "$secs" -le 120 ] || { echo "serve-load: SECONDS must be 1..120" >&2; exit 2; }
[ "$conns" -ge 1 ] && [ "$conns" -le 1000 ] || { echo "serve-load: CONNS must be 1..1000" >&2; exit 2; }
command -v wrk >/dev/null || { echo "serve-load: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
tmp="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
source "$here/bench/lib.sh"
require_built   # benchmarks never build: mvn -B -DskipTests package first
fresh_home
echo "serve-load: first use, loading the bundled pack into $HOME/.entente (not timed)..." >&2
entente data list >/dev/null 2>"$tmp/first.err" || { cat "$tmp/first.err" >&2; exit 1; }

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$tmp/entente" serve --port "$port" >"$tmp/serve.out" 2>"$tmp/serve.err" &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf -o /dev/null "$base/api/" && break; sleep 0.2; done
curl -sf -o /dev/null "$base/api/" || { echo "serve-load: the server did not start" >&2; cat "$tmp/serve.err" >&2; exit 1; }
threads_before="$(ls /proc/$pid/task 2>/dev/null | wc -l)"
# one request alone, before any load: the computation the cache then saves
cold_ms="$(curl -s -o /dev/null -w '%{time_total}' "$base/api/pair?a=RUS&b=CHN&from=1989&to=2001" | awk '{ printf "%.0f", $1 * 1000 }')"

# a wrk script choosing among a few pairs per request, and one that counts non-2xx answers
cat >"$tmp/mix.lua" <<'LUA'
local paths = {"/api/pair?a=RUS&b=CHN&from=1989&to=2001", "/api/pair?a=USA&b=JPN&from=1996&to=2000",
  "/api/pair?a=USA&b=GMY&from=1990&to=2000", "/api/pair?a=IND&b=RUS&from=1992&to=2001"}
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA

# load NAME PATH [SCRIPT]: wrk for $secs s; appends "name req/s errors p50_ms p99_ms" to $tmp/results
load() {
  local name="$1" path="$2" script="${3:-}"
  local args=(-t2 -c"$conns" -d"${secs}s" --timeout 10s --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$base$path" >"$tmp/$name.wrk" 2>&1
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    /Non-2xx/ { err += $NF }
    END { printf "%s %s %d %.1f %.1f\n", name, rps, err, p50, p99 }' "$tmp/$name.wrk" >>"$tmp/results"
}
: >"$tmp/results"
load page /
load pair "/api/pair?a=RUS&b=CHN&from=1989&to=2001"
load pair-mix / "$tmp/mix.lua"
threads_after="$(ls /proc/$pid/task 2>/dev/null | wc -l)"
rss_kb="$(awk '/VmRSS/ { print $2 }' /proc/$pid/status 2>/dev/null || echo 0)"

printf 'machine: %s cores, load %s; wrk %s connections, %s s each, 127.0.0.1\n' "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$conns" "$secs"
printf '%-10s %10s %8s %10s %10s %10s\n' route req/s errors p50_ms p99_ms "x /"
page_rps="$(awk '$1 == "page" { print $2 }' "$tmp/results")"
while read -r name rps err p50 p99; do
  printf '%-10s %10.1f %8d %10.1f %10.1f %10.2f\n' "$name" "$rps" "$err" "$p50" "$p99" \
    "$(awk -v a="$rps" -v b="$page_rps" 'BEGIN { print (b > 0 ? a / b : 0) }')"
done <"$tmp/results"
printf 'first /api/pair request alone (computed, not cached): %s ms\n' "$cold_ms"
printf 'server threads: %s before, %s after; resident memory after: %d MB (JVM options: %s)\n' "$threads_before" \
  "$threads_after" $((rss_kb / 1024)) "${ENTENTE_JAVA_OPTS:-./entente default}"
