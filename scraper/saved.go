package scraper

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/http"
	"net/mail"
	"net/url"
	"regexp"
	"strings"
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

// SavedArchive unwraps a page saved as a web archive, one file of MIME
// parts (MHTML: a browser's "Webpage, Single File", Chrome's .mhtml,
// Internet Explorer's .mht): the bytes of its first HTML part, as its
// Content-Transfer-Encoding gives them back, that part's Content-Type
// (its charset, when the saver wrote one) and the location the archive
// says the page was saved from (nil if none). ok is false when raw is no
// such archive or holds no HTML part.
func SavedArchive(raw []byte) (page []byte, contentType string, from *url.URL, ok bool) {
	head := raw[:min(len(raw), 4096)]
	if !mhtmlHead.Match(head) {
		return nil, "", nil, false
	}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, "", nil, false
	}
	mediaType, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mediaType, "multipart/") || params["boundary"] == "" {
		return nil, "", nil, false
	}
	location := msg.Header.Get("Snapshot-Content-Location")
	parts := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := parts.NextRawPart()
		if err != nil {
			return nil, "", nil, false
		}
		ct := p.Header.Get("Content-Type")
		if t, _, _ := mime.ParseMediaType(ct); t != "text/html" {
			continue
		}
		var body io.Reader = p
		switch strings.ToLower(strings.TrimSpace(p.Header.Get("Content-Transfer-Encoding"))) {
		case "quoted-printable":
			body = quotedprintable.NewReader(p)
		case "base64":
			body = base64.NewDecoder(base64.StdEncoding, p) // line breaks are skipped
		}
		page, err := io.ReadAll(body)
		if err != nil {
			return nil, "", nil, false
		}
		if location == "" {
			location = p.Header.Get("Content-Location")
		}
		if u, err := url.Parse(location); err == nil && u.Host != "" {
			from = u
		}
		return page, ct, from, true
	}
}

// mhtmlHead: a MIME message's header announcing related parts.
var mhtmlHead = regexp.MustCompile(`(?is)^\s*(?:[A-Za-z-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?Content-Type:\s*multipart/related`)

// NotPage names what the bytes are when they are no page to read an
// article from: a PDF, an image, an archive (by their signatures), or
// binary data (one byte in a hundred a control character; a saved page
// may hold a few stray ones).
func NotPage(raw []byte) string {
	kind := strings.Split(http.DetectContentType(raw), ";")[0]
	if strings.HasPrefix(kind, "text/") {
		return ""
	}
	if kind != "application/octet-stream" {
		return kind
	}
	control := 0
	for _, c := range raw {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			control++
		}
	}
	if control*100 > len(raw) {
		return kind
	}
	return ""
}
