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
	mu  sync.Mutex
	cur *recording
}

// recording is the bytes of one exchange.
type recording struct {
	mu   sync.Mutex
	w, r bytes.Buffer
}

func (c *conn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.mu.Lock()
	rec := c.cur
	c.mu.Unlock()
	if rec != nil {
		rec.mu.Lock()
		rec.w.Write(p[:n])
		rec.mu.Unlock()
	}
	return n, err
}

func (c *conn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.mu.Lock()
	rec := c.cur
	c.mu.Unlock()
	if rec != nil && n > 0 {
		rec.mu.Lock()
		rec.r.Write(p[:n])
		rec.mu.Unlock()
	}
	return n, err
}

func (c *conn) begin() *recording {
	rec := &recording{}
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
	dial := t.DialContext
	if dial == nil {
		dial = (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	}
	t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &conn{Conn: c}, nil
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
		return &conn{Conn: tc}, nil
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
			ex.conn, ex.rec = c, rec
			ex.remote = c.RemoteAddr().String()
			ex.mu.Unlock()
		}
	}}
	return req.WithContext(httptrace.WithClientTrace(req.Context(), trace)), ex
}

// Bytes ends the exchange (call it once the response is read whole) and
// gives the bytes sent and received, and the server's address.
func (e *Exchange) Bytes() (request, response []byte, remote string) {
	e.mu.Lock()
	c, rec := e.conn, e.rec
	remote = e.remote
	e.conn, e.rec = nil, nil
	e.mu.Unlock()
	if c == nil {
		return nil, nil, remote
	}
	c.end(rec)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	// The recording is over: nothing writes to its buffers any more, so
	// their bytes are handed over as they are.
	return rec.w.Bytes(), rec.r.Bytes(), remote
}
