package scraper

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/capture"
	"github.com/gocolly/colly/v2"
	"github.com/temoto/robotstxt"
	"golang.org/x/net/html"
)

// Config is what a crawl needs to know.
type Config struct {
	Site         *url.URL      // the site's home page
	Delay        time.Duration // between the starts of two requests
	Concurrency  int           // pages fetched at once
	UserAgent    string
	Timeout      time.Duration // per attempt
	MaxBodySize  int64         // a bigger page is a failure, never cut
	MaxAssetSize int64         // the same for an image or attachment
	Full         bool          // fetch every article again, even those archived
	Attempts     int           // per URL, the first included
	Backoff      time.Duration // first retry pause; doubles, with jitter
	MaxBackoff   time.Duration
	Version      string
	Logger       *slog.Logger
	Profile      *Profile // what the scraper knows of the site; nil: the embedded default
	Progress     Progress // told what the crawl does; nil: nobody
	// Replay answers every request from an archive's WARC files instead
	// of the network (nil: the network): the archive re-extracted. Its
	// records keep pointing at the WARC records they come from.
	Replay *capture.Replay
	// Learn, when not nil, learns the site's URL scheme and templates
	// from its home page (doc, text, at home) before the crawl: on a
	// first run, when Profile (a profile learned before) finds no column
	// on the home page, or when the last run read too many articles
	// with the generic extractor. Every page it fetches through get is
	// handed to the crawl, never fetched twice.
	Learn func(ctx context.Context, get Getter, home *url.URL, doc *goquery.Document, text string) (*Profile, error)
	// Learned says Profile was learned by an earlier run (else it is
	// the embedded default or --profile).
	Learned bool
	// Visit, when not nil, is shown every record of the archive (id,
	// kind, URL, columns, title, date, author, warnings, removal) in the
	// order of articles.jsonl as the end of the run writes it: the
	// report is built from it.
	Visit func(*archive.Record)
}

// DefaultConfig gives polite defaults: one request a second, two at once.
func DefaultConfig() Config {
	return Config{
		Delay:        time.Second,
		Concurrency:  2,
		Timeout:      30 * time.Second,
		MaxBodySize:  16 << 20,
		MaxAssetSize: 128 << 20,
		Attempts:     4,
		Backoff:      time.Second,
		MaxBackoff:   30 * time.Second,
		Version:      "dev",
	}
}

// Validate checks a Config before a crawl.
func (c *Config) Validate() error {
	switch {
	case c.Site == nil || (c.Site.Scheme != "http" && c.Site.Scheme != "https") || c.Site.Host == "":
		return errors.New("the site must be an http:// or https:// URL")
	case c.Delay < 0:
		return errors.New("--delay must not be negative")
	case c.Concurrency < 1 || c.Concurrency > 64:
		return errors.New("--concurrency must be between 1 and 64")
	case c.Timeout <= 0:
		return errors.New("--timeout must be positive")
	case c.Attempts < 1 || c.Attempts > 20:
		return errors.New("--attempts must be between 1 and 20")
	case c.MaxBodySize < 1024 || c.MaxAssetSize < 1024:
		return errors.New("--max-body and --max-asset must be at least 1024 bytes")
	case c.Backoff < 0:
		return errors.New("--retry-wait must not be negative")
	}
	return nil
}

// Result is what a crawl did.
type Result struct {
	Manifest archive.Manifest
}

// Crawler walks the site: home → columns → list pages → articles, and
// writes one record per article and single page.
type Crawler struct {
	cfg    Config
	store  *archive.Store
	ledger *archive.Ledger
	prof   *Profile
	log    *slog.Logger
	col    *colly.Collector
	tr     *transport
	robots *robotsCopy // colly's request for robots.txt, answered from checkRobots'

	assets *assets

	started time.Time
	mode    string          // full, incremental, resume
	counts  sync.Map        // request kind -> *atomic.Int64
	done    func(id string) // tells the progress display an article is done
	runID   string          // the run's start, with nanoseconds

	mu      sync.Mutex
	missing []archive.MissingPage
	failed  []archive.FailedPage
	cache   map[string]*page // pages learning fetched, by lower-cased URL, until the crawl takes them

	extracted, generic atomic.Int64 // articles read this run, and of them by the generic extractor

	stop context.CancelCauseFunc // ends the run with a cause (a local fault)
}

