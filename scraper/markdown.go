package scraper

import (
	"net/url"
	"strings"
	"sync"

	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sanitizer keeps what a body may hold and drops active content: scripts,
// iframes, objects, event handlers, javascript: and data: URLs. The
// archive feeds content stores that publish it.
var sanitizer = func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowRelativeURLs(true)
	p.AllowURLSchemes("http", "https", "mailto")
	p.RequireNoFollowOnLinks(false)
	return p
}()

// SanitizeHTML removes active content from body HTML.
func SanitizeHTML(bodyHTML string) string { return sanitizer.Sanitize(bodyHTML) }

// converters hold html-to-markdown converters with GFM tables. One
// converter is safe for concurrent use, but it takes a read lock for every
// byte of text it escapes: shared by all workers, that lock's counter moves
// between the cores for every byte. A pool keeps about one per core
// (sync.Pool caches per processor).
var converters = sync.Pool{New: func() any {
	return htmltomarkdown.NewConverter(htmltomarkdown.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(),
		table.NewTablePlugin(table.WithHeaderPromotion(true), table.WithSkipEmptyRows(true)),
	))
}}

// Localize maps an absolute URL of an image or attachment to the link the
// Markdown should use (a local path); ok false keeps the URL.
type Localize func(abs string) (link string, ok bool)

// ToMarkdown converts a body to Markdown: sanitised, cleaned (CleanBody),
// URLs made absolute against base or mapped to local files by localize,
// then converted by html-to-markdown with its table plugin.
func ToMarkdown(bodyHTML string, base *url.URL, localize Localize) (string, error) {
	root, err := CleanBody(bodyHTML)
	if err != nil {
		return "", err
	}
	return convert(root, base, localize)
}

// BodyMarkdown converts a body element to the Markdown ToMarkdown gives
// for its HTML. body must be a copy of its own (not in a page still
// read): it is consumed. A plain body (see plainBody) is cleaned as it
// is; any other is rendered and takes ToMarkdown's way.
func BodyMarkdown(body *html.Node, base *url.URL, localize Localize) (string, error) {
	if body != nil && plainBody(body) {
		root := plainRoot(body)
		tidyBody(root)
		return convert(root, base, localize)
	}
	var h string
	if body != nil {
		var err error
		if h, err = nodesHTML([]*html.Node{body}); err != nil {
			return "", err
		}
	}
	return ToMarkdown(h, base, localize)
}

func convert(root *html.Node, base *url.URL, localize Localize) (string, error) {
	rewriteURLs(root, base, localize)
	conv := converters.Get().(*htmltomarkdown.Converter)
	md, err := conv.ConvertNode(root)
	converters.Put(conv)
	if err != nil {
		return "", err
	}
	return normalizeMarkdown(string(md)), nil
}

