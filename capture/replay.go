package capture

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// ErrNotArchived means that the WARC files hold no response for a URL.
var ErrNotArchived = errors.New("not in the archive's WARC files")

// Replay answers requests with the responses an archive's WARC files
// hold, matched by path and query (the host and port may differ, as for
// the ledger), without the network: an archive re-extracted by a newer
// profile or extractor. Only the place of each response stays in memory;
// the WARC files stay open until Close.
type Replay struct {
	root  string
	at    map[string]replayed
	byID  map[string]replayed  // by WARC-Record-ID, <urn:uuid:...>
	files map[string]*warcFile // by name relative to the root
	// newReader: gowarc's reader options set a global of
	// github.com/google/uuid each time; readers are made one at a time.
	newReader sync.Mutex
}

// warcFile is an open WARC file and where its records start.
type warcFile struct {
	f      *os.File
	starts []int64 // ascending
	size   int64
}

// end gives where the record at offset ends: where the next one starts.
func (w *warcFile) end(offset int64) int64 {
	i := sort.Search(len(w.starts), func(i int) bool { return w.starts[i] > offset })
	if i == len(w.starts) {
		return w.size
	}
	return w.starts[i]
}

// replayed is where a response record is.
type replayed struct {
	file   string // relative to the archive root
	offset int64
	id     string
	date   time.Time
	status int
}

// OpenReplay indexes the response records of the WARC files under
// root/warc. For a URL fetched more than once (retries, later runs) the
// last answer counts, unless it was a server error and an earlier one was
// not.
func OpenReplay(root string) (*Replay, error) {
	files, err := filepath.Glob(filepath.Join(root, Dir, "*.warc.gz"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("replay: no WARC files in %s", filepath.Join(root, Dir))
	}
	if open, _ := filepath.Glob(filepath.Join(root, Dir, "*.warc.gz.open")); len(open) > 0 {
		return nil, fmt.Errorf("replay: %s was left open by an interrupted crawl; run that crawl again first (it finishes the file)", rel(root, open[0]))
	}
	sort.Strings(files) // named by time of creation
	r := &Replay{root: root, at: map[string]replayed{}, byID: map[string]replayed{}, files: map[string]*warcFile{}}
	for _, f := range files {
		if err := r.index(f); err != nil {
			r.Close()
			return nil, fmt.Errorf("replay: %s: %w", rel(root, f), err)
		}
	}
	return r, nil
}

// Close closes the WARC files.
func (r *Replay) Close() error {
	var errs []error
	for _, w := range r.files {
		errs = append(errs, w.f.Close())
	}
	return errors.Join(errs...)
}

// readerOptions: problems are collected (Verify reports them), not fatal.
func readerOptions() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithBlockErrorPolicy(gowarc.ErrWarn)}
}

func (r *Replay) index(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	name := rel(r.root, path)
	wf := &warcFile{f: f, size: st.Size()}
	r.files[name] = wf
	wr, err := gowarc.NewWarcFileReaderFromStream(io.NewSectionReader(f, 0, wf.size), 0, readerOptions()...)
	if err != nil {
		return err
	}
	defer wr.Close()
	for {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		wf.starts = append(wf.starts, rec.Offset)
		w := rec.WarcRecord
		if w.Type() == gowarc.Response {
			r.add(name, rec.Offset, w)
		}
		rec.Close()
	}
}

func (r *Replay) add(file string, offset int64, w gowarc.WarcRecord) {
	u, err := url.Parse(w.WarcHeader().Get(gowarc.WarcTargetURI))
	if err != nil {
		return
	}
	e := replayed{file: file, offset: offset, id: w.WarcHeader().GetId(gowarc.WarcRecordID)}
	e.date, _ = w.WarcHeader().GetTime(gowarc.WarcDate)
	if b, ok := w.Block().(gowarc.HttpResponseBlock); ok {
		e.status = b.HttpStatusCode()
	}
	if r.byID != nil {
		r.byID["<"+e.id+">"] = e
	}
	key := u.RequestURI()
	if old, ok := r.at[key]; ok && serverError(e.status) && !serverError(old.status) {
		return
	}
	r.at[key] = e
}