// Getter fetches a page for learning: decoded and parsed, or an error
// for anything but status 200.
type Getter func(ctx context.Context, u string) (doc *goquery.Document, text string, final *url.URL, err error)

// MetaRelearn in the ledger says the last run read too many articles with
// the generic extractor: the next one learns the site again.
const MetaRelearn = "relearn"

// learnGet is the Getter learning uses: the crawl's fetch, its pages kept
// for the crawl.
func (cr *Crawler) learnGet(ctx context.Context, u string) (*goquery.Document, string, *url.URL, error) {
	p, err := cr.fetch(ctx, "learn", u)
	if err != nil {
		return nil, "", nil, err
	}
	if p.status != http.StatusOK {
		return nil, "", nil, fmt.Errorf("%s: http %d", u, p.status)
	}
	dec, doc, err := p.decode()
	if err != nil {
		return nil, "", nil, err
	}
	cr.mu.Lock()
	if cr.cache == nil {
		cr.cache = map[string]*page{}
	}
	cr.cache[strings.ToLower(u)] = p
	cr.cache[strings.ToLower(p.finalURL.String())] = p
	cr.mu.Unlock()
	return doc, dec.Text, p.finalURL, nil
}

// isCached says whether learning fetched u.
func (cr *Crawler) isCached(u string) bool {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	return cr.cache[strings.ToLower(u)] != nil
}

// cached takes the page learning fetched for u, if any.
func (cr *Crawler) cached(u string) *page {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	k := strings.ToLower(u)
	p := cr.cache[k]
	if p != nil {
		delete(cr.cache, k)
	}
	return p
}

// New prepares a crawl of cfg.Site into store, keeping its ledger and
// writing every HTTP exchange to warc (nil: none).
func New(ctx context.Context, cfg Config, store *archive.Store, ledger *archive.Ledger, warc *capture.Writer) (*Crawler, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = "sitearchive/" + cfg.Version + " (+migration archive; polite)"
	}
	if cfg.Profile == nil {
		cfg.Profile = DefaultProfile()
	}
	if cfg.Progress == nil {
		cfg.Progress = nopProgress{}
	}
	cr := &Crawler{cfg: cfg, store: store, ledger: ledger, log: log, prof: cfg.Profile}
	network := http.DefaultTransport.(*http.Transport).Clone()
	// Keep one idle connection per worker (the default keeps 2): a
	// connection closed after each request costs both ends a handshake.
	network.MaxIdleConnsPerHost = cfg.Concurrency + 2
	network.ReadBufferSize = 32 << 10 // a page and its header in one read
	var base http.RoundTripper = network
	switch {
	case cfg.Replay != nil:
		base, warc = replayTransport{cfg.Replay}, nil // nothing new to record
	case warc != nil:
		base = capture.Transport(network)
	}
	cr.tr = &transport{
		warc:       warc,
		next:       perAttemptTimeout(base, cfg.Timeout),
		delay:      cfg.Delay,
		maxBody:    cfg.MaxBodySize,
		attempts:   cfg.Attempts,
		backoff:    cfg.Backoff,
		maxBackoff: cfg.MaxBackoff,
		onRetry: func(req *http.Request, attempt int, err error) {
			log.Warn("retrying", "url", req.URL.String(), "attempt", attempt, "error", err.Error())
		},
	}
	c := colly.NewCollector(
		colly.UserAgent(cfg.UserAgent),
		colly.AllowedDomains(cfg.Site.Hostname()),
		colly.ParseHTTPErrorResponse(),
		colly.AllowURLRevisit(), // the crawler keeps its own ledger of what it fetched
		colly.StdlibContext(ctx),
		colly.DisallowedURLFilters(cfg.Profile.neverFetch),
	)
	c.IgnoreRobotsTxt = false // colly ignores robots.txt by default
	c.MaxBodySize = 0         // the transport bounds bodies and reports, colly would cut silently
	c.DetectCharset = false   // the scraper decodes (colly's detection is wrong on GBK)
	cr.robots = &robotsCopy{next: cr.tr}
	c.WithTransport(cr.robots)
	c.SetRequestTimeout(0) // per attempt, in the transport: retries must not share one deadline
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if !strings.EqualFold(req.URL.Host, cfg.Site.Host) {
			return fmt.Errorf("%w: %s", errOffsite, req.URL.Host)
		}
		if len(via) >= 10 {
			return errRedirectLoop
		}
		return nil
	})
	c.OnResponse(func(r *colly.Response) { r.Ctx.Put("response", r) })
	cr.col = c
	cr.assets = newAssets(cr)
	return cr, nil
}

