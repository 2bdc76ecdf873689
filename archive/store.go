package archive

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Layout of an archive directory.
const (
	RecordsDir   = "records"        // records/<shard>/<id>.json and .md (see RecordPaths)
	JSONLFile    = "articles.jsonl" // every record, one per line, sorted by id
	ManifestFile = "manifest.json"
)

// Store writes records into an archive directory.
type Store struct {
	dir    string
	empty  bool // the archive held no record when opened
	lines  *spool
	opened time.Time // what Sync flushes where it goes file by file (Windows)
}

// Open prepares dir as an archive directory, creating it if needed, and
// checks that it is writable.
func Open(dir string) (*Store, error) {
	if dir == "" {
		return nil, errors.New("open archive: empty directory name")
	}
	if err := os.MkdirAll(filepath.Join(dir, RecordsDir), 0o755); err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	probe, err := os.CreateTemp(dir, ".probe-*")
	if err != nil {
		return nil, fmt.Errorf("open archive: %s is not writable: %w", dir, err)
	}
	probe.Close()
	os.Remove(probe.Name())
	s := &Store{dir: dir, lines: &spool{dir: dir}, opened: time.Now()}
	shards, err := os.ReadDir(filepath.Join(dir, RecordsDir))
	if err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	s.empty = len(shards) == 0
	return s, nil
}

// RemoveTemporaries deletes what a killed run left half-written: the
// temporary files of atomic writes. Finished files are never touched.
// Call it only with the archive's lock held: the temporaries of a run
// in progress are not debris.
func (s *Store) RemoveTemporaries() {
	for _, pattern := range []string{".*.tmp-*", RecordsDir + "/*/.*.tmp-*", AssetsDir + "/*/*/.*.tmp-*", HistoryDir + "/*/.*.tmp-*"} {
		matches, _ := filepath.Glob(filepath.Join(s.dir, pattern))
		for _, m := range matches {
			os.Remove(m)
		}
	}
}

// HasRecord says whether a record is on disk. Records are written
// atomically, so one that exists is whole; an empty one (what a power
// failure before the run's final sync can leave) does not count.
func (s *Store) HasRecord(id string) bool {
	if ValidateID(id) != nil {
		return false
	}
	jp, _ := RecordPaths(id)
	st, err := os.Stat(filepath.Join(s.dir, jp))
	return err == nil && st.Size() > 0
}

// OpenedEmpty says whether the archive held no record when it was opened
// (a first run): then a record on disk was written by this run.
func (s *Store) OpenedEmpty() bool { return s.empty }

// OpenExisting opens an archive directory for reading only (verify,
// report): nothing is created or removed.
func OpenExisting(dir string) (*Store, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("open archive: %s is not a directory", dir)
	}
	return &Store{dir: dir, opened: time.Now()}, nil
}

// Dir is the archive's root directory.
func (s *Store) Dir() string { return s.dir }

// RecordPaths gives the JSON and Markdown paths of a record, relative to
// the archive root: records/<shard>/<id>.json, where the shard is the id
// divided by 1000 (records/001/1234.json) and pages/ for single pages.
// Folders of at most 1000 records keep file creation fast (one directory
// of 50,000 files is slow to write into and to list).
func RecordPaths(id string) (jsonPath, mdPath string) {
	dir := RecordsDir + "/" + shard(id) + "/" + id
	return dir + ".json", dir + ".md"
}

func shard(id string) string {
	if n, err := strconv.ParseUint(id, 10, 64); err == nil {
		return fmt.Sprintf("%03d", n/1000)
	}
	return "pages"
}

// RelLink is the link from a record's Markdown file to a file of the
// archive (both relative to the archive root).
func RelLink(mdPath, target string) string {
	rel, err := filepath.Rel(filepath.Dir(filepath.FromSlash(mdPath)), filepath.FromSlash(target))
	if err != nil {
		return target
	}
	return filepath.ToSlash(rel)
}

