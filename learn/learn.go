package learn

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

// Page is a page of the site as the crawl fetched and decoded it.
type Page struct {
	URL  *url.URL // where it was found (after redirects)
	Text string
	Doc  *goquery.Document
}

// Getter fetches a page as the crawl does (robots.txt, the delay,
// retries); anything but a page of status 200 is an error.
type Getter func(ctx context.Context, u string) (*Page, error)

// Options bound what learning may fetch.
type Options struct {
	Lists     int // column pages fetched, at most
	MoreLists int // more column pages fetched to find a pager, when none of the first has one
	Articles  int // article pages fetched, at most
}

// DefaultOptions: what a crawl spends on learning, about 16 requests,
// and up to 40 column pages more on a site whose first columns read have
// one page each; the crawl uses every page learning fetched.
func DefaultOptions() Options { return Options{Lists: 6, MoreLists: 40, Articles: 8} }

// Result is what learning found.
type Result struct {
	Profile  *scraper.Profile
	Scheme   string // "prior" (the profile given fits the site) or "learned"
	Template string // "prior" or "learned"
	Columns  []Column
	Samples  []Sample
	Fit      float64 // share of sampled articles the profile reads with its template, the title as the list gives it
	Fields   map[string]int
	Requests int
}

// Column is a column found, with its first page's estimate of its size.
type Column struct {
	Name     string
	URL      string
	Articles int // estimated: 共N条, else entries × pages; -1 unknown
}

// Sample is an article page read with the learned profile.
type Sample struct {
	URL       string
	ListTitle string // the title the list gives ("" when cut short)
	Article   *scraper.Article
	Extractor string
}

// ErrNoArticles: the site's pages show no pattern of article links.
var ErrNoArticles = errors.New("no articles found")

type learner struct {
	ctx   context.Context
	get   Getter
	home  *Page
	prior *scraper.Profile
	opt   Options
	res   *Result

	lists    []*Page
	articles []*sampled
	seen     map[string]int // link URL -> pages it is on (chrome when on most)
}

type sampled struct {
	page   *Page
	title  string // from the list, "" if unknown
	prefix string // what the list shows of a title it cut short
	id     string // the article's number in its URL
}

// Learn learns the site whose home page is home: its URL scheme (unless
// prior's finds the site's columns) and its article and list templates
// (unless prior's read the sampled pages right). The result's profile is
// a copy of prior with what was learned.
func Learn(ctx context.Context, get Getter, home *Page, prior *scraper.Profile, opt Options) (*Result, error) {
	l := &learner{ctx: ctx, get: get, home: home, prior: prior, opt: opt, res: &Result{Scheme: "prior", Template: "prior"}, seen: map[string]int{}}
	prof := prior.Clone()
	cols := prof.Columns(home.Doc, home.URL)
	if len(cols) < 2 {
		learned, err := l.learnScheme()
		if err != nil {
			return nil, err
		}
		prof = learned
		l.res.Scheme = "learned"
		cols = prof.Columns(home.Doc, home.URL)
	} else {
		l.fetchLists(cols)
	}
	if len(cols) == 0 {
		return nil, fmt.Errorf("%w: no column links on the home page", ErrNoArticles)
	}
	l.sampleArticles(prof)
	if len(l.articles) == 0 {
		return nil, fmt.Errorf("%w: the column pages link to no article", ErrNoArticles)
	}
	if l.res.Scheme == "learned" {
		prof = l.learnPrint(prof)
	}
	l.res.Fit = l.fit(prof)
	if l.res.Fit < 0.9 {
		cand := l.learnTemplates(prof)
		if f := l.fit(cand); f > l.res.Fit {
			prof, l.res.Template, l.res.Fit = cand, "learned", f
		}
	}
	l.res.Profile = prof
	l.describe(prof, cols)
	return l.res, nil
}

func (l *learner) fetch(u string) (*Page, error) {
	l.res.Requests++
	return l.get(l.ctx, u)
}