// ErrOtherSite: the archive directory holds another site's archive.
var ErrOtherSite = errors.New("the archive directory belongs to another site")

var (
	errRedirectLoop = errors.New("too many redirects")
	errOffsite      = errors.New("redirect to another host (not followed)")
)

func perAttemptTimeout(next http.RoundTripper, d time.Duration) http.RoundTripper {
	return roundTripFunc(func(req *http.Request) (*http.Response, error) {
		ctx, cancel := context.WithTimeout(req.Context(), d)
		resp, err := next.RoundTrip(req.WithContext(ctx))
		if err != nil {
			cancel()
			return nil, err
		}
		resp.Body = &cancelBody{ReadCloser: resp.Body, cancel: cancel}
		return resp, nil
	})
}

// Requests is the number of HTTP requests sent so far, retries included.
func (cr *Crawler) Requests() int64 { return cr.tr.requests.Load() }

// page is a fetched page.
type page struct {
	url         string
	finalURL    *url.URL
	status      int
	body        []byte
	contentType string
	attempts    int
	warc        *archive.WARCRef
	fetched     time.Time // UTC
}

// fetch gets one URL through colly (robots.txt, domain and redirect rules)
// and the transport (politeness, bounds, retries).
func (cr *Crawler) fetch(ctx context.Context, kind, u string) (*page, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if p := cr.cached(u); p != nil {
		return p, nil
	}
	cr.count(kind)
	cctx := colly.NewContext()
	err := cr.col.Request(http.MethodGet, u, nil, cctx, nil)
	r, _ := cctx.GetAny("response").(*colly.Response)
	if err != nil && r == nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	if r == nil {
		return nil, fmt.Errorf("fetch %s: no response", u)
	}
	p := &page{url: u, status: r.StatusCode, body: r.Body, finalURL: r.Request.URL}
	if r.Headers != nil {
		p.contentType = r.Headers.Get(OrigContentType)
		p.attempts, _ = strconv.Atoi(r.Headers.Get(AttemptsHeader))
		if file, id, ok := strings.Cut(r.Headers.Get(WARCHeader), " "); ok {
			p.warc = &archive.WARCRef{File: file, RecordID: id}
		}
		p.fetched, _ = time.Parse(time.RFC3339, r.Headers.Get(FetchedHeader))
	}
	if p.fetched.IsZero() {
		p.fetched = time.Now().UTC()
	}
	return p, nil
}

// count adds one request of a kind to the run's summary.
func (cr *Crawler) count(kind string) {
	v, _ := cr.counts.LoadOrStore(kind, new(atomic.Int64))
	v.(*atomic.Int64).Add(1)
}

