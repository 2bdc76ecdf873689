package learn

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
	"golang.org/x/net/html"
)

// The article template is learned from the sampled pages by what differs
// between them (content) and what is the same on all (chrome): on each
// page the element holding the title the list gave, the metadata line,
// the body and the breadcrumb are found; then for each, the CSS selector
// whose first match is that element on the most pages.

var (
	crumbSep  = regexp.MustCompile(`[>›»＞→]|位置|当前|首页\s*[-/|]`)
	hasDigits = regexp.MustCompile(`[0-9]`)
)

// anchors are a page's template elements (nil where not found).
type anchors struct {
	doc                      *goquery.Document
	title, meta, body, crumb *html.Node
}

func (l *learner) learnTemplates(prior *scraper.Profile) *scraper.Profile {
	prof := prior.Clone()
	chromeText := l.chromeTexts()
	var as []anchors
	for _, s := range l.articles {
		as = append(as, l.anchorsOf(s, prof, chromeText))
	}
	pick := func(get func(anchors) *html.Node) string {
		return bestSelector(as, get)
	}
	if sel := pick(func(a anchors) *html.Node { return a.title }); sel != "" {
		prof.Article.Title = sel
	}
	if sel := pick(func(a anchors) *html.Node { return a.body }); sel != "" {
		prof.Article.Body = sel
	}
	if sel := pick(func(a anchors) *html.Node { return a.meta }); sel != "" {
		prof.Article.Meta = sel
	}
	if sel := pick(func(a anchors) *html.Node { return a.crumb }); sel != "" {
		prof.Article.Breadcrumb = sel
	}
	// List pages: the block holding the articles listed, and the
	// breadcrumb.
	var ls []anchors
	for _, p := range l.lists {
		if prof.Classify(p.URL, p.URL.String()).Kind == scraper.LinkList {
			ls = append(ls, l.listAnchors(p, prof))
		}
	}
	if sel := bestSelector(ls, func(a anchors) *html.Node { return a.body }); sel != "" {
		parts := strings.Split(sel, ", ")
		for i := range parts {
			parts[i] += " a"
		}
		prof.List.Items = strings.Join(parts, ", ")
	}
	if sel := bestSelector(ls, func(a anchors) *html.Node { return a.crumb }); sel != "" {
		prof.List.Breadcrumb = sel
	}
	if err := prof.Recompile(); err != nil {
		return prior
	}
	return prof
}

// chromeTexts are the texts (of text nodes) on most sampled articles.
func (l *learner) chromeTexts() map[string]bool {
	count := map[string]int{}
	for _, s := range l.articles {
		on := map[string]bool{}
		eachText(s.page.Doc.Get(0), func(_ *html.Node, t string) { on[t] = true })
		for t := range on {
			count[t]++
		}
	}
	out := map[string]bool{}
	for t, n := range count {
		if n*2 > len(l.articles) && len(l.articles) >= 3 {
			out[t] = true
		}
	}
	return out
}

func eachText(n *html.Node, fn func(*html.Node, string)) {
	if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "head" || n.Data == "title") {
		return
	}
	if n.Type == html.TextNode {
		if t := scraper.CollapseSpace(n.Data); t != "" {
			fn(n, t)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		eachText(c, fn)
	}
}

// linkText is the text of the links below n.
func linkText(n *html.Node) string {
	return goquery.NewDocumentFromNode(n).Find("a").Text()
}

// squeeze is s without white space.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

func text(n *html.Node) string { return scraper.CollapseSpace(goquery.NewDocumentFromNode(n).Text()) }