// navLinks are the home page's links that may be columns: short texts,
// not "more".
func navLinks(home *Page) []link {
	var out []link
	for _, lk := range links(home.Doc, home.URL) {
		n := utf8.RuneCountInString(lk.text)
		if n < 2 || n > 12 || neverContent(lk) || strings.ContainsAny(lk.text, ">»") || strings.Contains(lk.text, "更多") ||
			strings.Contains(lk.text, "首页") || lk.u.Path == home.URL.Path && lk.u.RawQuery == "" {
			continue
		}
		out = append(out, lk)
	}
	return out
}

// learnScheme finds the article and list patterns from the home page's
// column links and the pages they lead to.
func (l *learner) learnScheme() (*scraper.Profile, error) {
	nav := navLinks(l.home)
	byShape := map[string][]link{}
	var shapes []string
	seenURL := map[string]bool{}
	for _, lk := range nav {
		if seenURL[lk.u.String()] {
			continue
		}
		seenURL[lk.u.String()] = true
		if byShape[lk.shape] == nil {
			shapes = append(shapes, lk.shape)
		}
		byShape[lk.shape] = append(byShape[lk.shape], lk)
	}
	sort.SliceStable(shapes, func(i, j int) bool { return len(byShape[shapes[i]]) > len(byShape[shapes[j]]) })
	if len(shapes) > 3 {
		shapes = shapes[:3]
	}
	// Column pages, taken in turn from the most frequent shapes.
	var listLinks []link
	for i := 0; len(listLinks) < l.opt.Lists; i++ {
		added := false
		for _, s := range shapes {
			if i < len(byShape[s]) && len(listLinks) < l.opt.Lists {
				listLinks = append(listLinks, byShape[s][i])
				added = true
			}
		}
		if !added {
			break
		}
	}
	var pages []listed
	fetched := map[string]bool{}
	read := func(lk link) bool { // a column page, kept
		fetched[lk.u.String()] = true
		p, err := l.fetch(lk.u.String())
		if err == nil {
			pages = append(pages, listed{p, lk})
			l.lists = append(l.lists, p)
		}
		return err == nil
	}
	for _, lk := range listLinks {
		read(lk)
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%w: none of the home page's %d column links could be read", ErrNoArticles, len(listLinks))
	}
	l.countChrome()
	// The article shape: the one whose links, not the same on every
	// page, are the most on the most pages.
	type stat struct {
		pages int
		urls  map[string]*url.URL
	}
	stats := map[string]*stat{}
	perPage := make([]map[string]int, len(pages))
	for i, p := range pages {
		perPage[i] = map[string]int{}
		for _, lk := range l.contentLinks(p.page) {
			if utf8.RuneCountInString(lk.text) < 5 || lk.shape == p.via.shape {
				continue
			}
			s := stats[lk.shape]
			if s == nil {
				s = &stat{urls: map[string]*url.URL{}}
				stats[lk.shape] = s
			}
			s.urls[strings.ToLower(lk.u.String())] = lk.u
			perPage[i][lk.shape]++
		}
	}
	best, bestScore := "", 0
	for sh, s := range stats {
		for i := range pages {
			if perPage[i][sh] >= 3 {
				s.pages++
			}
		}
		if score := s.pages*1000 + len(s.urls); s.pages > 0 && score > bestScore {
			best, bestScore = sh, score
		}
	}
	if best == "" {
		return nil, fmt.Errorf("%w: no column page lists three or more links of one kind", ErrNoArticles)
	}
	var arts []*url.URL
	for _, u := range stats[best].urls {
		arts = append(arts, u)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].String() < arts[j].String() })
	artPattern, _ := patternOf(arts, "id", false)

	// The list shape: the shape of the column links whose pages list
	// three or more articles on the most pages.
	lists := map[string]int{}
	colShape := ""
	for i, p := range pages {
		if perPage[i][best] >= 3 {
			lists[p.via.shape]++
			if colShape == "" || lists[p.via.shape] > lists[colShape] {
				colShape = p.via.shape
			}
		}
	}
	var cols []*url.URL
	for _, lk := range nav {
		if lk.shape == colShape {
			cols = append(cols, lk.u)
		}
	}
	first, colSlot := patternOf(cols, "column", false)
	listPatterns := []string{first}
	art, err := scraper.ParseURLPattern(artPattern)
	if err != nil {
		return nil, fmt.Errorf("learned article pattern: %w", err)
	}
	// No column read so far has a second page: read the others' first
	// pages until one has (the crawl reads them all anyway, and takes
	// them from here).
	paged := l.pagerPattern(pages, colShape, colSlot, art)
	for _, lk := range nav {
		if paged != "" || len(pages) >= l.opt.Lists+l.opt.MoreLists {
			break
		}
		if lk.shape == colShape && !fetched[lk.u.String()] && read(lk) {
			paged = l.pagerPattern(pages[len(pages)-1:], colShape, colSlot, art)
		}
	}
	if paged != "" {
		if samePath(paged, listPatterns[0]) {
			listPatterns = []string{paged}
		} else {
			listPatterns = append(listPatterns, paged)
		}
	}
	prof := l.prior.Clone()
	prof.URLs.Article.Script, prof.URLs.Article.ID, prof.URLs.Article.Pattern = "", "", artPattern
	prof.URLs.List.Script, prof.URLs.List.Column, prof.URLs.List.Page, prof.URLs.List.Patterns = "", "", "", listPatterns
	prof.URLs.Print = ""
	if err := prof.Recompile(); err != nil {
		return nil, fmt.Errorf("learned URL scheme: %w", err)
	}
	return prof, nil
}

