package capture

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// exchange captures one GET through a capturing transport.
func exchange(t *testing.T, client *http.Client, url string) (req, resp []byte, remote string) {
	t.Helper()
	r, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, ex := Start(r)
	res, err := client.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return ex.Bytes()
}

func TestTransportRecordsTheWire(t *testing.T) {
	page := strings.Repeat("<p>纳税人</p>", 500)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := page + r.URL.Path
		w.Header().Set("Content-Type", "text/html; charset=gb2312")
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		io.WriteString(w, body)
	}))
	defer ts.Close()
	client := &http.Client{Transport: Transport(&http.Transport{})}
	// Two exchanges on one kept-alive connection: each gets its own bytes.
	for _, path := range []string{"/a", "/b"} {
		req, resp, remote := exchange(t, client, ts.URL+path)
		if !bytes.HasPrefix(req, []byte("GET "+path+" HTTP/1.1\r\n")) {
			t.Errorf("%s: request %q", path, req)
		}
		if !bytes.HasPrefix(resp, []byte("HTTP/1.1 200 OK\r\n")) || !bytes.HasSuffix(resp, []byte(path)) {
			t.Errorf("%s: response starts %q, ends %q", path, resp[:20], resp[len(resp)-10:])
		}
		if !bytes.Contains(resp, []byte(page)) {
			t.Errorf("%s: response body not recorded whole", path)
		}
		if remote == "" {
			t.Errorf("%s: no remote address", path)
		}
	}
}

func TestWriterRotatesAndVerifies(t *testing.T) {
	root := t.TempDir()
	w, err := NewWriter(root, "test", time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), 4<<10)
	if err != nil {
		t.Fatal(err)
	}
	refs := map[string]string{}
	for i := range 20 {
		url := fmt.Sprintf("http://example.test/show.asp?id=%d", i)
		body := strings.Repeat(fmt.Sprintf("article %d ", i), 100)
		resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
		ref, err := w.Write(url, time.Now(), []byte("GET / HTTP/1.1\r\nHost: example.test\r\n\r\n"), []byte(resp), "127.0.0.1:80")
		if err != nil {
			t.Fatal(err)
		}
		refs[ref.RecordID] = url
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	idx := Verify(root)
	if len(idx.Problems) > 0 {
		t.Fatalf("problems: %v", idx.Problems)
	}
	if idx.Files < 2 {
		t.Errorf("%d files, want rotation at 4 KB", idx.Files)
	}
	if want := idx.Files + 40; idx.Records != want {
		t.Errorf("%d records, want %d (a warcinfo per file, request + response per exchange)", idx.Records, want)
	}
	for id, url := range refs {
		if idx.Responses[id] != url {
			t.Errorf("response %s is %q, want %q", id, idx.Responses[id], url)
		}
	}
}

// TestRecoverTornFile: a file a killed run left open keeps its whole
// records, loses the torn one and is renamed; verify then passes.
func TestRecoverTornFile(t *testing.T) {
	for _, cut := range []int{0, 1, 100} {
		t.Run(fmt.Sprint(cut), func(t *testing.T) {
			root := t.TempDir()
			w, err := NewWriter(root, "test", time.Now(), 1<<30)
			if err != nil {
				t.Fatal(err)
			}
			for i := range 3 {
				if _, err := w.Write(fmt.Sprintf("http://example.test/%d", i), time.Now(), []byte("GET / HTTP/1.1\r\n\r\n"), []byte("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), "127.0.0.1:80"); err != nil {
					t.Fatal(err)
				}
			}
			open, _ := filepath.Glob(filepath.Join(root, Dir, "*.open"))
			if len(open) != 1 {
				t.Fatalf("open files %v", open)
			}
			whole, _ := os.ReadFile(open[0])
			// The run dies while writing a fourth record: part of a member.
			torn := append(bytes.Clone(whole), whole[:min(cut, len(whole))]...)
			if err := os.WriteFile(open[0], torn, 0o644); err != nil {
				t.Fatal(err)
			}
			if idx := Verify(root); len(idx.Problems) == 0 {
				t.Error("verify passes with a file left open")
			}
			if err := Recover(filepath.Join(root, Dir)); err != nil {
				t.Fatal(err)
			}
			final := strings.TrimSuffix(open[0], ".open")
			got, err := os.ReadFile(final)
			if err != nil {
				t.Fatal(err)
			}
			// A whole copied first member is itself a whole record, kept.
			if !bytes.HasPrefix(got, whole) {
				t.Error("recovered file lost whole records")
			}
			idx := Verify(root)
			if len(idx.Problems) > 0 {
				t.Errorf("after recovery: %v", idx.Problems)
			}
			if len(idx.Responses) != 3 {
				t.Errorf("%d responses after recovery, want 3", len(idx.Responses))
			}
		})
	}
}

func firstDiff(a, b []byte) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return string(a[max(0, i-20):min(len(a), i+20)])
		}
	}
	return "(one is a prefix of the other)"
}

