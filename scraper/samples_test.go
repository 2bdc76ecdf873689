package scraper

import (
	"bufio"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

const samplesDir = "../../shared/legacy-site/samples"

type sampleWant struct {
	File        string   `json:"file"`
	ID          string   `json:"id"`
	Kind        string   `json:"kind"`
	Columns     []string `json:"columns"`
	Title       string   `json:"title"`
	PublishedAt string   `json:"published_at"`
	Source      string   `json:"source"`
	Author      string   `json:"author"`
	BodyText    string   `json:"body_text"`
	Images      []string `json:"images"`
	Attachments []struct {
		Path string `json:"path"`
		Name string `json:"name"`
	} `json:"attachments"`
	Charset string `json:"charset"`
}

// sampleResponses reads RESPONSES.tsv: file -> content type, request.
func sampleResponses(t *testing.T) map[string][2]string {
	t.Helper()
	f, err := os.Open(filepath.Join(samplesDir, "RESPONSES.tsv"))
	if err != nil {
		t.Skipf("shared samples not available: %v", err)
	}
	defer f.Close()
	out := map[string][2]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) == 4 {
			out[cols[0]] = [2]string{cols[2], cols[3]}
		}
	}
	return out
}

// TestSamplesExtract checks the template extractor against the model's
// samples and the fields EXPECTED.jsonl gives for them.
func TestSamplesExtract(t *testing.T) {
	resp := sampleResponses(t)
	data, err := os.ReadFile(filepath.Join(samplesDir, "EXPECTED.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	host := "http://legacy.example"
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var w sampleWant
		if err := json.Unmarshal([]byte(line), &w); err != nil {
			t.Fatal(err)
		}
		t.Run(w.File, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(samplesDir, w.File))
			if err != nil {
				t.Fatal(err)
			}
			r := resp[w.File]
			dec := Decode(raw, r[0])
			if dec.Charset != w.Charset {
				t.Errorf("charset = %q, want %q", dec.Charset, w.Charset)
			}
			pageURL, _ := url.Parse(host + r[1])
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(dec.Text))
			if err != nil {
				t.Fatal(err)
			}
			if w.Kind == "page" {
				lp := testProfile.ParseList(doc, pageURL)
				if !lp.Single {
					t.Fatalf("not seen as a single page: %+v", lp)
				}
				if got := VisibleText(lp.BodyNodes...); got != w.BodyText {
					t.Errorf("body\n got %q\nwant %q", got, w.BodyText)
				}
				return
			}
			a, err := testProfile.ExtractArticle(doc, pageURL)
			if err != nil {
				t.Fatal(err)
			}
			check := func(name, got, want string) {
				if got != want {
					t.Errorf("%s\n got %q\nwant %q", name, got, want)
				}
			}
			check("title", a.Title, w.Title)
			check("published_at", a.Meta.PublishedAt, w.PublishedAt)
			check("source", a.Meta.Source, w.Source)
			check("author", a.Meta.Author, w.Author)
			check("body_text", a.BodyText, w.BodyText)
			check("crumb", a.CrumbName, w.Columns[0])
			var imgs []string
			for _, i := range w.Images {
				imgs = append(imgs, host+i)
			}
			check("images", strings.Join(a.Images, " "), strings.Join(imgs, " "))
			var atts, gotAtts []string
			for _, x := range w.Attachments {
				atts = append(atts, host+x.Path+"|"+x.Name)
			}
			for _, x := range a.Attachments {
				gotAtts = append(gotAtts, x.URL+"|"+x.Name)
			}
			check("attachments", strings.Join(gotAtts, " "), strings.Join(atts, " "))
		})
	}
}