// anchorsOf finds the template elements of one article page.
func (l *learner) anchorsOf(s *sampled, prof *scraper.Profile, chrome map[string]bool) anchors {
	doc := s.page.Doc
	a := anchors{doc: doc}
	// Title: the smallest element whose text is the list's title; when
	// the list cut it short (...), the smallest of the first element
	// whose text starts with what the list shows and is not much longer.
	// Links, <title> and options are never the title.
	want, prefix := squeeze(s.title), squeeze(s.prefix)
	walk(doc.Get(0), func(n *html.Node) bool {
		if n.Data == "a" || n.Data == "title" || n.Data == "head" || n.Data == "option" {
			return false
		}
		t := squeeze(text(n))
		switch {
		case want != "" && t == want:
			a.title = n // deeper matches replace it: the smallest
		case want == "" && prefix != "" && strings.HasPrefix(t, prefix) && utf8.RuneCountInString(t) <= utf8.RuneCountInString(prefix)+60 &&
			squeeze(linkText(n)) != t: // a title is not a link (most-read lists)
			if a.title == nil || contains(a.title, n) {
				a.title = n
			}
		}
		return true
	})
	// Metadata: the smallest element of a short text with labels.
	walk(doc.Get(0), func(n *html.Node) bool {
		if n.Data == "head" || n.Data == "script" {
			return false
		}
		t := text(n)
		if utf8.RuneCountInString(t) > 300 {
			return true
		}
		if scraper.MetaLabels(t) >= 2 {
			a.meta = n
		}
		return true
	})
	// Body: the block readability scores highest, narrowed to the child
	// that holds its text without the title and the metadata.
	if b := scraper.BodyBlock(doc, s.page.Text, s.page.URL); b != nil {
		a.body = narrow(b, []*html.Node{a.title, a.meta}, chrome)
	}
	// Breadcrumb: a short element linking to a column or the home page,
	// with a separator or 位置.
	walk(doc.Get(0), func(n *html.Node) bool {
		if n.Data == "head" || n.Data == "script" || n.Data == "a" {
			return false
		}
		t := text(n)
		if utf8.RuneCountInString(t) > 80 || !crumbSep.MatchString(t) {
			return true
		}
		lists := 0
		goquery.NewDocumentFromNode(n).Find("a[href]").Each(func(_ int, x *goquery.Selection) {
			switch prof.Classify(s.page.URL, x.AttrOr("href", "")).Kind {
			case scraper.LinkList, scraper.LinkHome:
				lists++
			}
		})
		if lists >= 1 && lists <= 6 {
			a.crumb = n
		}
		return true
	})
	if a.crumb != nil && a.body != nil && contains(a.crumb, a.body) {
		a.crumb = nil
	}
	return a
}

// listAnchors finds a column page's block of article links (body) and
// breadcrumb.
func (l *learner) listAnchors(p *Page, prof *scraper.Profile) anchors {
	a := anchors{doc: p.Doc}
	var arts []*html.Node
	p.Doc.Find("a[href]").Each(func(_ int, x *goquery.Selection) {
		href := x.AttrOr("href", "")
		if u, err := p.URL.Parse(href); err != nil || l.chrome(u) {
			return
		}
		if prof.Classify(p.URL, href).Kind == scraper.LinkArticle {
			arts = append(arts, x.Get(0))
		}
	})
	if len(arts) >= 2 {
		a.body = commonAncestor(arts)
	}
	walk(p.Doc.Get(0), func(n *html.Node) bool {
		if n.Data == "head" || n.Data == "script" || n.Data == "a" {
			return false
		}
		t := text(n)
		if utf8.RuneCountInString(t) > 80 || !crumbSep.MatchString(t) {
			return true
		}
		home := false
		goquery.NewDocumentFromNode(n).Find("a[href]").Each(func(_ int, x *goquery.Selection) {
			home = home || prof.Classify(p.URL, x.AttrOr("href", "")).Kind == scraper.LinkHome
		})
		if home && (a.body == nil || !contains(n, a.body)) {
			a.crumb = n
		}
		return true
	})
	return a
}

// narrow descends from b to the child element that holds the most of
// its text when b also holds an excluded element (the title, the
// metadata) or the child holds nearly all of it; chrome texts and link
// texts do not count.
func narrow(b *html.Node, exclude []*html.Node, chrome map[string]bool) *html.Node {
	weight := func(n *html.Node) int {
		w := 0
		var rec func(*html.Node, bool)
		rec = func(x *html.Node, inLink bool) {
			for _, e := range exclude {
				if x == e {
					return
				}
			}
			if x.Type == html.ElementNode && (x.Data == "script" || x.Data == "style") {
				return
			}
			if x.Type == html.TextNode && !inLink {
				if t := scraper.CollapseSpace(x.Data); !chrome[t] {
					w += utf8.RuneCountInString(t)
				}
			}
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				rec(c, inLink || x.Type == html.ElementNode && x.Data == "a")
			}
		}
		rec(n, false)
		return w
	}
	for {
		total := weight(b)
		holdsExcluded := false
		for _, e := range exclude {
			holdsExcluded = holdsExcluded || e != nil && contains(b, e)
		}
		var best *html.Node
		bestW := 0
		for c := b.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if w := weight(c); w > bestW {
				best, bestW = c, w
			}
		}
		if best == nil || total == 0 {
			return b
		}
		share := float64(bestW) / float64(total)
		if !(holdsExcluded && share >= 0.8 || share >= 0.97) || best.Data == "p" || best.Data == "span" || best.Data == "font" {
			return b
		}
		b = best
	}
}

func contains(a, b *html.Node) bool {
	for n := b; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

func walk(n *html.Node, fn func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if fn(c) {
				walk(c, fn)
			}
		} else if c.Type == html.DocumentNode {
			walk(c, fn)
		}
	}
}

