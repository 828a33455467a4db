# Shared by the bench scripts that time the real CLI: source it after setting $here (the checkout),
# $tmp (a scratch directory) and $runs (how many rounds each measurement takes).

# require_built: stops unless the CLI's jar is built and newer than the sources, then writes
# $tmp/entente, which runs ./entente (so the jar, with ./entente's JVM options) and never builds (an executable, for
# /usr/bin/time and env). Benchmarks never build: a build inside (or between) the timed runs would
# be measured, or would slow the runs beside it on a shared machine. Build first with:
#   mvn -B -DskipTests package
jar="${here:?}/core/target/entente.jar"
require_built() {
  local stale=""
  if [ -f "$jar" ]; then
    stale="$(find "$here/pom.xml" "$here/core/pom.xml" "$here/core/src/main" -newer "$jar" -print -quit 2>/dev/null)"
  fi
  if [ ! -f "$jar" ]; then
    echo "$(basename "$0"): $jar is not built; run 'mvn -B -DskipTests package' first" >&2
    exit 2
  elif [ -n "$stale" ]; then
    echo "$(basename "$0"): $stale is newer than $jar; run 'mvn -B -DskipTests package' first" >&2
    exit 2
  fi
  # ./entente itself, with the JVM options it chooses per command; it builds only when the jar is
  # stale, which the check above has ruled out
  printf '#!/usr/bin/env bash\nexec %q "$@"\n' "$here/entente" >"${tmp:?}/entente"
  chmod +x "$tmp/entente"
}

# fresh_home: a HOME of its own under $tmp, empty, so the first command loads the bundled pack
# there and nothing reads or writes the user's store
fresh_home() {
  export HOME="$tmp/home" ENTENTE_NO_PROGRESS=1
  unset ENTENTE_DB XDG_DATA_HOME
  mkdir -p "$HOME"
}

# entente ARGS...: the built CLI (after require_built)
entente() { "$tmp/entente" "$@"; }

# timed CMD...: runs CMD once, output discarded; prints "wall cpu" in seconds (cpu = user + sys).
# A failing command prints its stderr and stops the script.
timed() {
  local t
  t="$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>"$tmp/err"; } 2>&1 )" \
    || { cat "$tmp/err" >&2; exit 1; }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$t"
}

# median COLUMN FILE: the median of a column of numbers
median() { sort -n -k"$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }

# rounds FUNCTION...: runs each function once per round, $runs rounds, in turn (the baseline and
# the commands alternate, so a drift in this shared machine's speed reaches them alike); then
# 'result FUNCTION' prints that function's median "wall cpu"
rounds() {
  local f
  for f in "$@"; do : >"$tmp/$f"; done
  for _ in $(seq "$runs"); do
    for f in "$@"; do timed "$f" >>"$tmp/$f"; done
  done
}
result() { echo "$(median 1 "$tmp/$1") $(median 2 "$tmp/$1")"; }
