package scraper

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bothWays converts a copy of body the plain way (BodyMarkdown) and a
// copy through the sanitiser and a second parse (ToMarkdown of its HTML),
// and says whether the plain way was taken.
func bothWays(t testing.TB, body *html.Node, base *url.URL) (plain, sanitised string, took bool) {
	t.Helper()
	one := goquery.NewDocumentFromNode(body).Clone().Get(0)
	two := goquery.NewDocumentFromNode(body).Clone().Get(0)
	took = plainBody(goquery.NewDocumentFromNode(body).Clone().Get(0))
	var err error
	if plain, err = BodyMarkdown(one, base, nil); err != nil {
		t.Fatal(err)
	}
	h, err := nodesHTML([]*html.Node{two})
	if err != nil {
		t.Fatal(err)
	}
	if sanitised, err = ToMarkdown(h, base, nil); err != nil {
		t.Fatal(err)
	}
	return plain, sanitised, took
}

// TestPlainBodyAsSanitised: on every article page of the replica, the
// extraction cases and the real Chinese pages of shared/corpus, a body
// that skips the sanitiser gives the Markdown it gives through it.
func TestPlainBodyAsSanitised(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../testdata/site/raw/*.asp", "../testdata/extract/*/page.html", "../../shared/corpus/real-zh/pages/*.html"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	base, _ := url.Parse("http://legacy.example/show.asp?id=1")
	bodies, plain, profile, profilePlain := 0, 0, 0, 0
	for _, name := range files {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		dec := Decode(raw, "text/html")
		doc, err := ParseHTML(dec.Text)
		if err != nil {
			t.Fatal(err)
		}
		a, extractor, err := testProfile.extract(doc, dec.Text, base)
		if err != nil || a.Body == nil {
			continue
		}
		bodies++
		got, want, took := bothWays(t, a.Body, base)
		if took {
			plain++
		}
		if extractor == "profile" {
			profile++
			if took {
				profilePlain++
			}
		}
		if got != want {
			t.Errorf("%s (plain %v): Markdown\n%q\nthrough the sanitiser\n%q", name, took, got, want)
		}
	}
	t.Logf("%d bodies, %d plain; read by the site profile %d, %d plain", bodies, plain, profile, profilePlain)
	if profile < 100 || profilePlain < profile*3/4 {
		t.Errorf("%d bodies read by the profile, %d plain: the comparison covers too little", profile, profilePlain)
	}
}

// TestPlainBody: which bodies skip the sanitiser, and that the Markdown
// is the sanitised one either way.
func TestPlainBody(t *testing.T) {
	base, _ := url.Parse("http://h/show.asp?id=1")
	tests := []struct {
		name, body string
		plain      bool
	}{
		{"paragraphs", `<div id="zoom"><p style="x">甲</p><p>乙<br>丙</p></div>`, true},
		{"word paste", `<div><p class="MsoNormal"><span lang="EN-US" style="a">甲<o:p></o:p></span></p><!--[if gte mso 9]><xml></xml><![endif]--></div>`, true},
		{"font and center", `<div><center><font face="宋体" size="3">甲</font></center><big>乙</big></div>`, true},
		{"cell root", `<table><tr><td id="zoom" class="c">甲<br><br>乙</td></tr></table>`, true},
		{"row root", `<table><tr id="zoom"><td>甲</td></tr></table>`, false},
		{"image and link", `<div><img src="../UploadFile/a.jpg" alt="图一" border="0"><a href="/UploadFile/b.doc" target="_blank">附件</a></div>`, true},
		{"the site's image", `<p align="center"><img src="/UploadFile/201206/a.jpg" border="0" alt="" width="500" onload="if(this.width>600)this.width=600"></p>`, true},
		{"event handler on the root", `<div id="zoom" onclick="x()">甲</div>`, true},
		{"table", `<div><table border="1"><tbody><tr><td colspan="2">甲</td></tr><tr><td>1</td><td>2</td></tr></tbody></table></div>`, true},
		{"lists and headings", `<div><h2>题</h2><ul><li>甲</li></ul><ol><li>乙</li></ol><blockquote>丙</blockquote><hr></div>`, true},
		{"script", `<div>甲<script>alert(1)</script></div>`, false},
		{"event handler", `<div><p onclick="x()">甲</p></div>`, true},
		{"javascript link", `<div><a href="javascript:alert(1)">甲</a></div>`, false},
		{"data image", `<div>甲<img src="data:image/png;base64,AAAA"></div>`, false},
		{"link without href", `<div><a name="top">甲</a></div>`, false},
		{"link with a space", `<div><a href="/a b.doc">甲</a></div>`, false},
		{"alt the policy drops", `<div><img src="a.jpg" alt="图：一"></div>`, true},
		{"title", `<div><a href="/a" title="说明">甲</a><a href="/b" title="说明：“乙”">乙</a></div>`, true},
		{"colspan not a number", `<table><tr><td colspan="x">甲</td></tr></table>`, false},
		{"iframe", `<div><iframe src="http://e/"></iframe>甲</div>`, false},
		{"unknown element", `<div><st1:chsdate year="2008">甲</st1:chsdate></div>`, false},
		{"form", `<div><form><input value="x"></form>甲</div>`, false},
		{"svg", `<div><svg><a href="/x">甲</a></svg></div>`, false},
		{"relative link", `<div><a href="show.asp?id=2">下一篇</a> <img src="/UploadFile/%E5%9B%BE.jpg"></div>`, true},
		{"mailto", `<div><a href="mailto:a@b.c">信箱</a></div>`, true},
		{"text nodes made adjacent", `<div>&nbsp;&nbsp;甲<!-- x -->乙<br><br>丙</div>`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseHTML(tt.body)
			if err != nil {
				t.Fatal(err)
			}
			sel := doc.Find("#zoom")
			if sel.Length() == 0 {
				sel = doc.Find("body").Children()
			}
			body := sel.Get(0)
			got, want, took := bothWays(t, body, base)
			if took != tt.plain {
				t.Errorf("plain = %v, want %v", took, tt.plain)
			}
			if got != want {
				t.Errorf("Markdown\n%q\nthrough the sanitiser\n%q", got, want)
			}
			if strings.TrimSpace(got) == "" {
				t.Error("no Markdown")
			}
		})
	}
}

// TestPlainElementsAsSanitised: each element the plain way keeps, in a
// paragraph's place and in a cell, converts as through the sanitiser.
func TestPlainElementsAsSanitised(t *testing.T) {
	base, _ := url.Parse("http://h/show.asp?id=1")
	for name := range plainElements {
		if inTable[atom.Lookup([]byte(name))] || name == "td" || name == "th" || name == "caption" {
			continue // covered by the table cases of TestPlainBody
		}
		for _, wrap := range []string{`<div id="zoom">甲<%s title="题">乙</%s>丙</div>`, `<table><tbody><tr><td id="zoom">甲<%s>乙</%s>丙</td></tr></tbody></table>`} {
			doc, err := ParseHTML(strings.ReplaceAll(wrap, "%s", name))
			if err != nil {
				t.Fatal(err)
			}
			got, want, took := bothWays(t, doc.Find("#zoom").Get(0), base)
			if !took {
				t.Errorf("%s: not plain", name)
			}
			if got != want {
				t.Errorf("%s: Markdown\n%q\nthrough the sanitiser\n%q", name, got, want)
			}
		}
	}
}

// TestPlainBodyRewritten: bodies readability rewrote into shapes no
// parser makes (a cell in a div, a div in a p, text in a table row, a
// list item in a list item) take the sanitiser, which parses them again.
func TestPlainBodyRewritten(t *testing.T) {
	base, _ := url.Parse("http://h/show.asp?id=1")
	el := func(tag string, kids ...*html.Node) *html.Node {
		n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
		if tag == "a" {
			n.Attr = []html.Attribute{{Key: "href", Val: "/x"}}
		}
		for _, k := range kids {
			n.AppendChild(k)
		}
		return n
	}
	text := func(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }
	tests := map[string]*html.Node{
		"cell in a div":      el("div", el("td"), el("td", text("甲"), el("p", text("乙")))),
		"div in a p":         el("div", el("p", text("甲"), el("div", text("乙")))),
		"text in a row":      el("div", el("table", el("tbody", el("tr", text("甲"), el("td", text("乙")))))),
		"row without a body": el("div", el("table", el("tr", el("td", text("甲"))))),
		"table in a table":   el("div", el("table", el("table", el("tbody", el("tr", el("td", text("甲"))))))),
		"div in a row body":  el("div", el("table", el("tbody", el("div", text("甲"))))),
		"item in an item":    el("div", el("ul", el("li", text("甲"), el("li", text("乙"))))),
		"link in a link":     el("div", el("a", text("甲"), el("a", text("乙")))),
		"heading in a h2":    el("div", el("h2", text("甲"), el("h3", text("乙")))),
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			got, want, took := bothWays(t, body, base)
			if took {
				t.Error("plain: it should take the sanitiser")
			}
			if got != want {
				t.Errorf("Markdown\n%q\nthrough the sanitiser\n%q", got, want)
			}
		})
	}
}

// FuzzPlainBody: for any body, the Markdown is the sanitised one whether
// or not the body skips the sanitiser.
func FuzzPlainBody(f *testing.F) {
	f.Add(`<p style="x">甲</p><p>乙<br>丙</p>`)
	f.Add(`<table><tr><td>甲</td><td colspan="2">乙</td></tr></table>`)
	f.Add(`<font face="宋体">甲<o:p></o:p></font><!-- c --><center>乙</center>`)
	f.Add(`<a href="/x.doc">甲</a><img src="a.jpg" alt="图"><a href="javascript:x()">乙</a>`)
	f.Add(`<ul><li>甲<li>乙</ul><pre>
 丙</pre><blockquote>丁</blockquote>`)
	base, _ := url.Parse("http://h/show.asp?id=1")
	f.Fuzz(func(t *testing.T, inner string) {
		for _, wrap := range []string{`<div id="zoom">%s</div>`, `<table><tr><td id="zoom">%s</td></tr></table>`} {
			doc, err := ParseHTML(strings.Replace(wrap, "%s", inner, 1))
			if err != nil {
				return
			}
			sel := doc.Find("#zoom")
			if sel.Length() == 0 {
				continue
			}
			body := sel.Get(0)
			got, want, took := bothWays(t, body, base)
			if got != want {
				t.Fatalf("plain %v: Markdown\n%q\nthrough the sanitiser\n%q", took, got, want)
			}
		}
	})
}
