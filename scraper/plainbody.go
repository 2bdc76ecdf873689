package scraper

import (
	"net/url"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A body is sanitised by bluemonday on its HTML text, which is then
// parsed again: two passes over the body for every article. Most bodies
// hold nothing the sanitiser changes in a way the Markdown can show: only
// elements it keeps (or strips while CleanBody unwraps them anyway),
// presentational attributes CleanBody drops, event handlers it drops
// everywhere, and http(s) links and images. Such a plain body is cleaned
// as the tree it already is, after the few changes the sanitiser would
// make; any other body (a script, an element or attribute not listed
// here, a javascript: URL, a shape no parser makes) takes the sanitiser.
// TestPlainBodyAsSanitised, TestPlainElementsAsSanitised and
// FuzzPlainBody check that both ways give the same Markdown.

// plainElements are kept by the sanitiser's policy (bluemonday's UGC
// policy) without any attribute, or stripped by it with their content
// kept (strippedElements).
var plainElements = map[string]bool{
	"p": true, "br": true, "div": true, "span": true, "b": true, "i": true, "u": true,
	"strong": true, "em": true, "sub": true, "sup": true, "small": true, "strike": true,
	"s": true, "tt": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "hr": true, "ul": true, "ol": true, "li": true, "dl": true, "dt": true,
	"dd": true, "table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true,
	"td": true, "th": true, "caption": true, "blockquote": true,
	"font": true, "center": true, "o:p": true, "big": true,
}

// strippedElements lose their tags to the sanitiser, never their content.
var strippedElements = map[string]bool{"font": true, "center": true, "o:p": true, "big": true}

// plainBody says whether body can skip the sanitiser, and if so does to
// it what the sanitiser and a second parse would: links and image sources
// parsed and printed again, comments removed, the tags of
// strippedElements removed, adjacent text joined.
func plainBody(body *html.Node) bool {
	if body.Type != html.ElementNode {
		return false
	}
	switch body.DataAtom {
	case atom.Td, atom.Th:
		// A lone cell's tags vanish when its HTML is parsed again; its
		// content is kept in the cell's place (see plainRoot).
	case atom.Tr, atom.Thead, atom.Tbody, atom.Tfoot, atom.Caption:
		return false
	default:
		if !plainElement(body) || !plainAttrs(body) {
			return false
		}
	}
	type fix struct {
		n   *html.Node
		i   int
		val string
	}
	var fixes []fix
	var drop, strip, elems []*html.Node
	if body.DataAtom != atom.Td && body.DataAtom != atom.Th {
		elems = append(elems, body)
	}
	ok := true
	// inP: inside a p (not past a table cell), where a block element
	// would close the p when parsed again.
	var walk func(n *html.Node, inP bool)
	walk = func(n *html.Node, inP bool) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if inTable[n.DataAtom] && strings.TrimSpace(c.Data) != "" {
					ok = false // moved out of the table when parsed again
					return
				}
			case html.CommentNode:
				drop = append(drop, c)
			case html.ElementNode:
				if c.Namespace != "" || !inPlace(c, inP) {
					ok = false
					return
				}
				switch c.DataAtom {
				case atom.A, atom.Img:
					key := "href"
					if c.DataAtom == atom.Img {
						key = "src"
					}
					i := attrIndex(c, key)
					if i < 0 {
						ok = false // dropped by the sanitiser, content kept
						return
					}
					v, valid := sanitisedURL(c.Attr[i].Val)
					if !valid {
						ok = false
						return
					}
					fixes = append(fixes, fix{c, i, v})
				default:
					if !plainElement(c) {
						ok = false
						return
					}
					if strippedElements[c.Data] {
						strip = append(strip, c)
					}
				}
				if !plainAttrs(c) {
					ok = false
					return
				}
				elems = append(elems, c)
				switch c.DataAtom {
				case atom.P:
					walk(c, true)
				case atom.Table, atom.Td, atom.Th, atom.Caption:
					walk(c, false)
				default:
					walk(c, inP)
				}
			default:
				ok = false
				return
			}
		}
	}
	walk(body, body.DataAtom == atom.P)
	if !ok {
		return false
	}
	for _, f := range fixes {
		f.n.Attr[f.i].Val = f.val
	}
	for _, e := range elems {
		dropPolicyAttrs(e)
	}
	for _, c := range drop {
		c.Parent.RemoveChild(c)
	}
	for _, c := range strip {
		unwrap(c)
	}
	mergeText(body)
	return true
}

// unwrap puts n's children in its place.
func unwrap(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		n.Parent.InsertBefore(c, n)
		c = next
	}
	n.Parent.RemoveChild(n)
}

// mergeText joins adjacent text nodes, as a parser makes them.
func mergeText(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			mergeText(c)
			continue
		}
		for c.Type == html.TextNode && c.NextSibling != nil && c.NextSibling.Type == html.TextNode {
			next := c.NextSibling
			c.Data += next.Data
			n.RemoveChild(next)
		}
	}
}

