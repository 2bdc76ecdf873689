package scraper

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/capture"
)

// ErrTooLarge reports a body over the size bound; it is never cut silently.
var ErrTooLarge = errors.New("body larger than the size bound")

// ErrTruncated reports a body shorter than its Content-Length.
var ErrTruncated = errors.New("body shorter than its Content-Length")

// transport is the one owner of raw bytes: it spaces requests politely,
// reads each body whole (bounded, checked against Content-Length), retries
// what may succeed later, and moves the charset out of Content-Type so that
// colly hands the bytes on untouched (the scraper decodes them itself).
type transport struct {
	next       http.RoundTripper
	delay      time.Duration
	maxBody    int64
	attempts   int
	backoff    time.Duration
	maxBackoff time.Duration

	mu       sync.Mutex
	nextSlot time.Time

	requests atomic.Int64 // HTTP requests sent, retries included
	onRetry  func(req *http.Request, attempt int, err error)

	warc *capture.Writer // every whole exchange goes to WARC when set

	bodies sync.Pool // *bytes.Buffer: a body is read into one, given back when its reader closes
}

// OrigContentType is the header where the transport keeps the server's
// Content-Type, charset included.
const OrigContentType = "X-Sitearchive-Content-Type"

// AttemptsHeader tells how many attempts a response took.
const AttemptsHeader = "X-Sitearchive-Attempts"

// WARCHeader names the WARC file and response record of a response:
// "warc/<file> <urn:uuid:...>".
const WARCHeader = "X-Sitearchive-Warc"

// FetchedHeader tells when a response was fetched (RFC 3339): its WARC
// record's date, so that a record re-extracted from the WARC files says
// the same.
const FetchedHeader = "X-Sitearchive-Fetched"

// replayTransport answers from an archive's WARC files (Config.Replay).
type replayTransport struct{ r *capture.Replay }

func (t replayTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, ref, date, err := t.r.Response(req)
	if err != nil {
		return nil, err
	}
	resp.Header.Set(WARCHeader, ref.File+" "+ref.RecordID)
	if !date.IsZero() {
		resp.Header.Set(FetchedHeader, date.UTC().Format(time.RFC3339))
	}
	return resp, nil
}

// wait blocks until the request may go: requests start at least delay
// apart across all workers.
func (t *transport) wait(ctx context.Context) error {
	if t.delay <= 0 {
		return ctx.Err()
	}
	t.mu.Lock()
	now := time.Now()
	slot := t.nextSlot
	if slot.Before(now) {
		slot = now
	}
	t.nextSlot = slot.Add(t.delay)
	t.mu.Unlock()
	d := time.Until(slot)
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// RoundTrip implements http.RoundTripper.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	var lastErr error
	for attempt := 1; ; attempt++ {
		if err := t.wait(ctx); err != nil {
			return nil, err
		}
		t.requests.Add(1)
		resp, err := t.once(req)
		if err == nil {
			resp.Header.Set(AttemptsHeader, strconv.Itoa(attempt))
			if !retryableStatus(resp.StatusCode) {
				return resp, nil
			}
			err = fmt.Errorf("http %d", resp.StatusCode)
		}
		lastErr = err
		if !retryable(err) || attempt >= t.attempts || ctx.Err() != nil {
			if resp != nil && retryableStatus(resp.StatusCode) {
				// Hand back the last answer: the caller reports it.
				return resp, nil
			}
			return nil, &AttemptsError{Attempts: attempt, Err: lastErr}
		}
		pause := t.pause(attempt, resp)
		if t.onRetry != nil {
			t.onRetry(req, attempt, lastErr)
		}
		timer := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil, &AttemptsError{Attempts: attempt, Err: ctx.Err()}
		case <-timer.C:
		}
	}
}

// AttemptsError is a failure after some attempts.
type AttemptsError struct {
	Attempts int
	Err      error
}

func (e *AttemptsError) Error() string {
	if e.Attempts <= 1 {
		return e.Err.Error()
	}
	return fmt.Sprintf("%v (after %d attempts)", e.Err, e.Attempts)
}

func (e *AttemptsError) Unwrap() error { return e.Err }