func serverError(status int) bool { return status >= 500 || status == http.StatusTooManyRequests }

// Len is the number of URLs the replay answers.
func (r *Replay) Len() int { return len(r.at) }

// Response gives the archived response to req (its body read whole,
// de-chunked and decompressed, as the HTTP client gives it), the record
// it comes from and when it was fetched; an error wrapping ErrNotArchived
// when the WARC files hold none.
func (r *Replay) Response(req *http.Request) (*http.Response, Ref, time.Time, error) {
	e, ok := r.at[req.URL.RequestURI()]
	if !ok {
		return nil, Ref{}, time.Time{}, fmt.Errorf("%w: %s", ErrNotArchived, req.URL)
	}
	return r.read(e, req)
}

// Record gives the response a WARC record holds (as Response does), by
// the reference a record of the archive keeps.
func (r *Replay) Record(ref Ref) (*http.Response, time.Time, error) {
	e, ok := r.byID[ref.RecordID]
	if !ok || e.file != ref.File {
		return nil, time.Time{}, fmt.Errorf("%w: record %s in %s", ErrNotArchived, ref.RecordID, ref.File)
	}
	req, _ := http.NewRequest(http.MethodGet, "http://archive.invalid/", nil)
	resp, _, date, err := r.read(e, req)
	return resp, date, err
}

func (r *Replay) read(e replayed, req *http.Request) (*http.Response, Ref, time.Time, error) {
	// Read the record's own bytes (the reader would fill a 1 MB buffer).
	wf := r.files[e.file]
	section := io.NewSectionReader(wf.f, e.offset, wf.end(e.offset)-e.offset)
	r.newReader.Lock()
	wr, err := gowarc.NewWarcFileReaderFromStream(section, 0, readerOptions()...)
	r.newReader.Unlock()
	if err != nil {
		return nil, Ref{}, time.Time{}, fmt.Errorf("replay %s: %w", req.URL, err)
	}
	defer wr.Close()
	rec, err := wr.Next()
	if err != nil {
		return nil, Ref{}, time.Time{}, fmt.Errorf("replay %s: %s offset %d: %w", req.URL, e.file, e.offset, err)
	}
	defer rec.Close()
	raw, err := rec.WarcRecord.Block().RawBytes()
	if err != nil {
		return nil, Ref{}, time.Time{}, fmt.Errorf("replay %s: %w", req.URL, err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(raw), req)
	if err != nil {
		return nil, Ref{}, time.Time{}, fmt.Errorf("replay %s: %w", req.URL, err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err == nil && strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		var zr *gzip.Reader
		if zr, err = gzip.NewReader(bytes.NewReader(body)); err == nil {
			body, err = io.ReadAll(zr)
		}
		resp.Header.Del("Content-Encoding")
	}
	if err != nil {
		return nil, Ref{}, time.Time{}, fmt.Errorf("replay %s: body: %w", req.URL, err)
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.TransferEncoding = nil
	resp.Header.Del("Transfer-Encoding")
	resp.Header.Set("Content-Length", strconv.Itoa(len(body)))
	return resp, Ref{File: e.file, RecordID: "<" + e.id + ">"}, e.date, nil
}

// LinkFiles makes the WARC files of the archive at from part of the
// archive at to (hard links where the file system allows, copies
// otherwise), so that records re-extracted into to point at WARC records
// it holds. A file already there with the same size is kept.
func LinkFiles(from, to string) error {
	files, err := filepath.Glob(filepath.Join(from, Dir, "*.warc.gz"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(to, Dir), 0o755); err != nil {
		return err
	}
	for _, f := range files {
		dst := filepath.Join(to, Dir, filepath.Base(f))
		src, err := os.Stat(f)
		if err != nil {
			return err
		}
		if st, err := os.Stat(dst); err == nil && st.Size() == src.Size() {
			continue
		}
		if err := os.Link(f, dst); err == nil {
			continue
		}
		if err := copyFile(f, dst); err != nil {
			return fmt.Errorf("link WARC file %s: %w", filepath.Base(f), err)
		}
	}
	return nil
}

// copyFile copies src to dst through a temporary file renamed once whole.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".tmp-*")
	if err != nil {
		return err
	}
	_, err = io.Copy(tmp, in)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
