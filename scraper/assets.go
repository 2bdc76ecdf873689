package scraper

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/temoto/robotstxt"
)

// assetResult is what became of one image or attachment.
type assetResult struct {
	asset   archive.Asset
	local   bool          // stored in the archive
	entry   archive.Entry // the ledger's entry for a stored one
	missing bool          // the site does not have it (404, 410): not retried
	err     error         // failed: listed, retried by the next run
	reason  string        // for missing
}

type assetCall struct {
	done chan struct{}
	res  assetResult
}

// assets downloads each image and attachment once per run, and revalidates
// what an earlier run stored with If-None-Match / If-Modified-Since.
type assets struct {
	cr     *Crawler
	client *http.Client
	robots *robotstxt.Group

	mu    sync.Mutex
	calls map[string]*assetCall
}

type maxBodyKey struct{}

func newAssets(cr *Crawler) *assets {
	return &assets{
		cr: cr,
		client: &http.Client{Transport: cr.tr, CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if !strings.EqualFold(req.URL.Host, cr.cfg.Site.Host) {
				return fmt.Errorf("%w: %s", errOffsite, req.URL.Host)
			}
			if len(via) >= 10 {
				return errRedirectLoop
			}
			return nil
		}},
		calls: map[string]*assetCall{},
	}
}

// get gives the asset at abs, downloading or revalidating it the first
// time this run asks. Calls in flight are shared; a finished one is
// remembered by the ledger (stored during this run), not in memory.
func (a *assets) get(ctx context.Context, abs string) assetResult {
	a.mu.Lock()
	call, ok := a.calls[abs]
	var prev archive.Entry
	var known bool
	if !ok {
		prev, known = a.cr.ledger.Get(abs)
		if res, done := a.doneThisRun(abs, prev, known); done {
			a.mu.Unlock()
			return res
		}
		call = &assetCall{done: make(chan struct{})}
		a.calls[abs] = call
	}
	a.mu.Unlock()
	if ok {
		<-call.done
		return call.res
	}
	call.res = a.fetch(ctx, abs, prev, known)
	a.record(ctx, abs, call.res)
	a.mu.Lock()
	delete(a.calls, abs)
	a.mu.Unlock()
	close(call.done)
	return call.res
}

// doneThisRun: the ledger's entry e says this run already stored the
// asset (or found it gone).
func (a *assets) doneThisRun(abs string, e archive.Entry, ok bool) (assetResult, bool) {
	if !ok || e.Run != a.cr.runID {
		return assetResult{}, false
	}
	switch e.State {
	case archive.StateArchived:
		return assetResult{asset: archive.Asset{URL: abs, Path: e.Path, SHA256: e.SHA256, Size: e.Size, ContentType: e.ContentType}, local: true}, true
	case archive.StateMissing:
		return assetResult{asset: archive.Asset{URL: abs}, missing: true, reason: e.Reason}, true
	}
	return assetResult{}, false
}

func (a *assets) record(ctx context.Context, abs string, res assetResult) {
	cr := a.cr
	switch {
	case res.err != nil && ctx.Err() != nil:
		// Interrupted, not failed: the article is left partial and the
		// next run fetches the asset.
	case res.local:
		cr.ledger.Put(res.entry)
	case res.missing:
		cr.addMissing("asset", archive.MissingPage{URL: abs, Reason: res.reason})
	case res.err != nil:
		cr.addFailed("asset", "", abs, res.err)
	}
}

// fetch downloads the asset at abs, or revalidates it when prev (the
// ledger's entry, if known) says it is stored.
func (a *assets) fetch(ctx context.Context, abs string, prev archive.Entry, known bool) assetResult {
	res := assetResult{asset: archive.Asset{URL: abs}}
	u, err := url.Parse(abs)
	if err != nil {
		res.err = err
		return res
	}
	rel, err := archive.AssetPath(u)
	if err != nil {
		res.missing, res.reason = true, err.Error()
		return res
	}
	if a.robots != nil && !a.robots.Test(u.EscapedPath()) {
		res.missing, res.reason = true, "disallowed by robots.txt"
		return res
	}
	req, err := http.NewRequestWithContext(context.WithValue(ctx, maxBodyKey{}, a.cr.cfg.MaxAssetSize), http.MethodGet, abs, nil)
	if err != nil {
		res.err = err
		return res
	}
	req.Header.Set("User-Agent", a.cr.cfg.UserAgent)
	stored := known && prev.State == archive.StateArchived && prev.Path == rel && a.cr.store.AssetSHA256(rel) == prev.SHA256 && prev.SHA256 != ""
	if stored {
		if prev.ETag != "" {
			req.Header.Set("If-None-Match", prev.ETag)
		}
		if prev.LastModified != "" {
			req.Header.Set("If-Modified-Since", prev.LastModified)
		}
	}
	a.cr.count("asset")
	resp, err := a.client.Do(req)
	if err != nil {
		if reason, ok := permanent(err); ok {
			res.missing, res.reason = true, reason
		} else {
			res.err = fmt.Errorf("fetch %s: %w", abs, err)
		}
		return res
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified && stored:
		res.asset = archive.Asset{URL: abs, Path: rel, SHA256: prev.SHA256, Size: prev.Size, ContentType: prev.ContentType}
		res.local = true
		res.entry = prev // its validators too
		res.entry.URL, res.entry.Kind, res.entry.State, res.entry.Reason, res.entry.Run = abs, "asset", archive.StateArchived, "", a.cr.runID
		return res
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		res.missing, res.reason = true, "http "+strconv.Itoa(resp.StatusCode)
		return res
	case resp.StatusCode != http.StatusOK:
		res.err = &AttemptsError{Attempts: headerInt(resp, AttemptsHeader), Err: httpStatusError(resp.StatusCode)}
		return res
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		res.err = err
		return res
	}
	sum, err := a.cr.store.WriteAsset(rel, data)
	if err != nil {
		res.err = err
		return res
	}
	ct := resp.Header.Get(OrigContentType)
	if ct == "" {
		ct = resp.Header.Get("Content-Type")
	}
	res.asset = archive.Asset{URL: abs, Path: rel, SHA256: sum, Size: int64(len(data)), ContentType: ct}
	res.local = true
	res.entry = archive.Entry{URL: abs, Kind: "asset", State: archive.StateArchived, Run: a.cr.runID, Path: rel, SHA256: sum,
		Size: int64(len(data)), ContentType: ct, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	return res
}

func headerInt(resp *http.Response, key string) int {
	n, _ := strconv.Atoi(resp.Header.Get(key))
	return max(n, 1)
}