// rewriteURLs makes src and href absolute, or local where localize says.
func rewriteURLs(n *html.Node, base *url.URL, localize Localize) {
	if n.Type == html.ElementNode {
		for i, a := range n.Attr {
			if a.Key != "src" && a.Key != "href" {
				continue
			}
			u, err := base.Parse(strings.TrimSpace(a.Val))
			if err != nil {
				continue
			}
			abs := u.String()
			if localize != nil {
				if local, ok := localize(abs); ok {
					n.Attr[i].Val = local
					continue
				}
			}
			n.Attr[i].Val = abs
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		rewriteURLs(c, base, localize)
	}
}

// normalizeMarkdown drops trailing white space (but keeps a hard line
// break, two spaces) and collapses runs of blank lines.
func normalizeMarkdown(md string) string {
	lines := strings.Split(md, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		t := strings.TrimRight(l, " \t\u00a0\u3000")
		if strings.HasSuffix(l, "  ") && t != "" {
			t += "  "
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

// presentational attributes that say nothing a Markdown reader needs.
var dropAttrs = map[string]bool{
	"style": true, "class": true, "face": true, "size": true, "color": true, "align": true,
	"width": true, "height": true, "border": true, "lang": true, "valign": true, "bgcolor": true,
	"cellpadding": true, "cellspacing": true, "id": true, "rel": true, "target": true,
}

// unwrapTags lose their tags, never their content (Word paste debris,
// fonts and spans).
var unwrapTags = map[string]bool{"font": true, "span": true, "o:p": true, "center": true, "u": true, "small": true, "big": true}

// CleanBody sanitises body HTML and tidies it for conversion: Word-paste
// debris (o:p, mso- styles, 仿宋_GB2312 spans, font) and presentational
// attributes go; runs of text separated by <br><br> become paragraphs;
// &nbsp;, U+3000 and space indentation is removed from each paragraph;
// empty paragraphs go. It returns the body element of a new document.
func CleanBody(bodyHTML string) (*html.Node, error) {
	doc, err := ParseHTML(SanitizeHTML(bodyHTML))
	if err != nil {
		return nil, err
	}
	body := doc.Find("body").Get(0)
	if body == nil {
		return doc.Get(0), nil
	}
	tidyBody(body)
	return body, nil
}

// tidyBody is CleanBody's work on a sanitised body element.
func tidyBody(body *html.Node) {
	tidy(body)
	paragraphs(body)
	trimIndent(body)
	dropEmpty(body)
}

func tidy(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			tidy(c)
			attrs := c.Attr[:0]
			for _, a := range c.Attr {
				if !dropAttrs[a.Key] {
					attrs = append(attrs, a)
				}
			}
			c.Attr = attrs
			if unwrapTags[c.Data] {
				for gc := c.FirstChild; gc != nil; {
					gnext := gc.NextSibling
					c.RemoveChild(gc)
					n.InsertBefore(gc, c)
					gc = gnext
				}
				n.RemoveChild(c)
			}
		} else if c.Type == html.TextNode {
			c.Data = strings.ReplaceAll(c.Data, "\u00a0", " ")
		} else if c.Type == html.CommentNode {
			n.RemoveChild(c)
		}
		c = next
	}
}

func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && blockTags[n.DataAtom]
}

// paragraphs wraps the inline runs of a container (the body, a div) in
// <p> elements, a run ending at a block element or at two or more <br>.
func paragraphs(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Div || c.DataAtom == atom.Blockquote || c.DataAtom == atom.Td) {
			paragraphs(c)
		}
	}
	hasLoose := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !isBlock(c) && !(c.Type == html.TextNode && strings.TrimSpace(c.Data) == "") {
			hasLoose = true
			break
		}
	}
	if !hasLoose || n.DataAtom == atom.Td && !hasBR(n) {
		return
	}
	var run []*html.Node
	flush := func() {
		// Drop trailing <br> and blank text from the run.
		for len(run) > 0 {
			last := run[len(run)-1]
			if last.DataAtom == atom.Br || last.Type == html.TextNode && strings.TrimSpace(last.Data) == "" {
				n.RemoveChild(last)
				run = run[:len(run)-1]
				continue
			}
			break
		}
		if len(run) == 0 {
			return
		}
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		n.InsertBefore(p, run[0])
		for _, r := range run {
			n.RemoveChild(r)
			p.AppendChild(r)
		}
		run = run[:0]
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case isBlock(c):
			flush()
		case c.DataAtom == atom.Br && nextBR(c):
			flush()
			// remove the run of <br> and blank text
			for next != nil && (next.DataAtom == atom.Br || next.Type == html.TextNode && strings.TrimSpace(next.Data) == "") {
				nn := next.NextSibling
				n.RemoveChild(next)
				next = nn
			}
			n.RemoveChild(c)
		default:
			if len(run) > 0 || !(c.Type == html.TextNode && strings.TrimSpace(c.Data) == "") {
				run = append(run, c)
			}
		}
		c = next
	}
	flush()
}

func hasBR(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Br {
			return true
		}
	}
	return false
}

// nextBR: a <br> followed (past blank text) by another <br>.
func nextBR(br *html.Node) bool {
	for s := br.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		return s.DataAtom == atom.Br
	}
	return false
}

// trimIndent removes leading and trailing spaces, &nbsp; and U+3000 from
// every paragraph-like element and from the lines a <br> starts.
func trimIndent(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.Li, atom.Td, atom.Th, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dd, atom.Dt:
			trimEdge(c, true)
			trimEdge(c, false)
			for b := c.FirstChild; b != nil; b = b.NextSibling {
				if b.DataAtom == atom.Br && b.NextSibling != nil && b.NextSibling.Type == html.TextNode {
					b.NextSibling.Data = strings.TrimLeft(b.NextSibling.Data, " \t\r\n\u3000")
				}
			}
		}
		trimIndent(c)
	}
}

// trimEdge trims the first (or last) text of n.
func trimEdge(n *html.Node, left bool) {
	for c := edge(n, left); c != nil; c = step(c, left) {
		switch {
		case c.Type == html.TextNode:
			if left {
				c.Data = strings.TrimLeft(c.Data, " \t\r\n\u3000")
			} else {
				c.Data = strings.TrimRight(c.Data, " \t\r\n\u3000")
			}
			if c.Data != "" {
				return
			}
		case c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Br || c.DataAtom == atom.Table):
			return
		case c.Type == html.ElementNode:
			trimEdge(c, left)
			if textOf(c) != "" {
				return
			}
		}
	}
}

func edge(n *html.Node, left bool) *html.Node {
	if left {
		return n.FirstChild
	}
	return n.LastChild
}

func step(n *html.Node, left bool) *html.Node {
	if left {
		return n.NextSibling
	}
	return n.PrevSibling
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

// dropEmpty removes paragraphs and inline elements with no text, image or
// table in them.
func dropEmpty(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			dropEmpty(c)
			switch c.DataAtom {
			case atom.P, atom.Div, atom.Strong, atom.B, atom.Em, atom.I, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if strings.Trim(textOf(c), "\u3000 ") == "" && !hasContent(c) {
					n.RemoveChild(c)
				}
			}
		}
		c = next
	}
}

func hasContent(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Table || c.DataAtom == atom.Hr || hasContent(c)) {
			return true
		}
	}
	return false
}