func (cr *Crawler) counted() map[string]int {
	out := map[string]int{"total": int(cr.Requests())}
	cr.counts.Range(func(k, v any) bool {
		out[k.(string)] = int(v.(*atomic.Int64).Load())
		return true
	})
	return out
}

func (p *page) decode() (Decoded, *goquery.Document, error) {
	dec := Decode(p.body, p.contentType)
	doc, err := ParseHTML(dec.Text)
	if err != nil {
		return dec, nil, fmt.Errorf("parse %s: %w", p.url, err)
	}
	return dec, doc, nil
}

// addMissing files a page the site does not have (404, soft 404, a
// redirect off the site): listed in the manifest, not fetched again.
func (cr *Crawler) addMissing(kind string, m archive.MissingPage) {
	m.Kind = kind
	cr.mu.Lock()
	cr.missing = append(cr.missing, m)
	cr.mu.Unlock()
	if m.ID != "" && (kind == "article" || kind == "page") && cr.store.HasRecord(m.ID) {
		cr.markRemoved(m.ID, m.Reason)
	}
	cr.ledger.Put(archive.Entry{URL: m.URL, Kind: kind, ID: m.ID, State: archive.StateMissing, Reason: m.Reason, Run: cr.runID})
	cr.log.Info("missing", "url", m.URL, "reason", m.Reason)
}

// addFailed files a page that failed after every attempt: listed in the
// manifest, retried by the next run. A failure of the local machine (a
// full disk) is no page's: it stops the run instead (see Run).
func (cr *Crawler) addFailed(kind, id, u string, err error) {
	if archive.LocalFault(err) && cr.stop != nil {
		cr.stop(&archive.LocalError{Dir: cr.store.Dir(), Err: err})
		return
	}
	attempts := 1
	var ae *AttemptsError
	if errors.As(err, &ae) {
		attempts = ae.Attempts
	}
	cr.mu.Lock()
	cr.failed = append(cr.failed, archive.FailedPage{URL: u, Kind: kind, Reason: err.Error(), Attempts: attempts})
	cr.mu.Unlock()
	cr.ledger.Put(archive.Entry{URL: u, Kind: kind, ID: id, State: archive.StateFailed, Attempts: attempts, Reason: err.Error()})
	cr.log.Error("failed", "url", u, "attempts", attempts, "error", err.Error())
}

// permanent errors are answers, not failures: the page is not on this site.
func permanent(err error) (string, bool) {
	switch {
	case errors.Is(err, errRedirectLoop):
		return "redirect loop", true
	case errors.Is(err, errOffsite), strings.Contains(err.Error(), "Not following redirect"):
		return "redirect to another host (not followed)", true
	case errors.Is(err, colly.ErrRobotsTxtBlocked):
		return "disallowed by robots.txt", true
	case errors.Is(err, colly.ErrForbiddenDomain), errors.Is(err, colly.ErrForbiddenURL):
		return "not on the site", true
	}
	return "", false
}

