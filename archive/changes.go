package archive

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Files of an archive's history.
const (
	ChangesFile = "changes.jsonl" // one line per added, updated and removed record, run after run
	HistoryDir  = "history"       // history/<id>/<fetched_at>.json: earlier versions of updated records
	RunsDir     = "runs"          // runs/<start>.json: one summary per run
)

// Change is one line of changes.jsonl.
type Change struct {
	ID      string `json:"id"`
	Change  string `json:"change"` // added, updated, removed
	Run     string `json:"run"`    // start of the run that saw it, RFC 3339
	URL     string `json:"url"`
	Title   string `json:"title"`
	Version string `json:"version,omitempty"` // updated: the previous version, under history/
	Reason  string `json:"reason,omitempty"`  // removed: why
}

func (c Change) key() string {
	switch c.Change {
	case "updated":
		return "updated|" + c.ID + "|" + c.Version
	case "removed":
		return "removed|" + c.ID + "|" + c.Reason + "|" + c.Run
	}
	return c.Change + "|" + c.ID
}

// SaveHistory keeps the current JSON of record id as a previous version,
// named after when it was fetched, and gives its path.
func (s *Store) SaveHistory(id, fetchedAt string) (string, error) {
	if err := ValidateID(id); err != nil {
		return "", err
	}
	jp, _ := RecordPaths(id)
	data, err := os.ReadFile(filepath.Join(s.dir, jp))
	if err != nil {
		return "", fmt.Errorf("history %s: %w", id, err)
	}
	stamp := strings.NewReplacer(":", "", "-", "").Replace(fetchedAt)
	if stamp == "" || strings.ContainsAny(stamp, `/\.`) {
		stamp = "unknown"
	}
	rel := HistoryDir + "/" + id + "/" + stamp + ".json"
	if err := writeFast(filepath.Join(s.dir, rel), data); err != nil {
		return "", fmt.Errorf("history %s: %w", id, err)
	}
	return rel, nil
}

// Changes works out what a run appends to changes.jsonl: what the archive
// holds and the file does not say yet — a record not announced as added, a
// version under history/ not announced as updated, a removed_at not
// announced as removed. Deriving the lines from the files on disk means a
// killed run neither loses a change nor writes one twice. Use:
// StartChanges, See every record of the archive (as WriteJSONL writes
// them), then Announce.
type Changes struct {
	s         *Store
	run       string
	old       []byte
	announced map[string]bool
	removedAt map[string]string // id -> removed_at last announced
	versions  []string          // history/<id>/<stamp>.json, sorted
	current   map[string]*ident // ids with versions -> their record's URL and title
	fresh     []Change
}

type ident struct{ url, title string }

// StartChanges reads what changes.jsonl announced so far and which
// earlier versions history/ holds.
func (s *Store) StartChanges(run string) (*Changes, error) {
	old, err := os.ReadFile(filepath.Join(s.dir, ChangesFile))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read %s: %w", ChangesFile, err)
	}
	c := &Changes{s: s, run: run, old: old, announced: map[string]bool{},
		removedAt: map[string]string{}, current: map[string]*ident{}}
	sc := bufio.NewScanner(bytes.NewReader(old))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var ch Change
		if json.Unmarshal(sc.Bytes(), &ch) == nil {
			c.announced[ch.key()] = true
			if ch.Change == "removed" {
				c.removedAt[ch.ID] = ch.Run
			}
		}
	}
	// Versions under history/, by record id; their records' URL and title
	// are taken as the records are seen (only theirs: memory stays flat).
	c.versions, _ = filepath.Glob(filepath.Join(s.dir, HistoryDir, "*", "*.json"))
	sort.Strings(c.versions)
	for _, v := range c.versions {
		c.current[filepath.Base(filepath.Dir(v))] = nil
	}
	return c, nil
}

