package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/replica"
	"github.com/goccy/go-yaml"
)

type frontMatter struct {
	Title      string   `yaml:"title"`
	Date       string   `yaml:"date"`
	Author     string   `yaml:"author"`
	Categories []string `yaml:"categories"`
	Source     string   `yaml:"source"`
	Columns    []string `yaml:"columns"`
	LegacyURL  string   `yaml:"legacy_url"`
	ID         string   `yaml:"id"`
	Kind       string   `yaml:"kind"`
}

func splitMarkdown(t *testing.T, md []byte) (frontMatter, string) {
	t.Helper()
	parts := bytes.SplitN(md, []byte("---\n"), 3)
	if len(parts) != 3 || len(parts[0]) != 0 {
		t.Fatalf("no front matter in %q", md)
	}
	var fm frontMatter
	if err := yaml.UnmarshalWithOptions(parts[1], &fm, yaml.Strict()); err != nil {
		t.Fatalf("front matter is not valid YAML: %v\n%s", err, parts[1])
	}
	return fm, string(parts[2])
}

var (
	mdImage   = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink    = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdTableHr = regexp.MustCompile(`(?m)^\|[-| :]+\|$`)
	mdEscape  = regexp.MustCompile(`\\(.)`)
	mdSyntax  = regexp.MustCompile(`(?m)^#+ |\*\*|__|\|`)
	mdLocal   = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	space     = regexp.MustCompile(`\s+`)
)

// plainMarkdown removes Markdown syntax, leaving the text a reader sees.
func plainMarkdown(md string) string {
	md = mdImage.ReplaceAllString(md, "")
	md = mdLink.ReplaceAllString(md, "$1")
	md = mdTableHr.ReplaceAllString(md, "")
	md = mdSyntax.ReplaceAllString(md, " ")
	md = mdEscape.ReplaceAllString(md, "$1")
	return space.ReplaceAllString(md, "")
}

// similarity is 2·LCS/(len a + len b) over runes (Myers' O(ND) diff).
func similarity(a, b string) float64 {
	x, y := []rune(a), []rune(b)
	n, m := len(x), len(y)
	if n+m == 0 {
		return 1
	}
	maxD := n + m
	v := make([]int, 2*maxD+2)
	off := maxD + 1
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				i = v[off+k+1]
			} else {
				i = v[off+k-1] + 1
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i, j = i+1, j+1
			}
			v[off+k] = i
			if i >= n && j >= m {
				lcs := (n + m - d) / 2
				return 2 * float64(lcs) / float64(n+m)
			}
		}
	}
	return 0
}

