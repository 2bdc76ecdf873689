package capture

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	kgzip "github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
)

// Dir is where an archive keeps its WARC files.
const Dir = "warc"

// Ref names the WARC record a JSON record was extracted from.
type Ref struct {
	File     string `json:"file"`      // relative to the archive root
	RecordID string `json:"record_id"` // <urn:uuid:...>
}

// Writer writes exchanges to rotating WARC/1.1 files in dir/warc. Records
// are built, digested and serialised by github.com/nlnwa/gowarc; the
// writer owns the file: one gzip member per record, buffered, flushed once
// per exchange (so a record's bytes are in the file before the JSON that
// names it), a warcinfo record opening each file, a file written as
// <name>.warc.gz.open and renamed when finished.
type Writer struct {
	dir      string
	prefix   string
	software string
	maxSize  int64
	marshal  gowarc.Marshaler

	mu       sync.Mutex
	serial   int
	file     *os.File
	name     string // final name, relative to the archive root
	buf      *bufio.Writer
	count    *countWriter
	gz       *kgzip.Writer
	warcinfo string
}

// NewWriter opens a WARC writer for the archive in root; files are named
// after the run's start and rotated at maxSize bytes.
func NewWriter(root, software string, runStart time.Time, maxSize int64) (*Writer, error) {
	dir := filepath.Join(root, Dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	if err := Recover(dir); err != nil {
		return nil, err
	}
	gz, err := kgzip.NewWriterLevel(nil, kgzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	return &Writer{dir: dir, prefix: "sitearchive-" + runStart.UTC().Format("20060102150405"),
		software: software, maxSize: maxSize, marshal: gowarc.NewMarshaler(), gz: gz}, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// open starts a new file (never over an existing one) with its warcinfo.
func (w *Writer) open() error {
	for {
		w.serial++
		name := fmt.Sprintf("%s-%05d.warc.gz", w.prefix, w.serial)
		path := filepath.Join(w.dir, name)
		if _, err := os.Stat(path); err == nil {
			continue
		}
		f, err := os.OpenFile(path+".open", os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("warc: %w", err)
		}
		w.file, w.name = f, Dir+"/"+name
		w.buf = bufio.NewWriterSize(f, 256<<10)
		w.count = &countWriter{w: w.buf}
		break
	}
	b := gowarc.NewRecordBuilder(gowarc.Warcinfo, gowarc.WithAddMissingDigest(true), gowarc.WithDefaultDigestAlgorithm("sha1"))
	b.AddWarcHeaderTime(gowarc.WarcDate, time.Now())
	b.AddWarcHeader(gowarc.WarcFilename, filepath.Base(w.name))
	b.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	b.WriteString("software: " + w.software + "\r\nformat: WARC File Format 1.1\r\n" +
		"conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n" +
		"description: exchanges with the legacy site, captured by sitearchive\r\n")
	info, _, err := b.Build()
	if err != nil {
		return fmt.Errorf("warc: warcinfo: %w", err)
	}
	defer info.Close()
	w.warcinfo = info.WarcHeader().GetId(gowarc.WarcRecordID)
	if err := w.member(info); err != nil {
		return err
	}
	return w.buf.Flush()
}

// member writes one record as one gzip member.
func (w *Writer) member(rec gowarc.WarcRecord) error {
	w.gz.Reset(w.count)
	if _, _, err := w.marshal.Marshal(w.gz, rec, 0); err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	if err := w.gz.Close(); err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	return nil
}

// finish closes the current file and gives it its final name.
func (w *Writer) finish() error {
	if w.file == nil {
		return nil
	}
	f := w.file
	w.file = nil
	if err := w.buf.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("warc: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	return os.Rename(f.Name(), strings.TrimSuffix(f.Name(), ".open"))
}

// Write stores one exchange as a request and a response record and names
// the response record. Records are built under the writer's lock:
// gowarc's record builder calls uuid.EnableRandPool, which must not run
// while another goroutine makes a UUID.
func (w *Writer) Write(url string, date time.Time, request, response []byte, remote string) (Ref, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	build := func(t gowarc.RecordType, msgtype string, data []byte, concurrentTo string) (gowarc.WarcRecord, error) {
		b := gowarc.NewRecordBuilder(t, gowarc.WithAddMissingDigest(true), gowarc.WithDefaultDigestAlgorithm("sha1"))
		if _, err := b.Write(data); err != nil {
			return nil, err
		}
		b.AddWarcHeader(gowarc.WarcTargetURI, url)
		b.AddWarcHeaderTime(gowarc.WarcDate, date)
		b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype="+msgtype)
		if host, _, err := net.SplitHostPort(remote); err == nil {
			b.AddWarcHeader(gowarc.WarcIPAddress, host)
		}
		if concurrentTo != "" {
			b.AddWarcHeader(gowarc.WarcConcurrentTo, "<"+concurrentTo+">")
		}
		rec, _, err := b.Build()
		return rec, err
	}
	req, err := build(gowarc.Request, "request", request, "")
	if err != nil {
		return Ref{}, fmt.Errorf("warc request record %s: %w", url, err)
	}
	defer req.Close()
	resp, err := build(gowarc.Response, "response", response, req.WarcHeader().GetId(gowarc.WarcRecordID))
	if err != nil {
		return Ref{}, fmt.Errorf("warc response record %s: %w", url, err)
	}
	defer resp.Close()

	if w.file != nil && w.count.n >= w.maxSize {
		if err := w.finish(); err != nil {
			return Ref{}, err
		}
	}
	if w.file == nil {
		if err := w.open(); err != nil {
			return Ref{}, err
		}
	}
	for _, rec := range []gowarc.WarcRecord{req, resp} {
		rec.WarcHeader().SetId(gowarc.WarcWarcinfoID, w.warcinfo)
		if err := w.member(rec); err != nil {
			return Ref{}, err
		}
	}
	if err := w.buf.Flush(); err != nil {
		return Ref{}, fmt.Errorf("warc: %w", err)
	}
	return Ref{File: w.name, RecordID: "<" + resp.WarcHeader().GetId(gowarc.WarcRecordID) + ">"}, nil
}

// Close finishes the current file (renamed from .open to its name).
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.finish()
}

// Recover finishes the WARC files a killed run left open: every whole
// gzip member (one record each) is kept, a torn last one is cut off, and
// the file gets its final name.
func Recover(dir string) error {
	open, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz.open"))
	for _, path := range open {
		good, err := wholeMembers(path)
		if err != nil {
			return fmt.Errorf("warc recover %s: %w", path, err)
		}
		if good == 0 {
			os.Remove(path)
			continue
		}
		if err := os.Truncate(path, good); err != nil {
			return fmt.Errorf("warc recover %s: %w", path, err)
		}
		if err := os.Rename(path, strings.TrimSuffix(path, ".open")); err != nil {
			return fmt.Errorf("warc recover %s: %w", path, err)
		}
	}
	return nil
}

// wholeMembers gives the length of the prefix of a gzip file made of
// complete members.
func wholeMembers(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	cr := &countReader{r: bufio.NewReader(f)}
	var good int64
	zr, err := gzip.NewReader(cr)
	if err != nil {
		return 0, nil
	}
	for {
		zr.Multistream(false)
		if _, err := io.Copy(io.Discard, zr); err != nil {
			return good, nil
		}
		good = cr.n
		if err := zr.Reset(cr); err != nil {
			return good, nil
		}
	}
}

type countReader struct {
	r *bufio.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}