func commonAncestor(ns []*html.Node) *html.Node {
	anc := map[*html.Node]bool{}
	for n := ns[0]; n != nil; n = n.Parent {
		anc[n] = true
	}
	cur := ns[0]
	for _, n := range ns[1:] {
		for x := n; x != nil; x = x.Parent {
			if anc[x] {
				// everything below x on ns[0]'s chain is not common
				for y := cur; y != x && y != nil; y = y.Parent {
					delete(anc, y)
				}
				cur = x
				break
			}
		}
	}
	for cur != nil && cur.Type != html.ElementNode {
		cur = cur.Parent
	}
	return cur
}

// candidates are the selectors that may name n: its id, its classes,
// with its tag, under its parent's or grandparent's id or class.
func candidates(n *html.Node) []string {
	var out []string
	id, classes := idClass(n)
	if id != "" {
		out = append(out, "#"+id, n.Data+"#"+id)
	}
	for _, c := range classes {
		out = append(out, n.Data+"."+c, "."+c)
	}
	for up, p := 0, n.Parent; up < 2 && p != nil && p.Type == html.ElementNode; up, p = up+1, p.Parent {
		pid, pcs := idClass(p)
		var ps []string
		if pid != "" {
			ps = append(ps, "#"+pid)
		}
		for _, c := range pcs {
			ps = append(ps, "."+c)
		}
		for _, ps := range ps {
			if up == 0 {
				out = append(out, ps+" > "+n.Data)
			}
			out = append(out, ps+" "+n.Data)
			for _, c := range classes {
				out = append(out, ps+" "+n.Data+"."+c)
			}
		}
	}
	if n.Data == "h1" || n.Data == "h2" || n.Data == "h3" {
		out = append(out, n.Data)
	}
	return out
}

func idClass(n *html.Node) (string, []string) {
	var id string
	var classes []string
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			if v := strings.TrimSpace(a.Val); v != "" && !hasDigits.MatchString(v) && cssIdent.MatchString(v) {
				id = v
			}
		case "class":
			for _, c := range strings.Fields(a.Val) {
				if !hasDigits.MatchString(c) && cssIdent.MatchString(c) {
					classes = append(classes, c)
				}
			}
		}
	}
	return id, classes
}

var cssIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)

// bestSelector is the selector whose first match is the anchor on the
// most pages; ties go to a selector that matches once per page, then to
// the shorter one. When one selector does not cover 80% of the pages
// that have an anchor (a template with variants: the metadata line in a
// div on some pages, in a table on others), the best selectors of the
// pages left are joined to it, three at most.
func bestSelector(as []anchors, get func(anchors) *html.Node) string {
	have := 0
	for _, a := range as {
		if get(a) != nil {
			have++
		}
	}
	if have < 2 {
		return ""
	}
	var parts []string
	hit := map[int]bool{}
	for len(parts) < 3 && len(hit)*5 < have*4 {
		sel, pages := bestOne(as, get, hit)
		if sel == "" {
			break
		}
		parts = append(parts, sel)
		for _, i := range pages {
			hit[i] = true
		}
	}
	if len(hit)*5 < have*4 || len(hit) < 2 {
		return ""
	}
	return strings.Join(parts, ", ")
}

// bestOne is the selector that hits the most anchors of pages not in
// done, and the pages it hits (done or not).
func bestOne(as []anchors, get func(anchors) *html.Node, done map[int]bool) (string, []int) {
	tried := map[string]bool{}
	var cands []string
	for i, a := range as {
		if n := get(a); n != nil && !done[i] {
			for _, c := range candidates(n) {
				if !tried[c] {
					tried[c] = true
					cands = append(cands, c)
				}
			}
		}
	}
	type scored struct {
		sel         string
		hits, multi int
		pages       []int
	}
	var best *scored
	for _, c := range cands {
		m, err := cascadia.Compile(c)
		if err != nil {
			continue
		}
		s := scored{sel: c}
		for i, a := range as {
			n := get(a)
			if n == nil {
				continue
			}
			all := cascadia.QueryAll(a.doc.Get(0), m)
			if len(all) > 0 && all[0] == n {
				s.pages = append(s.pages, i)
				if !done[i] {
					s.hits++
				}
			}
			if len(all) > 1 {
				s.multi++
			}
		}
		if best == nil || s.hits > best.hits || s.hits == best.hits && (s.multi < best.multi || s.multi == best.multi && len(s.sel) < len(best.sel)) {
			best = &s
		}
	}
	if best == nil || best.hits == 0 {
		return "", nil
	}
	return best.sel, best.pages
}
