package archive

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"
)

// spool keeps the articles.jsonl line of every record a run writes, and
// the few fields the end of the run looks at, in an unlinked temporary
// file: the end of the run then writes articles.jsonl from it instead of
// reading back and decoding every record file. Only offsets stay in
// memory (a few dozen bytes a record).
type spool struct {
	dir  string
	once sync.Once
	f    *os.File // nil when it could not be created: records are read back

	mu   sync.Mutex
	size int64
	at   map[string]spooled
}

// spooled locates a record's head and line in the spool file.
type spooled struct {
	off        int64
	head, line int32
}

// recordHead is what WriteJSONL shows of a record: who it is, where it is
// listed, whether the site still has it.
type recordHead struct {
	ID            string   `json:"id"`
	Kind          string   `json:"kind"`
	URL           string   `json:"url"`
	Columns       []string `json:"columns"`
	Title         string   `json:"title"`
	PublishedAt   string   `json:"published_at,omitempty"`
	Author        string   `json:"author,omitempty"`
	Warnings      []string `json:"warnings,omitempty"`
	RemovedAt     string   `json:"removed_at,omitempty"`
	RemovedReason string   `json:"removed_reason,omitempty"`
}

func (h *recordHead) record() *Record {
	return &Record{ID: h.ID, Kind: h.Kind, URL: h.URL, Columns: h.Columns, Title: h.Title,
		PublishedAt: h.PublishedAt, Author: h.Author, Warnings: h.Warnings,
		RemovedAt: h.RemovedAt, RemovedReason: h.RemovedReason}
}

func (sp *spool) open() {
	f, err := os.CreateTemp(sp.dir, ".spool.tmp-*")
	if err != nil {
		return
	}
	// Where an open file cannot be removed (Windows), the next Open's
	// clean-up of temporaries removes it.
	_ = os.Remove(f.Name())
	sp.f = f
	sp.at = map[string]spooled{}
}

// put keeps r's line (compact JSON ending in a newline). A failure only
// means that the record will be read back from its file.
func (sp *spool) put(r *Record, line []byte) {
	sp.once.Do(sp.open)
	if sp.f == nil {
		return
	}
	head, err := json.Marshal(&recordHead{ID: r.ID, Kind: r.Kind, URL: r.URL, Columns: r.Columns, Title: r.Title,
		PublishedAt: r.PublishedAt, Author: r.Author, Warnings: r.Warnings,
		RemovedAt: r.RemovedAt, RemovedReason: r.RemovedReason})
	if err != nil {
		sp.forget(r.ID)
		return
	}
	buf := make([]byte, 0, len(head)+len(line))
	buf = append(append(buf, head...), line...)
	sp.mu.Lock()
	off := sp.size
	sp.size += int64(len(buf))
	delete(sp.at, r.ID) // an earlier version of this run is stale now
	sp.mu.Unlock()
	if _, err := sp.f.WriteAt(buf, off); err != nil {
		return
	}
	sp.mu.Lock()
	if sp.at != nil {
		sp.at[r.ID] = spooled{off: off, head: int32(len(head)), line: int32(len(line))}
	}
	sp.mu.Unlock()
}

func (sp *spool) forget(id string) {
	sp.mu.Lock()
	delete(sp.at, id)
	sp.mu.Unlock()
}

// get gives record id's line and its head; ok false when the spool does
// not hold it.
func (sp *spool) get(id string) (line []byte, head *Record, ok bool, err error) {
	sp.mu.Lock()
	e, ok := sp.at[id]
	sp.mu.Unlock()
	if !ok {
		return nil, nil, false, nil
	}
	buf := make([]byte, int(e.head)+int(e.line))
	if _, err := sp.f.ReadAt(buf, e.off); err != nil {
		return nil, nil, false, fmt.Errorf("record %s: read spool: %w", id, err)
	}
	var h recordHead
	if err := json.Unmarshal(buf[:e.head], &h); err != nil {
		return nil, nil, false, fmt.Errorf("record %s: spool: %w", id, err)
	}
	return buf[e.head:], h.record(), true, nil
}

// close drops the spool file; later lines are read back from the record
// files.
func (sp *spool) close() {
	sp.once.Do(func() {}) // a put after close opens no new file
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.at = nil
	if sp.f != nil {
		sp.f.Close()
	}
}
