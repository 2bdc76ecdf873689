package scraper

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"golang.org/x/net/html"
)

// fetchArticles fetches every queued article once with Concurrency
// workers, and any article a page links to (prev/next) that no list gave.
func (cr *Crawler) fetchArticles(ctx context.Context, queue []Link, seen map[string]bool, columnsFor func(string, *Article) []string) {
	var (
		mu     sync.Mutex
		cond   = sync.NewCond(&mu)
		todo   = queue
		active int // articles being archived: they may still add links
	)
	stop := context.AfterFunc(ctx, func() {
		mu.Lock()
		cond.Broadcast()
		mu.Unlock()
	})
	defer stop()
	next := func() (Link, bool) {
		mu.Lock()
		defer mu.Unlock()
		for len(todo) == 0 && active > 0 && ctx.Err() == nil {
			cond.Wait()
		}
		if len(todo) == 0 || ctx.Err() != nil {
			return Link{}, false
		}
		l := todo[0]
		todo = todo[1:]
		active++
		return l, true
	}
	finished := func(found []Link) {
		mu.Lock()
		for _, f := range found {
			if !seen[f.ID] {
				seen[f.ID] = true
				if cr.wanted(f) {
					todo = append(todo, f)
					cr.cfg.Progress.Queued(1)
				}
			}
		}
		active--
		mu.Unlock()
		cond.Broadcast()
	}
	var wg sync.WaitGroup
	for range cr.cfg.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				l, ok := next()
				if !ok {
					return
				}
				found := cr.archiveArticle(ctx, l, columnsFor)
				cr.done(l.ID)
				finished(found)
			}
		}()
	}
	wg.Wait()
}

// archiveArticle fetches, decodes, extracts and writes one article, and
// gives the article links its page holds.
func (cr *Crawler) archiveArticle(ctx context.Context, l Link, columnsFor func(string, *Article) []string) []Link {
	p, err := cr.fetch(ctx, "article", l.URL)
	if err != nil {
		switch reason, ok := permanent(err); {
		case ctx.Err() != nil: // interrupted: stays queued for the next run
		case ok:
			cr.addMissing("article", archive.MissingPage{URL: l.URL, ID: l.ID, Reason: reason})
		default:
			cr.addFailed("article", l.ID, l.URL, err)
		}
		return nil
	}
	if p.status != http.StatusOK {
		cr.statusProblem("article", p, l.ID)
		return nil
	}
	dec, doc, err := p.decode()
	if err != nil {
		cr.addFailed("article", l.ID, l.URL, err)
		return nil
	}
	if reason, ok := cr.prof.SoftNotFound(doc); ok {
		cr.addMissing("article", archive.MissingPage{URL: l.URL, ID: l.ID, Reason: reason})
		return nil
	}
	a, extractor, err := cr.prof.extract(doc, dec.Text, p.finalURL)
	if err == nil && a.Title == "" {
		err = ErrNoArticle // a record needs a title: this page has none
	}
	if err != nil {
		cr.addFailed("article", l.ID, l.URL, fmt.Errorf("extract: %w", err))
		return nil
	}
	cr.extracted.Add(1)
	if extractor == "generic" {
		cr.generic.Add(1)
	}
	a.Meta.PublishedAt = FullTime(a.Meta.PublishedAt)
	rec := &archive.Record{
		ID:          l.ID,
		Kind:        archive.KindArticle,
		URL:         l.URL,
		Columns:     columnsFor(l.ID, a),
		Title:       a.Title,
		PublishedAt: a.Meta.PublishedAt,
		Source:      a.Meta.Source,
		Author:      a.Meta.Author,
		BodyText:    a.BodyText,
		Charset:     dec.Charset,
		Extractor:   extractor,
		FetchedAt:   p.fetched.Format(time.RFC3339),
		WARC:        p.warc,
	}
	if extractor == "generic" {
		rec.Warnings = append(rec.Warnings, "extract: the page does not match the site profile; fields from the generic extractor")
	}
	local := cr.fetchAssets(ctx, rec, a.Images, a.Attachments)
	cr.finishRecord("article", rec, dec, func(l Localize) (string, error) {
		return BodyMarkdown(a.Body, p.finalURL, l)
	}, local)
	var links []Link
	for _, f := range a.Links {
		if f.ID != l.ID {
			links = append(links, f)
		}
	}
	return links
}