// WriteRecord writes r's Markdown and JSON files atomically. It validates
// the id (never trusted as a path) and sets r.MarkdownPath.
func (s *Store) WriteRecord(r *Record) error {
	if err := ValidateID(r.ID); err != nil {
		return err
	}
	r.Normalize()
	jp, mp := RecordPaths(r.ID)
	r.MarkdownPath = mp
	md := RenderMarkdown(r)
	sum := sha256.Sum256(md)
	r.MarkdownSHA256 = hex.EncodeToString(sum[:])
	// The file is the compact line indented: the bytes MarshalRecord
	// (r, true) gives, without encoding the record twice.
	line, err := MarshalRecord(r, false)
	if err != nil {
		return fmt.Errorf("write record %s: %w", r.ID, err)
	}
	var data bytes.Buffer
	data.Grow(len(line) + len(line)/8)
	if err := indentJSON(&data, line); err != nil {
		return fmt.Errorf("write record %s: %w", r.ID, err)
	}
	if err := writeFast(filepath.Join(s.dir, mp), md); err != nil {
		return fmt.Errorf("write record %s: %w", r.ID, err)
	}
	if err := writeFast(filepath.Join(s.dir, jp), data.Bytes()); err != nil {
		s.lines.forget(r.ID)
		return fmt.Errorf("write record %s: %w", r.ID, err)
	}
	s.lines.put(r, line)
	return nil
}

// Close releases what the store holds open; the archive is untouched.
func (s *Store) Close() {
	if s.lines != nil {
		s.lines.close()
	}
}

// ReadRecord reads a record's JSON file.
func (s *Store) ReadRecord(id string) (*Record, error) {
	if err := ValidateID(id); err != nil {
		return nil, err
	}
	jp, _ := RecordPaths(id)
	data, err := os.ReadFile(filepath.Join(s.dir, jp))
	if err != nil {
		return nil, fmt.Errorf("read record %s: %w", id, err)
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("read record %s: %w", id, err)
	}
	return &r, nil
}

// IDs lists the ids of the records on disk, in archive order.
func (s *Store) IDs() ([]string, error) {
	shards, err := os.ReadDir(filepath.Join(s.dir, RecordsDir))
	if err != nil {
		return nil, fmt.Errorf("list records: %w", err)
	}
	var ids []string
	for _, sh := range shards {
		if !sh.IsDir() {
			continue
		}
		entries, err := os.ReadDir(filepath.Join(s.dir, RecordsDir, sh.Name()))
		if err != nil {
			return nil, fmt.Errorf("list records: %w", err)
		}
		for _, e := range entries {
			id, ok := strings.CutSuffix(e.Name(), ".json")
			if !ok || e.IsDir() || ValidateID(id) != nil || shard(id) != sh.Name() {
				continue
			}
			ids = append(ids, id)
		}
	}
	SortIDs(ids)
	return ids, nil
}

