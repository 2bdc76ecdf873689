package replica

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"maps"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Server answers like the legacy IIS: paths and parameter names are
// case-insensitive, extra parameters are ignored, a list page past the
// last answers with the last page, an unknown URL gets IIS's 404 page.
// It counts the requests it serves by key.
type Server struct {
	site   *Site
	faults Faults

	mu   sync.Mutex
	hits map[string]int
	full map[string]int // 200 responses with a body, by key
	log  []string
}

// Faults makes a share of URLs fail their first requests the ways a
// failing server does: 500, 503 with Retry-After, a reset connection, a
// body cut short of its Content-Length, a response slower than a client's
// timeout.
type Faults struct {
	Share      float64       // share of keys that fail, 0 to 1
	Failures   int           // how many first requests of such a key fail
	Seed       uint64        // which keys fail
	SlowDelay  time.Duration // how slow a slow response is
	RetryAfter string        // Retry-After of a 503, "1" when empty
}

// SetSite replaces the site served (the same site some time later).
func (s *Server) SetSite(site *Site) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.site = site
}

// SetFaults turns the fault mode on (a zero Faults turns it off).
func (s *Server) SetFaults(f Faults) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = f
}

func (f Faults) pick(key string, n int) (string, bool) {
	if f.Share <= 0 || n > f.Failures {
		return "", false
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%d|%s", f.Seed, key)
	v := h.Sum64()
	if float64(v%10000) >= f.Share*10000 {
		return "", false
	}
	kinds := []string{"500", "503", "reset", "truncate", "slow"}
	return kinds[(v/10000+uint64(n))%uint64(len(kinds))], true
}

func (s *Server) fail(w http.ResponseWriter, kind string, resp *Response) {
	switch kind {
	case "500":
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
	case "503":
		ra := s.faults.RetryAfter
		if ra == "" {
			ra = "1"
		}
		w.Header().Set("Retry-After", ra)
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
	case "reset":
		if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
			if tc, ok := conn.(*net.TCPConn); ok {
				tc.SetLinger(0) // RST, not FIN
			}
			conn.Close()
		}
	case "truncate":
		if conn, buf, err := w.(http.Hijacker).Hijack(); err == nil {
			fmt.Fprintf(buf, "HTTP/1.1 %d OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", resp.Status, resp.ContentType, len(resp.Body))
			buf.Write(resp.Body[:len(resp.Body)/2])
			buf.Flush()
			conn.Close()
		}
	}
}

// NewServer serves site.
func NewServer(site *Site) *Server {
	return &Server{site: site, hits: map[string]int{}, full: map[string]int{}}
}

// Hits gives how many times each key was requested.
func (s *Server) Hits() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.hits)
}

// Downloads gives how many times each key was sent whole (200 with its
// body; a 304 is not a download).
func (s *Server) Downloads() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.full)
}

// Requests gives every request's path and query, in order of arrival.
func (s *Server) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.log...)
}

// ResolveKey maps a request to its key in the site.
func (s *Server) ResolveKey(u *url.URL) string {
	s.mu.Lock()
	site := s.site
	s.mu.Unlock()
	if site.Scheme != "" {
		if staticPastLast(site, u) {
			return Key("/not-in-this-scheme")
		}
		u = modelURL(site.Scheme, u)
	}
	p := strings.ToLower(u.Path)
	q := url.Values{}
	for k, v := range u.Query() {
		q[strings.ToLower(k)] = v
	}
	num := func(name string) (int, bool) {
		n, err := strconv.Atoi(q.Get(name))
		return n, err == nil
	}
	switch p {
	case "/", "/index.asp", "/default.asp":
		return Key("/index.asp")
	case "/show.asp", "/print.asp", "/count.asp":
		if id, ok := num("id"); ok {
			return Key(p, "id="+strconv.Itoa(id))
		}
	case "/list.asp":
		cid, ok := num("classid")
		if !ok {
			break
		}
		c := strconv.Itoa(cid)
		page, ok := num("page")
		if !ok || page < 1 {
			page = 1
		}
		if last := site.ListPages[c]; last > 0 && page > last {
			page = last
		}
		if page == 1 {
			return Key(p, "classid="+c)
		}
		return Key(p, "classid="+c, "page="+strconv.Itoa(page))
	}
	return Key(p)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := s.ResolveKey(r.URL)
	s.mu.Lock()
	s.hits[key]++
	s.log = append(s.log, r.URL.RequestURI())
	n := s.hits[key]
	faults := s.faults
	site := s.site
	s.mu.Unlock()
	resp, ok := site.Responses[key]
	if !ok {
		resp = notFound
	}
	if kind, bad := faults.pick(key, n); bad {
		if kind != "slow" {
			s.fail(w, kind, resp)
			return
		}
		select {
		case <-time.After(faults.SlowDelay):
		case <-r.Context().Done():
			return
		}
	}
	h := w.Header()
	if resp.Location != "" {
		h.Set("Location", resp.Location)
	}
	if strings.HasPrefix(key, "/uploadfile/") && resp.Status == http.StatusOK {
		// A static file: IIS sends ETag and Last-Modified and answers
		// conditional requests with 304.
		sum := sha1.Sum(resp.Body)
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		h.Set("ETag", etag)
		h.Set("Last-Modified", staticModified)
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-None-Match") == "" && r.Header.Get("If-Modified-Since") == staticModified {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	if resp.Status == http.StatusOK {
		s.mu.Lock()
		s.full[key]++
		s.mu.Unlock()
	}
	h.Set("Server", "Microsoft-IIS/6.0")
	h.Set("X-Powered-By", "ASP.NET")
	if resp.ContentType != "" {
		h.Set("Content-Type", resp.ContentType)
	}
	h.Set("Content-Length", strconv.Itoa(len(resp.Body)))
	w.WriteHeader(resp.Status)
	w.Write(resp.Body)
}

const staticModified = "Tue, 20 Mar 2012 08:00:00 GMT"

var notFound = &Response{Status: http.StatusNotFound, ContentType: "text/html", Body: []byte(iis404)}

const iis404 = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<HTML><HEAD><TITLE>The page cannot be found</TITLE>
<META HTTP-EQUIV="Content-Type" Content="text/html; charset=Windows-1252"></HEAD>
<BODY><h1>The page cannot be found</h1>The page you are looking for might have been removed, had its name changed, or is temporarily unavailable.<hr><p>HTTP Error 404 - File or directory not found.<br>Internet Information Services (IIS)</p></BODY></HTML>
`
