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
	"sync/atomic"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Dir is where an archive keeps its WARC files.
const Dir = "warc"

// Ref names the WARC record a JSON record was extracted from.
type Ref struct {
	File     string `json:"file"`      // relative to the archive root
	RecordID string `json:"record_id"` // <urn:uuid:...>
}

// Writer writes exchanges to rotating WARC/1.1 files in dir/warc.
type Writer struct {
	w   *gowarc.WarcFileWriter
	dir string
}

// names generates sitearchive-<run start>-<serial>.warc names.
type names struct {
	dir    string
	prefix string
	serial atomic.Int32
}

// NewWarcfileName never names a file that exists, finished or open: two
// runs started in the same second do not overwrite each other.
func (n *names) NewWarcfileName() (string, string) {
	for {
		name := fmt.Sprintf("%s-%05d.warc", n.prefix, n.serial.Add(1))
		_, err1 := os.Stat(filepath.Join(n.dir, name+".gz"))
		_, err2 := os.Stat(filepath.Join(n.dir, name+".gz.open"))
		if errors.Is(err1, os.ErrNotExist) && errors.Is(err2, os.ErrNotExist) {
			return n.dir, name
		}
	}
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
	gen := &names{dir: dir, prefix: "sitearchive-" + runStart.UTC().Format("20060102150405")}
	w := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(gen),
		gowarc.WithCompression(true),
		gowarc.WithMaxFileSize(maxSize),
		gowarc.WithAddWarcConcurrentToHeader(true),
		gowarc.WithRecordOptions(gowarc.WithAddMissingDigest(true), gowarc.WithDefaultDigestAlgorithm("sha1")),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString("software: " + software + "\r\nformat: WARC File Format 1.1\r\n" +
				"conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n" +
				"description: exchanges with the legacy site, captured by sitearchive\r\n")
			return err
		}),
	)
	return &Writer{w: w, dir: dir}, nil
}

// Write stores one exchange as a request and a response record and names
// the response record.
func (w *Writer) Write(url string, date time.Time, request, response []byte, remote string) (Ref, error) {
	build := func(t gowarc.RecordType, msgtype string, data []byte) (gowarc.WarcRecord, error) {
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
		rec, _, err := b.Build()
		return rec, err
	}
	req, err := build(gowarc.Request, "request", request)
	if err != nil {
		return Ref{}, fmt.Errorf("warc request record %s: %w", url, err)
	}
	defer req.Close()
	resp, err := build(gowarc.Response, "response", response)
	if err != nil {
		return Ref{}, fmt.Errorf("warc response record %s: %w", url, err)
	}
	defer resp.Close()
	id := resp.WarcHeader().GetId(gowarc.WarcRecordID)
	res := w.w.Write(req, resp)
	if len(res) != 2 {
		return Ref{}, errors.New("warc writer closed")
	}
	for _, r := range res {
		if r.Err != nil {
			return Ref{}, fmt.Errorf("warc write %s: %w", url, r.Err)
		}
	}
	return Ref{File: Dir + "/" + filepath.Base(res[1].FileName), RecordID: "<" + id + ">"}, nil
}

// Close finishes the current file (renamed from .open to its name).
func (w *Writer) Close() error { return w.w.Close() }

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