// fetchAssets downloads (or revalidates) the images and attachments on the
// site's host, fills the record's lists, and gives the local links for
// the Markdown. Failures become warnings; the record is then partial and
// the next run archives it again.
func (cr *Crawler) fetchAssets(ctx context.Context, rec *archive.Record, images []string, atts []Attachment) map[string]string {
	local := map[string]string{}
	get := func(abs string) archive.Asset {
		if cr.prof.Classify(cr.cfg.Site, abs).Kind == LinkOffsite {
			return archive.Asset{URL: abs}
		}
		res := cr.assets.get(ctx, abs)
		switch {
		case res.local:
			_, md := archive.RecordPaths(rec.ID)
			local[abs] = archive.RelLink(md, res.asset.Path)
		case res.missing:
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("asset %s: %s", abs, res.reason))
		case res.err != nil:
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("asset %s failed: %v", abs, res.err))
			rec.Partial = true
		}
		return res.asset
	}
	for _, img := range images {
		rec.Images = append(rec.Images, archive.Image{Asset: get(img)})
	}
	for _, att := range atts {
		rec.Attachments = append(rec.Attachments, archive.Attachment{Asset: get(att.URL), Name: att.Name})
	}
	return local
}

// finishRecord adds decoding warnings and the Markdown body (toMarkdown,
// given the local links of assets), and writes the record.
func (cr *Crawler) finishRecord(kind string, rec *archive.Record, dec Decoded, toMarkdown func(Localize) (string, error), local map[string]string) {
	if dec.Replaced > 0 {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("decode: %d invalid byte sequence(s) replaced with U+FFFD", dec.Replaced))
	}
	if dec.Declared != "" && family(dec.Declared) != family(dec.Charset) && !(family(dec.Declared) == "gb" && family(dec.Charset) == "gb") {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("decode: page declared %s, bytes are %s", dec.Declared, dec.Charset))
	}
	md, err := toMarkdown(func(abs string) (string, bool) {
		l, ok := local[abs]
		return l, ok
	})
	if err != nil {
		rec.Warnings = append(rec.Warnings, "markdown: "+err.Error())
		md = rec.BodyText
	}
	rec.BodyMarkdown = md
	if cr.unchanged(rec) {
		return
	}
	if err := cr.store.WriteRecord(rec); err != nil {
		cr.addFailed(kind, rec.ID, rec.URL, err)
		return
	}
	state := archive.StateArchived
	if rec.Partial {
		state = archive.StatePartial
	}
	cr.ledger.Put(archive.Entry{URL: rec.URL, Kind: kind, ID: rec.ID, State: state})
	cr.log.Debug("archived", "id", rec.ID, "title", rec.Title)
}

// unchanged says whether the archive already holds rec as it is (then
// nothing is written: the archived bytes stay the same); when it holds an
// earlier version, that version is kept under history/ first.
func (cr *Crawler) unchanged(rec *archive.Record) bool {
	// A first run has no earlier versions (and archives each id once):
	// no need to ask the file system for every record.
	if cr.store.OpenedEmpty() || !cr.store.HasRecord(rec.ID) {
		return false
	}
	old, err := cr.store.ReadRecord(rec.ID)
	if err != nil {
		return false
	}
	e, _ := cr.ledger.Get(rec.URL)
	if e.State == archive.StatePartial {
		return false // never complete: replaced, not a new version
	}
	old.BodyMarkdown = cr.store.ReadMarkdownBody(rec.ID)
	if old.RemovedAt == "" && archive.SameContent(old, rec) {
		cr.ledger.Put(archive.Entry{URL: rec.URL, Kind: rec.Kind, ID: rec.ID, State: archive.StateArchived})
		return true
	}
	if _, err := cr.store.SaveHistory(rec.ID, old.FetchedAt); err != nil {
		cr.log.Error("history", "id", rec.ID, "error", err.Error())
	}
	return false
}

// PageID is the record id of column's single page: page-<its number>
// (or its directory's name, lower-cased, where columns have no number).
func PageID(column string) string { return "page-" + strings.ToLower(column) }