// learnPrint finds the print view: on the sampled articles, the link
// whose text says 打印 (print) and whose URL holds the article's own
// number. Another spelling of the article, it is never fetched.
func (l *learner) learnPrint(prof *scraper.Profile) *scraper.Profile {
	var us []*url.URL
	for _, s := range l.articles {
		for _, lk := range links(s.page.Doc, s.page.URL) {
			if !printWord.MatchString(strings.ToLower(lk.text)) {
				continue
			}
			if _, vals := slots(lk.u); slices.Contains(vals, s.id) {
				us = append(us, lk.u)
				break
			}
		}
	}
	if len(us) < 2 || len(us)*2 < len(l.articles) {
		return prof
	}
	pat, _ := patternOf(us, "id", true)
	cand := prof.Clone()
	cand.URLs.Print = pat
	if err := cand.Recompile(); err != nil {
		return prof
	}
	return cand
}

// listed is a column page and the link that led to it.
type listed struct {
	page *Page
	via  link
}

func samePath(a, b string) bool {
	pa, _, _ := strings.Cut(a, "?")
	pb, _, _ := strings.Cut(b, "?")
	return strings.EqualFold(pa, pb)
}

// patternOf writes the pattern of URLs of one shape: the slot whose
// values differ the most is name (id or column), the other slots that
// differ are {*} in a path and left out of a query; with keep, a number
// every URL has in the same query parameter stays (print=1). It gives
// the slot named too.
func patternOf(us []*url.URL, name string, keep bool) (string, slot) {
	if len(us) == 0 {
		return "", slot{}
	}
	ss, _ := slots(us[0])
	distinct := make([]map[string]bool, len(ss))
	for i := range ss {
		distinct[i] = map[string]bool{}
	}
	for _, u := range us {
		s2, v2 := slots(u)
		for i, s := range ss {
			if j := slotIndex(s2, s); j >= 0 {
				distinct[i][v2[j]] = true
			}
		}
	}
	// The named slot is a number (an id, a column's number) with the
	// most values; a column may instead be a directory's name.
	bestSlot, bestN := -1, 0
	for _, words := range []bool{false, true} {
		if bestN > 1 || words && name != "column" {
			break
		}
		for i, s := range ss {
			n := len(distinct[i])
			// ties: a later number in the path (the id after a date), a
			// query key that says id.
			if s.seg == words && (n > bestN || n == bestN && n > 0 && (s.inPath || strings.Contains(strings.ToLower(s.key), "id"))) {
				bestSlot, bestN = i, n
			}
		}
	}
	names := map[slot]string{}
	vary := map[slot]bool{}
	var named slot
	if bestSlot >= 0 {
		named = ss[bestSlot]
		names[named] = name
	}
	for i, s := range ss {
		switch {
		case i == bestSlot:
		case len(distinct[i]) > 1:
			vary[s] = true
		case keep && !s.inPath:
			names[s] = "=" + us[0].Query().Get(s.key)
		}
	}
	return pattern(us[0], names, vary), named
}

