#!/usr/bin/env bash
# make bench: generated replicas of 3,000, 5,000 and 50,000 articles served on
# loopback; the replica server's capacity measured alone; sitearchive
# (every feature on: JSON, Markdown, assets, WARC, ledger) and wget
# --mirror (robots on, print views excluded) crawl the same replica, one
# after the other, into the same filesystem. Prints articles per second,
# CPU seconds per 1,000 articles and peak RSS of each.
# Nothing is deleted until the end: on ext4 without a journal (this
# machine's disk) creating a file costs several times more in the minutes
# after many were deleted (the allocator skips recently deleted inodes),
# which would charge one tool for the other's clean-up.
# Between the two, the reference the issue names: a bare fetch-and-parse
# loop (cmd/bareloop: net/http, goquery, JSON and plain Markdown only; no
# assets, WARC, ledger or cleaning), so that what the features cost shows.
# Each size is measured ROUNDS times (default 3 up to 5,000 articles, 1
# above), the three tools taking turns, and the median of each is
# compared: on a shared 2-core VM one run of a few seconds varies by a
# quarter.
#   SIZES="3000 5000 50000" ROUNDS=3 CONCURRENCY=8 BENCH_DIR=/path scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${SIZES:-3000 5000 50000}"
conc="${CONCURRENCY:-8}"
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p bin "$work"
go build -o bin/sitearchive ./cmd/sitearchive
go build -o bin/replica ./cmd/replica
go build -o bin/bareloop ./cmd/bareloop
command -v wget >/dev/null || { echo "bench: wget is needed (apt-get install wget)"; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install time)"; exit 1; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3), $(df -T "$work" | awk 'NR==2 {print $2}') at $work"
printf '%-8s %-14s %9s %10s %14s %9s\n' articles tool seconds "articles/s" "CPU s/1000 art" "peak RSS"

# measure TOOL CMD...: runs CMD under GNU time; its figures go to
# $work/round until show prints them.
measure() {
  local tool=$1; shift
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >/dev/null
  set -e
  echo "$tool|$(tail -1 "$work/t")" >>"$work/round"
}
# show N ARTICLES: prints the round's rows (articles/s counts the articles
# archived: the replica answers some ids with a soft or hard 404) and
# keeps each tool's wall time for the medians.
show() {
  while IFS='|' read -r tool figures; do
    read -r wall user sys rss <<<"$figures"
    awk -v a="$2" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v n="$1" -v t="$tool" \
      'BEGIN {printf "%-8s %-14s %9.1f %10.0f %14.2f %6.0f MB\n", n, t, w, a/w, (u+s)*1000/a, r/1024}'
    echo "$wall" >>"$work/${tool%% *}.$1"
  done <"$work/round"
  rm -f "$work/round"
}
median() { sort -n "$1" | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

for n in $sizes; do
  addr_file="$work/addr"; rm -f "$addr_file"
  ./bin/replica serve -articles "$n" -addr 127.0.0.1:0 -addr-file "$addr_file" >/dev/null &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do [ -s "$addr_file" ] && break; sleep 0.1; done
  site=$(cat "$addr_file")
  capacity=$(./bin/replica load --site "$site" --concurrency "$conc" --duration 3s)
  rounds="${ROUNDS:-$([ "$n" -le 5000 ] && echo 3 || echo 1)}"
  rm -f "$work/sitearchive.$n" "$work/bare.$n" "$work/wget.$n" "$work/round"
  for r in $(seq 1 "$rounds"); do
    out=$(mktemp -d "$work/$n.XXXX")
    measure sitearchive ./bin/sitearchive crawl --site "$site" --out "$out/sa" --delay 0 --concurrency "$conc" --quiet
    measure "bare loop" ./bin/bareloop "$site" "$out/bare"
    measure "wget --mirror" wget --mirror -q -e robots=on --reject-regex '(print|count|search)\.asp' -P "$out/wget" "$site"
    show "$n" "$(grep -c '"kind":"article"' "$out/sa/articles.jsonl")"
  done
  awk -v s="$(median "$work/sitearchive.$n")" -v b="$(median "$work/bare.$n")" -v w="$(median "$work/wget.$n")" -v r="$rounds" -v c="$capacity" \
    'BEGIN {printf "         median of %d: sitearchive %.2f s, bare loop %.2f s, wget %.2f s; speed vs wget: sitearchive %.2fx, bare loop %.2fx; sitearchive takes %.2fx the bare loop'"'"'s time\n         replica server alone: %s\n", r, s, b, w, w/s, w/b, s/b, c}'
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
done
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
