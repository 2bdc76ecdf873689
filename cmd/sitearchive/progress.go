package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/scraper"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"
)

// display shows a crawl's progress: bars on a terminal, log lines
// elsewhere (cron, CI), nothing with --quiet.
type display interface {
	scraper.Progress
	Close()
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// counts is what both displays keep.
type counts struct {
	queued, done atomic.Int64
	start        time.Time
}

func (c *counts) rate() (float64, time.Duration) {
	el := time.Since(c.start).Seconds()
	done := float64(c.done.Load())
	if el <= 0 || done == 0 {
		return 0, 0
	}
	r := done / el
	left := float64(c.queued.Load()) - done
	return r, time.Duration(left / r * float64(time.Second)).Round(time.Second)
}

// bars is the terminal display (github.com/vbauerster/mpb/v8): a line per
// column (pages listed, articles done of those found) and a total with
// rate and ETA. Logs go through it, above the bars.
type bars struct {
	counts
	once  sync.Once
	p     *mpb.Progress
	total *mpb.Bar
	mu    sync.Mutex
	cols  map[string]*colBar
}

type colBar struct {
	bar   *mpb.Bar
	pages atomic.Int64
}

func newBars(ctx context.Context, out io.Writer) *bars {
	b := &bars{p: mpb.NewWithContext(ctx, mpb.WithOutput(out), mpb.WithWidth(32), mpb.WithRefreshRate(150*time.Millisecond)),
		cols: map[string]*colBar{}}
	b.start = time.Now()
	b.total = b.p.AddBar(0, mpb.BarPriority(1<<30),
		mpb.PrependDecorators(decor.Name("合计 total", decor.WCSyncSpaceR), decor.CountersNoUnit("%d/%d", decor.WCSyncSpace)),
		mpb.AppendDecorators(decor.Any(func(decor.Statistics) string {
			r, eta := b.rate()
			return fmt.Sprintf("%.1f/s ETA %s", r, eta)
		})))
	return b
}

func (b *bars) Columns(cols []scraper.Column) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i, c := range cols {
		cb := &colBar{}
		cb.bar = b.p.AddBar(0, mpb.BarPriority(i),
			mpb.PrependDecorators(decor.Name(c.Name, decor.WCSyncSpaceR),
				decor.Any(func(decor.Statistics) string { return fmt.Sprintf("页 %d", cb.pages.Load()) }, decor.WCSyncSpace),
				decor.CountersNoUnit("%d/%d", decor.WCSyncSpace)))
		b.cols[c.ClassID] = cb
	}
}

func (b *bars) Listed(classid string, pages, found int) {
	b.mu.Lock()
	cb := b.cols[classid]
	b.mu.Unlock()
	if cb != nil {
		cb.pages.Store(int64(pages))
		cb.bar.SetTotal(int64(found), false)
	}
}

func (b *bars) Queued(n int) {
	b.total.SetTotal(b.queued.Add(int64(n)), false)
}

func (b *bars) Done(classid string) {
	b.done.Add(1)
	b.total.Increment()
	b.mu.Lock()
	cb := b.cols[classid]
	b.mu.Unlock()
	if cb != nil {
		cb.bar.Increment()
	}
}

// Write prints a log line above the bars.
func (b *bars) Write(p []byte) (int, error) { return b.p.Write(p) }

func (b *bars) Close() {
	b.once.Do(func() {
		b.mu.Lock()
		for _, cb := range b.cols {
			cb.bar.SetTotal(-1, true)
		}
		b.mu.Unlock()
		b.total.SetTotal(-1, true)
		b.p.Wait()
	})
}

// lines is the display when stderr is not a terminal: a log line now
// and then.
type lines struct {
	counts
	once sync.Once
	log  *slog.Logger
	stop chan struct{}
	wg   sync.WaitGroup
}

func newLines(log *slog.Logger, every time.Duration) *lines {
	l := &lines{log: log, stop: make(chan struct{})}
	l.start = time.Now()
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-l.stop:
				return
			case <-t.C:
				r, eta := l.rate()
				l.log.Info("progress", "done", l.done.Load(), "of", l.queued.Load(), "per_second", fmt.Sprintf("%.1f", r), "eta", eta.String())
			}
		}
	}()
	return l
}

func (l *lines) Columns([]scraper.Column) {}
func (l *lines) Listed(string, int, int)  {}
func (l *lines) Queued(n int)             { l.queued.Add(int64(n)) }
func (l *lines) Done(string)              { l.done.Add(1) }
func (l *lines) Close()                   { l.once.Do(func() { close(l.stop); l.wg.Wait() }) }

type silent struct{}

func (silent) Columns([]scraper.Column) {}
func (silent) Listed(string, int, int)  {}
func (silent) Queued(int)               {}
func (silent) Done(string)              {}
func (silent) Close()                   {}
