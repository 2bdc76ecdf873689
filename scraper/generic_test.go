package scraper

import (
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/replica"
)

// TestGenericOnReplica: the generic extractor alone, on every article of
// the replica, against the truth: what a crawl gets from pages the
// profile does not fit.
func TestGenericOnReplica(t *testing.T) {
	site, err := replica.Load(os.DirFS("../testdata/site"))
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]int{}
	n := 0
	for _, tr := range site.Truth {
		if tr.Kind != "article" {
			continue
		}
		resp := site.Responses[replica.Key("/show.asp", "id="+tr.ID)]
		u, _ := url.Parse("http://h/show.asp?id=" + tr.ID)
		dec := Decode(resp.Body, resp.ContentType)
		a, err := Generic(dec.Text, u)
		if err != nil {
			t.Errorf("%s: %v", tr.ID, err)
			continue
		}
		n++
		check := func(name, got, want string) {
			if got == want {
				fields[name]++
			} else if testing.Verbose() {
				t.Logf("%s %s: got %q want %q", tr.ID, name, trunc(got), trunc(want))
			}
		}
		check("title", a.Title, tr.Title)
		check("published_at", FullTime(a.Meta.PublishedAt), tr.PublishedAt)
		check("source", a.Meta.Source, tr.Source)
		check("author", a.Meta.Author, tr.Author)
		check("body_text", a.BodyText, tr.BodyText)
	}
	for _, f := range []string{"title", "published_at", "source", "author", "body_text"} {
		t.Logf("%s exact on %d of %d", f, fields[f], n)
		if float64(fields[f]) < 0.95*float64(n) {
			t.Errorf("%s exact on %d of %d (< 95%%)", f, fields[f], n)
		}
	}
}

func trunc(s string) string {
	r := []rune(strings.ReplaceAll(s, "\n", "/"))
	if len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return string(r)
}
