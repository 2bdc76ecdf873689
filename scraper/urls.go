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
	if (file == "" || file == "index.asp" || file == "index.htm" || file == "index.html" || file == "default.asp") &&
		u.RawQuery == "" && !p.lists0Matches(u.Path) {
		return Link{Kind: LinkHome, URL: u.Scheme + "://" + u.Host + dir}
	}
	q := lowerQuery(u.RawQuery)
	canon := func(rendered string) string { return u.Scheme + "://" + u.Host + rendered }
	if dir, v, stars, ok := p.article.match(u.Path, q); ok {
		id := trimZeros(v["id"])
		return Link{Kind: LinkArticle, ID: id, URL: canon(p.article.render(dir, map[string]string{"id": id}, stars))}
	}
	for _, pp := range p.prints {
		if dir, v, stars, ok := pp.match(u.Path, q); ok {
			id := trimZeros(v["id"])
			return Link{Kind: LinkPrint, ID: id, URL: canon(pp.render(dir, map[string]string{"id": id}, stars))}
		}
	}
	for _, lp := range p.lists {
		if dir, v, stars, ok := lp.match(u.Path, q); ok {
			cid := v["column"]
			if digits.MatchString(cid) {
				cid = trimZeros(cid)
			}
			page := pageNumber(v["page"])
			return Link{Kind: LinkList, ClassID: cid, Page: page, URL: canon(p.listPattern(page).render(dir,
				map[string]string{"column": cid, "page": strconv.Itoa(page)}, stars))}
		}
	}
	if p.NeverFetch(u.String()) {
		return Link{Kind: LinkCounter, URL: u.String()}
	}
	if p.URLs.Files != "" && strings.Contains(strings.ToLower(u.Path), strings.ToLower(p.URLs.Files)) {
		return Link{Kind: LinkFile, URL: u.String()}
	}
	return Link{Kind: LinkOther, URL: u.String()}
}

// lists0Matches says whether a list pattern matches an index page's path
// (a static scheme whose column pages are /news/index.html).
func (p *Profile) lists0Matches(upath string) bool {
	for _, lp := range p.lists {
		if _, _, _, ok := lp.match(upath, url.Values{}); ok {
			return true
		}
	}
	return false
}

// listPattern is the list pattern that writes page n: for page 1 one
// without a {page} in its path (list_5.html rather than list_5_1.html),
// for the others one with {page}.
func (p *Profile) listPattern(n int) *URLPattern {
	for _, lp := range p.lists {
		inPath := false
		for _, name := range lp.names {
			inPath = inPath || name == "page"
		}
		if (n == 1) != inPath && (n == 1 || lp.Has("page")) {
			return lp
		}
	}
	for _, lp := range p.lists {
		if n == 1 || lp.Has("page") {
			return lp
		}
	}
	return p.lists[0]
}

// ListURL is the URL of page n of column classid, in the directory of
// base (a page of that column, or a link to it).
func (p *Profile) ListURL(base *url.URL, classid string, n int) string {
	dir := base.Path[:strings.LastIndexByte(base.Path, '/')+1]
	if dir == "" {
		dir = "/"
	}
	rendered := p.listPattern(n).render(dir, map[string]string{"column": classid, "page": strconv.Itoa(n)}, nil)
	return p.Classify(base, base.Scheme+"://"+base.Host+rendered).URL
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
