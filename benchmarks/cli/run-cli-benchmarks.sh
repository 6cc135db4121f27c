#!/usr/bin/env bash
# End-to-end timings of the alloc command, JVM start included, as a user runs it (./alloc): the
# national run, the national run in 128 MB of heap, a 1.5-million-school run in 1 GB, a comparison
# of two scenarios on those schools in 2 GB, and a 10,000-variant sweep of the national formula.
# Each case runs once untimed (building the command, its class-data archive and the data files,
# and filling the page cache), then --runs times; the table gives the median, min and max wall
# time, the median CPU time (user + system) and the median peak resident memory, with the machine
# and its load before and after. The generated files live in a temporary folder, removed at the end.
#
# usage: benchmarks/cli/run-cli-benchmarks.sh [--runs N] [--cases LIST] [--against CHECKOUT]
#   --runs N      timed runs per case (default 5)
#   --cases LIST  comma-separated, from: national, national-128m, big, big-compare, sweep
#                 (default: all; big and big-compare generate a 690 MB school file first, about a minute)
#   --against CHECKOUT
#                 another checkout of this project (an earlier commit, say): each timed run of this
#                 checkout's ./alloc is followed by the same run of CHECKOUT's ./alloc, on the same
#                 files, and the table adds its median and the median of the ratios run by run
#                 (this / other). A machine whose speed drifts from minute to minute moves both
#                 runs of a pair alike, so the ratio is the figure to read on a shared machine.
#
# Needs bash, JDK 17+ and Maven (as ./alloc does) and, for the memory column, GNU time
# (/usr/bin/time; Debian: apt-get install time). See docs/performance.md, "End to end".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
alloc="$root/alloc"
runs=5
cases="national,national-128m,big,big-compare,sweep"
against=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --cases) cases="$2"; shift 2 ;;
    --against) against="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run-cli-benchmarks: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "run-cli-benchmarks: --runs needs a whole number of at least 1, not '$runs'" >&2
  exit 2
fi
if [ -n "$against" ]; then
  if [ ! -x "$against/alloc" ]; then
    echo "run-cli-benchmarks: --against needs a checkout of this project (a folder with its ./alloc), not '$against'" >&2
    exit 2
  fi
  against="$(cd "$against" && pwd)"
