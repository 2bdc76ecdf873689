package replica

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
)

// Server answers like the legacy IIS: paths and parameter names are
// case-insensitive, extra parameters are ignored, a list page past the
// last answers with the last page, an unknown URL gets IIS's 404 page.
// It counts the requests it serves by key.
type Server struct {
	site *Site

	mu   sync.Mutex
	hits map[string]int
	log  []string
}

// NewServer serves site.
func NewServer(site *Site) *Server {
	return &Server{site: site, hits: map[string]int{}}
}

// Hits gives how many times each key was requested.
func (s *Server) Hits() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.hits))
	for k, v := range s.hits {
		out[k] = v
	}
	return out
}

// Requests gives every request's path and query, in order of arrival.
func (s *Server) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.log...)
}

// ResolveKey maps a request to its key in the site.
func (s *Server) ResolveKey(u *url.URL) string {
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
		if last := s.site.ListPages[c]; last > 0 && page > last {
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
	s.mu.Unlock()
	resp, ok := s.site.Responses[key]
	if !ok {
		resp = notFound
	}
	h := w.Header()
	h.Set("Server", "Microsoft-IIS/6.0")
	h.Set("X-Powered-By", "ASP.NET")
	if resp.ContentType != "" {
		h.Set("Content-Type", resp.ContentType)
	}
	h.Set("Content-Length", strconv.Itoa(len(resp.Body)))
	w.WriteHeader(resp.Status)
	w.Write(resp.Body)
}

var notFound = &Response{Status: http.StatusNotFound, ContentType: "text/html", Body: []byte(iis404)}

const iis404 = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<HTML><HEAD><TITLE>The page cannot be found</TITLE>
<META HTTP-EQUIV="Content-Type" Content="text/html; charset=Windows-1252"></HEAD>
<BODY><h1>The page cannot be found</h1>The page you are looking for might have been removed, had its name changed, or is temporarily unavailable.<hr><p>HTTP Error 404 - File or directory not found.<br>Internet Information Services (IIS)</p></BODY></HTML>
`
