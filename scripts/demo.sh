#!/usr/bin/env bash
# Serve the embedded replica on loopback, crawl it into ./demo-archive with
# politeness off, print the summary, stop the server.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin
version=$(git describe --tags --always --dirty 2>/dev/null || echo dev)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
go build -ldflags "-X main.version=$version -X main.commit=$commit" -o bin/sitearchive ./cmd/sitearchive
go build -o bin/replica ./cmd/replica
addr_file=$(mktemp)
trap 'kill "$pid" 2>/dev/null || true; rm -f "$addr_file"' EXIT
./bin/replica serve -dir testdata/site -addr 127.0.0.1:0 -addr-file "$addr_file" >/dev/null &
pid=$!
for _ in $(seq 1 100); do [ -s "$addr_file" ] && break; sleep 0.05; done
site=$(cat "$addr_file")
echo "replica of the legacy site serving on $site"
set +e
./bin/sitearchive crawl --site "$site" --out "${OUT:-demo-archive}" --delay 0 --concurrency 4 --log-level warn
rc=$?
set -e
echo "records: ${OUT:-demo-archive}/articles.jsonl, ${OUT:-demo-archive}/records/; manifest: ${OUT:-demo-archive}/manifest.json (exit $rc)"
exit $rc
