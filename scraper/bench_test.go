package scraper

import (
	"net/url"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkPage measures the per-page path — decode, parse, extract,
// clean and convert to Markdown — on each kind of page of the replica
// (see testdata/extract/<case>/): ns/op, B/op, allocs/op.
func BenchmarkPage(b *testing.B) {
	cases := []string{
		"sample-show-seed", "sample-show-meta1-body1", "sample-show-meta2-body2", "sample-show-meta3-body3",
		"sample-show-table", "sample-show-image", "sample-show-utf8", "sample-show-bad-byte", "gen-wrong-header", "single-page",
	}
	for _, c := range cases {
		dir := filepath.Join("../testdata/extract", c)
		raw, err := os.ReadFile(filepath.Join(dir, "page.html"))
		if err != nil {
			b.Fatal(err)
		}
		u, ct := readRequest(b, dir)
		b.Run(c, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				dec := Decode(raw, ct)
				doc, err := ParseHTML(dec.Text)
				if err != nil {
					b.Fatal(err)
				}
				if c == "single-page" {
					testProfile.ParseList(doc, u)
					continue
				}
				a, err := testProfile.ExtractArticle(doc, u)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := BodyMarkdown(a.Body, u, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// A page no template fits: the generic extractor.
	raw, _ := os.ReadFile("../testdata/extract/sample-show-seed/page.html")
	u, _ := url.Parse("http://legacy.example/show.asp?id=1234")
	b.Run("generic", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			dec := Decode(raw, "text/html")
			if _, err := Generic(dec.Text, u); err != nil {
				b.Fatal(err)
			}
		}
	})
	// The generic extractor over the pages of testdata/shapes: the forms
	// and layouts of the field, per page.
	pages, _ := filepath.Glob("../testdata/shapes/*.html")
	var raws [][]byte
	for _, p := range pages {
		r, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, r)
	}
	b.Run("generic-shapes", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			for _, r := range raws {
				Generic(Decode(r, "").Text, u)
				n++
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/page")
	})
	b.Run("decode-gbk", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			Decode(raw, "text/html")
		}
	})
}

// BenchmarkPageParallel is the per-page path on every core at once, as the
// crawl's workers run it: state shared between workers (a lock taken for
// every byte, as html-to-markdown's converter does) shows here and not in
// BenchmarkPage.
func BenchmarkPageParallel(b *testing.B) {
	dir := "../testdata/extract/sample-show-meta1-body1"
	raw, err := os.ReadFile(filepath.Join(dir, "page.html"))
	if err != nil {
		b.Fatal(err)
	}
	u, ct := readRequest(b, dir)
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			doc, err := ParseHTML(Decode(raw, ct).Text)
			if err != nil {
				b.Error(err)
				return
			}
			a, err := testProfile.ExtractArticle(doc, u)
			if err != nil {
				b.Error(err)
				return
			}
			if _, err := BodyMarkdown(a.Body, u, nil); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
