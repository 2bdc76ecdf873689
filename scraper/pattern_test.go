package scraper

import (
	"net/url"
	"strings"
	"testing"
)

type patternCase struct {
	ref  string
	kind LinkKind
	url  string
	id   string // article id, or column id for a list
	page int
}

// TestClassifyPatterns: URL schemes of other CMSs, written as patterns,
// classify their articles, lists, pages and print views, and give the
// site's own numbers whatever the spelling.
func TestClassifyPatterns(t *testing.T) {
	tests := []struct {
		name, article, print string
		lists                []string
		base                 string
		cases                []patternCase
	}{
		{"PowerEasy query", "ArticleShow.asp?ArticleID={id}", "ArticlePrint.asp?ArticleID={id}", []string{"ArticleList.asp?ClassID={column}&Page={page}"}, "http://h/Article/ArticleList.asp?ClassID=3",
			[]patternCase{
				{"ArticleShow.asp?ArticleID=0042", LinkArticle, "http://h/Article/ArticleShow.asp?ArticleID=42", "42", 0},
				{"articleshow.ASP?articleid=42&ClassID=3", LinkArticle, "http://h/Article/ArticleShow.asp?ArticleID=42", "42", 0},
				{"ArticlePrint.asp?ArticleID=42", LinkPrint, "http://h/Article/ArticlePrint.asp?ArticleID=42", "42", 0},
				{"ArticleList.asp?ClassID=3&Page=4", LinkList, "http://h/Article/ArticleList.asp?ClassID=3&Page=4", "3", 4},
				{"ArticleList.asp?classid=3", LinkList, "http://h/Article/ArticleList.asp?ClassID=3", "3", 1},
				{"ArticleShow.asp?ArticleID=x", LinkOther, "", "", 0},
			}},
		{"static paths", "/html/news/{*}/{id}.html", "", []string{"/html/list_{column}.html", "/html/list_{column}_{page}.html"}, "http://h/html/list_7.html",
			[]patternCase{
				{"news/201203/15.html", LinkArticle, "http://h/html/news/201203/15.html", "15", 0},
				{"/HTML/News/201203/15.html", LinkArticle, "http://h/html/news/201203/15.html", "15", 0},
				{"list_7_3.html", LinkList, "http://h/html/list_7_3.html", "7", 3},
				{"list_7.html", LinkList, "http://h/html/list_7.html", "7", 1},
				{"list_7_1.html", LinkList, "http://h/html/list_7.html", "7", 1},
				{"/html/about.html", LinkOther, "", "", 0},
			}},
		{"PHPCMS one script", "index.php?m=content&c=index&a=show&id={id}", "", []string{"index.php?m=content&c=index&a=lists&catid={column}&page={page}"}, "http://h/",
			[]patternCase{
				{"index.php?m=content&c=index&a=show&catid=9&id=77", LinkArticle, "http://h/index.php?m=content&c=index&a=show&id=77", "77", 0},
				{"index.php?m=content&c=index&a=lists&catid=9&page=2", LinkList, "http://h/index.php?m=content&c=index&a=lists&catid=9&page=2", "9", 2},
				{"index.php?m=content&c=index&a=other&id=77", LinkOther, "", "", 0},
			}},
	}
	for _, tt := range tests {
		y := "name: t\nurls:\n  article: {pattern: '" + tt.article + "'}\n  list: {patterns: ['" + strings.Join(tt.lists, "', '") + "']}\n"
		if tt.print != "" {
			y += "  print: '" + tt.print + "'\n"
		}
		y += "article: {title: h1, body: '#zoom'}\n"
		p, err := ParseProfile(strings.NewReader(y))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		base, _ := url.Parse(tt.base)
		for _, c := range tt.cases {
			l := p.Classify(base, c.ref)
			id := l.ID
			if l.Kind == LinkList {
				id = l.ClassID
			}
			if l.Kind != c.kind || c.url != "" && l.URL != c.url || id != c.id || c.page != 0 && l.Page != c.page {
				t.Errorf("%s: Classify(%q) = %+v, want kind %d url %q id %q page %d", tt.name, c.ref, l, c.kind, c.url, c.id, c.page)
			}
			if c.kind == LinkList {
				lu, _ := url.Parse(l.URL)
				if got := p.ListURL(lu, l.ClassID, l.Page); got != l.URL {
					t.Errorf("%s: ListURL(%s, %d) = %s, want %s", tt.name, l.ClassID, l.Page, got, l.URL)
				}
			}
		}
	}
}

func TestParseURLPatternErrors(t *testing.T) {
	for _, bad := range []string{"", "show.asp?id={nope}", "show.asp?={id}", "show.asp?id=x{id}", "a{b}.html"} {
		if _, err := ParseURLPattern(bad); err == nil {
			t.Errorf("ParseURLPattern(%q): no error", bad)
		}
	}
	for _, bad := range []string{
		"urls: {article: {pattern: 'show.asp?x=1'}, list: {patterns: ['l.asp?c={column}']}}\narticle: {title: h1, body: p}\n",
		"urls: {article: {pattern: 'show.asp?id={id}'}, list: {patterns: ['l.asp?page={page}']}}\narticle: {title: h1, body: p}\n",
	} {
		if _, err := ParseProfile(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseProfile accepted %q", bad)
		}
	}
}
