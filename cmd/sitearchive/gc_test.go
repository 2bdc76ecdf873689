package main

import (
	"context"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func TestMemoryLimit(t *testing.T) {
	tests := []struct {
		live uint64
		want int64
	}{
		{0, 64 << 20},
		{10 << 20, 64 << 20}, // a 5,000-article crawl
		{32 << 20, 64 << 20},
		{40 << 20, 80 << 20},
		{200 << 20, 400 << 20}, // a site ten times larger than 50,000 articles
	}
	for _, tt := range tests {
		if got := memoryLimit(tt.live); got != tt.want {
			t.Errorf("memoryLimit(%d MiB) = %d MiB, want %d MiB", tt.live>>20, got>>20, tt.want>>20)
		}
	}
	// The metric the limit follows exists in this Go version.
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		t.Fatalf("/gc/heap/live:bytes is not measured (kind %v)", s[0].Value.Kind())
	}
}

// TestFollowLiveHeap: with 80 MiB live, the limit rises to twice that.
func TestFollowLiveHeap(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1)) // restored as it was
	debug.SetMemoryLimit(baseMemoryLimit)
	live := make([]byte, 80<<20)
	for i := range live {
		live[i] = byte(i)
	}
	runtime.GC()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() { followLiveHeap(ctx, 10*time.Millisecond); close(done) }()
	for ctx.Err() == nil && debug.SetMemoryLimit(-1) < 160<<20 {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	if got := debug.SetMemoryLimit(-1); got < 160<<20 {
		t.Errorf("memory limit %d MiB with 80 MiB live, want at least 160 MiB", got>>20)
	}
	runtime.KeepAlive(live)
}
