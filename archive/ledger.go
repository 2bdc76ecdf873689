package archive

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"path/filepath"
	"sort"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// LedgerFile is the crawl's ledger inside the archive directory.
const LedgerFile = "ledger.db"

// States of a URL in the ledger.
const (
	StateQueued   = "queued"
	StateFetched  = "fetched"
	StateArchived = "archived"
	StateMissing  = "missing"
	StateFailed   = "failed"
	// StatePartial: the record is written but some of its assets failed;
	// the next run archives it again.
	StatePartial = "partial"
)

// Entry is what the ledger knows of one URL.
type Entry struct {
	URL      string `json:"url"`
	Kind     string `json:"kind"` // list, article, page, asset
	ID       string `json:"id,omitempty"`
	State    string `json:"state"`
	Attempts int    `json:"attempts,omitempty"`
	Reason   string `json:"reason,omitempty"`
	Updated  string `json:"updated"`
	Run      string `json:"run,omitempty"` // the run that wrote it

	// For assets: what was stored and how to revalidate it.
	Path         string `json:"path,omitempty"`
	SHA256       string `json:"sha256,omitempty"`
	Size         int64  `json:"size,omitempty"`
	ContentType  string `json:"content_type,omitempty"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

var (
	bucketURLs = []byte("urls")
	bucketMeta = []byte("meta")
)

// Meta keys.
const (
	// MetaState is "running" while a run works and "complete" after a run
	// that archived everything; only after a complete run may the next
	// one stop reading a column's list early.
	MetaState = "state"
	// MetaSite is the site the archive holds: another site is refused.
	MetaSite = "site"
)

// Ledger records what a crawl queued, fetched, archived, found missing and
// failed, in a bbolt file inside the archive, so that a crawl killed at any
// moment resumes where it stopped. Writes are batched: one commit (one
// fsync) per batch rather than per page; what a kill loses of the last
// batch is at worst fetched again, never lost or duplicated, because
// records are files written atomically before their ledger entry.
type Ledger struct {
	db *bolt.DB

	mu         sync.Mutex
	pending    map[string]Entry // written, not committed yet; reads see them
	committing map[string]Entry // the batch being committed; reads see it too
	flushing   sync.Mutex       // one commit at a time
	// beforeCommit, when set (tests, under mu), runs between taking a
	// batch and committing it.
	beforeCommit func()
	full         chan struct{} // a batch is due before the next tick
	// written is set when the file held no URL at open: then it has only
	// what this run committed, and a key the filter never saw need not be
	// looked for in the file (a read transaction per asset of a first run).
	written *keyFilter
	stop    chan struct{}
	done    chan struct{}
	err     error
}

// batchSize pending entries have the background loop commit them without
// waiting for its next tick; at maxPending (a burst of Puts faster than
// the commits) Put commits itself, so that what waits in memory stays
// bounded whatever the size of the site.
const (
	batchSize  = 512
	maxPending = 8 * batchSize
)

// OpenLedger opens (or creates) the ledger of the archive in dir. Reads go
// to the file (bbolt's B+tree, memory-mapped): memory does not grow with
// the size of the site.
func OpenLedger(dir string) (*Ledger, error) {
	db, err := bolt.Open(filepath.Join(dir, LedgerFile), 0o644, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open ledger: %s is in use by another run", dir)
		}
		return nil, fmt.Errorf("open ledger: %w", err)
	}
	l := &Ledger{db: db, pending: map[string]Entry{},
		full: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	err = db.Update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(bucketMeta); err != nil {
			return err
		}
		b, err := tx.CreateBucketIfNotExists(bucketURLs)
		if err == nil {
			if k, _ := b.Cursor().First(); k == nil {
				l.written = newKeyFilter()
			}
		}
		return err
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open ledger: %w", err)
	}
	go l.flushLoop(250 * time.Millisecond)
	return l, nil
}

// key files a URL by its path and query: the same site served on another
// port (a moved server, a restarted replica) keeps its ledger.
func key(u string) string { return pathOf(u) }

// Get gives the ledger's entry for url.
func (l *Ledger) Get(url string) (Entry, bool) {
	entries, known := l.GetMany([]string{url})
	return entries[0], known[0]
}

// GetMany is Get for many URLs at once, in one read of the ledger file:
// entries[i] and known[i] are what Get(urls[i]) gives.
func (l *Ledger) GetMany(urls []string) (entries []Entry, known []bool) {
	entries, known = make([]Entry, len(urls)), make([]bool, len(urls))
	var rest []int
	l.mu.Lock()
	for i, u := range urls {
		k := key(u)
		e, ok := l.pending[k]
		if !ok {
			e, ok = l.committing[k]
		}
		if ok {
			entries[i], known[i] = e, true
		} else {
			rest = append(rest, i)
		}
	}
	if l.written != nil {
		kept := rest[:0]
		for _, i := range rest {
			if l.written.mayHave(key(urls[i])) {
				kept = append(kept, i)
			}
		}
		rest = kept
	}
	l.mu.Unlock()
	if len(rest) == 0 {
		return entries, known
	}
	l.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketURLs)
		for _, i := range rest {
			if v := b.Get([]byte(key(urls[i]))); v != nil {
				known[i] = json.Unmarshal(v, &entries[i]) == nil // a damaged entry is forgotten
			}
		}
		return nil
	})
	return entries, known
}

// Put records e; it reaches the disk with the next batch, committed in
// the background (every 250 ms, or as soon as batchSize entries wait):
// the caller does not wait for a commit unless maxPending entries wait.
func (l *Ledger) Put(e Entry) {
	e.Updated = time.Now().UTC().Format(time.RFC3339)
	l.mu.Lock()
	l.pending[key(e.URL)] = e
	n := len(l.pending)
	l.mu.Unlock()
	switch {
	case n >= maxPending:
		l.Flush()
	case n >= batchSize:
		select {
		case l.full <- struct{}{}:
		default: // already asked
		}
	}
}

// Meta reads a value of the ledger's own.
func (l *Ledger) Meta(key string) string {
	var v string
	l.db.View(func(tx *bolt.Tx) error {
		v = string(tx.Bucket(bucketMeta).Get([]byte(key)))
		return nil
	})
	return v
}

// SetMeta writes a value of the ledger's own, committed at once (with the
// pending entries, so that the two agree).
func (l *Ledger) SetMeta(key, value string) error {
	if err := l.Flush(); err != nil {
		return err
	}
	return l.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put([]byte(key), []byte(value))
	})
}

// Flush commits the pending entries in one transaction.
func (l *Ledger) Flush() error {
	l.flushing.Lock()
	defer l.flushing.Unlock()
	l.mu.Lock()
	batch := l.pending
	l.pending = map[string]Entry{}
	// Until the commit is done, a read finds the batch here: neither in
	// pending nor in the file, an entry would look absent (or old).
	l.committing = batch
	hook := l.beforeCommit
	l.mu.Unlock()
	committed := false
	defer func() {
		l.mu.Lock()
		if committed && l.written != nil {
			for k := range batch { // before the batch stops being visible here
				l.written.add(k)
			}
		}
		l.committing = nil
		l.mu.Unlock()
	}()
	if len(batch) == 0 {
		return nil
	}
	if hook != nil {
		hook()
	}
	keys := make([]string, 0, len(batch))
	for k := range batch {
		keys = append(keys, k)
	}
	sort.Strings(keys) // bbolt packs pages better in key order
	err := l.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketURLs)
		for _, k := range keys {
			v, err := json.Marshal(batch[k])
			if err != nil {
				return err
			}
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		l.mu.Lock()
		for k, e := range batch { // keep them for the next try
			if _, newer := l.pending[k]; !newer {
				l.pending[k] = e
			}
		}
		l.err = err
		l.mu.Unlock()
		return fmt.Errorf("ledger commit: %w", err)
	}
	committed = true
	release(l.db)
	return nil
}

// keyFilter is a Bloom filter of the keys a run committed, of a fixed size
// (1 MiB: one false "maybe" in about 200,000 look-ups at 100,000 keys):
// memory does not grow with the site.
type keyFilter struct {
	seed maphash.Seed
	bits []uint64
}

const filterBits = 1 << 23

func newKeyFilter() *keyFilter {
	return &keyFilter{seed: maphash.MakeSeed(), bits: make([]uint64, filterBits/64)}
}

// probes calls fn with the filter's four bit positions for k, until fn
// says false.
func (f *keyFilter) probes(k string, fn func(bit uint64) bool) bool {
	h := maphash.String(f.seed, k)
	h1, h2 := h&0xffffffff, h>>32|1
	for i := range uint64(4) {
		if !fn((h1 + i*h2) % filterBits) {
			return false
		}
	}
	return true
}

func (f *keyFilter) add(k string) {
	f.probes(k, func(b uint64) bool { f.bits[b/64] |= 1 << (b % 64); return true })
}

// mayHave is false only for a key never added.
func (f *keyFilter) mayHave(k string) bool {
	return f.probes(k, func(b uint64) bool { return f.bits[b/64]&(1<<(b%64)) != 0 })
}

func (l *Ledger) flushLoop(every time.Duration) {
	defer close(l.done)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-l.stop:
			return
		case <-t.C:
			l.Flush()
		case <-l.full:
			l.Flush()
		}
	}
}

// Close commits what is pending and closes the file.
func (l *Ledger) Close() error {
	close(l.stop)
	<-l.done
	ferr := l.Flush()
	cerr := l.db.Close()
	return errors.Join(ferr, cerr)
}