// TestRecordAsGowarc: a request or response record is serialised byte for
// byte as gowarc's record builder and marshaler serialise the same record
// (the writer's way before it wrote records itself), whatever the HTTP
// message looks like.
func TestRecordAsGowarc(t *testing.T) {
	page := strings.Repeat("<p>\xd6\xd0\xce\xc4</p>", 4000)
	date := time.Date(2026, 11, 27, 8, 30, 1, 120000000, time.UTC)
	tests := []struct {
		name, typ, block, ip, concurrentTo string
	}{
		{"request", "request", "GET /show.asp?id=7 HTTP/1.1\r\nHost: a.example\r\nUser-Agent: t\r\n\r\n", "127.0.0.1", ""},
		{"response", "response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 40000\r\n\r\n" + page, "10.0.0.1", "urn:uuid:6b1d7cc4-0000-4000-8000-000000000001"},
		{"chunked response", "response", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "::1", "urn:uuid:6b1d7cc4-0000-4000-8000-000000000002"},
		{"LF line ends", "response", "HTTP/1.0 200 OK\nContent-Type: text/plain\n\nbody\n\nmore", "127.0.0.1", "urn:uuid:6b1d7cc4-0000-4000-8000-000000000003"},
		{"no end of header", "response", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n", "127.0.0.1", "urn:uuid:6b1d7cc4-0000-4000-8000-000000000004"},
		{"no address", "response", "HTTP/1.1 404 Not Found\r\n\r\n", "", ""},
		{"empty body", "response", "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n", "127.0.0.1", "urn:uuid:6b1d7cc4-0000-4000-8000-000000000005"},
	}
	const id, warcinfo = "urn:uuid:0f6e3c52-5e0b-4c8e-9a53-3b2a9f1d7e21", "urn:uuid:9d7f0a10-2f7e-4a4f-8a77-2b7a1c2d3e4f"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			typ := gowarc.Request
			if tt.typ == "response" {
				typ = gowarc.Response
			}
			b := gowarc.NewRecordBuilder(typ,
				gowarc.WithAddMissingDigest(true),
				gowarc.WithDefaultDigestAlgorithm("sha1"),
				gowarc.WithRecordIdFunc(func() (string, error) { return id, nil }),
				gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore))
			b.WriteString(tt.block)
			b.AddWarcHeader(gowarc.WarcTargetURI, "http://a.example/show.asp?id=7")
			b.AddWarcHeaderTime(gowarc.WarcDate, date)
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype="+tt.typ)
			if tt.ip != "" {
				b.AddWarcHeader(gowarc.WarcIPAddress, tt.ip)
			}
			if tt.concurrentTo != "" {
				b.AddWarcHeader(gowarc.WarcConcurrentTo, "<"+tt.concurrentTo+">")
			}
			rec, err := build(b)
			if err != nil {
				t.Fatal(err)
			}
			defer rec.Close()
			rec.WarcHeader().SetId(gowarc.WarcWarcinfoID, warcinfo)
			var theirs bytes.Buffer
			if _, _, err := gowarc.NewMarshaler().Marshal(&theirs, rec, 0); err != nil {
				t.Fatal(err)
			}

			ours := newExchangeRecord(tt.typ, id, "http://a.example/show.asp?id=7", date, tt.ip, tt.concurrentTo, []byte(tt.block))
			ours.setWarcinfo(warcinfo)
			var got bytes.Buffer
			if err := ours.writeTo(&got, new(bytes.Buffer)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), theirs.Bytes()) {
				t.Errorf("%d bytes, gowarc gives %d; first difference near %q\nours:\n%s\ngowarc:\n%s", got.Len(), theirs.Len(),
					firstDiff(got.Bytes(), theirs.Bytes()), head(got.Bytes()), head(theirs.Bytes()))
			}
		})
	}
}

