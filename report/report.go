// Package report renders an archive as report.html: one self-contained
// page (no network, no scripts, no external fonts) with per-column
// counts, articles per year as an inline SVG chart, missing and failed
// pages with reasons, records with warnings and the history of runs.
// It reads only the archive's files, or is shown the records by the
// crawl's end pass as it writes articles.jsonl (Builder).
package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
)

// File is the report's name in the archive.
const File = "report.html"

// Data is what the report shows.
type Data struct {
	Generated  string
	Dir        string
	M          archive.Manifest
	Years      []YearCount
	Chart      template.HTML
	Warned     []Warned
	WarnCounts map[string]int
	Runs       []archive.RunSummary
	Removed    []archive.Record
	Learned    *archive.Learned // nil: the site was read with a profile given
}

// YearCount is how many articles a year has.
type YearCount struct {
	Year  string
	Count int
}

// Warned is a record that needs a look.
type Warned struct {
	ID, Title, URL, Kind string
	Reasons              []string
}

// Builder gathers the report's data record by record: a crawl's end
// pass, which visits every record as it writes articles.jsonl, feeds it,
// so that the report costs no second reading of the archive.
type Builder struct {
	d     Data
	years map[string]int
}

// NewBuilder starts a report.
func NewBuilder() *Builder {
	return &Builder{d: Data{WarnCounts: map[string]int{}}, years: map[string]int{}}
}

// Add counts a record, in the order of articles.jsonl.
func (b *Builder) Add(r *archive.Record) {
	d := &b.d
	if r.RemovedAt != "" {
		d.Removed = append(d.Removed, *r)
	}
	if r.Kind == archive.KindArticle {
		y := "未知"
		if len(r.PublishedAt) >= 4 {
			y = r.PublishedAt[:4]
		}
		b.years[y]++
	}
	var reasons []string
	add := func(kind, reason string) {
		d.WarnCounts[kind]++
		reasons = append(reasons, reason)
	}
	for _, w := range r.Warnings {
		switch {
		case strings.Contains(w, "U+FFFD"):
			add("replacement", "替换字符 (invalid bytes): "+w)
		case strings.Contains(w, "generic extractor"):
			add("generic", "通用提取 (generic extraction)")
		case strings.HasPrefix(w, "asset"):
			add("asset", "附件/图片 (asset): "+w)
		default:
			add("other", w)
		}
	}
	if r.Kind == archive.KindArticle && r.PublishedAt == "" {
		add("nodate", "无日期 (no date)")
	}
	if r.Kind == archive.KindArticle && r.Author == "" {
		add("noauthor", "无作者 (no author)")
	}
	if len(reasons) > 0 {
		d.Warned = append(d.Warned, Warned{ID: r.ID, Title: r.Title, URL: r.URL, Kind: r.Kind, Reasons: reasons})
	}
}

// Data completes the report with the archive's manifest and run
// summaries, read from dir.
func (b *Builder) Data(dir string, now time.Time) (*Data, error) {
	m, err := archive.ReadManifest(dir)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return b.data(dir, m, now), nil
}

func (b *Builder) data(dir string, m *archive.Manifest, now time.Time) *Data {
	d := b.d
	d.Generated, d.Dir, d.M = now.UTC().Format(time.RFC3339), dir, *m
	for y, n := range b.years {
		d.Years = append(d.Years, YearCount{y, n})
	}
	sort.Slice(d.Years, func(i, j int) bool { return d.Years[i].Year < d.Years[j].Year })
	d.Chart = chart(d.Years)
	runs, _ := filepath.Glob(filepath.Join(dir, archive.RunsDir, "*.json"))
	sort.Strings(runs)
	for _, f := range runs {
		var r archive.RunSummary
		if b, err := os.ReadFile(f); err == nil && json.Unmarshal(b, &r) == nil {
			d.Runs = append(d.Runs, r)
		}
	}
	sort.SliceStable(d.Runs, func(i, j int) bool { return d.Runs[i].StartedAt > d.Runs[j].StartedAt })
	d.Learned, _ = archive.ReadLearned(dir) // a report without it says so
	return &d
}

// Build gathers the report's data from the archive in dir.
func Build(dir string, now time.Time) (*Data, error) {
	m, err := archive.ReadManifest(dir)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	store, err := archive.OpenExisting(dir)
	if err != nil {
		return nil, err
	}
	b := NewBuilder()
	if err := store.EachJSONL(func(r *archive.Record) error { b.Add(r); return nil }); err != nil {
		return nil, err
	}
	return b.data(dir, m, now), nil
}

// chart draws articles per year as an inline SVG bar chart.
func chart(years []YearCount) template.HTML {
	if len(years) == 0 {
		return ""
	}
	maxN := 1
	for _, y := range years {
		maxN = max(maxN, y.Count)
	}
	const h, barW, gap, top, bottom, left = 180, 28, 10, 20, 24, 8
	w := left*2 + len(years)*(barW+gap)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="每年文章数 articles per year" id="year-chart">`, w, h+top+bottom, w, h+top+bottom)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#555"/>`, left, top+h, w-left, top+h)
	for i, y := range years {
		bh := y.Count * h / maxN
		x := left + gap/2 + i*(barW+gap)
		fmt.Fprintf(&b, `<g class="bar" data-year="%s" data-count="%d"><rect x="%d" y="%d" width="%d" height="%d" fill="#3b6ea5"><title>%s: %d</title></rect>`,
			template.HTMLEscapeString(y.Year), y.Count, x, top+h-bh, barW, bh, template.HTMLEscapeString(y.Year), y.Count)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="middle">%d</text>`, x+barW/2, top+h-bh-4, y.Count)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="middle">%s</text></g>`, x+barW/2, top+h+16, template.HTMLEscapeString(y.Year))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // built from numbers and escaped years only
}

// Render writes the report as HTML.
func Render(d *Data) ([]byte, error) {
	var buf bytes.Buffer
	if err := page.Execute(&buf, d); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return buf.Bytes(), nil
}

// Write builds the report of the archive in dir and writes report.html
// into it (atomically); it gives the file's path.
func Write(dir string, now time.Time) (string, error) {
	d, err := Build(dir, now)
	if err != nil {
		return "", err
	}
	return write(dir, d)
}

// Write writes report.html into the archive in dir from the records
// added (every record of its articles.jsonl, in order); it gives the
// file's path.
func (b *Builder) Write(dir string, now time.Time) (string, error) {
	d, err := b.Data(dir, now)
	if err != nil {
		return "", err
	}
	return write(dir, d)
}

func write(dir string, d *Data) (string, error) {
	html, err := Render(d)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, File)
	if err := archive.WriteFileAtomic(path, html); err != nil {
		return "", fmt.Errorf("report: %w", err)
	}
	return path, nil
}

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"join": strings.Join,
	"pct":  func(f float64) float64 { return 100 * f },
}).Parse(pageHTML))
