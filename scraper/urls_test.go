package scraper

import (
	"net/url"
	"strconv"
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	base, _ := url.Parse("http://site.example/show.asp?id=5")
	tests := []struct {
		ref  string
		kind LinkKind
		url  string
		id   string
	}{
		{"show.asp?id=12", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"Show.asp?ID=12", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"SHOW.ASP?Id=012&classid=9", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"show.asp?classid=9&id=12#top", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"/show.asp?id=12", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"../show.asp?id=12", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"show.asp?id=abc", LinkOther, "", ""},
		{"show.asp?id=-1", LinkOther, "", ""},
		{"show.asp?id=99999999999999999999999", LinkOther, "", ""},
		{"print.asp?id=12", LinkPrint, "http://site.example/print.asp?id=12", "12"},
		{"count.asp?id=12", LinkCounter, "http://site.example/count.asp?id=12", ""},
		{"list.asp?classid=9", LinkList, "http://site.example/list.asp?classid=9", ""},
		{"List.asp?ClassID=9&Page=3", LinkList, "http://site.example/list.asp?classid=9&page=3", ""},
		{"list.asp?classid=9&page=1", LinkList, "http://site.example/list.asp?classid=9", ""},
		{"index.asp", LinkHome, "http://site.example/", ""},
		{"http://other.example/show.asp?id=1", LinkOffsite, "http://other.example/show.asp?id=1", ""},
		{"javascript:window.close()", LinkOther, "", ""},
		{"#", LinkOther, "", ""},
		{"../UploadFile/201301/a.jpg", LinkFile, "http://site.example/UploadFile/201301/a.jpg", ""},
	}
	for _, tt := range tests {
		l := testProfile.Classify(base, tt.ref)
		if l.Kind != tt.kind || (tt.url != "" && l.URL != tt.url) || l.ID != tt.id {
			t.Errorf("testProfile.Classify(%q) = %+v, want kind %d url %q id %q", tt.ref, l, tt.kind, tt.url, tt.id)
		}
	}
}

// TestParseListPagers: the pages of a column are found from 页次 P/T,
// from 第P页/共T页, from a 下一页 link, or from numbered links only.
func TestParseListPagers(t *testing.T) {
	base, _ := url.Parse("http://h/list.asp?classid=9&page=2")
	tests := []struct {
		name, pager       string
		page, pages, last int
		next              string
	}{
		{"页次", `<div class="page">共112条记录 页次:2/6 每页20条</div>`, 2, 6, 0, ""},
		{"第P页/共T页", `<div class="pagination">第2页/共6页</div>`, 2, 6, 0, ""},
		{"next link", `<div class="pg"><a href="list.asp?classid=9&page=3">下一页</a></div>`, 0, 0, 3, "http://h/list.asp?classid=9&page=3"},
		{"numbers only", `<div class="pg"><a href="list.asp?classid=9">1</a> 2 <a href="list.asp?classid=9&page=3">3</a> <a href="List.asp?ClassID=9&Page=6">6</a> <a href="list.asp?classid=5&page=9">9</a></div>`, 0, 0, 6, ""},
	}
	for _, tt := range tests {
		doc, err := ParseHTML(`<div><div class="position">当前位置</div><ul class="newslist"><li><a href="show.asp?id=1">a</a></li></ul>` + tt.pager + `</div>`)
		if err != nil {
			t.Fatal(err)
		}
		lp := testProfile.ParseList(doc, base)
		if lp.Page != tt.page || lp.Pages != tt.pages || lp.Next != tt.next || lp.LastLink != tt.last {
			t.Errorf("%s: page %d/%d next %q last link %d", tt.name, lp.Page, lp.Pages, lp.Next, lp.LastLink)
		}
	}
}

// FuzzContainsFold: the first-byte filter changes nothing; containsFold
// answers as EqualFold tried at every offset does.
func FuzzContainsFold(f *testing.F) {
	for _, c := range [][2]string{
		{"/Show.asp?id=1", "show.asp"}, {"SHOW.ASP", "show.asp"}, {"/shoW.aSp", "Show.asp"},
		{"/list.asp", "show.asp"}, {"ſhow.asp", "show.asp"}, {"xſhow.as", "show.asp"},
		{"", "show.asp"}, {"show.asp", ""}, {"文章show.asp", "show.asp"}, {"/文章.asp", "文章.asp"},
		{"/K.asp", "k.asp"}, {"/\u212a.asp", "k.asp"}, {"/\u212a.asp", "\u212a.asp"},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, sub string) {
		want := false
		for i := 0; i+len(sub) <= len(s); i++ {
			if strings.EqualFold(s[i:i+len(sub)], sub) {
				want = true
				break
			}
		}
		if got := containsFold(s, sub); got != want {
			t.Fatalf("containsFold(%q, %q) = %v, want %v", s, sub, got, want)
		}
	})
}

// FuzzClassifyCached: Classify answers from its cache what classify says
// of the same base and reference, whichever base asked first.
func FuzzClassifyCached(f *testing.F) {
	bases := []string{
		"http://site.example/show.asp?id=5", "http://site.example/news/show.asp?id=5", "https://site.example/",
		"http://site.example/a%2Fb/list.asp?classid=1", "http://user@site.example/x/", "http://SITE.example:8080/list.asp",
	}
	for _, ref := range []string{"index.asp", "list.asp?classid=9", "../list.asp?classid=9&page=2", "?page=3",
		"//other.example/x", "/count.asp?id=1", "Show.asp?ID=1", " list.asp?classid=1 ", "#top", ""} {
		for i := range bases {
			f.Add(uint8(i), uint8(i+1), ref)
		}
	}
	f.Fuzz(func(t *testing.T, first, second uint8, ref string) {
		p := DefaultProfile()
		a, _ := url.Parse(bases[int(first)%len(bases)])
		b, _ := url.Parse(bases[int(second)%len(bases)])
		p.Classify(a, ref) // fills the cache
		for _, base := range []*url.URL{a, b} {
			if got, want := p.Classify(base, ref), p.classify(base, strings.TrimSpace(ref)); got != want {
				t.Fatalf("Classify(%s, %q) = %+v, want %+v", base, ref, got, want)
			}
		}
	})
}

// TestLinkCacheBounded: however many links a site has, the cache holds
// at most linkCacheSize of them.
func TestLinkCacheBounded(t *testing.T) {
	p := DefaultProfile()
	base, _ := url.Parse("http://site.example/")
	for i := range 3 * linkCacheSize {
		p.Classify(base, "list.asp?classid="+strconv.Itoa(i))
	}
	if n := len(p.links.m); n == 0 || n > linkCacheSize {
		t.Fatalf("cache holds %d links, want 1..%d", n, linkCacheSize)
	}
	if l := p.Classify(base, "list.asp?classid=7"); l.Kind != LinkList || l.ClassID != "7" {
		t.Fatalf("after the cache was emptied: %+v", l)
	}
}
