package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"strings"
	"testing"

	iawarc "github.com/internetarchive/gowarc"
)

// chunked sends every response with Transfer-Encoding: chunked, as a
// server that streams its pages does (and as Go's own server does for a
// page over 2 KB without a Content-Length).
type chunked struct{ http.ResponseWriter }

func (w chunked) WriteHeader(code int) {
	w.Header().Del("Content-Length")
	w.ResponseWriter.WriteHeader(code)
	w.ResponseWriter.(http.Flusher).Flush()
}

// TestCrawlChunkedServer: a server that sends chunked responses gives the
// same archive; the WARC keeps the response as it came on the wire
// (chunked), its digests hold, and its de-chunked payload is the page.
func TestCrawlChunkedServer(t *testing.T) {
	site, srv, _ := loadReplica(t)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		srv.ServeHTTP(chunked{w}, r)
	}))
	t.Cleanup(ts.Close)
	out := t.TempDir()
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	checkGolden(t, site, out, ts.URL+"/")
	var stdout bytes.Buffer
	if code := run(context.Background(), []string{"verify", out}, &stdout, &bytes.Buffer{}); code != 0 {
		t.Fatalf("verify: exit %d\n%s", code, stdout.String())
	}

	seen := 0
	eachWARCRecord(t, out, func(h iawarc.Header, content []byte) {
		uri := h.Get("WARC-Target-URI")
		if h.Get("WARC-Type") != "response" || !strings.Contains(uri, "/show.asp") {
			return
		}
		if got, want := "sha1:"+sha1b32(content), h.Get("WARC-Block-Digest"); !strings.EqualFold(got, want) {
			t.Errorf("%s: block digest %s, header says %s", uri, got, want)
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(content)), nil)
		if err != nil {
			t.Fatalf("%s: %v", uri, err)
		}
		if len(resp.TransferEncoding) != 1 || resp.TransferEncoding[0] != "chunked" {
			t.Fatalf("%s: transfer encoding %v, want the chunked response as sent", uri, resp.TransferEncoding)
		}
		raw := content[bytes.Index(content, []byte("\r\n\r\n"))+4:]
		body, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(raw)))
		if err != nil {
			t.Fatalf("%s: chunked payload: %v", uri, err)
		}
		if want := site.Responses[strings.TrimPrefix(uri, ts.URL)]; want != nil && !bytes.Equal(body, want.Body) {
			t.Errorf("%s: de-chunked WARC payload differs from the page", uri)
		}
		seen++
	})
	if seen < 150 {
		t.Errorf("%d article responses in the WARC files", seen)
	}
}