// Run crawls the site. It returns an error only when the crawl could not
// start (robots.txt or the home page unreachable); pages that fail are
// listed in the manifest.
//
// The mode follows from the ledger: after a complete run, a run is
// incremental (each column's list is read newest first until a page
// brings no article the archive lacks); after an interrupted or
// incomplete one it resumes (every list page, only what is not archived);
// with Config.Full it reads everything again, updates what changed
// (keeping the previous version) and marks what is gone as removed.
func (cr *Crawler) Run(ctx context.Context) (res *Result, err error) {
	defer func() { // whatever wrote it, a full disk is said as one
		var le *archive.LocalError
		if err != nil && archive.LocalFault(err) && !errors.As(err, &le) {
			err = &archive.LocalError{Dir: cr.store.Dir(), Err: err}
		}
	}()
	ctx, cr.stop = context.WithCancelCause(ctx)
	defer cr.stop(nil)
	cr.started = time.Now().UTC()
	cr.runID = cr.started.Format(time.RFC3339Nano)
	switch {
	case cr.cfg.Full:
		cr.mode = "full"
	case cr.ledger.Meta(archive.MetaState) == "complete":
		cr.mode = "incremental"
	case cr.ledger.Meta(archive.MetaState) == "":
		cr.mode = "first" // read like a resumed run: every list page, what is not archived
	default:
		cr.mode = "resume"
	}
	// An archive is one site's. The host name decides; a port may change
	// (the same server moved, a replica restarted).
	host := strings.ToLower(cr.cfg.Site.Hostname())
	switch prev := cr.ledger.Meta(archive.MetaSite); {
	case prev == "":
		if err := cr.ledger.SetMeta(archive.MetaSite, host); err != nil {
			return nil, err
		}
	case prev != host:
		return nil, fmt.Errorf("%w: it holds %s, not %s (use another --out)", ErrOtherSite, prev, host)
	}
	if err := cr.ledger.SetMeta(archive.MetaState, "running"); err != nil {
		return nil, err
	}
	home, dec, doc, err := cr.start(ctx)
	if err != nil {
		return nil, err
	}
	columns := cr.prof.Columns(doc, home.finalURL)
	relearn := cr.ledger.Meta(MetaRelearn) != ""
	if cr.cfg.Learn != nil && (!cr.cfg.Learned || len(columns) == 0 || relearn) {
		why := "first run"
		switch {
		case cr.cfg.Learned && len(columns) == 0:
			why = "the learned profile finds no column on the home page"
		case cr.cfg.Learned:
			why = "the last run read too many articles with the generic extractor"
		}
		cr.log.Info("learning the site", "why", why)
		prof, err := cr.cfg.Learn(ctx, cr.learnGet, home.finalURL, doc, dec.Text)
		if err != nil {
			return nil, err
		}
		cr.prof = prof
		if relearn {
			if err := cr.ledger.SetMeta(MetaRelearn, ""); err != nil {
				return nil, err
			}
		}
		columns = cr.prof.Columns(doc, home.finalURL)
	}
	if len(columns) == 0 {
		return nil, fmt.Errorf("home page %s: no columns found (no links to a column list by the profile's URL scheme; try 'sitearchive probe')", cr.cfg.Site)
	}
	cr.log.Info("columns found", "count", len(columns), "mode", cr.mode)
	cr.cfg.Progress.Columns(columns)
	homeLinks := cr.prof.articleLinks(doc, home.finalURL)

	// Phase 1: the list pages of every column.
	lists := cr.walkColumns(ctx, columns)

	// Phase 2: every article not archived yet (all of them with --full),
	// each fetched once.
	// id -> the classids listing it, in column order, joined by NUL: most
	// articles are in one column, and then the value is that column's
	// string, with nothing allocated per article.
	listed := len(homeLinks)
	for _, cl := range lists {
		listed += len(cl.items)
	}
	// Sized once, not grown entry by entry.
	members := make(map[string]string, listed)
	order := map[string]int{}
	for i, c := range columns {
		order[c.ClassID] = i
	}
	queue := make([]Link, 0, listed)
	seen := make(map[string]bool, listed)
	for _, cl := range lists {
		for _, it := range cl.items {
			if m, ok := members[it.ID]; ok {
				members[it.ID] = m + "\x00" + cl.col.ClassID
			} else {
				members[it.ID] = cl.col.ClassID
			}
			if !seen[it.ID] {
				seen[it.ID] = true
				queue = append(queue, Link{Kind: LinkArticle, ID: it.ID, URL: it.URL})
			}
		}
		cl.items = nil // the queue has them now
	}
	for _, l := range homeLinks {
		if !seen[l.ID] {
			seen[l.ID] = true
			queue = append(queue, l)
		}
	}
	primary := func(id string) string {
		first, _, _ := strings.Cut(members[id], "\x00")
		return first
	}
	all := len(queue)
	queue = cr.skipDone(queue)
	// The pages learning fetched first: held in memory, they are
	// archived at once (a run killed now fetches fewer of them again).
	sort.SliceStable(queue, func(i, j int) bool { return cr.isCached(queue[i].URL) && !cr.isCached(queue[j].URL) })
	cr.cfg.Progress.Queued(all)
	cr.log.Info("lists read", "articles", all, "to fetch", len(queue), "elapsed", time.Since(cr.started).Round(time.Millisecond).String())
	for range all - len(queue) {
		cr.cfg.Progress.Done("") // already archived or known gone
	}
	cr.done = func(id string) { cr.cfg.Progress.Done(primary(id)) }
	names := map[string]string{}
	for _, c := range columns {
		names[c.ClassID] = c.Name
	}
	for _, cl := range lists {
		if names[cl.col.ClassID] == "" {
			names[cl.col.ClassID] = cl.crumb
		}
	}
	cr.fetchArticles(ctx, queue, seen, func(id string, a *Article) []string {
		var listed []string
		if m := members[id]; m != "" {
			listed = strings.Split(m, "\x00")
		}
		return columnNames(a, listed, names, order)
	})

	// Single pages.
	for _, cl := range lists {
		if cl.single != nil {
			cr.writePage(cl, names[cl.col.ClassID])
			seen[PageID(cl.col.ClassID)] = true
		}
	}

	// With --full, what no list, link or single page gave any more is gone.
	listsWhole := ctx.Err() == nil
	for _, cl := range lists {
		listsWhole = listsWhole && !cl.failed
	}
	if cr.cfg.Full && listsWhole {
		cr.markUnlisted(seen)
	}

	// A learned profile that read too many of this run's articles with
	// the generic extractor is learned again by the next run.
	if n, g := cr.extracted.Load(), cr.generic.Load(); cr.cfg.Learn != nil && g >= 5 && g*5 > n {
		cr.log.Warn("the profile fits the site badly: the next run learns it again", "articles", n, "generic", g)
		if err := cr.ledger.SetMeta(MetaRelearn, "1"); err != nil {
			return nil, err
		}
	}
	cr.log.Debug("pages fetched", "elapsed", time.Since(cr.started).Round(time.Millisecond).String())
	// A local fault stopped the run: what is written is whole, what was
	// in flight stays queued, the ledger says the run did not end; the
	// same command resumes once the fault is mended.
	if le := (*archive.LocalError)(nil); errors.As(context.Cause(ctx), &le) {
		return nil, le
	}
	m, err := cr.finish(ctx, columns, lists, names)
	if err != nil {
		return nil, err
	}
	return &Result{Manifest: *m}, ctx.Err()
}