// pagerPattern finds, on column pages, the links to their own later
// pages: another shape, or the same with more numbers, holding the
// column's value and a page number.
func (l *learner) pagerPattern(pages []listed, colShape string, colSlot slot, art *scraper.URLPattern) string {
	type ex struct {
		u         *url.URL
		colSlot   slot
		pageSlots []slot
		from      int    // the column page it is on
		text      string // the link's text: 2, 下一页, 尾页 ...
	}
	byShape := map[string][]ex{}
	for pi, p := range pages {
		vs, vv := slots(p.via.u)
		k := slotIndex(vs, colSlot)
		if k < 0 {
			continue
		}
		colVal := vv[k]
		for _, lk := range links(p.page.Doc, p.page.URL) {
			if art.Matches(lk.u) || neverContent(lk) || l.chrome(lk.u) ||
				lk.shape == colShape && numbers(lk.u) <= numbers(p.via.u) {
				continue
			}
			ls, lv := slots(lk.u)
			for i, v := range lv {
				if v != colVal {
					continue
				}
				var others []slot // the page is a number
				for j, o := range ls {
					if j != i && !o.seg {
						others = append(others, o)
					}
				}
				if len(others) > 0 {
					byShape[lk.shape] = append(byShape[lk.shape], ex{lk.u, ls[i], others, pi, lk.text})
				}
			}
		}
	}
	best := ""
	for sh, xs := range byShape {
		if best == "" || len(xs) > len(byShape[best]) || len(xs) == len(byShape[best]) && sh < best {
			best = sh
		}
	}
	if best == "" {
		return ""
	}
	xs := byShape[best]
	// The page slot: the number a link's text says (2, 3; 下一页 on a
	// first page is 2), then the one that differs between one page's
	// pager links (首页 2 3 尾页) on the most pages, then the one with the
	// fewest values over all pages (a column's own number, such as
	// DedeCMS's list_<typeid>_<page>.html, differs between columns).
	said := map[slot]int{}
	within := map[slot]map[int]map[string]bool{}
	across := map[slot]map[string]bool{}
	var cands []slot
	for _, x := range xs {
		s2, v2 := slots(x.u)
		for _, o := range x.pageSlots {
			j := slotIndex(s2, o)
			if j < 0 {
				continue
			}
			if across[o] == nil {
				across[o], within[o] = map[string]bool{}, map[int]map[string]bool{}
				cands = append(cands, o)
			}
			across[o][v2[j]] = true
			if within[o][x.from] == nil {
				within[o][x.from] = map[string]bool{}
			}
			within[o][x.from][v2[j]] = true
			if v2[j] == x.text || v2[j] == "2" && nextWord.MatchString(x.text) {
				said[o]++
			}
		}
	}
	varies := func(o slot) int {
		n := 0
		for _, vals := range within[o] {
			if len(vals) > 1 {
				n++
			}
		}
		return n
	}
	better := func(a, b slot) bool {
		if said[a] != said[b] {
			return said[a] > said[b]
		}
		if va, vb := varies(a), varies(b); va != vb {
			return va > vb
		}
		return len(across[a]) < len(across[b])
	}
	pageSlot := cands[0]
	for _, o := range cands[1:] {
		if better(o, pageSlot) {
			pageSlot = o
		}
	}
	// Any other number of a pager link is the column's (a {*}: it is
	// read from the links, never written).
	names := map[slot]string{xs[0].colSlot: "column", pageSlot: "page"}
	vary := map[slot]bool{}
	for _, o := range cands {
		vary[o] = o != pageSlot
	}
	return pattern(xs[0].u, names, vary)
}

// countChrome counts on how many fetched pages (home and columns) each
// link is.
func (l *learner) countChrome() {
	l.seen = map[string]int{}
	for _, p := range append([]*Page{l.home}, l.lists...) {
		on := map[string]bool{}
		for _, lk := range links(p.Doc, p.URL) {
			on[strings.ToLower(lk.u.String())] = true
		}
		for u := range on {
			l.seen[u]++
		}
	}
}

// chrome: a link on most pages fetched (navigation, a most-read block).
func (l *learner) chrome(u *url.URL) bool {
	n := len(l.lists) + 1
	return n >= 3 && l.seen[strings.ToLower(u.String())]*2 > n
}

