package learn

import (
	"net/url"
	"testing"
)

// TestPatternOf: the pattern of a set of URLs of one shape names the
// slot with the most values, makes the others that vary {*}, keeps what
// is constant, drops numeric query parameters it does not name.
func TestPatternOf(t *testing.T) {
	tests := []struct {
		name, want string
		urls       []string
	}{
		{"model", "/show.asp?id={id}", []string{"/show.asp?id=12", "/show.asp?id=13&classid=4", "/show.asp?id=20&classid=4"}},
		{"date directory", "/html/{*}/{id}.html", []string{"/html/201203/15.html", "/html/201204/18.html", "/html/201204/19.html"}},
		{"column directories (DedeCMS)", "/a/{*}/{*}/{id}.html", []string{"/a/news/20120301/15.html", "/a/notice/20120302/16.html", "/a/news/20120302/17.html"}},
		{"one script (PHPCMS)", "/index.php?m=content&c=index&a=show&id={id}", []string{"/index.php?m=content&c=index&a=show&catid=9&id=77", "/index.php?m=content&c=index&a=show&catid=9&id=78"}},
		{"constant directory kept", "/Article/ShowArticle.asp?ArticleID={id}", []string{"/Article/ShowArticle.asp?ArticleID=1", "/Article/ShowArticle.asp?ArticleID=2"}},
	}
	for _, tt := range tests {
		if got, _ := patternOf(urls(tt.urls...), "id", false); got != tt.want {
			t.Errorf("%s: patternOf = %q, want %q", tt.name, got, tt.want)
		}
	}
	// A column is a number when one varies, else a directory's name.
	for _, tt := range []struct {
		want string
		urls []string
	}{
		{"/html/list_{column}.html", []string{"/html/list_4.html", "/html/list_9.html"}},
		{"/a/{column}/", []string{"/a/news/", "/a/notice/", "/a/about/"}},
		{"/ShowClass.asp?ClassID={column}", []string{"/ShowClass.asp?ClassID=3", "/ShowClass.asp?ClassID=5"}},
	} {
		if got, _ := patternOf(urls(tt.urls...), "column", false); got != tt.want {
			t.Errorf("patternOf(%v, column) = %q, want %q", tt.urls, got, tt.want)
		}
	}
}

// TestShape: numbers abstracted, case folded, word directories as *,
// query keys in order.
func TestShape(t *testing.T) {
	for in, want := range map[string]string{
		"/Show.asp?ID=12&classid=3": "/show.asp?classid=#&id=#",
		"/show.asp?classid=4&id=7":  "/show.asp?classid=#&id=#",
		"/a/news/20120301/15.html":  "/*/*/#/#.html",
		"/index.php?a=show&id=3":    "/index.php?a=show&id=#",
		"/html/list_4_2.html":       "/*/list_#_#.html",
	} {
		if got := shape(urls(in)[0]); got != want {
			t.Errorf("shape(%s) = %q, want %q", in, got, want)
		}
	}
}

// urls parses paths as URLs of a site.
func urls(paths ...string) []*url.URL {
	var out []*url.URL
	for _, p := range paths {
		u, _ := url.Parse("http://h" + p)
		out = append(out, u)
	}
	return out
}
