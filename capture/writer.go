package capture

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
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

// Writer writes exchanges to rotating WARC/1.1 files in dir/warc. The
// warcinfo record opening each file is built and serialised by
// github.com/nlnwa/gowarc; request and response records are serialised
// directly from the bytes of the exchange, as gowarc would serialise them
// (see exchangeRecord). The writer owns the
// file: one gzip member per record, a file written as <name>.warc.gz.open
// and renamed when finished. Records are serialised and compressed by the
// calling goroutine, outside the writer's lock; the lock covers only
// appending the members to the file and flushing them (so a record's bytes
// are in the file before the JSON that names it).
type Writer struct {
	dir      string
	prefix   string
	software string
	maxSize  int64
	gzips    sync.Pool // *kgzip.Writer, BestSpeed
	stored   sync.Pool // *kgzip.Writer, NoCompression
	bufs     sync.Pool // *bytes.Buffer

	mu       sync.Mutex
	serial   int
	gen      int // counts files opened: a member compressed for one file is not written to the next
	file     *os.File
	name     string // final name, relative to the archive root
	buf      *bufio.Writer
	count    *countWriter
	warcinfo string
}

// builderMu serialises gowarc.NewRecordBuilder: it calls
// uuid.EnableRandPool, which writes a package variable of
// github.com/google/uuid, a data race when two goroutines make a builder
// at once. Record IDs come from newID, which does not read that variable.
var builderMu sync.Mutex

func newBuilder(t gowarc.RecordType) gowarc.WarcRecordBuilder {
	builderMu.Lock()
	defer builderMu.Unlock()
	return gowarc.NewRecordBuilder(t,
		gowarc.WithAddMissingDigest(true),
		gowarc.WithDefaultDigestAlgorithm("sha1"),
		gowarc.WithRecordIdFunc(newID),
		// The writer sets every header itself from values it controls,
		// so gowarc's check of them (a WHATWG parse of each URI) is off.
		// Without that check gowarc does not digest the block before
		// writing the digest headers: build does.
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore))
}

// build builds the record and sets its block and payload digests.
func build(b gowarc.WarcRecordBuilder) (gowarc.WarcRecord, error) {
	rec, _, err := b.Build()
	if err != nil {
		return nil, err
	}
	block := rec.Block()
	if err := block.Cache(); err != nil {
		rec.Close()
		return nil, err
	}
	rec.WarcHeader().Set(gowarc.WarcBlockDigest, block.BlockDigest())
	if pb, ok := block.(gowarc.PayloadBlock); ok {
		rec.WarcHeader().Set(gowarc.WarcPayloadDigest, pb.PayloadDigest())
	}
	return rec, nil
}

func newID() (string, error) {
	id, err := uuid.NewRandomFromReader(rand.Reader)
	if err != nil {
		return "", err
	}
	return id.URN(), nil
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
	w := &Writer{dir: dir, prefix: "sitearchive-" + runStart.UTC().Format("20060102150405"),
		software: software, maxSize: maxSize}
	w.gzips.New = func() any {
		gz, _ := kgzip.NewWriterLevel(nil, kgzip.BestSpeed) // a valid level: no error
		return gz
	}
	w.stored.New = func() any {
		gz, _ := kgzip.NewWriterLevel(nil, kgzip.NoCompression) // a valid level: no error
		return gz
	}
	w.bufs.New = func() any { return new(bytes.Buffer) }
	return w, nil
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
// The caller holds w.mu.
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
		w.gen++
		break
	}
	b := newBuilder(gowarc.Warcinfo)
	b.AddWarcHeaderTime(gowarc.WarcDate, time.Now())
	b.AddWarcHeader(gowarc.WarcFilename, filepath.Base(w.name))
	b.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	b.WriteString("software: " + w.software + "\r\nformat: WARC File Format 1.1\r\n" +
		"conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n" +
		"description: exchanges with the legacy site, captured by sitearchive\r\n")
	info, err := build(b)
	if err != nil {
		return fmt.Errorf("warc: warcinfo: %w", err)
	}
	defer info.Close()
	w.warcinfo = info.WarcHeader().GetId(gowarc.WarcRecordID)
	out := w.bufs.Get().(*bytes.Buffer)
	defer w.putBuf(out)
	if err := w.warcinfoMember(out, info); err != nil {
		return err
	}
	if _, err := w.count.Write(out.Bytes()); err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	return w.buf.Flush()
}

