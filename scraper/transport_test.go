package scraper

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func newTestTransport(attempts int) *transport {
	return &transport{next: http.DefaultTransport.(*http.Transport).Clone(), attempts: attempts,
		backoff: time.Millisecond, maxBackoff: 5 * time.Millisecond, maxBody: 1 << 20}
}

// flaky answers with fail(w, r) for the first n requests, then "ok".
func flaky(n int32, fail func(http.ResponseWriter, *http.Request)) (*httptest.Server, *atomic.Int32) {
	var count atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if count.Add(1) <= n {
			fail(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=gb2312")
		io.WriteString(w, "ok")
	}))
	return ts, &count
}

func hijackClose(w http.ResponseWriter, _ *http.Request) {
	conn, _, _ := w.(http.Hijacker).Hijack()
	conn.Close()
}

func truncated(w http.ResponseWriter, _ *http.Request) {
	conn, buf, _ := w.(http.Hijacker).Hijack()
	buf.WriteString("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: text/html\r\n\r\nshort")
	buf.Flush()
	conn.Close()
}

func TestTransportRetries(t *testing.T) {
	tests := []struct {
		name     string
		fail     func(http.ResponseWriter, *http.Request)
		failures int32
		attempts int
		wantErr  error
		status   int
		requests int32
	}{
		{"503 with Retry-After", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(503)
		}, 2, 4, nil, 200, 3},
		{"500", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(500) }, 1, 4, nil, 200, 2},
		{"429", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(429) }, 1, 4, nil, 200, 2},
		{"connection reset", hijackClose, 2, 4, nil, 200, 3},
		{"truncated body", truncated, 2, 4, nil, 200, 3},
		{"truncated body every time", truncated, 10, 3, ErrTruncated, 0, 3},
		{"500 every time", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(500) }, 10, 3, nil, 500, 3},
		{"404 is an answer", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(404) }, 10, 4, nil, 404, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, count := flaky(tt.failures, tt.fail)
			defer ts.Close()
			tr := newTestTransport(tt.attempts)
			req, _ := http.NewRequest("GET", ts.URL+"/show.asp?id=1", nil)
			resp, err := tr.RoundTrip(req)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				var ae *AttemptsError
				if !errors.As(err, &ae) || ae.Attempts != tt.attempts {
					t.Errorf("attempts not reported: %v", err)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				if resp.StatusCode != tt.status {
					t.Errorf("status %d, want %d", resp.StatusCode, tt.status)
				}
			}
			if got := count.Load(); got != tt.requests {
				t.Errorf("%d requests, want %d", got, tt.requests)
			}
		})
	}
}

func TestTransportKeepsCharsetAside(t *testing.T) {
	ts, _ := flaky(0, nil)
	defer ts.Close()
	req, _ := http.NewRequest("GET", ts.URL+"/show.asp?id=1", nil)
	resp, err := newTestTransport(1).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	if got := resp.Header.Get("Content-Type"); got != "text/html" {
		t.Errorf("Content-Type %q: colly would convert the body", got)
	}
	if got := resp.Header.Get(OrigContentType); got != "text/html; charset=gb2312" {
		t.Errorf("original Content-Type %q", got)
	}
}

func TestTransportBoundsBody(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, strings.Repeat("x", 5000))
	}))
	defer ts.Close()
	tr := newTestTransport(3)
	tr.maxBody = 4096
	req, _ := http.NewRequest("GET", ts.URL, nil)
	_, err := tr.RoundTrip(req)
	var ae *AttemptsError
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &ae) || ae.Attempts != 1 {
		t.Fatalf("err = %v: an oversized body must fail at once, not be cut", err)
	}
}

func TestTransportSpacesRequests(t *testing.T) {
	ts, _ := flaky(0, nil)
	defer ts.Close()
	tr := newTestTransport(1)
	tr.delay = 40 * time.Millisecond
	start := time.Now()
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequest("GET", ts.URL, nil)
		if _, err := tr.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
	}
	if el := time.Since(start); el < 80*time.Millisecond {
		t.Errorf("3 requests took %v; with a 40ms delay they need at least 80ms", el)
	}
}
