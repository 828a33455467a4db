# Shared by the bench scripts that time the real CLI: source it after setting $tmp (a scratch
# directory) and $runs (how many runs each measurement takes).

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

# bench NAME CMD...: runs CMD $runs times; prints the median "wall cpu"
bench() {
  local name="$1"; shift
  : >"$tmp/$name"
  for _ in $(seq "$runs"); do timed "$@" >>"$tmp/$name"; done
  echo "$(median 1 "$tmp/$name") $(median 2 "$tmp/$name")"
}
