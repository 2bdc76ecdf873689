package scraper

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

var update = flag.Bool("update", false, "rewrite golden files")

// extraction is what the golden files hold for one page.
type extraction struct {
	Kind        string       `json:"kind"`
	Reason      string       `json:"reason,omitempty"`
	Charset     string       `json:"charset"`
	Replaced    int          `json:"replaced"`
	Title       string       `json:"title,omitempty"`
	PublishedAt string       `json:"published_at,omitempty"`
	Source      string       `json:"source"`
	Author      string       `json:"author"`
	Crumb       string       `json:"crumb,omitempty"`
	BodyText    string       `json:"body_text"`
	Images      []string     `json:"images,omitempty"`
	Attachments []Attachment `json:"attachments,omitempty"`
	Markdown    string       `json:"markdown"`
}

func readRequest(t testing.TB, dir string) (*url.URL, string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "request.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var u *url.URL
	ct := ""
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		k, v, _ := strings.Cut(line, "\t")
		switch k {
		case "url":
			u, err = url.Parse(v)
			if err != nil {
				t.Fatal(err)
			}
		case "content-type":
			ct = v
		}
	}
	return u, ct
}

func extractCase(t *testing.T, dir string) extraction {
	t.Helper()
	u, ct := readRequest(t, dir)
	raw, err := os.ReadFile(filepath.Join(dir, "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	dec := Decode(raw, ct)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(dec.Text))
	if err != nil {
		t.Fatal(err)
	}
	e := extraction{Charset: dec.Charset, Replaced: dec.Replaced}
	if reason, ok := testProfile.SoftNotFound(doc); ok {
		e.Kind, e.Reason = "missing", reason
		return e
	}
	if strings.Contains(u.Path, "list.asp") {
		lp := testProfile.ParseList(doc, u)
		e.Kind = "page"
		e.BodyText = VisibleText(lp.BodyNodes...)
		h, _ := nodesHTML(lp.BodyNodes)
		e.Markdown, _ = ToMarkdown(h, u, nil)
		return e
	}
	a, err := testProfile.ExtractArticle(doc, u)
	if err != nil {
		t.Fatal(err)
	}
	e.Kind = "article"
	e.Title, e.PublishedAt, e.Source, e.Author = a.Title, a.Meta.PublishedAt, a.Meta.Source, a.Meta.Author
	e.Crumb, e.BodyText, e.Images, e.Attachments = a.CrumbName, a.BodyText, a.Images, a.Attachments
	e.Markdown, err = BodyMarkdown(a.Body, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestExtractGolden runs decoding and extraction on each variant in
// testdata/extract/<case>/ and compares with want.json
// (go test ./scraper -run Golden -update rewrites them).
func TestExtractGolden(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/extract/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			got, err := json.MarshalIndent(extractCase(t, dir), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			want := filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(got, w) {
				t.Errorf("extraction differs from %s:\n%s", want, got)
			}
		})
	}
}
