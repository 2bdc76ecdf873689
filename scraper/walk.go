package scraper

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
)

// columnList is what walking one column gave.
type columnList struct {
	col    Column
	kind   string // list, pictures, page, empty
	items  []ListItem
	crumb  string
	single *singlePage
	failed bool
}

type singlePage struct {
	page    *page
	dec     Decoded
	text    string
	html    string
	fetched time.Time
}

// walkColumns reads every list page of every column, columns in parallel.
func (cr *Crawler) walkColumns(ctx context.Context, columns []Column) []*columnList {
	out := make([]*columnList, len(columns))
	sem := make(chan struct{}, cr.cfg.Concurrency)
	var wg sync.WaitGroup
	for i, c := range columns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			out[i] = cr.walkColumn(ctx, c)
		}()
	}
	wg.Wait()
	return out
}

// walkColumn follows one column's pages. It stops at the last page the
// pager announces (页次:P/T), and also when a page brings no new entry or
// says it is another page: past the last page the server answers with the
// last page again.
func (cr *Crawler) walkColumn(ctx context.Context, col Column) *columnList {
	cl := &columnList{col: col, kind: "list"}
	seen := map[string]bool{}
	next := col.URL
	for pageNo := 1; next != "" && ctx.Err() == nil; pageNo++ {
		p, err := cr.fetch(ctx, "list", next)
		if err != nil {
			switch reason, ok := permanent(err); {
			case ctx.Err() != nil:
			case ok:
				cr.addMissing("list", archive.MissingPage{URL: next, Reason: reason})
			default:
				cr.addFailed("list", "", next, err)
				cl.failed = true
			}
			return cl
		}
		if p.status != http.StatusOK {
			cl.failed = !cr.statusProblem("list", p, "")
			return cl
		}
		dec, doc, err := p.decode()
		if err != nil {
			cr.addFailed("list", "", next, err)
			cl.failed = true
			return cl
		}
		cr.ledger.Put(archive.Entry{URL: next, Kind: "list", State: archive.StateFetched})
		lp := cr.prof.ParseList(doc, p.finalURL)
		if cl.crumb == "" {
			cl.crumb = lp.Crumb
		}
		if pageNo == 1 && lp.Single {
			cl.kind = "page"
			cl.single = &singlePage{page: p, dec: dec, text: VisibleText(lp.BodyNodes...), fetched: p.fetched}
			if h, err := nodesHTML(lp.BodyNodes); err == nil {
				cl.single.html = h
			}
			return cl
		}
		if pageNo == 1 && lp.Empty {
			cl.kind = "empty"
			return cl
		}
		if lp.Page > 0 && lp.Page != pageNo {
			return cl // clamped: the server answered another page
		}
		fresh := 0
		for _, it := range lp.Items {
			if !seen[it.ID] {
				seen[it.ID] = true
				cl.items = append(cl.items, ListItem{ID: it.ID, URL: it.URL}) // titles are not needed later
				fresh++
			}
		}
		cr.cfg.Progress.Listed(col.ClassID, pageNo, len(cl.items))
		if pageNo == 1 && cr.prof.List.Pictures != "" && doc.Find(cr.prof.List.Pictures).Length() > 0 {
			cl.kind = "pictures"
		}
		if fresh == 0 || cr.mode == "incremental" && cr.allKnown(lp.Items) {
			return cl // past the last page, or nothing new from here on
		}
		// The pager's own link to the next page first: a scheme whose
		// list URLs hold a number of the column's (list_<typeid>_P.html)
		// cannot be written from the column and page alone.
		switch {
		case lp.Pages > 0 && pageNo >= lp.Pages:
			next = ""
		case lp.Next != "":
			next = lp.Next
		case lp.Pages > 0:
			next = cr.prof.ListURL(p.finalURL, col.ClassID, pageNo+1)
		case lp.LastLink > pageNo:
			// Only numbered page links (1 2 3 ... 6): walk up to the last.
			next = cr.prof.ListURL(p.finalURL, col.ClassID, pageNo+1)
		default:
			next = ""
		}
	}
	return cl
}

// statusProblem files a page that answered with an error status: 404 and
// 410 are missing (it says true), anything else failed.
func (cr *Crawler) statusProblem(kind string, p *page, id string) bool {
	switch p.status {
	case http.StatusNotFound, http.StatusGone:
		cr.addMissing(kind, archive.MissingPage{URL: p.url, ID: id, Reason: "http " + strconv.Itoa(p.status)})
		return true
	default:
		cr.addFailed(kind, id, p.url, &AttemptsError{Attempts: max(p.attempts, 1), Err: httpStatusError(p.status)})
		return false
	}
}

type httpStatusError int

func (e httpStatusError) Error() string { return "http " + strconv.Itoa(int(e)) }

// allKnown: every article of a list page is archived or known gone; an
// incremental run reads no further (lists are newest first).
func (cr *Crawler) allKnown(items []ListItem) bool {
	for _, it := range items {
		if cr.store.HasRecord(it.ID) {
			continue
		}
		if e, ok := cr.ledger.Get(it.URL); ok && e.State == archive.StateMissing {
			continue
		}
		return false
	}
	return true
}