// Probe reads robots.txt and the home page and runs Config.Learn on
// them, nothing more: a short look at a site before a crawl.
func (cr *Crawler) Probe(ctx context.Context) (*Profile, error) {
	if cr.cfg.Learn == nil {
		return nil, errors.New("probe: nothing to learn with")
	}
	home, dec, doc, err := cr.start(ctx)
	if err != nil {
		return nil, err
	}
	return cr.cfg.Learn(ctx, cr.learnGet, home.finalURL, doc, dec.Text)
}

// start reads robots.txt, then the home page, decoded and parsed.
func (cr *Crawler) start(ctx context.Context) (*page, Decoded, *goquery.Document, error) {
	if err := cr.checkRobots(ctx); err != nil {
		return nil, Decoded{}, nil, err
	}
	home, err := cr.fetch(ctx, "home", cr.cfg.Site.String())
	if err != nil {
		return nil, Decoded{}, nil, fmt.Errorf("home page: %w", err)
	}
	if home.status != http.StatusOK {
		return nil, Decoded{}, nil, fmt.Errorf("home page %s: http %d", cr.cfg.Site, home.status)
	}
	dec, doc, err := home.decode()
	return home, dec, doc, err
}

// columnNames orders an article's columns: the breadcrumb's first, then
// the others that list it, in the site's column order.
func columnNames(a *Article, listed []string, names map[string]string, order map[string]int) []string {
	ids := append([]string(nil), listed...)
	sort.SliceStable(ids, func(i, j int) bool { return order[ids[i]] < order[ids[j]] })
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		if name != "" && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	if a.CrumbClassID != "" && names[a.CrumbClassID] != "" {
		add(names[a.CrumbClassID])
	} else {
		add(a.CrumbName)
	}
	for _, id := range ids {
		add(names[id])
	}
	return out
}

