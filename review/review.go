// Package review serves an archive for a person to check: its records
// beside the original pages they were read from, and the notes the
// reviewer keeps.
package review

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/capture"
)

// NotesFile is where the reviewer's notes go, one JSON line each.
const NotesFile = "review.jsonl"

// Note is what a reviewer said of a record's field.
type Note struct {
	ID      string `json:"id"`
	At      string `json:"at"`
	Verdict string `json:"verdict"` // ok or wrong
	Field   string `json:"field"`
	Text    string `json:"text"`
}

// Fields a note may be about.
var Fields = []string{"title", "published_at", "source", "author", "columns", "body", "images", "attachments", "other"}

// entry is what the list needs of a record: small, so that 50,000 of
// them are held and filtered at once; the rest is read when asked for.
type entry struct {
	id, kind, title, published, year, extractor string
	columns                                     []string
	warnings                                    bool
	removed                                     bool
	line                                        int64 // offset of its line in articles.jsonl
}

// Archive is an archive opened for review.
type Archive struct {
	dir     string
	entries []entry // newest first
	byID    map[string]int
	assets  map[string]string // a legacy path, lower-cased -> the archive's file
	files   map[string]bool   // the archive's files of assets

	replayOnce sync.Once
	replay     *capture.Replay
	replayErr  error

	mu    sync.Mutex
	notes map[string][]Note // by record id, oldest first
}

// Open reads the archive in dir for review: the list of its records (not
// their bodies) and the notes kept so far. The WARC files are indexed
// when an original is first asked for.
func Open(dir string) (*Archive, error) {
	a := &Archive{dir: dir, byID: map[string]int{}, assets: map[string]string{}, files: map[string]bool{}, notes: map[string][]Note{}}
	f, err := os.Open(filepath.Join(dir, archive.JSONLFile))
	if err != nil {
		return nil, fmt.Errorf("%s is not an archive: %w", dir, err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var rec archive.Record
			if json.Unmarshal(line, &rec) == nil {
				e := entry{id: rec.ID, kind: rec.Kind, title: rec.Title, published: rec.PublishedAt, extractor: rec.Extractor,
					columns: rec.Columns, warnings: len(rec.Warnings) > 0 || rec.Extractor == "generic", removed: rec.RemovedAt != "", line: off}
				if len(rec.PublishedAt) >= 4 {
					e.year = rec.PublishedAt[:4]
				}
				a.entries = append(a.entries, e)
				for _, as := range append(assetsOf(rec.Images), attachmentsOf(rec.Attachments)...) {
					if u, err := url.Parse(as.URL); err == nil && as.Path != "" {
						a.assets[strings.ToLower(u.Path)] = as.Path
						a.files[as.Path] = true
					}
				}
			}
			off += int64(len(line))
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	sort.SliceStable(a.entries, func(i, j int) bool { return a.entries[i].published > a.entries[j].published })
	for i, e := range a.entries {
		a.byID[e.id] = i
	}
	if err := a.readNotes(); err != nil {
		return nil, err
	}
	return a, nil
}

func assetsOf(images []archive.Image) []archive.Asset {
	var out []archive.Asset
	for _, im := range images {
		out = append(out, im.Asset)
	}
	return out
}

func attachmentsOf(atts []archive.Attachment) []archive.Asset {
	var out []archive.Asset
	for _, at := range atts {
		out = append(out, at.Asset)
	}
	return out
}

// Record reads a record whole, with its Markdown body.
func (a *Archive) Record(id string) (*archive.Record, error) {
	i, ok := a.byID[id]
	if !ok {
		return nil, os.ErrNotExist
	}
	f, err := os.Open(filepath.Join(a.dir, archive.JSONLFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	line, err := bufio.NewReader(io.NewSectionReader(f, a.entries[i].line, 1<<30)).ReadBytes('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	var r archive.Record
	if err := json.Unmarshal(line, &r); err != nil {
		return nil, err
	}
	md, err := os.ReadFile(filepath.Join(a.dir, filepath.FromSlash(r.MarkdownPath)))
	if err == nil {
		r.BodyMarkdown = markdownBody(md)
	}
	return &r, nil
}

// markdownBody is a record's Markdown without its front matter.
func markdownBody(md []byte) string {
	s := string(md)
	if strings.HasPrefix(s, "---\n") {
		if i := strings.Index(s[4:], "\n---\n"); i >= 0 {
			return s[4+i+5:]
		}
	}
	return s
}

// Original gives the response a record was extracted from, as its WARC
// record holds it.
func (a *Archive) Original(r *archive.Record) (status int, header map[string][]string, body []byte, err error) {
	if r.WARC == nil {
		return 0, nil, nil, errors.New("the record names no WARC record")
	}
	a.replayOnce.Do(func() { a.replay, a.replayErr = capture.OpenReplay(a.dir) })
	if a.replayErr != nil {
		return 0, nil, nil, a.replayErr
	}
	resp, _, err := a.replay.Record(capture.Ref{File: r.WARC.File, RecordID: r.WARC.RecordID})
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	body, err = io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, body, err
}

// Asset is the archive's file for a legacy path, "" when it holds none.
func (a *Archive) Asset(legacyPath string) string {
	return a.assets[strings.ToLower(legacyPath)]
}

// Close releases the WARC files.
func (a *Archive) Close() error {
	if a.replay != nil {
		return a.replay.Close()
	}
	return nil
}

func (a *Archive) readNotes() error {
	f, err := os.Open(filepath.Join(a.dir, NotesFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var n Note
		if json.Unmarshal(sc.Bytes(), &n) == nil && n.ID != "" {
			a.notes[n.ID] = append(a.notes[n.ID], n)
		}
	}
	return sc.Err()
}

// AddNote appends a note to review.jsonl (one write of one line: a note
// is never half-written) and to what the list shows.
func (a *Archive) AddNote(n Note) error {
	n.At = time.Now().UTC().Format(time.RFC3339)
	line, err := json.Marshal(n)
	if err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	f, err := os.OpenFile(filepath.Join(a.dir, NotesFile), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	a.notes[n.ID] = append(a.notes[n.ID], n)
	return nil
}

// Notes gives a record's notes, oldest first.
func (a *Archive) Notes(id string) []Note {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Note(nil), a.notes[id]...)
}

// Wrong lists the notes that mark a field wrong, by record id, for the
// person who fixes the profile.
func (a *Archive) Wrong() []Note {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []Note
	for _, ns := range a.notes {
		for _, n := range ns {
			if n.Verdict == "wrong" {
				out = append(out, n)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ID != out[j].ID {
			return out[i].ID < out[j].ID
		}
		return out[i].At < out[j].At
	})
	return out
}

// reviewed says whether a record has a note.
func (a *Archive) reviewed(id string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.notes[id]) > 0
}

// search gives the records whose title or body holds q: a line of
// articles.jsonl is decoded only when its bytes hold q.
func (a *Archive) search(q string) (map[string]bool, error) {
	f, err := os.Open(filepath.Join(a.dir, archive.JSONLFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	found := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4<<20), 64<<20)
	needle := []byte(q)
	for sc.Scan() {
		if !bytes.Contains(sc.Bytes(), needle) {
			continue
		}
		var r struct {
			ID, Title string
			BodyText  string `json:"body_text"`
		}
		if json.Unmarshal(sc.Bytes(), &r) == nil && (strings.Contains(r.Title, q) || strings.Contains(r.BodyText, q)) {
			found[r.ID] = true
		}
	}
	return found, sc.Err()
}