func (w *Writer) putBuf(b *bytes.Buffer) {
	if b.Cap() > 4<<20 {
		return // a rare large page: not kept for every later record
	}
	b.Reset()
	w.bufs.Put(b)
}

// storeBelow is the block size under which a record's gzip member is
// stored, not compressed (as is a record whose payload is an image or an
// archive, compressed already): building the Huffman codes of a member costs the
// same for 300 bytes as for 30 KB (a quarter of the WARC time went to the
// small request records), and saves next to nothing on so few bytes.
const storeBelow = 1024

// warcinfoMember appends the warcinfo record that opens a file to out as
// one gzip member.
func (w *Writer) warcinfoMember(out *bytes.Buffer, rec gowarc.WarcRecord) error {
	gz := w.gzips.Get().(*kgzip.Writer)
	defer w.gzips.Put(gz)
	gz.Reset(out)
	_, _, err := gowarc.NewMarshaler().Marshal(gz, rec, 0)
	if err == nil {
		err = gz.Close()
	}
	if err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	return nil
}

// finish closes the current file and gives it its final name. The caller
// holds w.mu.
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

// current gives the file records go to now (rotating it when full) and
// its warcinfo record's ID.
func (w *Writer) current() (gen int, warcinfo string, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.file != nil && w.count.n >= w.maxSize {
		if err := w.finish(); err != nil {
			return 0, "", err
		}
	}
	if w.file == nil {
		if err := w.open(); err != nil {
			return 0, "", err
		}
	}
	return w.gen, w.warcinfo, nil
}

// appendTo writes compressed members to the file they were made for and
// gives its name; ok is false when that file was rotated away meanwhile.
func (w *Writer) appendTo(gen int, members []byte) (name string, ok bool, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.file == nil || w.gen != gen {
		return "", false, nil
	}
	if _, err := w.count.Write(members); err != nil {
		return "", false, fmt.Errorf("warc: %w", err)
	}
	if err := w.buf.Flush(); err != nil {
		return "", false, fmt.Errorf("warc: %w", err)
	}
	return w.name, true, nil
}

// Write stores one exchange as a request and a response record and names
// the response record.
func (w *Writer) Write(url string, date time.Time, request, response []byte, remote string) (Ref, error) {
	reqID, err := newID()
	if err != nil {
		return Ref{}, fmt.Errorf("warc request record %s: %w", url, err)
	}
	respID, err := newID()
	if err != nil {
		return Ref{}, fmt.Errorf("warc response record %s: %w", url, err)
	}
	ip := ""
	if host, _, err := net.SplitHostPort(remote); err == nil {
		ip = host
	}
	req := newExchangeRecord("request", reqID, url, date, ip, "", request)
	resp := newExchangeRecord("response", respID, url, date, ip, reqID, response)

	out := w.bufs.Get().(*bytes.Buffer)
	defer w.putBuf(out)
	head := w.bufs.Get().(*bytes.Buffer)
	defer w.putBuf(head)
	for {
		gen, warcinfo, err := w.current()
		if err != nil {
			return Ref{}, err
		}
		out.Reset()
		for _, rec := range []*exchangeRecord{req, resp} {
			rec.setWarcinfo(warcinfo)
			if err := w.member(out, head, rec); err != nil {
				return Ref{}, err
			}
		}
		name, ok, err := w.appendTo(gen, out.Bytes())
		if err != nil {
			return Ref{}, err
		}
		if ok {
			return Ref{File: name, RecordID: "<" + respID + ">"}, nil
		}
	}
}

// member appends rec to out as one gzip member.
func (w *Writer) member(out, head *bytes.Buffer, rec *exchangeRecord) error {
	pool := &w.gzips
	if len(rec.block) < storeBelow || rec.compressed() {
		pool = &w.stored
	}
	gz := pool.Get().(*kgzip.Writer)
	defer pool.Put(gz)
	gz.Reset(out)
	err := rec.writeTo(gz, head)
	if err == nil {
		err = gz.Close()
	}
	if err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	return nil
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