// inTable are the elements whose text a parser moves out of the table.
var inTable = map[atom.Atom]bool{atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true}

// closesP are the plain elements whose start tag closes an open p.
var closesP = map[atom.Atom]bool{
	atom.Div: true, atom.P: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Li: true,
	atom.Dt: true, atom.Dd: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Hr: true, atom.Pre: true,
	atom.Center: true,
}

// inPlace says whether n is where a parser would put it: a tree a parser
// made is, but a body may come from readability's rewriting (a cell in a
// div, a div in a p), which its HTML parsed again would change.
func inPlace(n *html.Node, inP bool) bool {
	p := n.Parent
	switch n.DataAtom {
	case atom.Td, atom.Th:
		return p.DataAtom == atom.Tr
	case atom.Tr:
		// Never straight in the table: a parser adds the tbody.
		return p.DataAtom == atom.Tbody || p.DataAtom == atom.Thead || p.DataAtom == atom.Tfoot
	case atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption:
		return p.DataAtom == atom.Table
	case atom.Br, atom.Hr, atom.Img:
		if n.FirstChild != nil {
			return false
		}
	case atom.A:
		for a := p; a != nil; a = a.Parent {
			if a.DataAtom == atom.A {
				return false
			}
		}
	case atom.Li, atom.Dt, atom.Dd:
		for a := p; a != nil; a = a.Parent {
			switch a.DataAtom {
			case atom.Li, atom.Dt, atom.Dd:
				return false
			case atom.Ul, atom.Ol, atom.Dl:
				return !inP
			}
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		for a := p; a != nil; a = a.Parent {
			switch a.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				return false
			}
		}
	}
	if inTable[p.DataAtom] {
		return false // moved out of the table (or closing it) when parsed again
	}
	return !(inP && closesP[n.DataAtom])
}

func plainElement(n *html.Node) bool {
	return n.Namespace == "" && plainElements[n.Data]
}

func attrIndex(n *html.Node, key string) int {
	for i, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return i
		}
	}
	return -1
}

// plainAttrs: every attribute of n is one CleanBody drops, one the
// sanitiser keeps as it is, or one it drops for certain (see
// policyDrops).
func plainAttrs(n *html.Node) bool {
	for _, a := range n.Attr {
		switch {
		case a.Namespace != "":
			return false
		case dropAttrs[a.Key], policyDrops(n, a):
		case a.Key == "href" && n.DataAtom == atom.A, a.Key == "src" && n.DataAtom == atom.Img:
			// checked by the walk
		case a.Key == "alt" && n.DataAtom == atom.Img, a.Key == "title":
			// kept when they match the policy's pattern, else dropped
		case (a.Key == "colspan" || a.Key == "rowspan") && (n.DataAtom == atom.Td || n.DataAtom == atom.Th):
			if !bluemonday.Integer.MatchString(a.Val) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// policyDrops: the sanitiser's policy drops the attribute a of n: an
// event handler (allowed nowhere), or an alt or title not matching the
// policy's pattern for them.
func policyDrops(n *html.Node, a html.Attribute) bool {
	switch {
	case strings.HasPrefix(a.Key, "on"):
		return true
	case a.Key == "alt" && n.DataAtom == atom.Img, a.Key == "title":
		return !bluemonday.Paragraph.MatchString(a.Val)
	}
	return false
}

// dropPolicyAttrs removes from n the attributes the policy drops.
func dropPolicyAttrs(n *html.Node) {
	attrs := n.Attr[:0]
	for _, a := range n.Attr {
		if !policyDrops(n, a) {
			attrs = append(attrs, a)
		}
	}
	n.Attr = attrs
}

// sanitisedURL is what the sanitiser's policy (parseable URLs; relative,
// http, https and mailto) writes for a link, and whether it keeps it.
func sanitisedURL(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if strings.ContainsAny(raw, " \t\n") {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	switch u.Scheme {
	case "http", "https", "mailto":
	case "":
		if u.String() == "" {
			return "", false
		}
	default:
		return "", false
	}
	return u.String(), true
}

// plainRoot puts a plain body where parsing its HTML again would: in the
// body element of a new document, a table cell's tags dropped.
func plainRoot(body *html.Node) *html.Node {
	doc := &html.Node{Type: html.DocumentNode}
	root := &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
	b := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	doc.AppendChild(root)
	root.AppendChild(&html.Node{Type: html.ElementNode, Data: "head", DataAtom: atom.Head})
	root.AppendChild(b)
	if body.Parent != nil {
		body.Parent.RemoveChild(body)
	}
	if body.DataAtom == atom.Td || body.DataAtom == atom.Th {
		for c := body.FirstChild; c != nil; {
			next := c.NextSibling
			body.RemoveChild(c)
			b.AppendChild(c)
			c = next
		}
		return b
	}
	b.AppendChild(body)
	return b
}
