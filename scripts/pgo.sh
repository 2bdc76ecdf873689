#!/usr/bin/env bash
# make pgo: regenerate cmd/sitearchive/default.pgo, the CPU profile the Go
# toolchain uses to optimise the sitearchive binary (profile-guided
# optimisation: `go build` picks up default.pgo of a main package by
# itself). The profile is what the command spends its time on in
# practice: ROUNDS crawls of a generated replica of ARTICLES articles
# (every feature on, --delay 0) and one re-extraction of the result from
# its WARC files, merged. Rerun it when the per-page path changes much;
# an outdated profile still builds, it only helps less.
#   ARTICLES=3000 ROUNDS=3 scripts/pgo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${ARTICLES:-3000}"
rounds="${ROUNDS:-3}"
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
pid=
mkdir -p bin
# Profiled without PGO, so that the profile does not describe the code
# an earlier profile made.
go build -pgo=off -o "$work/sitearchive" ./cmd/sitearchive
go build -o bin/replica ./cmd/replica
./bin/replica serve -articles "$articles" -addr 127.0.0.1:0 -addr-file "$work/addr" >/dev/null &
pid=$!
for _ in $(seq 1 600); do [ -s "$work/addr" ] && break; sleep 0.1; done
site=$(cat "$work/addr")
profiles=()
for r in $(seq 1 "$rounds"); do
  "$work/sitearchive" crawl --site "$site" --out "$work/a$r" --delay 0 --concurrency 8 --quiet --cpuprofile "$work/crawl$r.pprof"
  profiles+=("$work/crawl$r.pprof")
done
"$work/sitearchive" crawl --from-warc "$work/a1" --out "$work/x" --quiet --cpuprofile "$work/extract.pprof"
profiles+=("$work/extract.pprof")
go tool pprof -proto "${profiles[@]}" >"$work/merged.pprof" 2>/dev/null
mv "$work/merged.pprof" cmd/sitearchive/default.pgo
echo "pgo: cmd/sitearchive/default.pgo from ${#profiles[@]} profiles ($rounds crawls of $articles articles, one re-extraction): $(wc -c <cmd/sitearchive/default.pgo) bytes"
