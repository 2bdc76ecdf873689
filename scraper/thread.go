package scraper

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// A forum thread or a page of comments repeats one header over each post
// (作者：X 发表于：2005-7-31 10:20:00). Its article is the first post,
// which readability may pass over for a longer reply.

// postSkeleton is what a post header's line keeps when its name, its
// verbs and its numbers are taken out, the same over every post of a
// thread.
func postSkeleton(l string) string {
	if utf8Len(l) >= 160 || sentence.MatchString(l) || !(postHeader(l) || machineTime.MatchString(l)) || len(datesIn(l)) == 0 {
		return ""
	}
	// 作者：X 提交日期：… over the first post, 作者：Y 回复日期：… over the
	// replies: whether an author is named, and the date's shape.
	author := strings.Contains(l, "作者") || strings.Contains(l, "by") || strings.Contains(l, "楼主")
	return fmt.Sprint(author) + "#" + digitRun.ReplaceAllString(strings.Join(dateShape.FindAllString(l, -1), " "), "0")
}

var (
	digitRun  = regexp.MustCompile(`\d+`)
	dateShape = regexp.MustCompile(`\d+[-/.年月日:：]\d+(?:[-/.年月日:：]\d+)*`)
)

// firstPost is the first post of a thread when the chosen body is a later
// one: the lines between the first two headers of the same skeleton, as
// the element of doc that holds them and not the next header. nil when
// the page is no thread or the body already starts in its first post.
func firstPost(doc *goquery.Document, lines []string, body *html.Node) *html.Node {
	h1, h2 := -1, -1
	seen := map[string]int{}
	for i, l := range lines {
		sk := postSkeleton(l)
		if sk == "" {
			continue
		}
		if j, ok := seen[sk]; ok {
			h1, h2 = j, i
			break
		}
		seen[sk] = i
	}
	if h2 < 0 || h2-h1 < 2 {
		return nil
	}
	bl := nonEmpty(strings.Split(VisibleText(body), "\n"))
	if len(bl) == 0 {
		return nil
	}
	start := edgeRunes(bl[0], 20, true)
	b := -1
	for i, l := range lines {
		if strings.Contains(l, start) {
			b = i
			break
		}
	}
	if b <= h2 {
		return nil
	}
	// The post's text in the flat text of the page, and the nodes there.
	flat, spans := flatText(doc.Get(0))
	at := func(from int, s string) int {
		if from < 0 || from > len(flat) {
			return -1
		}
		if i := strings.Index(flat[from:], squeeze(s)); i >= 0 {
			return from + i
		}
		return -1
	}
	p1 := at(0, lines[h1])
	ps := at(p1+len(squeeze(lines[h1])), lines[h1+1])
	p2 := at(ps, lines[h2])
	pl := at(ps, lines[h2-1])
	if p1 < 0 || ps < 0 || p2 < 0 || pl < 0 || pl >= p2 {
		return nil
	}
	first, last, next := nodeAt(spans, ps), nodeAt(spans, pl+len(squeeze(lines[h2-1]))-1), nodeAt(spans, p2)
	post := commonAncestor(first, last)
	if post == nil || containsNode(post, next) {
		return nil
	}
	return post
}

// textSpan is where a text node's text starts in flatText's string.
type textSpan struct {
	n     *html.Node
	start int
}

// flatText is the text of n's text nodes without white space, and where
// each node's text starts in it.
func flatText(n *html.Node) (string, []textSpan) {
	var b strings.Builder
	var spans []textSpan
	textNodes(n, func(t *html.Node, s string) bool {
		spans = append(spans, textSpan{t, b.Len()})
		b.WriteString(squeeze(s))
		return true
	})
	return b.String(), spans
}

// nodeAt is the text node whose text holds offset i.
func nodeAt(spans []textSpan, i int) *html.Node {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].start > i }) - 1
	if k < 0 {
		return nil
	}
	return spans[k].n
}

// squeeze removes white space.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' {
			return -1
		}
		return r
	}, s)
}

// commonAncestor is the lowest element holding both a and b.
func commonAncestor(a, b *html.Node) *html.Node {
	if a == nil || b == nil {
		return nil
	}
	up := map[*html.Node]bool{}
	for n := a.Parent; n != nil; n = n.Parent {
		up[n] = true
	}
	for n := b.Parent; n != nil; n = n.Parent {
		if up[n] && n.Type == html.ElementNode {
			return n
		}
	}
	return nil
}

func containsNode(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
}

func utf8Len(s string) int { return len([]rune(s)) }
