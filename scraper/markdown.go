package scraper

import (
	"strings"

	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"github.com/PuerkitoBio/goquery"
	"github.com/microcosm-cc/bluemonday"
)

// sanitizer keeps what a body may hold and drops active content: scripts,
// iframes, objects, event handlers, javascript: and data: URLs. The
// archive feeds content stores that publish it.
var sanitizer = func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowRelativeURLs(true)
	p.AllowURLSchemes("http", "https", "mailto")
	p.RequireNoFollowOnLinks(false)
	p.AllowAttrs("align").OnElements("p", "div", "td", "th", "table")
	return p
}()

// SanitizeHTML removes active content from body HTML.
func SanitizeHTML(bodyHTML string) string { return sanitizer.Sanitize(bodyHTML) }

// ToMarkdown converts a body's HTML to Markdown with html-to-markdown and
// its table plugin, after sanitising it and removing Word-paste debris and
// presentational markup. Relative links are made absolute against domain.
func ToMarkdown(bodyHTML, domain string) (string, error) {
	doc, err := ParseHTML(SanitizeHTML(bodyHTML))
	if err != nil {
		return "", err
	}
	root := doc.Find("body")
	root.Find("script, style, noscript, iframe, object, embed, form, o\\:p").Remove()
	root.Find("*").Each(func(_ int, s *goquery.Selection) {
		for _, attr := range []string{"style", "class", "face", "size", "color", "align", "width", "height", "border", "onload", "onclick", "onerror", "lang"} {
			s.RemoveAttr(attr)
		}
	})
	root.Find("font, span").Each(func(_ int, s *goquery.Selection) {
		s.ReplaceWithSelection(s.Contents())
	})
	conv := htmltomarkdown.NewConverter(htmltomarkdown.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(),
		table.NewTablePlugin(table.WithHeaderPromotion(true), table.WithSkipEmptyRows(true)),
	))
	h, err := root.Html()
	if err != nil {
		return "", err
	}
	md, err := conv.ConvertString(h, htmltomarkdown.WithDomain(domain))
	if err != nil {
		return "", err
	}
	return normalizeMarkdown(md), nil
}

// normalizeMarkdown trims indentation (&nbsp; and U+3000 runs) from every
// line and collapses runs of blank lines.
func normalizeMarkdown(md string) string {
	lines := strings.Split(md, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		t := strings.TrimRight(strings.TrimLeft(l, "\u00a0\u3000 "), " \u00a0\u3000")
		if strings.HasPrefix(l, "|") || strings.HasPrefix(l, "    ") && !strings.HasPrefix(strings.TrimLeft(l, " "), "\u3000") {
			t = strings.TrimRight(l, " ")
		}
		if t == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, t)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
