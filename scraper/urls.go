package scraper

import (
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// LinkKind says what a URL on the site is.
type LinkKind int

// Kinds of link.
const (
	LinkOther   LinkKind = iota // anything not to crawl
	LinkHome                    // / or index.asp
	LinkList                    // list.asp?classid=N[&page=P]
	LinkArticle                 // show.asp?id=N
	LinkPrint                   // print.asp?id=N: the same article again, never fetched
	LinkCounter                 // count.asp, search.asp, /admin/: never fetched (the profile's never_fetch)
	LinkFile                    // /UploadFile/...: an image or attachment
	LinkOffsite                 // another host
)

// Link is a classified, canonical URL.
type Link struct {
	Kind    LinkKind
	URL     string // canonical absolute URL (lower-case script name, only the parameters that matter)
	ID      string // article id (LinkArticle, LinkPrint)
	ClassID string // column id (LinkList)
	Page    int    // list page number (LinkList), 1 when absent
}

var digits = regexp.MustCompile(`^[0-9]{1,12}$`)

// Classify resolves ref against base and says what it is, by the
// profile's URL scheme. Paths and parameter names are compared without
// case, as IIS does; parameters other than the ones that identify a page
// are dropped.
func (p *Profile) Classify(base *url.URL, ref string) Link {
	ref = strings.TrimSpace(ref)
	key, cacheable := cacheKey(base, ref)
	if cacheable && p.links != nil {
		if l, ok := p.links.get(key); ok {
			return l
		}
	}
	l := p.classify(base, ref)
	if cacheable && p.links != nil && l.Kind != LinkArticle && l.Kind != LinkPrint && l.Kind != LinkFile {
		p.links.put(key, l)
	}
	return l
}

// linkCache remembers what Classify said of the links that every page
// repeats (navigation, breadcrumb, footer, pager): resolving and
// canonicalising one costs 1 to 3 µs, a look-up a tenth of that. Article
// links and files, each on a page or two, are not kept; the cache is
// emptied when full, so it never holds more than linkCacheSize links
// however large the site.
type linkCache struct {
	mu sync.Mutex
	m  map[linkKey]Link
}

const linkCacheSize = 4096

// linkKey is what Classify's answer depends on: the base's scheme, host
// and directory, and the reference.
type linkKey struct{ scheme, host, dir, ref string }

// cacheKey gives the key of (base, ref), or false when the answer depends
// on more of base than the key holds (a reference that is only a query,
// a base with user info, an opaque or escaped path).
func cacheKey(base *url.URL, ref string) (linkKey, bool) {
	if base == nil || base.Opaque != "" || base.User != nil || base.RawPath != "" || strings.HasPrefix(ref, "?") {
		return linkKey{}, false
	}
	dir := base.Path[:strings.LastIndexByte(base.Path, '/')+1]
	return linkKey{base.Scheme, base.Host, dir, ref}, true
}

func (c *linkCache) get(k linkKey) (Link, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.m[k]
	return l, ok
}

func (c *linkCache) put(k linkKey, l Link) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= linkCacheSize {
		c.m = make(map[linkKey]Link)
	}
	c.m[k] = l
}

func (p *Profile) classify(base *url.URL, ref string) Link {
	if ref == "" || strings.HasPrefix(ref, "#") {
		return Link{Kind: LinkOther}
	}
	low := strings.ToLower(ref)
	if strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "mailto:") ||
		strings.HasPrefix(low, "data:") || strings.HasPrefix(low, "tel:") {
		return Link{Kind: LinkOther}
	}
	u, err := base.Parse(ref)
	if err != nil {
		return Link{Kind: LinkOther}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return Link{Kind: LinkOther}
	}
	if !strings.EqualFold(u.Host, base.Host) {
		return Link{Kind: LinkOffsite, URL: u.String()}
	}
	u.Fragment = ""
	dir, file := path.Split(u.Path)
	file = strings.ToLower(file)
	q := lowerQuery(u.RawQuery)
	canon := func(script string, params ...string) string {
		c := url.URL{Scheme: u.Scheme, Host: u.Host, Path: dir + script}
		c.RawQuery = strings.Join(params, "&")
		return c.String()
	}
	art, list := &p.URLs.Article, &p.URLs.List
	switch {
	case file == "" || file == "index.asp" || file == "index.htm" || file == "index.html" || file == "default.asp":
		if u.RawQuery == "" {
			return Link{Kind: LinkHome, URL: canon("")}
		}
	case file == strings.ToLower(art.Script) || p.URLs.Print != "" && file == strings.ToLower(p.URLs.Print):
		id := q.Get(strings.ToLower(art.ID))
		if !digits.MatchString(id) {
			return Link{Kind: LinkOther}
		}
		id = trimZeros(id)
		if file != strings.ToLower(art.Script) {
			return Link{Kind: LinkPrint, ID: id, URL: canon(strings.ToLower(p.URLs.Print), art.ID+"="+id)}
		}
		return Link{Kind: LinkArticle, ID: id, URL: canon(strings.ToLower(art.Script), art.ID+"="+id)}
	case file == strings.ToLower(list.Script):
		cid := q.Get(strings.ToLower(list.Column))
		if !digits.MatchString(cid) {
			return Link{Kind: LinkOther}
		}
		cid = trimZeros(cid)
		page := 1
		if v := q.Get(strings.ToLower(list.Page)); v != "" {
			if n, err := strconv.Atoi(v); err == nil && n > 0 && n < 1_000_000 {
				page = n
			}
		}
		params := []string{list.Column + "=" + cid}
		if page > 1 {
			params = append(params, list.Page+"="+strconv.Itoa(page))
		}
		return Link{Kind: LinkList, ClassID: cid, Page: page, URL: canon(strings.ToLower(list.Script), params...)}
	}
	if p.NeverFetch(u.String()) {
		return Link{Kind: LinkCounter, URL: u.String()}
	}
	if p.URLs.Files != "" && strings.Contains(strings.ToLower(u.Path), strings.ToLower(p.URLs.Files)) {
		return Link{Kind: LinkFile, URL: u.String()}
	}
	return Link{Kind: LinkOther, URL: u.String()}
}

// ListURL is the URL of page n of column classid, next to base.
func (p *Profile) ListURL(base *url.URL, classid string, n int) string {
	ref := p.URLs.List.Script + "?" + p.URLs.List.Column + "=" + classid
	if n > 1 {
		ref += "&" + p.URLs.List.Page + "=" + strconv.Itoa(n)
	}
	return p.Classify(base, ref).URL
}

func trimZeros(s string) string {
	t := strings.TrimLeft(s, "0")
	if t == "" {
		return "0"
	}
	return t
}

// lowerQuery parses a query string with lower-cased keys; the first value
// of a repeated key wins.
func lowerQuery(raw string) url.Values {
	v := url.Values{}
	for _, kv := range strings.Split(raw, "&") {
		k, val, _ := strings.Cut(kv, "=")
		k, err := url.QueryUnescape(k)
		if err != nil {
			continue
		}
		val, err = url.QueryUnescape(val)
		if err != nil {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		if k != "" && v.Get(k) == "" {
			v.Set(k, strings.TrimSpace(val))
		}
	}
	return v
}
