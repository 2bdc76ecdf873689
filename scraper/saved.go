package scraper

import (
	"net/url"
	"regexp"
)

// savedURLMarks are the marks a saved page keeps of where it came from,
// in the order they are trusted: the browser's "saved from url" comment,
// a crawl's wrapper around the page (<text id="URL" …>, as research
// corpora of crawled pages store them), the page's canonical link, its
// og:url, its <base href>.
var savedURLMarks = []*regexp.Regexp{
	regexp.MustCompile(`(?i)<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->`),
	regexp.MustCompile(`(?i)^\s*<text\s+id=["'](https?://[^"'\s>]+)["']`),
	regexp.MustCompile(`(?i)<link\s[^>]*rel=["']?canonical["']?[^>]*href=["']?(https?://[^"'\s>]+)`),
	regexp.MustCompile(`(?i)<link\s[^>]*href=["']?(https?://[^"'\s>]+)["']?[^>]*rel=["']?canonical`),
	regexp.MustCompile(`(?i)<meta\s[^>]*property=["']?og:url["']?[^>]*content=["']?(https?://[^"'\s>]+)`),
	regexp.MustCompile(`(?i)<meta\s[^>]*content=["']?(https?://[^"'\s>]+)["']?[^>]*property=["']?og:url`),
	regexp.MustCompile(`(?i)<base\s[^>]*href=["']?(https?://[^"'\s>]+)`),
}

// SavedURL is the URL a saved page says it was saved from, or nil. The
// marks are ASCII, read in the raw bytes whatever the page's encoding.
func SavedURL(raw []byte) *url.URL {
	head := raw
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	for _, re := range savedURLMarks {
		if m := re.FindSubmatch(head); m != nil {
			if u, err := url.Parse(string(m[1])); err == nil && u.Host != "" {
				return u
			}
		}
	}
	return nil
}
