package learn

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/replica"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

// getter fetches pages of a test server as the crawl's Getter would.
func getter() Getter {
	return func(ctx context.Context, u string) (*Page, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("%s: http %d", u, resp.StatusCode)
		}
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return nil, err
		}
		dec := scraper.Decode(body, resp.Header.Get("Content-Type"))
		doc, err := scraper.ParseHTML(dec.Text)
		if err != nil {
			return nil, err
		}
		return &Page{URL: resp.Request.URL, Text: dec.Text, Doc: doc}, nil
	}
}

// TestPriorKeptWhereItFits: on the model's site the embedded profile is
// kept, scheme and templates, every sample read with it. The replica's
// lists give deleted articles (soft 404s) too: they are no samples (one
// among eight made the fit 88% and learned templates for nothing).
func TestPriorKeptWhereItFits(t *testing.T) {
	site, err := replica.Generate(replica.GenConfig{Seed: 1, Articles: 3000})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(replica.NewServer(site))
	defer ts.Close()
	get := getter()
	home, err := get(context.Background(), ts.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Learn(context.Background(), get, home, scraper.DefaultProfile(), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if res.Scheme != "prior" || res.Template != "prior" || res.Fit != 1 || len(res.Samples) != DefaultOptions().Articles {
		t.Errorf("scheme %s, template %s, fit %.3f, %d samples; want prior, prior, 1, %d", res.Scheme, res.Template, res.Fit, len(res.Samples), DefaultOptions().Articles)
	}
	if res.Requests > DefaultOptions().Lists+DefaultOptions().Articles+4 {
		t.Errorf("%d requests to learn", res.Requests)
	}
}
