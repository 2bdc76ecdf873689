package scraper

import (
	"net/url"
	"os"
	"slices"
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
		if fields[f] < n {
			// Every field of every article: the figure of issue 9's
			// layouts must not drop (156 of 156 on 2026-12-07).
			t.Errorf("%s exact on %d of %d", f, fields[f], n)
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

// TestGenericLargePage: a 2 MB page of 20,000 blocks that fits no
// template goes through the generic extractor and comes back (every step
// is linear in the page's size; a quadratic one would not finish).
func TestGenericLargePage(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><head><title>大页面测试-网站</title></head><body><h1>大页面测试</h1>")
	for i := 0; i < 20000; i++ {
		b.WriteString(`<div class="item"><p>第` + strings.Repeat("段", 10) + `内容，协会召开会议。</p><a href="show.asp?id=1">链接</a></div>`)
	}
	b.WriteString("</body></html>")
	u, _ := url.Parse("http://h/show.asp?id=9")
	a, err := Generic(b.String(), u)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "大页面测试" || len(a.BodyText) < 100000 {
		t.Errorf("title %q, body %d bytes", a.Title, len(a.BodyText))
	}
}

// TestWidenTitle: the parts of <title> beside its main one are the
// title's too when one text of the page shows them joined to it (a
// heading with a label before the title), not when they are shown
// apart (a column's name in a menu) or not at all.
func TestWidenTitle(t *testing.T) {
	for _, tt := range []struct {
		pageTitle, part string
		texts           []string
		want            string
	}{
		{"视频｜县税务局开展纳税服务月活动-苍南县人民医院", "县税务局开展纳税服务月活动", []string{"视频｜县税务局开展纳税服务月活动", "苍南县人民医院 版权所有"}, "视频｜县税务局开展纳税服务月活动"},
		{"县税务局开展纳税服务月活动 - 新闻中心 - 苍南县人民医院", "县税务局开展纳税服务月活动", []string{"县税务局开展纳税服务月活动", "新闻中心"}, "县税务局开展纳税服务月活动"},
		{"县税务局开展纳税服务月活动_苍南县人民医院", "县税务局开展纳税服务月活动", nil, "县税务局开展纳税服务月活动"},
		{"图文 | 县税务局开展纳税服务月活动 | 苍南税务", "县税务局开展纳税服务月活动", []string{"图文 |县税务局开展纳税服务月活动"}, "图文 | 县税务局开展纳税服务月活动"},
	} {
		shown := func(s string) bool {
			return slices.ContainsFunc(tt.texts, func(x string) bool { return strings.Contains(squeeze(x), squeeze(s)) })
		}
		if got := widenTitle(tt.pageTitle, tt.part, shown); got != tt.want {
			t.Errorf("widenTitle(%q, %q) = %q, want %q", tt.pageTitle, tt.part, got, tt.want)
		}
	}
}

// TestTitleOfWrappedPage: a saved page with markup before its <html>
// (an archive's wrapper) has its <title> parsed into <body>; its text is
// not a text the page shows, so the title is not widened to it.
func TestTitleOfWrappedPage(t *testing.T) {
	page := `<text id="http://example.com/a.html"><!DOCTYPE html><html><head><meta charset="utf-8"><title>Joel on Software - 给计算机系学生的建议</title></head><body>
<p><font size="5">Joel on Software</font> <font size="4">周思博趣谈软件</font></p>
<p><strong>给计算机系学生的建议</strong></p>
<p>` + shapeP1 + `</p><p>` + moreParas[0] + `</p><p>` + shapeP2 + `</p></body></html></text>`
	a, err := Generic(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "给计算机系学生的建议" {
		t.Errorf("title %q", a.Title)
	}
}
