package capture

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReplay: the answer to each URL is the last one its WARC files hold,
// unless that one is a server error and an earlier one is not; bodies
// come de-chunked and decompressed; the host does not matter; a URL the
// files do not hold is ErrNotArchived. The files may rotate.
func TestReplay(t *testing.T) {
	root := t.TempDir()
	w, err := NewWriter(root, "test", time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), 2<<10)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	io.WriteString(zw, "压缩的页面")
	zw.Close()
	plain := func(status, body string) string {
		return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", status, len(body), body)
	}
	date := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	exchanges := []struct{ url, resp string }{
		{"http://site.test/show.asp?id=1", plain("500 Internal Server Error", "oops")},
		{"http://site.test/show.asp?id=1", plain("200 OK", "第一篇")},
		{"http://site.test/show.asp?id=2", plain("200 OK", "第二篇 old")},
		{"http://site.test/show.asp?id=2", plain("200 OK", "第二篇 new")},
		{"http://site.test/show.asp?id=3", plain("200 OK", "第三篇")},
		{"http://site.test/show.asp?id=3", plain("503 Service Unavailable", "busy")},
		{"http://site.test/show.asp?id=4", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n分块\r\n3\r\n的\r\n0\r\n\r\n"},
		{"http://site.test/show.asp?id=5", fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s", gz.Len(), gz.String())},
		{"http://site.test/show.asp?id=6", plain("404 Not Found", "gone")},
		{"http://site.test/show.asp?id=7", plain("500 Internal Server Error", "always failing")},
	}
	refs := map[string]Ref{}
	for i, ex := range exchanges {
		ref, err := w.Write(ex.url, date.Add(time.Duration(i)*time.Minute), []byte("GET / HTTP/1.1\r\n\r\n"), []byte(ex.resp), "")
		if err != nil {
			t.Fatal(err)
		}
		refs[fmt.Sprint(i)] = ref
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := OpenReplay(root)
	if err != nil {
		t.Fatal(err)
	}
	if r.Len() != 7 {
		t.Errorf("%d URLs, want 7", r.Len())
	}
	tests := []struct {
		url    string
		status int
		body   string
		from   int // index of the exchange answered
	}{
		{"http://other.test:8080/show.asp?id=1", 200, "第一篇", 1},
		{"http://site.test/show.asp?id=2", 200, "第二篇 new", 3},
		{"http://site.test/show.asp?id=3", 200, "第三篇", 4},
		{"http://site.test/show.asp?id=4", 200, "分块的", 6},
		{"http://site.test/show.asp?id=5", 200, "压缩的页面", 7},
		{"http://site.test/show.asp?id=6", 404, "gone", 8},
		{"http://site.test/show.asp?id=7", 500, "always failing", 9},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(http.MethodGet, tt.url, nil)
		resp, ref, fetched, err := r.Response(req)
		if err != nil {
			t.Errorf("%s: %v", tt.url, err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != tt.status || string(body) != tt.body || resp.ContentLength != int64(len(body)) {
			t.Errorf("%s: %d %q (length %d), want %d %q", tt.url, resp.StatusCode, body, resp.ContentLength, tt.status, tt.body)
		}
		if want := refs[fmt.Sprint(tt.from)]; ref != want {
			t.Errorf("%s: record %v, want %v", tt.url, ref, want)
		}
		if want := date.Add(time.Duration(tt.from) * time.Minute); !fetched.Equal(want) {
			t.Errorf("%s: fetched %v, want %v", tt.url, fetched, want)
		}
		if resp.Header.Get("Content-Encoding") != "" || resp.TransferEncoding != nil {
			t.Errorf("%s: still encoded: %v %v", tt.url, resp.Header, resp.TransferEncoding)
		}
	}
	req, _ := http.NewRequest(http.MethodGet, "http://site.test/show.asp?id=99", nil)
	if _, _, _, err := r.Response(req); !errors.Is(err, ErrNotArchived) {
		t.Errorf("a URL the files do not hold: %v, want ErrNotArchived", err)
	}
	if _, err := OpenReplay(t.TempDir()); err == nil {
		t.Error("a directory without WARC files opened")
	}
	// A file a killed crawl left open is that crawl's to finish.
	if err := os.WriteFile(filepath.Join(root, Dir, "x.warc.gz.open"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReplay(root); err == nil || !strings.Contains(err.Error(), "left open") {
		t.Errorf("an archive with a WARC file left open: %v", err)
	}
}
