package capture

import (
	"bytes"
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"net/http/httptrace"
	"sync"
	"time"
)

// conn records what is written and read into the recording of the
// exchange that uses it. A keep-alive connection goes back to the pool as
// soon as a response body is read; the next exchange then starts a new
// recording, and the previous one keeps its bytes.
type conn struct {
	net.Conn
	recordings *sync.Pool // *recording, shared by the transport's connections

	mu  sync.Mutex
	cur *recording // written only under mu: once end has cleared it, nothing writes to it
}

// recording is the bytes of one exchange.
type recording struct {
	w, r bytes.Buffer
}

// keepBelow is the largest recording kept for another exchange: a rare
// large page is not held for every later one.
const keepBelow = 1 << 20

func (c *conn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.mu.Lock()
	if c.cur != nil {
		c.cur.w.Write(p[:n])
	}
	c.mu.Unlock()
	return n, err
}

func (c *conn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.mu.Lock()
		if c.cur != nil {
			c.cur.r.Write(p[:n])
		}
		c.mu.Unlock()
	}
	return n, err
}

func (c *conn) begin() *recording {
	rec := c.recordings.Get().(*recording)
	rec.w.Reset()
	rec.r.Reset()
	c.mu.Lock()
	c.cur = rec
	c.mu.Unlock()
	return rec
}

func (c *conn) end(rec *recording) {
	c.mu.Lock()
	if c.cur == rec {
		c.cur = nil
	}
	c.mu.Unlock()
}

// Transport makes t capture its exchanges: its connections are wrapped
// (after TLS, so that the HTTP bytes are recorded) and HTTP/2 is off, so
// that what is recorded is HTTP/1.1 as WARC readers expect.
func Transport(t *http.Transport) *http.Transport {
	recordings := &sync.Pool{New: func() any { return new(recording) }}
	dial := t.DialContext
	if dial == nil {
		dial = (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	}
	t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &conn{Conn: c, recordings: recordings}, nil
	}
	tlsConfig := t.TLSClientConfig
	t.DialTLSContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		raw, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		cfg := &tls.Config{}
		if tlsConfig != nil {
			cfg = tlsConfig.Clone()
		}
		if cfg.ServerName == "" {
			host, _, _ := net.SplitHostPort(addr)
			cfg.ServerName = host
		}
		tc := tls.Client(raw, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, err
		}
		return &conn{Conn: tc, recordings: recordings}, nil
	}
	t.ForceAttemptHTTP2 = false
	t.TLSNextProto = map[string]func(string, *tls.Conn) http.RoundTripper{}
	return t
}

// Exchange is one request and its response as they crossed the wire.
type Exchange struct {
	mu     sync.Mutex
	conn   *conn
	rec    *recording
	ended  *recording // what Bytes gave, until Release
	pool   *sync.Pool
	remote string
	Date   time.Time
}

// Start prepares req so that its exchange is captured.
func Start(req *http.Request) (*http.Request, *Exchange) {
	ex := &Exchange{Date: time.Now().UTC()}
	trace := &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) {
		if c, ok := info.Conn.(*conn); ok {
			rec := c.begin()
			ex.mu.Lock()
			ex.conn, ex.rec, ex.pool = c, rec, c.recordings
			ex.remote = c.RemoteAddr().String()
			ex.mu.Unlock()
		}
	}}
	return req.WithContext(httptrace.WithClientTrace(req.Context(), trace)), ex
}

// Bytes ends the exchange (call it once the response is read whole) and
// gives the bytes sent and received, and the server's address. The bytes
// are the exchange's until Release.
func (e *Exchange) Bytes() (request, response []byte, remote string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	c, rec := e.conn, e.rec
	remote = e.remote
	e.conn, e.rec = nil, nil
	if c == nil {
		return nil, nil, remote
	}
	// Once the connection no longer records into rec, nothing writes to
	// its buffers: their bytes are handed over as they are.
	c.end(rec)
	e.ended = rec
	return rec.w.Bytes(), rec.r.Bytes(), remote
}

// Release ends the exchange if Bytes has not, and gives its buffers back
// for another exchange: what Bytes gave is not to be used after it.
func (e *Exchange) Release() {
	e.Bytes()
	e.mu.Lock()
	rec, pool := e.ended, e.pool
	e.ended = nil
	e.mu.Unlock()
	if rec != nil && rec.w.Cap()+rec.r.Cap() <= keepBelow {
		pool.Put(rec)
	}
}