// once sends the request, reads its body whole and writes the exchange
// to WARC.
func (t *transport) once(req *http.Request) (*http.Response, error) {
	var ex *capture.Exchange
	if t.warc != nil {
		req, ex = capture.Start(req)
		// An exchange that failed is not archived; one archived is written
		// by now.
		defer ex.Release()
	}
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	limit := t.maxBody
	if v, ok := req.Context().Value(maxBodyKey{}).(int64); ok && v > 0 {
		limit = v
	}
	if limit <= 0 {
		limit = 1 << 62
	}
	buf, _ := t.bodies.Get().(*bytes.Buffer)
	if buf == nil {
		buf = new(bytes.Buffer)
	}
	buf.Reset()
	body, err := readBody(buf, resp, limit)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: %v", ErrTruncated, err)
		}
		return nil, err
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, limit)
	}
	if resp.ContentLength >= 0 && int64(len(body)) < resp.ContentLength {
		return nil, fmt.Errorf("%w: got %d of %d bytes", ErrTruncated, len(body), resp.ContentLength)
	}
	if ex != nil {
		sent, received, remote := ex.Bytes()
		date := ex.Date
		if len(received) > 0 {
			ref, err := t.warc.Write(req.URL.String(), date, sent, received, remote)
			if err != nil {
				return nil, err
			}
			resp.Header.Set(WARCHeader, ref.File+" "+ref.RecordID)
			resp.Header.Set(FetchedHeader, date.UTC().Format(time.RFC3339))
		}
	}
	ct := resp.Header.Get("Content-Type")
	resp.Header.Set(OrigContentType, ct)
	if i := strings.IndexByte(ct, ';'); i >= 0 && !strings.HasPrefix(req.URL.Path, "/robots.txt") {
		resp.Header.Set("Content-Type", strings.TrimSpace(ct[:i]))
	}
	// Whoever reads the body (colly, the asset fetcher) copies it and
	// closes it: the buffer then serves the next response.
	resp.Body = &pooledBody{Reader: bytes.NewReader(body), buf: buf, pool: &t.bodies}
	resp.ContentLength = int64(len(body))
	resp.Header.Del("Content-Encoding")
	resp.Uncompressed = true
	return resp, nil
}

// pooledBody is a body read whole; closing it gives its buffer back.
type pooledBody struct {
	*bytes.Reader
	buf  *bytes.Buffer
	pool *sync.Pool
}

// keepBodyBelow is the largest body buffer kept for another response: a
// rare large page is not held for every later one.
const keepBodyBelow = 1 << 20

func (b *pooledBody) Close() error {
	if b.buf != nil && b.buf.Cap() <= keepBodyBelow {
		b.Reader.Reset(nil)
		b.pool.Put(b.buf)
	}
	b.buf = nil
	return nil
}

// readBody reads at most limit+1 bytes of the body into buf, in one
// allocation when the server announced a length (up to 4 MB: a length is a
// claim, and a server announcing 100 MB and sending nothing costs no
// memory).
func readBody(buf *bytes.Buffer, resp *http.Response, limit int64) ([]byte, error) {
	if cl := resp.ContentLength; cl > 0 && cl <= limit {
		buf.Grow(int(min(cl, 4<<20)) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(resp.Body, limit+1))
	return buf.Bytes(), err
}

func retryableStatus(code int) bool {
	return code == http.StatusTooManyRequests || code >= 500
}

func retryable(err error) bool {
	if errors.Is(err, ErrTooLarge) || errors.Is(err, context.Canceled) || errors.Is(err, capture.ErrNotArchived) ||
		archive.LocalFault(err) { // the disk, not the site: a retry cannot help
		return false
	}
	return true // timeouts, resets, truncated bodies, 5xx, 429
}

// pause is exponential backoff with full jitter, or what Retry-After asks
// (within maxBackoff).
func (t *transport) pause(attempt int, resp *http.Response) time.Duration {
	if resp != nil {
		if ra := resp.Header.Get("Retry-After"); ra != "" {
			if secs, err := strconv.Atoi(strings.TrimSpace(ra)); err == nil && secs >= 0 {
				return min(time.Duration(secs)*time.Second, t.maxBackoff)
			}
			if when, err := http.ParseTime(ra); err == nil {
				return min(max(time.Until(when), 0), t.maxBackoff)
			}
		}
	}
	d := t.backoff << (attempt - 1)
	if d > t.maxBackoff || d <= 0 {
		d = t.maxBackoff
	}
	return d/2 + rand.N(d/2+1)
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// cancelBody cancels a per-attempt context once the body is closed.
type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}