// See takes one record of the archive into account.
func (c *Changes) See(r *Record) {
	if _, ok := c.current[r.ID]; ok {
		c.current[r.ID] = &ident{r.URL, r.Title}
	}
	ch := Change{ID: r.ID, Change: "added", Run: c.run, URL: r.URL, Title: r.Title}
	if !c.announced[ch.key()] {
		c.fresh = append(c.fresh, ch)
	}
	if r.RemovedAt != "" && c.removedAt[r.ID] < r.RemovedAt {
		c.fresh = append(c.fresh, Change{ID: r.ID, Change: "removed", Run: c.run, URL: r.URL, Title: r.Title, Reason: r.RemovedReason})
	}
}

// Announce appends the new lines to changes.jsonl (atomically) and gives
// them.
func (c *Changes) Announce() ([]Change, error) {
	fresh := c.fresh
	for _, v := range c.versions {
		rel, _ := filepath.Rel(c.s.dir, v)
		rel = filepath.ToSlash(rel)
		id := filepath.Base(filepath.Dir(v))
		r := c.current[id]
		if r == nil {
			continue
		}
		ch := Change{ID: id, Change: "updated", Run: c.run, URL: r.url, Title: r.title, Version: rel}
		if !c.announced[ch.key()] {
			fresh = append(fresh, ch)
		}
	}
	sort.SliceStable(fresh, func(i, j int) bool { return LessID(fresh[i].ID, fresh[j].ID) })
	if len(fresh) == 0 {
		return nil, nil
	}
	err := writeAtomic(filepath.Join(c.s.dir, ChangesFile), true, func(w *bufio.Writer) error {
		w.Write(c.old)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, ch := range fresh {
			if err := enc.Encode(ch); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", ChangesFile, err)
	}
	return fresh, nil
}

// EachJSONL calls fn for every record in articles.jsonl, in order,
// without its body text (BodyText is empty).
func (s *Store) EachJSONL(fn func(*Record) error) error {
	f, err := os.Open(filepath.Join(s.dir, JSONLFile))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		var r withoutBody
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s: %w", JSONLFile, err)
		}
		if err := fn(&r.Record); err != nil {
			return err
		}
	}
	return sc.Err()
}

// withoutBody decodes a record but its body text, the bulk of it, which
// the passes over articles.jsonl (changes, counts, report) do not need:
// the decoder steps over it without copying it.
type withoutBody struct {
	Record
	BodyText skipped `json:"body_text"`
}

type skipped struct{}

func (*skipped) UnmarshalJSON([]byte) error { return nil }

// RunSummary is runs/<start>.json.
type RunSummary struct {
	StartedAt  string         `json:"started_at"`
	FinishedAt string         `json:"finished_at"`
	Seconds    float64        `json:"duration_seconds"`
	Mode       string         `json:"mode"` // first, full, incremental, resume
	Complete   bool           `json:"complete"`
	Records    int            `json:"records"`
	Added      int            `json:"added"`
	Updated    int            `json:"updated"`
	Removed    int            `json:"removed"`
	Missing    int            `json:"missing"`
	Failed     int            `json:"failed"`
	Requests   map[string]int `json:"requests"`
	Failures   []FailedPage   `json:"failures"`
}

// WriteRun writes runs/<start>.json (with -2, -3... when runs started in
// the same second).
func (s *Store) WriteRun(r *RunSummary) error {
	stamp := strings.NewReplacer(":", "", "-", "").Replace(r.StartedAt)
	data, err := marshalIndent(r)
	if err != nil {
		return err
	}
	name := filepath.Join(s.dir, RunsDir, stamp+".json")
	for i := 2; ; i++ {
		if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
			break
		}
		name = filepath.Join(s.dir, RunsDir, fmt.Sprintf("%s-%d.json", stamp, i))
	}
	return WriteFileAtomic(name, data)
}

// ReadMarkdownBody gives the body of a record's Markdown file (after the
// front matter), "" if there is none.
func (s *Store) ReadMarkdownBody(id string) string {
	if ValidateID(id) != nil {
		return ""
	}
	_, mp := RecordPaths(id)
	data, err := os.ReadFile(filepath.Join(s.dir, mp))
	if err != nil {
		return ""
	}
	parts := strings.SplitN(string(data), "---\n", 3)
	if len(parts) != 3 {
		return ""
	}
	return strings.TrimSpace(parts[2])
}
