package scraper

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// Which block of a page is the article when readability's choice is not:
// a thread's first post, which readability may pass over for a longer
// reply (a forum thread repeats one header over each post: 作者：X
// 发表于：2005-7-31 10:20:00), and the prose under the title, which it may
// pass over for comments or summaries further down.

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
// one: the lines between the first two headers of the same skeleton, less
// the next post's column over its header (its poster's linked name, its
// floor, 沙发, 2#, its counters), as the element of doc that holds them
// and not the next header. nil when the page is no thread or the body
// already starts in its first post.
func firstPost(doc *goquery.Document, lines []string, links map[string]bool, body *html.Node) *html.Node {
	h1, h2 := -1, -1
	seen := map[string]int{}
	for i, l := range lines {
		sk := postSkeleton(l)
		if sk == "" {
			continue
		}
		if j, ok := seen[sk]; ok {
			if !slices.ContainsFunc(lines[j+1:i], func(l string) bool { return utf8Len(l) >= 10 && (sentence.MatchString(l) || tableRow(l)) }) {
				continue // no post's text between: the post's metadata line under its stamp, alike
			}
			h1, h2 = j, i
			break
		}
		seen[sk] = i
	}
	if h2 < 0 {
		return nil
	}
	// The body starts in the first post: it is that post, unless it
	// holds the next post's header too (a block of posts), headers that
	// name posting (发表于, 作者, 回复), not a list's dated items.
	if b := lineOf(lines, body); b == len(lines) || b <= h2 &&
		!(postHeader(lines[h1]) && postHeader(lines[h2]) && strings.Contains(squeeze(VisibleText(body)), squeeze(lines[h2]))) {
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
	end := h2 - 1
	for end > h1+1 && (userStat.MatchString(lines[end]) || posterName(lines[end], links)) {
		end--
	}
	p1 := at(0, lines[h1])
	ps := at(p1+len(squeeze(lines[h1])), lines[h1+1])
	p2 := at(ps, lines[h2])
	pl := at(ps, lines[end])
	if p1 < 0 || ps < 0 || p2 < 0 || pl < 0 || pl >= p2 {
		return nil
	}
	first, last, next := nodeAt(spans, ps), nodeAt(spans, pl+len(squeeze(lines[end]))-1), nodeAt(spans, p2)
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

// proseUnderTitle is the block of prose right under the title when the
// chosen body passes it over for a block further down (comments,
// summaries, a sidebar with more text than a short article) or above
// the title. The block is the largest element holding the first line of
// prose after the title that holds neither the title nor the chosen
// body's first line; nil when the body holds that prose, or when the
// block ends right above the body (a lead, part of the article).
func proseUnderTitle(doc *goquery.Document, lines []string, title string, body *html.Node) *html.Node {
	if title == "" {
		return nil
	}
	ti := titleLine(lines, title)
	if ti < 0 {
		return nil
	}
	bl := nonEmpty(strings.Split(VisibleText(body), "\n"))
	bi, pi := lineOf(lines, body), firstProse(lines, ti)
	if bi == len(lines) || pi < 0 || bi >= ti && bi <= pi || strings.Contains(squeeze(strings.Join(bl, "")), squeeze(edgeRunes(lines[pi], 30, true))) {
		return nil // the body starts at the prose under the title, or holds it
	}
	flat, spans := flatText(doc.Get(0))
	tpos := strings.Index(flat, squeeze(lines[ti]))
	if tpos < 0 {
		return nil
	}
	ppos := strings.Index(flat[tpos:], squeeze(lines[pi]))
	if ppos < 0 {
		return nil
	}
	titleNode, n := nodeAt(spans, tpos), nodeAt(spans, tpos+ppos)
	chosen := squeeze(edgeRunes(bl[0], 20, true))
	var block *html.Node
	for p := n.Parent; p != nil && p.Type == html.ElementNode && p.Data != "body"; p = p.Parent {
		if containsNode(p, titleNode) || containsNode(p, body) || strings.Contains(squeeze(VisibleText(p)), chosen) ||
			block != nil && !siblingProse(p, block) {
			break // the next element up adds the title, the body, or no prose
		}
		block = p
	}
	if block == nil {
		return nil
	}
	kept := nonEmpty(strings.Split(VisibleText(block), "\n"))
	if utf8Len(squeeze(strings.Join(kept, ""))) < 60 {
		return nil
	}
	// A lead or a summary right above the body is part of the article
	// readability chose, not the article: the block must end lines of
	// chrome above the body, or the body stand above the title.
	last, le := edgeRunes(kept[len(kept)-1], 20, false), -1
	for i := pi; i < len(lines); i++ {
		if strings.Contains(lines[i], last) {
			le = i
			break
		}
	}
	if bi > ti && (le < 0 || bi-le-1 < 3) {
		return nil
	}
	return block
}

// firstProse is the index of the first line of prose in the dozen lines
// after line ti (the title's), or -1. A short article's sentences are
// shorter than prose() asks: when the page's chrome under an article (a
// pager, a related box, tools, a copyright) comes before any prose, the
// first sentence above it is the article's.
func firstProse(lines []string, ti int) int {
	short := -1
	for i := ti + 1; i < len(lines) && i <= ti+12; i++ {
		l := strings.TrimSpace(lines[i])
		switch {
		case prose(l):
			return i
		case labelCount(l) == 0 && (stopLine.MatchString(l) || copyrightLine.MatchString(l) || chromeLine(l) && short >= 0):
			return short // not a metadata line's 点击数：; a tool row above the text does not end it
		case short < 0 && utf8Len(l) >= 15 && sentenceEnd.MatchString(l) && !hasTimeOfDay(l) && !replyStart.MatchString(l):
			short = i
		}
	}
	return -1
}

var sentenceEnd = regexp.MustCompile(`[。！？!?]["”’」』)）]?$`)

// holdsFirstProse: block holds the first line of prose under the title,
// or, when the dozen lines under the title have none, starts no lower
// than the chosen body: an article block, not a longer one further down.
func holdsFirstProse(block, body *html.Node, lines []string, title string) bool {
	ti := titleLine(lines, title)
	if ti < 0 {
		return true
	}
	if pi := firstProse(lines, ti); pi >= 0 {
		return strings.Contains(squeeze(VisibleText(block)), squeeze(edgeRunes(lines[pi], 30, true)))
	}
	return lineOf(lines, block) <= lineOf(lines, body)
}

// passesFirstProse: the chosen body (its visible text) leaves out the
// first sentences under the title, which block holds: readability took a
// line of metadata, a counter or the footer over a short article.
func passesFirstProse(block *html.Node, body string, lines []string, title string) bool {
	ti := titleLine(lines, title)
	if ti < 0 {
		return false
	}
	pi := firstProse(lines, ti)
	if pi < 0 {
		return false
	}
	first := squeeze(edgeRunes(lines[pi], 30, true))
	return !strings.Contains(squeeze(body), first) && strings.Contains(squeeze(VisibleText(block)), first)
}

// endsAbove: the chosen body (its visible text) ends above the title (a
// profile column, a sidebar): an article's text never does.
func endsAbove(body string, lines []string, title string) bool {
	ti := titleLine(lines, title)
	bl := nonEmpty(strings.Split(body, "\n"))
	if ti < 0 || len(bl) == 0 {
		return false
	}
	last := edgeRunes(bl[len(bl)-1], 20, false)
	for i, l := range lines[:ti] {
		if strings.Contains(l, last) {
			return !slices.ContainsFunc(lines[i+1:], func(l string) bool { return strings.Contains(l, last) })
		}
	}
	return false
}

// lineOf is the index of the line where n's text starts, or len(lines).
func lineOf(lines []string, n *html.Node) int {
	bl := nonEmpty(strings.Split(VisibleText(n), "\n"))
	if len(bl) > 0 {
		first := edgeRunes(bl[0], 20, true)
		for i, l := range lines {
			if strings.Contains(l, first) {
				return i
			}
		}
	}
	return len(lines)
}

// siblingProse: an element of p other than child holds prose.
func siblingProse(p, child *html.Node) bool {
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c == child {
			continue
		}
		for _, para := range strings.Split(VisibleText(c), "\n\n") {
			if prose(para) {
				return true
			}
		}
	}
	return false
}

// titleLine is the index of the first line holding the title, or -1.
func titleLine(lines []string, title string) int {
	for i, l := range lines {
		if title != "" && strings.Contains(l, title) {
			return i
		}
	}
	return -1
}