// writePage writes a single-page column as a record of kind page.
func (cr *Crawler) writePage(cl *columnList, name string) {
	sp := cl.single
	rec := &archive.Record{
		ID:        PageID(cl.col.ClassID),
		Kind:      archive.KindPage,
		URL:       cl.col.URL,
		Columns:   []string{name},
		Title:     name,
		BodyText:  sp.text,
		Charset:   sp.dec.Charset,
		Extractor: "profile",
		FetchedAt: sp.fetched.Format(time.RFC3339),
		WARC:      sp.page.warc,
	}
	cr.finishRecord("page", rec, sp.dec, func(l Localize) (string, error) {
		return ToMarkdown(sp.html, sp.page.finalURL, l)
	}, nil)
}

func nodesHTML(nodes []*html.Node) (string, error) {
	var b strings.Builder
	for _, n := range nodes {
		if err := html.Render(&b, n); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}

// finish writes articles.jsonl, the changes, the manifest and the run's
// summary, and tells the ledger whether the run was complete.
func (cr *Crawler) finish(ctx context.Context, columns []Column, lists []*columnList, names map[string]string) (*archive.Manifest, error) {
	// The records reach the disk while articles.jsonl, derived from them,
	// is written; the run is called complete only once they are there.
	synced := make(chan error, 1)
	go func() { synced <- cr.store.Sync() }()
	run := cr.started.Format(time.RFC3339)
	ch, err := cr.store.StartChanges(run)
	if err != nil {
		<-synced
		return nil, err
	}
	m := &archive.Manifest{
		Site:        cr.cfg.Site.String(),
		StartedAt:   run,
		ToolVersion: cr.cfg.Version,
	}
	counts := map[string]int{}
	n, err := cr.store.WriteJSONL(func(r *archive.Record) error {
		ch.See(r)
		if cr.cfg.Visit != nil {
			cr.cfg.Visit(r)
		}
		if r.RemovedAt != "" {
			m.Removed++
			return nil
		}
		if r.Kind == archive.KindPage {
			m.Pages++
		} else {
			m.Articles++
		}
		for _, c := range r.Columns {
			counts[c]++
		}
		return nil
	})
	if err != nil {
		<-synced
		return nil, err
	}
	m.Records = n
	changes, err := ch.Announce()
	if serr := <-synced; serr != nil {
		return nil, fmt.Errorf("sync archive: %w", serr)
	}
	if err != nil {
		return nil, err
	}
	m.FinishedAt = time.Now().UTC().Format(time.RFC3339)
	for _, cl := range lists {
		name := names[cl.col.ClassID]
		m.Columns = append(m.Columns, archive.ColumnCount{
			Name: name, ClassID: cl.col.ClassID, URL: cl.col.URL, Kind: cl.kind, Records: counts[name],
		})
	}
	cr.mu.Lock()
	m.Missing = append(m.Missing, cr.missing...)
	m.Failed = append(m.Failed, cr.failed...)
	cr.mu.Unlock()
	sortMissing(m)
	m.Complete = len(m.Failed) == 0 && ctx.Err() == nil
	m.Requests = cr.counted()
	sum := &archive.RunSummary{
		StartedAt: run, FinishedAt: m.FinishedAt, Seconds: time.Since(cr.started).Seconds(),
		Mode: cr.mode, Complete: m.Complete, Records: n, Missing: len(m.Missing), Failed: len(m.Failed),
		Requests: m.Requests, Failures: m.Failed,
	}
	for _, c := range changes {
		switch c.Change {
		case "added":
			sum.Added++
		case "updated":
			sum.Updated++
		case "removed":
			sum.Removed++
		}
	}
	m.Changes = map[string]int{"added": sum.Added, "updated": sum.Updated, "removed": sum.Removed}
	if err := cr.store.WriteManifest(m); err != nil {
		return nil, err
	}
	if err := cr.store.WriteRun(sum); err != nil {
		return nil, err
	}
	if m.Complete {
		if err := cr.ledger.SetMeta(archive.MetaState, "complete"); err != nil {
			return nil, err
		}
	}
	return m, nil
}
