package scraper

import (
	"bytes"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// maxDepth bounds element nesting: x/net/html refuses a document whose
// open elements exceed 512, and a legacy page of unclosed <font> tags
// must not be lost for that.
const maxDepth = 256

// ParseHTML parses a decoded page. A page nested deeper than the parser
// accepts is flattened first: elements beyond maxDepth lose their tags,
// never their text.
func ParseHTML(text string) (*goquery.Document, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		doc, err = html.Parse(strings.NewReader(flatten(text, maxDepth)))
		if err != nil {
			return nil, err
		}
	}
	return goquery.NewDocumentFromNode(doc), nil
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// flatten rewrites text so that no element opens deeper than limit: the
// tags of deeper elements (and their end tags) are dropped, text and
// shallower markup are kept as they were. It is linear in the input.
func flatten(text string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(text))
	var out bytes.Buffer
	out.Grow(len(text))
	var stack []string
	dropped := map[string]int{}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() != nil {
				return out.String()
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			n := string(name)
			if voidElements[n] {
				out.Write(z.Raw())
				continue
			}
			if len(stack) >= limit {
				dropped[n]++
				continue
			}
			stack = append(stack, n)
			out.Write(z.Raw())
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if dropped[n] > 0 {
				dropped[n]--
				continue
			}
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == n {
					stack = stack[:i]
					break
				}
			}
			out.Write(z.Raw())
		default:
			out.Write(z.Raw())
		}
	}
}
