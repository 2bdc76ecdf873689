package main

import (
	"context"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// baseMemoryLimit is the soft memory limit of a crawl whose live data is
// small (up to tens of thousands of articles).
const baseMemoryLimit = 64 << 20

// tuneGC gives the crawl a fixed memory budget instead of Go's default
// of collecting whenever the heap doubles (a tenth of a crawl's CPU): the
// heap may grow to nine times what is live, which on a site of any size
// up to a few hundred thousand articles means up to the 64 MiB soft
// limit, so that a crawl of 3,000 articles and one of 50,000 peak at
// about the same size and the collector runs only when the budget is
// spent. The limit follows the live heap (twice it) when a site is large
// enough for that to pass 64 MiB: a limit under the live heap would have
// the collector run without pause. GOGC and GOMEMLIMIT in the environment
// win.
func tuneGC(ctx context.Context) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(800)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(baseMemoryLimit)
		go followLiveHeap(ctx, time.Second)
	}
}

// memoryLimit is the soft limit for a live heap of live bytes.
func memoryLimit(live uint64) int64 {
	return max(baseMemoryLimit, 2*int64(live))
}

// followLiveHeap sets the memory limit from the live heap every interval
// until ctx ends.
func followLiveHeap(ctx context.Context, interval time.Duration) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	t := time.NewTicker(interval)
	defer t.Stop()
	current := int64(baseMemoryLimit)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return // not measured by this Go version: the base limit stays
		}
		if limit := memoryLimit(sample[0].Value.Uint64()); limit != current {
			debug.SetMemoryLimit(limit)
			current = limit
		}
	}
}