// articleLinks lists the article links of a page.
func (p *Profile) articleLinks(doc *goquery.Document, base *url.URL) []Link {
	var out []Link
	var walk func(*html.Node)
	walk = func(n *html.Node) { // a[href], without building a selection of every link
		if n.Type == html.ElementNode && n.Data == "a" {
			for _, a := range n.Attr {
				if a.Key == "href" {
					if p.mayBeArticle(a.Val) {
						if l := p.Classify(base, a.Val); l.Kind == LinkArticle {
							out = append(out, l)
						}
					}
					break
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range doc.Nodes {
		walk(n)
	}
	return out
}

// mayBeArticle is a cheap test before Classify: the href holds the
// literal of the article pattern's last path segment (its script name).
func (p *Profile) mayBeArticle(href string) bool {
	return containsFold(href, p.article.hint)
}

func containsFold(s, sub string) bool {
	n := len(sub)
	if n == 0 {
		return true
	}
	// An ASCII first byte of sub folds only to its other case: a window
	// starting with any other ASCII byte cannot match.
	first, ascii := lowerASCII(sub[0]), sub[0] < utf8.RuneSelf
	for i := 0; i+n <= len(s); i++ {
		if ascii && s[i] < utf8.RuneSelf && lowerASCII(s[i]) != first {
			continue
		}
		if strings.EqualFold(s[i:i+n], sub) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func sortMissing(m *archive.Manifest) {
	sort.Slice(m.Missing, func(i, j int) bool { return m.Missing[i].URL < m.Missing[j].URL })
	sort.Slice(m.Failed, func(i, j int) bool { return m.Failed[i].URL < m.Failed[j].URL })
}

// checkRobots makes sure robots.txt can be read before anything else:
// colly reads a robots.txt that keeps failing (5xx) as "disallow all" and
// would archive nothing. A 404 means no rules.
func (cr *Crawler) checkRobots(ctx context.Context) error {
	u := cr.cfg.Site.ResolveReference(&url.URL{Path: "/robots.txt"}).String()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", cr.cfg.UserAgent)
	cr.count("robots")
	resp, err := cr.tr.RoundTrip(req)
	if err != nil {
		return fmt.Errorf("robots.txt: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return fmt.Errorf("robots.txt: http %d: the site's rules cannot be read, not crawling", resp.StatusCode)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("robots.txt: %w", err)
	}
	if rules, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body); err == nil {
		cr.assets.robots = rules.FindGroup(cr.cfg.UserAgent)
	}
	cr.robots.keep(req.URL, resp, body)
	return nil
}

// robotsCopy answers colly's own request for robots.txt (it reads the
// rules itself before its first request to a host) with the answer
// checkRobots got: the site is asked for its rules once per run, and the
// WARC files hold them once.
type robotsCopy struct {
	next http.RoundTripper

	mu     sync.Mutex
	url    *url.URL // the robots.txt checkRobots read, nil until then
	status int
	header http.Header
	body   []byte
}

func (t *robotsCopy) keep(u *url.URL, resp *http.Response, body []byte) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.url, t.status, t.header, t.body = u, resp.StatusCode, resp.Header.Clone(), body
}

// RoundTrip implements http.RoundTripper.
func (t *robotsCopy) RoundTrip(req *http.Request) (*http.Response, error) {
	t.mu.Lock()
	kept := t.url
	status, header, body := t.status, t.header, t.body
	t.mu.Unlock()
	if kept == nil || req.Method != http.MethodGet || req.URL.Path != "/robots.txt" || req.URL.RawQuery != "" ||
		req.URL.Scheme != kept.Scheme || !strings.EqualFold(req.URL.Host, kept.Host) {
		return t.next.RoundTrip(req)
	}
	return &http.Response{
		Status: fmt.Sprintf("%d %s", status, http.StatusText(status)), StatusCode: status,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: header.Clone(), Body: io.NopCloser(bytes.NewReader(body)), ContentLength: int64(len(body)),
		Request: req,
	}, nil
}

// skipDone drops from the queue what this archive already holds (a record
// on disk: written atomically, so whole) or knows to be gone; a killed or
// interrupted crawl resumes without fetching them again. Failed pages and
// records whose assets failed stay queued: each run retries them.
func (cr *Crawler) skipDone(queue []Link) []Link {
	urls := make([]string, len(queue))
	for i, l := range queue {
		urls[i] = l.URL
	}
	entries, known := cr.ledger.GetMany(urls)
	// No article of this run is written yet: a store opened empty holds
	// none of them, no need to look for each one's file.
	mayHold := !cr.store.OpenedEmpty()
	out := queue[:0]
	for i, l := range queue {
		if cr.wantedAs(l, entries[i], known[i], mayHold) {
			out = append(out, l)
		}
	}
	return out
}

// wanted says whether an article must be fetched this run, and marks it
// queued in the ledger if so.
func (cr *Crawler) wanted(l Link) bool {
	e, known := cr.ledger.Get(l.URL)
	return cr.wantedAs(l, e, known, true)
}

// wantedAs is wanted with l's ledger entry e (known false: none); with
// mayHold false the archive is known to hold no record of l.
func (cr *Crawler) wantedAs(l Link, e archive.Entry, known, mayHold bool) bool {
	switch {
	case cr.cfg.Full:
	case mayHold && cr.store.HasRecord(l.ID) && !(known && e.State == archive.StatePartial):
		if !known || e.State != archive.StateArchived {
			cr.ledger.Put(archive.Entry{URL: l.URL, Kind: "article", ID: l.ID, State: archive.StateArchived})
		}
		return false
	case known && e.State == archive.StateMissing:
		cr.mu.Lock()
		cr.missing = append(cr.missing, archive.MissingPage{URL: l.URL, Kind: "article", ID: l.ID, Reason: e.Reason})
		cr.mu.Unlock()
		return false
	}
	cr.ledger.Put(archive.Entry{URL: l.URL, Kind: "article", ID: l.ID, State: archive.StateQueued})
	return true
}

// markRemoved keeps a record the site no longer has, marked removed_at
// (the run's start) with the reason; it is never deleted.
func (cr *Crawler) markRemoved(id, reason string) {
	r, err := cr.store.ReadRecord(id)
	if err != nil || r.RemovedAt != "" {
		return
	}
	r.BodyMarkdown = cr.store.ReadMarkdownBody(id)
	r.RemovedAt = cr.started.Format(time.RFC3339)
	r.RemovedReason = reason
	if err := cr.store.WriteRecord(r); err != nil {
		if archive.LocalFault(err) {
			cr.stop(&archive.LocalError{Dir: cr.store.Dir(), Err: err})
		}
		cr.log.Error("mark removed", "id", id, "error", err.Error())
		return
	}
	cr.log.Info("removed", "id", id, "reason", reason)
}

// markUnlisted marks removed every record that this full run did not see.
func (cr *Crawler) markUnlisted(seen map[string]bool) {
	ids, err := cr.store.IDs()
	if err != nil {
		return
	}
	for _, id := range ids {
		if !seen[id] {
			cr.markRemoved(id, "no longer listed")
		}
	}
}