// WriteJSONL rewrites articles.jsonl from the per-record JSON files, one
// compact line per record, sorted by id, and shows each record's id,
// kind, URL, columns, title, date, author, warnings and removal (all
// visit may rely on) to visit, when not nil, in that order. The lines of
// the records this store wrote come from its spool, the others from
// their files. It streams, a chunk
// of records at a time (read, compacted and decoded in parallel, written
// in order): memory does not grow with the number of records.
func (s *Store) WriteJSONL(visit func(*Record) error) (int, error) {
	ids, err := s.IDs()
	if err != nil {
		return 0, err
	}
	const chunk = 256
	lines := make([]bytes.Buffer, chunk)
	errs := make([]error, chunk)
	recs := make([]withoutBody, chunk)
	workers := min(4, runtime.GOMAXPROCS(0))
	err = writeAtomic(filepath.Join(s.dir, JSONLFile), true, func(w *bufio.Writer) error {
		for start := 0; start < len(ids); start += chunk {
			part := ids[start:min(start+chunk, len(ids))]
			var wg sync.WaitGroup
			for k := range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := k; i < len(part); i += workers {
						lines[i].Reset()
						if s.lines != nil {
							line, head, ok, err := s.lines.get(part[i])
							if err != nil {
								errs[i] = err
								continue
							}
							if ok {
								lines[i].Write(line)
								recs[i] = withoutBody{Record: *head}
								continue
							}
						}
						errs[i] = s.compactRecord(&lines[i], part[i])
						if errs[i] == nil && visit != nil {
							recs[i] = withoutBody{}
							if err := json.Unmarshal(lines[i].Bytes(), &recs[i]); err != nil {
								errs[i] = fmt.Errorf("record %s: %w", part[i], err)
							}
						}
					}
				}()
			}
			wg.Wait()
			for i := range part {
				if errs[i] != nil {
					return errs[i]
				}
				if _, err := w.Write(lines[i].Bytes()); err != nil {
					return err
				}
				if visit != nil {
					if err := visit(&recs[i].Record); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", JSONLFile, err)
	}
	return len(ids), nil
}

// compactRecord appends the record's JSON file to line as one line.
func (s *Store) compactRecord(line *bytes.Buffer, id string) error {
	jp, _ := RecordPaths(id)
	data, err := os.ReadFile(filepath.Join(s.dir, jp))
	if err != nil {
		return err
	}
	if err := json.Compact(line, data); err != nil {
		return fmt.Errorf("record %s: %w", id, err)
	}
	line.WriteByte('\n')
	return nil
}

// ReadManifest reads the manifest of the archive in dir.
func ReadManifest(dir string) (*Manifest, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("read manifest: %s: %w", filepath.Join(dir, ManifestFile), err)
	}
	return &m, nil
}

// WriteManifest writes manifest.json atomically.
func (s *Store) WriteManifest(m *Manifest) error {
	if m.Missing == nil {
		m.Missing = []MissingPage{}
	}
	if m.Failed == nil {
		m.Failed = []FailedPage{}
	}
	if m.Columns == nil {
		m.Columns = []ColumnCount{}
	}
	data, err := marshalIndent(m)
	if err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return WriteFileAtomic(filepath.Join(s.dir, ManifestFile), data)
}

// MarshalRecord encodes a record as JSON without HTML escaping, indented
// for the per-record file or compact (one line) for JSONL.
func MarshalRecord(r *Record, indent bool) ([]byte, error) {
	if indent {
		return marshalIndent(r)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// indentJSON is json.Indent(dst, src, "", "  ") for valid JSON, faster
// on what encoding/json writes: with no space between tokens, strings —
// most of a record, its body's text — are copied whole instead of run
// through json.Indent's scanner a byte at a time. Input with space
// between tokens is left to json.Indent (the tests compare the two).
func indentJSON(dst *bytes.Buffer, src []byte) error {
	end := len(bytes.TrimRight(src, " \t\r\n"))
	out := make([]byte, 0, len(src)+len(src)/4)
	depth, open := 0, false // open: a { or [ whose first line is not begun (empty ones stay {} and [])
	newline := func() {
		out = append(out, '\n')
		for range depth {
			out = append(out, "  "...)
		}
	}
	for i := 0; i < end; i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			newline()
		}
		switch c {
		case '"':
			j := i + 1
			for {
				k := bytes.IndexByte(src[j:end], '"')
				if k < 0 {
					return json.Indent(dst, src, "", "  ") // not valid JSON: json.Indent says so
				}
				j += k
				slashes := 0
				for s := j - 1; s > i && src[s] == '\\'; s-- {
					slashes++
				}
				if slashes%2 == 0 {
					break
				}
				j++
			}
			out = append(out, src[i:j+1]...)
			i = j
		case '{', '[':
			open = true
			out = append(out, c)
		case ',':
			out = append(out, c)
			newline()
		case ':':
			out = append(out, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				newline()
			}
			out = append(out, c)
		case ' ', '\t', '\r', '\n':
			return json.Indent(dst, src, "", "  ")
		default:
			out = append(out, c)
		}
	}
	dst.Write(out)
	dst.Write(src[end:]) // json.Indent keeps trailing space
	return nil
}

func marshalIndent(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteFileAtomic writes data to path through a temporary file in the same
// directory, synced and renamed over path, so that a reader never sees a
// half-written file.
func WriteFileAtomic(path string, data []byte) error {
	return writeAtomic(path, true, func(w *bufio.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeFast is WriteFileAtomic without the fsync (and, for a new file on
// Linux, without the temporary name: see writeFile): the file appears
// whole or not at all to any reader and survives the process being
// killed; Store.Sync makes a run's files durable at once.
func writeFast(path string, data []byte) error {
	err := writeFile(path, data)
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
			err = writeFile(path, data)
		}
	}
	return err
}

// pid names temporary files (RemoveTemporaries finds them by pattern).
var pid = os.Getpid()

func tempName(path string) string {
	return filepath.Join(filepath.Dir(path), fmt.Sprintf(".%s.tmp-%d-%x", filepath.Base(path), pid, rand.Uint64()))
}

// writeAtomic writes path through a buffer into a temporary file renamed
// over it, fsynced first when sync is set.
func writeAtomic(path string, sync bool, fill func(*bufio.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp := tempName(path)
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(dir, 0o755); err == nil {
			f, err = os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		}
	}
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	w := bufio.NewWriterSize(f, 32<<10)
	if err = fill(w); err != nil {
		return err
	}
	if err = w.Flush(); err != nil {
		return err
	}
	if sync {
		if err = f.Sync(); err != nil {
			return err
		}
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Sync makes everything written to the archive durable (one syncfs for
// the whole run instead of an fsync per file).
func (s *Store) Sync() error {
	d, err := os.Open(s.dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return syncfs(d, s.opened)
}