// contentLinks are a page's links that are not chrome nor never content.
func (l *learner) contentLinks(p *Page) []link {
	var out []link
	for _, lk := range links(p.Doc, p.URL) {
		if !neverContent(lk) && !l.chrome(lk.u) {
			out = append(out, lk)
		}
	}
	return out
}

// fetchLists reads the first pages of up to opt.Lists columns (the
// prior's scheme found them).
func (l *learner) fetchLists(cols []scraper.Column) {
	for _, c := range cols {
		if len(l.lists) >= l.opt.Lists {
			break
		}
		if p, err := l.fetch(c.URL); err == nil {
			l.lists = append(l.lists, p)
		}
	}
	l.countChrome()
}

// sampleArticles fetches up to opt.Articles article pages, taken in
// turn from each column page read, their list titles noted.
func (l *learner) sampleArticles(prof *scraper.Profile) {
	var per [][]sampled
	got := map[string]bool{}
	for _, p := range l.lists {
		var xs []sampled
		for _, lk := range l.contentLinks(p) {
			c := prof.Classify(p.URL, lk.u.String())
			if c.Kind != scraper.LinkArticle || got[c.URL] {
				continue
			}
			got[c.URL] = true
			xs = append(xs, sampled{page: &Page{URL: lk.u}, title: lk.full, prefix: lk.cut, id: c.ID})
		}
		per = append(per, xs)
	}
	for i := 0; len(l.articles) < l.opt.Articles; i++ {
		added := false
		for _, xs := range per {
			if i < len(xs) && len(l.articles) < l.opt.Articles {
				added = true
				p, err := l.fetch(prof.Classify(xs[i].page.URL, xs[i].page.URL.String()).URL)
				if err != nil {
					continue
				}
				if _, gone := prof.SoftNotFound(p.Doc); gone {
					continue // a deleted article: no template's
				}
				s := xs[i]
				s.page = p
				l.articles = append(l.articles, &s)
			}
		}
		if !added {
			return
		}
	}
}

// fit is the share of sampled articles prof reads with its own template,
// their title as the list gives it (or starting as the list shows it,
// when the list cut it short).
func (l *learner) fit(prof *scraper.Profile) float64 {
	if len(l.articles) == 0 {
		return 0
	}
	ok := 0
	for _, s := range l.articles {
		a, how, err := prof.Extract(s.page.Doc, s.page.Text, s.page.URL)
		if err == nil && how == "profile" && (s.title == "" || a.Title == s.title) && strings.HasPrefix(squeeze(a.Title), squeeze(s.prefix)) &&
			strings.TrimSpace(a.BodyText) != "" {
			ok++
		}
	}
	return float64(ok) / float64(len(l.articles))
}

// describe fills the result: columns with estimates, samples, fields.
func (l *learner) describe(prof *scraper.Profile, cols []scraper.Column) {
	pages := map[string]*Page{}
	for _, p := range l.lists {
		pages[prof.Classify(p.URL, p.URL.String()).URL] = p
	}
	for _, c := range cols {
		col := Column{Name: c.Name, URL: c.URL, Articles: -1}
		if p := pages[c.URL]; p != nil {
			lp := prof.ParseList(p.Doc, p.URL)
			switch {
			case lp.Total >= 0:
				col.Articles = lp.Total
			case lp.Single:
				col.Articles = 0
			default:
				col.Articles = len(lp.Items) * max(lp.Pages, lp.LastLink, 1)
			}
		}
		l.res.Columns = append(l.res.Columns, col)
	}
	l.res.Fields = map[string]int{}
	for _, s := range l.articles {
		a, how, err := prof.Extract(s.page.Doc, s.page.Text, s.page.URL)
		if err != nil {
			continue
		}
		l.res.Samples = append(l.res.Samples, Sample{URL: s.page.URL.String(), ListTitle: s.title, Article: a, Extractor: how})
		for name, v := range map[string]string{"title": a.Title, "published_at": a.Meta.PublishedAt, "source": a.Meta.Source, "author": a.Meta.Author, "body": a.BodyText} {
			if strings.TrimSpace(v) != "" {
				l.res.Fields[name]++
			}
		}
	}
}
