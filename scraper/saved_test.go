package scraper

import "testing"

func TestSavedURL(t *testing.T) {
	for _, tt := range []struct{ page, want string }{
		{"<!-- saved from url=(0052)http://news.example.com.cn/c/2005-07-31/1230123.shtml -->\n<html>", "http://news.example.com.cn/c/2005-07-31/1230123.shtml"},
		{`<html><head><link rel="canonical" href="https://www.example.gov.cn/art/2019/5/6/art_1_2.html"></head>`, "https://www.example.gov.cn/art/2019/5/6/art_1_2.html"},
		{`<html><head><link href="https://a.example/x/1.html" rel="canonical" /></head>`, "https://a.example/x/1.html"},
		{`<meta property="og:url" content="https://mp.weixin.qq.com/s/AbC">`, "https://mp.weixin.qq.com/s/AbC"},
		{`<base href="http://www.example.com/news/">`, "http://www.example.com/news/"},
		{`<text id="http://news.example.com/2005/07/31/1.htm" title="t" encoding="gb2312">` + "\n<html>", "http://news.example.com/2005/07/31/1.htm"},
		{`<html><body><text id="http://x.example/in-body.html">`, ""},
		{`<link rel="canonical" href="/relative.html">`, ""},
		{`<html><body>no mark</body></html>`, ""},
	} {
		got := ""
		if u := SavedURL([]byte(tt.page)); u != nil {
			got = u.String()
		}
		if got != tt.want {
			t.Errorf("SavedURL(%.40q) = %q, want %q", tt.page, got, tt.want)
		}
	}
}