func head(b []byte) []byte {
	if i := bytes.Index(b, []byte("\r\n\r\n")); i >= 0 {
		return b[:i]
	}
	return b
}

// TestRecordingsReused: an exchange's buffers, released once written, go
// to later exchanges — of other sizes, on several connections at once —
// and every exchange still gets exactly its own bytes.
func TestRecordingsReused(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		body := strings.Repeat(r.URL.Query().Get("c"), n)
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		io.WriteString(w, body)
	}))
	defer ts.Close()
	client := &http.Client{Transport: Transport(&http.Transport{MaxIdleConnsPerHost: 4})}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				c, n := string(rune('a'+g)), (i*7919)%20000
				r, err := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/?c=%s&n=%d&i=%d", ts.URL, c, n, i), nil)
				if err != nil {
					t.Error(err)
					return
				}
				r, ex := Start(r)
				res, err := client.Do(r)
				if err != nil {
					t.Error(err)
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				req, resp, _ := ex.Bytes()
				wantReq := fmt.Sprintf("GET /?c=%s&n=%d&i=%d HTTP/1.1\r\n", c, n, i)
				body := resp[bytes.Index(resp, []byte("\r\n\r\n"))+4:]
				if !bytes.HasPrefix(req, []byte(wantReq)) || string(body) != strings.Repeat(c, n) {
					t.Errorf("exchange %s/%d: request %.40q, body of %d bytes (want %d of %q)", c, i, req, len(body), n, c)
				}
				ex.Release()
			}
		}()
	}
	wg.Wait()
}

// TestCompressedPayloadStored: a response whose payload is an image or an
// archive already is stored in its gzip member, not compressed again; a
// page is compressed. The files verify either way.
func TestCompressedPayloadStored(t *testing.T) {
	for _, tt := range []struct {
		name   string
		magic  string
		stored bool
	}{
		{"jpeg", "\xff\xd8\xff\xe0", true},
		{"png", "\x89PNG\r\n\x1a\n", true},
		{"docx", "PK\x03\x04", true},
		{"webp", "RIFF\x00\x10\x00\x00WEBPVP8 ", true},
		{"html", "<html>", false},
		{"riff, not webp", "RIFF\x00\x10\x00\x00WAVEfmt ", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			w, err := NewWriter(root, "test", time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), 1<<30)
			if err != nil {
				t.Fatal(err)
			}
			body := tt.magic + strings.Repeat("\x00", 20000)
			resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
			if _, err := w.Write("http://example.test/f", time.Now(), []byte("GET /f HTTP/1.1\r\nHost: example.test\r\n\r\n"), []byte(resp), "127.0.0.1:80"); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			files, _ := filepath.Glob(filepath.Join(root, Dir, "*.warc.gz"))
			if len(files) != 1 {
				t.Fatalf("files %v", files)
			}
			fi, err := os.Stat(files[0])
			if err != nil {
				t.Fatal(err)
			}
			if stored := fi.Size() > 20000; stored != tt.stored {
				t.Errorf("WARC file of %d bytes for a %d-byte response: stored %v, want %v", fi.Size(), len(resp), stored, tt.stored)
			}
			if idx := Verify(root); len(idx.Problems) > 0 {
				t.Errorf("problems: %v", idx.Problems)
			}
		})
	}
}