fi
for case in ${cases//,/ }; do
  if [[ ! ",national,national-128m,big,big-compare,sweep," == *",$case,"* ]]; then
    echo "run-cli-benchmarks: unknown case '$case' (cases: national, national-128m, big, big-compare, sweep)" >&2
    exit 2
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gnu_time=""
if /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
  gnu_time=/usr/bin/time
fi

has_case() { [[ ",$cases," == *",$1,"* ]]; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { sort -g | head -1; }
maximum() { sort -g | tail -1; }

# One run of a command: appends "wall cpu rss_mib" to $work/$name.times; stops on a failure.
run_once() {
  local name="$1" heap="$2"
  shift 2
  local opts=()
  [ "$heap" != default ] && opts=(env "JAVA_TOOL_OPTIONS=-Xmx$heap")
  local wrap=()
  [ -n "$gnu_time" ] && wrap=("$gnu_time" -f '%M' -o "$work/rss")
  local TIMEFORMAT='%3R %3U %3S'
  local times
  if ! times="$({ time "${opts[@]}" "${wrap[@]}" "$@" >"$work/$name.log" 2>&1; } 2>&1)"; then
    echo "run-cli-benchmarks: case '$name' failed; its output:" >&2
    cat "$work/$name.log" >&2
    exit 1
  fi
  local wall user sys rss="-"
  read -r wall user sys <<<"$times"
  [ -n "$gnu_time" ] && rss="$(awk '{ printf "%.0f", $1 / 1024 }' "$work/rss")"
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }') $rss" >>"$work/$name.times"
}

rows=()
# measure NAME HEAP GOAL OUT COMMAND...: one untimed run, then $runs timed ones, and a row of the table.
# OUT, the command's output folder, is removed before each run, untimed: every run writes a new one,
# as a first run does, rather than replacing (and first reading) the last run's files. COMMAND's
# first word is this checkout's alloc; with --against, each timed run is followed by the same command
# with the other checkout's alloc in its place.
measure() {
  local name="$1" heap="$2" goal="$3" out="$4"
  shift 4
  local other=()
  [ -n "$against" ] && other=("$against/alloc" "${@:2}")
  echo "  $name: warm-up, then $runs runs${against:+, each followed by the same run of the other checkout}..." >&2
  rm -rf "$out"
  run_once "$name.warmup" "$heap" "$@"
  if [ -n "$against" ]; then
    rm -rf "$out"
    run_once "$name.other-warmup" "$heap" "${other[@]}"
  fi
  for _ in $(seq "$runs"); do
    rm -rf "$out"
    run_once "$name" "$heap" "$@"
    if [ -n "$against" ]; then
      rm -rf "$out"
      run_once "$name.other" "$heap" "${other[@]}"
    fi
  done
  rm -rf "$out"
  local t="$work/$name.times"
  local wall_med wall_min wall_max cpu_med rss_med
  wall_med="$(cut -d' ' -f1 "$t" | median)"
  wall_min="$(cut -d' ' -f1 "$t" | minimum)"
  wall_max="$(cut -d' ' -f1 "$t" | maximum)"
  cpu_med="$(cut -d' ' -f2 "$t" | median)"
  rss_med="-"
  [ -n "$gnu_time" ] && rss_med="$(cut -d' ' -f3 "$t" | median | awk '{ printf "%.0f", $1 }')"
  local row
  row="$(printf '| %s | %s | %s | %s (%s-%s) | %s | %s |' \
    "$name" "$heap" "$runs" "$wall_med" "$wall_min" "$wall_max" "$cpu_med" "$rss_med")"
  if [ -n "$against" ]; then
    local o="$work/$name.other.times" ratios
    ratios="$(paste -d' ' "$t" "$o" | awk '{ printf "%.3f %.3f\n", $1 / $4, $2 / $5 }')"
    row+="$(printf ' %s | %s (%s-%s) | %s |' \
      "$(cut -d' ' -f1 "$o" | median)" \
      "$(cut -d' ' -f1 <<<"$ratios" | median)" "$(cut -d' ' -f1 <<<"$ratios" | minimum)" \
      "$(cut -d' ' -f1 <<<"$ratios" | maximum)" "$(cut -d' ' -f2 <<<"$ratios" | median)")"
  fi
  rows+=("$row $goal |")
}

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load average: //'; }

echo "Preparing: the command, its class-data archive and the national school file..." >&2
"$alloc" --version >/dev/null
[ -n "$against" ] && "$against/alloc" --version >/dev/null
national="$root/examples/thailand/needs-weighted.yaml"
if has_case big || has_case big-compare; then
  echo "Generating 1,500,000 schools (seed 2565) into a temporary folder..." >&2
  mkdir -p "$work/big"
  "$alloc" generate --schools 1500000 --out "$work/big/schools.csv" >/dev/null
  # The national needs-weighted scenario on these schools: 1.08 times their previous_allocation total,
  # as the national scenario's budget is for the national file.
  sed -e 's/^budget: .*/budget: 960000000000/' -e 's/^schools: .*/schools: schools.csv/' \
    -e 's/^name: .*/name: Needs-weighted, 1.5 million synthetic schools/' "$national" >"$work/big/needs-weighted.yaml"
  sed -e 's/^schools: .*/schools: schools.csv/' "$root/examples/thailand/status-quo.yaml" >"$work/big/status-quo.yaml"
fi

load_before="$(load)"
if has_case national; then
  measure national default "<= 1.0 s" "$work/out-national" "$alloc" run "$national" --out "$work/out-national"
fi
if has_case national-128m; then
  measure national-128m 128m "fits 128 MB" "$work/out-national-128m" \
    "$alloc" run "$national" --out "$work/out-national-128m"
fi
if has_case big; then
  measure big 1g "<= 5 s, in 1 GB" "$work/out-big" "$alloc" run "$work/big/needs-weighted.yaml" --out "$work/out-big"
fi
if has_case big-compare; then
  measure big-compare 2g "fits 2 GB" "$work/out-big-compare" "$alloc" compare "$work/big/status-quo.yaml" "$work/big/needs-weighted.yaml" \
    --out "$work/out-big-compare"
fi
if has_case sweep; then
  measure sweep default "<= 15 s" "$work/out-sweep" "$alloc" sweep "$national" --threads 2 --out "$work/out-sweep" \
    --vary rule.weights.remote=1.00:1.99:0.01 --vary rule.loadings.poor=0:9900:100
fi
load_after="$(load)"

java_version="$(java -version 2>&1 | head -1)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
memory="$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
echo
echo "alloc end to end, JVM start included ($runs runs per case after one untimed; $(date -u +%Y-%m-%d))"
echo "Machine: $(nproc) cores ($cpu), $memory; $java_version"
echo "Load average (1, 5, 15 min): before $load_before; after $load_after"
echo
if [ -n "$against" ]; then
  echo "Against: $against ($(git -C "$against" log -1 --format='%h %cs' 2>/dev/null || echo 'not a git checkout'))"
  echo
  echo "| case | heap (-Xmx) | runs | wall s, median (min-max) | CPU s, median | peak RSS MiB, median | other: wall s, median | wall ratio, median (min-max) | CPU ratio, median | goal |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
else
  echo "| case | heap (-Xmx) | runs | wall s, median (min-max) | CPU s, median | peak RSS MiB, median | goal |"
  echo "|---|---|---|---|---|---|---|"
fi
printf '%s\n' "${rows[@]}"
echo
echo "Cases: national = alloc run examples/thailand/needs-weighted.yaml (29,449 schools); big = the same"
echo "formula on 1,500,000 generated schools; big-compare = alloc compare of status-quo and needs-weighted"
echo "on them; sweep = 100 x 100 variants of the national formula on 2 threads."
