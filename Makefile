# sitearchive: archive the legacy association site into JSON + Markdown.
GO       ?= go
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT   ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
LDFLAGS  := -X main.version=$(VERSION) -X main.commit=$(COMMIT)
SAMPLES  ?= ../shared/legacy-site/samples

.PHONY: all build demo test vet fmt replica clean bench pgo

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/sitearchive ./cmd/sitearchive
	$(GO) build -o bin/replica ./cmd/replica

## demo: serve the embedded replica on loopback and crawl it into ./archive
demo:
	./scripts/demo.sh

## test: vet, then every test (unit, golden, end-to-end on the replica) under the race detector
## (built without profile-guided optimisation: it changes speed, not behaviour, and would build every dependency twice;
## the scraper package's template matrices take 6-8 minutes under -race on 2 cores, past go test's default 10-minute
## limit when the machine is busy: 30 minutes still stops a hung test)
test: vet
	$(GO) test -race -pgo=off -count=1 -timeout 30m ./...

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { gofmt -l .; echo "gofmt needed"; exit 1; }
	$(GO) vet ./...
	GOOS=windows $(GO) vet ./archive  # the only package with per-OS code; the whole command builds for Windows too (checked by hand)

## replica: regenerate testdata/site from the model (samples included byte for byte)
replica:
	$(GO) run ./cmd/replica gen -out testdata/site -articles 150 -seed 1 -samples $(SAMPLES)

clean:
	rm -rf bin demo-archive

## bench: per-page and per-exchange Go benchmarks, then 3,000, 5,000 and 50,000-article replicas crawled by sitearchive, a bare fetch-and-parse loop (the reference) and wget --mirror
bench:
	$(GO) test ./scraper ./capture -run '^$$' -bench . -benchmem
	./scripts/bench.sh

## pgo: regenerate cmd/sitearchive/default.pgo, the CPU profile `go build` optimises the binary with (crawls of a generated replica)
pgo:
	./scripts/pgo.sh
