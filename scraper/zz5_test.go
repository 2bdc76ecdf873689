package scraper

import (
	"net/url"
	"strings"
	"testing"
)

func TestZZPartialDates(t *testing.T) {
	cases := []struct{ name, head, meta, url, want string }{
		{"md + url", "", `<div class="info">05-06 09:30　来源：县税务局</div>`, "http://www.example.gov.cn/art/2019/5/6/art_123_456.html", "2019-05-06"},
		{"md + trs url", "", `<div class="info">05-06 09:30　来源：县税务局</div>`, "http://www.example.gov.cn/xwzx/201905/t20190506_123.html", "2019-05-06"},
		{"yesterday + og", `<meta property="article:published_time" content="2019-05-06T09:30:00+08:00">`, `<div class="info">昨天 09:30　来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"hours ago + ld", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2019-05-06T09:30:00+08:00"}</script>`, `<div class="info">3小时前　来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"md chinese + meta", `<meta name="publishdate" content="2019-05-06">`, `<div class="info">5月6日 09:30　来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"url only people", "", `<div class="info">来源：县税务局</div>`, "http://www.example.com/n1/2019/0506/c123-456.html", "2019-05-06"},
		{"url only xinhua", "", `<div class="info">来源：县税务局</div>`, "http://www.example.com/2019-05/06/c_123.htm", "2019-05-06"},
		{"url only compact", "", `<div class="info">来源：县税务局</div>`, "http://www.example.com/a/20190506/123.htm", "2019-05-06"},
		{"pubdate meta only", `<meta name="PubDate" content="2019-05-06 09:30">`, `<div class="info">来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"itemprop", `<meta itemprop="datePublished" content="2019-05-06T09:30:00+08:00">`, `<div class="info">来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"time el", "", `<div class="info"><time datetime="2019-05-06T09:30:00+08:00">5月6日</time>　来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"md + year in crumbs? no: footer 2023", "", `<div class="info">05-06 09:30　来源：县税务局</div>`, "http://www.example.com/a/123.html", ""},
	}
	n, bad := 0, 0
	for _, tpl := range cmsTemplates() {
		if tpl.forum() {
			continue
		}
		for _, c := range cases {
			n++
			u, _ := url.Parse(c.url)
			page := tpl.page(shape{meta: c.meta, head: c.head}, twoParas)
			a, err := Generic(Decode([]byte(tpl.served(t, page)), "").Text, u)
			if err != nil {
				bad++
				continue
			}
			if c.want == "" && a.Meta.PublishedAt != "" && !strings.HasPrefix(a.Meta.PublishedAt, "2019") || c.want != "" && !strings.HasPrefix(a.Meta.PublishedAt, c.want) {
				bad++
				t.Errorf("%s, %s: date %q", tpl.name, c.name, a.Meta.PublishedAt)
			}
		}
	}
	t.Logf("%d of %d wrong", bad, n)
}
