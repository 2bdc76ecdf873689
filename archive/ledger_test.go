package archive

import (
	"strconv"
	"testing"
	"time"
)

// reopenLedger closes l and opens the ledger in dir again (closed when
// the test ends).
func reopenLedger(t *testing.T, l *Ledger, dir string) *Ledger {
	t.Helper()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	l, err := OpenLedger(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func (l *Ledger) setBeforeCommit(f func()) {
	l.mu.Lock()
	l.beforeCommit = f
	l.mu.Unlock()
}

// An entry being committed is still seen by Get: between the moment a
// batch leaves the pending entries and the moment the file holds it, a
// read used to find nothing (or the previous version) — an asset's
// validators read back then were lost, and the next run downloaded it
// again.
func TestLedgerEntryVisibleWhileCommitted(t *testing.T) {
	l, err := OpenLedger(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	const u = "http://h/uploadfile/1.jpg"
	l.Put(Entry{URL: u, Kind: "asset", State: StateArchived, ETag: `"v1"`})
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	l.Put(Entry{URL: u, Kind: "asset", State: StateArchived, ETag: `"v2"`})
	seen := ""
	l.setBeforeCommit(func() {
		e, _ := l.Get(u)
		seen = e.ETag
	})
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	l.setBeforeCommit(nil)
	if seen != `"v2"` {
		t.Errorf("during the commit Get saw ETag %q, want the entry being committed", seen)
	}
	if e, ok := l.Get(u); !ok || e.ETag != `"v2"` {
		t.Errorf("after the commit: %+v, %v", e, ok)
	}
}

// GetMany gives what Get gives for each URL: entries pending, being
// committed, in the file, and none.
func TestLedgerGetMany(t *testing.T) {
	l, err := OpenLedger(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	l.Put(Entry{URL: "http://h/show.asp?id=1", Kind: "article", State: StateArchived})
	l.Put(Entry{URL: "http://h/show.asp?id=2", Kind: "article", State: StateMissing, Reason: "http 404"})
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	l.Put(Entry{URL: "http://h/show.asp?id=2", Kind: "article", State: StateQueued})
	l.Put(Entry{URL: "http://h/show.asp?id=3", Kind: "article", State: StatePartial})
	urls := []string{"http://h/show.asp?id=1", "http://h/show.asp?id=2", "http://h/show.asp?id=3", "http://h/show.asp?id=4"}
	check := func(when string) {
		entries, known := l.GetMany(urls)
		for i, u := range urls {
			e, ok := l.Get(u)
			if known[i] != ok || entries[i] != e {
				t.Errorf("%s: GetMany(%s) = %+v %v, Get = %+v %v", when, u, entries[i], known[i], e, ok)
			}
		}
		if !known[0] || !known[2] || known[3] || entries[1].State != StateQueued {
			t.Errorf("%s: %+v %v", when, entries, known)
		}
	}
	check("pending")
	l.setBeforeCommit(func() { check("while committed") })
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	l.setBeforeCommit(nil)
	check("in the file")
}

// Put does not wait for a commit: a full batch is committed by the
// background loop, while the caller goes on (the crawl queues thousands
// of articles in one step between its lists and its articles) — up to
// maxPending entries waiting, where Put commits itself (memory stays
// bounded: TestLedgerPendingBounded).
func TestLedgerPutDoesNotWaitForACommit(t *testing.T) {
	dir := t.TempDir()
	l, err := OpenLedger(dir)
	if err != nil {
		t.Fatal(err)
	}
	entered, release := make(chan struct{}, 1), make(chan struct{})
	l.setBeforeCommit(func() {
		select {
		case entered <- struct{}{}:
		default:
		}
		<-release
	})
	url := func(i int) string { return "http://h/show.asp?id=" + strconv.Itoa(i) }
	putsDone := make(chan struct{})
	go func() {
		for i := range batchSize + 10 {
			l.Put(Entry{URL: url(i), Kind: "article", State: StateQueued})
		}
		close(putsDone)
	}()
	<-entered // a commit has started (the full batch, or a tick's)
	select {
	case <-putsDone:
	case <-time.After(10 * time.Second):
		t.Fatal("Put waited for a commit")
	}
	close(release)
	l.setBeforeCommit(nil)
	l = reopenLedger(t, l, dir)
	for i := range batchSize + 10 {
		if e, ok := l.Get(url(i)); !ok || e.State != StateQueued {
			t.Fatalf("%s after reopening: %+v %v", url(i), e, ok)
		}
	}
}

// However fast the Puts, no more than maxPending entries wait in memory:
// with no commit able to run, the Puts stop there.
func TestLedgerPendingBounded(t *testing.T) {
	l, err := OpenLedger(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	l.flushing.Lock() // no commit can run
	locked := true
	defer func() {
		if locked {
			l.flushing.Unlock() // before Close, which commits
		}
	}()
	done := make(chan struct{})
	go func() {
		for i := range 2 * maxPending {
			l.Put(Entry{URL: "http://h/show.asp?id=" + strconv.Itoa(i), Kind: "article", State: StateQueued})
		}
		close(done)
	}()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
		l.mu.Lock()
		n := len(l.pending)
		l.mu.Unlock()
		if n > maxPending {
			t.Fatalf("%d entries wait in memory, at most %d wanted", n, maxPending)
		}
		select {
		case <-done:
			t.Fatalf("%d Puts returned while no commit could run: nothing bounds the entries waiting", 2*maxPending)
		default:
		}
		if n == maxPending {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the Puts stopped at %d entries", n)
		}
	}
	locked = false
	l.flushing.Unlock()
	<-done
}

// TestLedgerFirstRunFilter: on a ledger that was empty when opened, a URL
// no commit wrote is answered without reading the file, and every URL a
// commit wrote is still found there (the filter says "maybe" for all of
// them); a ledger that held URLs at open reads the file for every miss.
func TestLedgerFirstRunFilter(t *testing.T) {
	dir := t.TempDir()
	l, err := OpenLedger(dir)
	if err != nil {
		t.Fatal(err)
	}
	if l.written == nil {
		t.Fatal("an empty ledger has no filter")
	}
	const n = 5000
	u := func(i int) string { return "http://h/uploadfile/" + strconv.Itoa(i) + ".jpg" }
	for i := range n {
		l.Put(Entry{URL: u(i), Kind: "asset", State: StateArchived, ETag: strconv.Itoa(i)})
		if i%700 == 0 {
			if err := l.Flush(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	check := func(l *Ledger) {
		t.Helper()
		for i := range n {
			if e, ok := l.Get(u(i)); !ok || e.ETag != strconv.Itoa(i) {
				t.Fatalf("%s: %+v, %v", u(i), e, ok)
			}
		}
		for i := n; i < 2*n; i++ {
			if _, ok := l.Get(u(i)); ok {
				t.Fatalf("%s found, never written", u(i))
			}
		}
	}
	check(l)
	misses := 0
	for i := n; i < 100*n; i++ {
		if l.written.mayHave(key(u(i))) {
			misses++
		}
	}
	if misses > 10 {
		t.Errorf("the filter said maybe for %d of %d keys never added", misses, 99*n)
	}
	l = reopenLedger(t, l, dir)
	if l.written != nil {
		t.Fatal("a ledger holding URLs at open has a filter")
	}
	check(l)
}
