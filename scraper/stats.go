package scraper

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeStats is what one element holds, counted once for the whole
// document (statsOf) so that the generic extractor's choices stay linear
// in the page's size: no element's text is built more than once.
type nodeStats struct {
	text  int // non-space characters of visible text
	links int // of them, inside links that are not attachments
	punct int // Chinese sentence punctuation (。，)
	elems int // descendant elements
}

// statsOf counts every element under root, bottom-up, skipping scripts
// and styles.
func statsOf(root *html.Node) map[*html.Node]nodeStats {
	m := map[*html.Node]nodeStats{}
	var walk func(n *html.Node, inLink bool) nodeStats
	walk = func(n *html.Node, inLink bool) nodeStats {
		var st nodeStats
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				if unicode.IsSpace(r) {
					continue
				}
				st.text++
				if r == '。' || r == '，' {
					st.punct++
				}
			}
			if inLink {
				st.links = st.text
			}
			return st
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript {
				return st
			}
			if n.DataAtom == atom.A {
				href := ""
				for _, a := range n.Attr {
					if a.Key == "href" {
						href = a.Val
					}
				}
				inLink = !attachmentExt[strings.ToLower(pathExt(href))]
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := walk(c, inLink)
			st.text += cs.text
			st.links += cs.links
			st.punct += cs.punct
			st.elems += cs.elems
			if c.Type == html.ElementNode {
				st.elems++
			}
		}
		if n.Type == html.ElementNode {
			m[n] = st
		}
		return st
	}
	walk(root, false)
	return m
}

// density is the share of an element's text that is navigation links.
func (s nodeStats) density() float64 {
	if s.text == 0 {
		return 1
	}
	return float64(s.links) / float64(s.text)
}

// textNodes calls fn for each text node under n in document order, with
// its trimmed text; fn returns false to stop.
func textNodes(n *html.Node, fn func(*html.Node, string) bool) bool {
	if n.Type == html.TextNode {
		if t := strings.TrimSpace(n.Data); t != "" {
			return fn(n, t)
		}
		return true
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !textNodes(c, fn) {
			return false
		}
	}
	return true
}