// TestMarkdownAndAssets: publishable Markdown and local assets.
func TestMarkdownAndAssets(t *testing.T) {
	site, srv, ts := loadReplica(t)
	out := t.TempDir()
	var stderr bytes.Buffer
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out), &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	recs := readJSONL(t, filepath.Join(out, archive.JSONLFile))
	before := map[string][]byte{}
	assets := 0
	for _, r := range recs {
		md, err := os.ReadFile(filepath.Join(out, r.MarkdownPath))
		if err != nil {
			t.Fatal(err)
		}
		before[r.MarkdownPath] = md
		fm, body := splitMarkdown(t, md)
		if fm.Title != r.Title || fm.Date != r.PublishedAt || fm.Author != r.Author || fm.Source != r.Source ||
			fm.LegacyURL != r.URL || fm.ID != r.ID || fm.Kind != r.Kind ||
			strings.Join(fm.Categories, "|") != strings.Join(r.Columns, "|") || strings.Join(fm.Columns, "|") != strings.Join(r.Columns, "|") {
			t.Errorf("%s: front matter %+v does not match the record", r.ID, fm)
		}
		if sim := similarity(plainMarkdown(body), space.ReplaceAllString(r.BodyText, "")); sim < 0.97 {
			t.Errorf("%s: Markdown text similarity %.3f < 0.97\n%s\n---\n%s", r.ID, sim, body, r.BodyText)
		}
		// Every local link resolves from the Markdown file's folder.
		for _, m := range mdLocal.FindAllStringSubmatch(body, -1) {
			link := m[1]
			if strings.HasPrefix(link, "http://") || strings.HasPrefix(link, "https://") {
				if strings.Contains(link, "/UploadFile/") || strings.Contains(link, "/uploadfile/") {
					t.Errorf("%s: Markdown still points at the legacy server: %s", r.ID, link)
				}
				continue
			}
			p, _ := url.PathUnescape(link)
			if _, err := os.Stat(filepath.Join(out, filepath.Dir(r.MarkdownPath), p)); err != nil {
				t.Errorf("%s: local link %s does not resolve", r.ID, link)
			}
		}
		// Every asset is stored with the bytes the site serves.
		check := func(a archive.Asset) {
			assets++
			u, _ := url.Parse(a.URL)
			resp := site.Responses[replica.Key(u.Path)]
			if resp == nil || a.Path == "" {
				t.Errorf("%s: asset %s not stored (%+v)", r.ID, a.URL, a)
				return
			}
			data, err := os.ReadFile(filepath.Join(out, a.Path))
			if err != nil {
				t.Errorf("%s: %v", r.ID, err)
				return
			}
			sum := sha256.Sum256(resp.Body)
			if !bytes.Equal(data, resp.Body) || a.SHA256 != hex.EncodeToString(sum[:]) || a.Size != int64(len(data)) || a.ContentType == "" {
				t.Errorf("%s: asset %s differs from the site's bytes", r.ID, a.URL)
			}
			if !strings.HasPrefix(a.Path, "assets/") {
				t.Errorf("%s: asset path %s", r.ID, a.Path)
			}
		}
		for _, i := range r.Images {
			check(i.Asset)
		}
		for _, a := range r.Attachments {
			check(a.Asset)
			if a.Name == "" {
				t.Errorf("%s: attachment without a name", r.ID)
			}
		}
	}
	if assets < 20 {
		t.Fatalf("only %d assets checked", assets)
	}
	downloads := func() int {
		n := 0
		for k, v := range srv.Downloads() {
			if strings.HasPrefix(k, "/uploadfile/") {
				n += v
			}
		}
		return n
	}
	first := downloads()
	jsonl1 := normalizeJSONL(t, filepath.Join(out, archive.JSONLFile), ts.URL)

	// A full second run on the unchanged site revalidates every asset
	// (If-None-Match) and downloads none; Markdown and JSON are
	// byte-identical but for fetch times.
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out, "--full"), &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, stderr.String())
	}
	if got := downloads(); got != first {
		t.Errorf("second run downloaded %d assets again", got-first)
	}
	for path, md := range before {
		now, _ := os.ReadFile(filepath.Join(out, path))
		if !bytes.Equal(now, md) {
			t.Errorf("%s changed on an unchanged site", path)
		}
	}
	if jsonl2 := normalizeJSONL(t, filepath.Join(out, archive.JSONLFile), ts.URL); !bytes.Equal(jsonl1, jsonl2) {
		t.Error("articles.jsonl changed on an unchanged site")
	}
	// What a revalidation writes to the ledger keeps the validators: a
	// third run revalidates again and downloads none either.
	if code := run(context.Background(), crawlArgs(ts.URL+"/", out, "--full"), &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("third run: exit %d: %s", code, stderr.String())
	}
	if got := downloads(); got != first {
		t.Errorf("third run downloaded %d assets again", got-first)
	}
}

// TestAssetFailureRetried: an image that keeps failing stays a legacy URL
// with a warning and a manifest entry; the next run gets it.
func TestAssetFailureRetried(t *testing.T) {
	site, err := replica.Load(os.DirFS("../../testdata/site"))
	if err != nil {
		t.Fatal(err)
	}
	const img = "/uploadfile/201210/201210311647473901.jpg" // in article 136
	good := site.Responses[img]
	site.Responses[img] = &replica.Response{Status: 500, ContentType: "text/html", Body: []byte("error")}
	ts := httptestServer(t, replica.NewServer(site))
	out := t.TempDir()
	var stderr bytes.Buffer
	if code := run(context.Background(), crawlArgs(ts+"/", out, "--retry-wait", "1ms", "--attempts", "2"), &bytes.Buffer{}, &stderr); code != exitIncomplete {
		t.Fatalf("exit %d, want 3", code)
	}
	m := readManifest(t, out)
	if len(m.Failed) != 1 || m.Failed[0].Kind != "asset" || !strings.HasSuffix(strings.ToLower(m.Failed[0].URL), img) {
		t.Fatalf("manifest failed = %+v", m.Failed)
	}
	rec := readRecord(t, out, "136")
	md, _ := os.ReadFile(filepath.Join(out, rec.MarkdownPath))
	if !strings.Contains(string(md), ts+"/UploadFile/201210/201210311647473901.jpg") || len(rec.Warnings) == 0 {
		t.Errorf("failed image not kept as its legacy URL with a warning:\n%s\n%v", md, rec.Warnings)
	}
	site.Responses[img] = good
	if code := run(context.Background(), crawlArgs(ts+"/", out), &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, stderr.String())
	}
	rec = readRecord(t, out, "136")
	md, _ = os.ReadFile(filepath.Join(out, rec.MarkdownPath))
	if _, body := splitMarkdown(t, md); strings.Contains(body, "http://") || len(rec.Warnings) != 0 || rec.Images[1].Path == "" {
		t.Errorf("second run did not fetch the image:\n%s\n%v", md, rec.Warnings)
	}
}

func readRecord(t *testing.T, out, id string) archive.Record {
	t.Helper()
	s, err := archive.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.ReadRecord(id)
	if err != nil {
		t.Fatal(err)
	}
	return *r
}
