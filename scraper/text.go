package scraper

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipTags are elements whose content is never visible text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Select: true, atom.Option: true,
	atom.Textarea: true, atom.Button: true, atom.Input: true, atom.Head: true,
	atom.Title: true, atom.Template: true, atom.Svg: true, atom.Math: true,
	atom.Img: true, atom.Map: true, atom.Area: true, atom.Audio: true, atom.Video: true,
}

// blockTags start and end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Table: true, atom.Tr: true, atom.Ul: true,
	atom.Ol: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Center: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Pre: true, atom.Hr: true, atom.Form: true,
	atom.Header: true, atom.Footer: true, atom.Address: true, atom.Figure: true,
	atom.Figcaption: true, atom.Caption: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Main: true, atom.Aside: true, atom.Nav: true,
	atom.Fieldset: true, atom.Body: true, atom.Html: true,
}

// VisibleText gives the visible text of n in reading order: paragraphs
// separated by a blank line, a single <br> kept as a line break, table
// cells of a row joined by a space, indentation (spaces, &nbsp;, U+3000)
// removed from every line, and nothing of scripts, styles or hidden
// elements.
func VisibleText(nodes ...*html.Node) string {
	var t textWalker
	for _, n := range nodes {
		t.walk(n)
	}
	t.flush()
	return strings.Join(t.paras, "\n\n")
}

// brMark stands for a <br> while a paragraph is built; the HTML parser
// never leaves a NUL in text.
const brMark = '\x00'

type textWalker struct {
	cur    strings.Builder
	paras  []string
	cell   bool // a table cell was written in the current row
	inCell bool // inside a short cell: its paragraphs run on in the row's line
}

func (t *textWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.cur.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t.walk(c)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	tag := n.DataAtom
	if tag == 0 {
		// An element made by code (readability's <p> for a <br><br>
		// run) may carry its name only.
		tag = atom.Lookup([]byte(n.Data))
	}
	if skipTags[tag] || hidden(n) {
		return
	}
	switch tag {
	case atom.Br:
		t.cur.WriteByte(brMark)
		return
	case atom.Td, atom.Th:
		if t.cell {
			t.cur.WriteByte(' ')
		}
		t.cell = true
		if !t.inCell && shortCell(n) {
			// A data table's cell as Word pastes it (<td><p>得分</p></td>):
			// its paragraphs are the cell's words, on the row's line.
			t.inCell = true
			defer func() { t.inCell = false }()
		}
	}
	block := blockTags[tag] && !t.inCell
	if block {
		t.flush()
	}
	start, flushed := t.cur.Len(), len(t.paras)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c)
	}
	if block {
		t.flush()
	}
	if (tag == atom.Td || tag == atom.Th) && len(t.paras) == flushed && t.cur.Len() >= start && strings.Count(t.cur.String()[start:], string(brMark)) >= 2 {
		// Cells of a row run on in one line (a data table's row, a
		// cell broken once among them); a column of lines (three or
		// more: a forum's poster column beside its post) ends the line:
		// the cells after it stand apart. (A label's cell before it
		// stays with it: 经纪公司 and the companies a cell lists.)
		t.flush()
	}
	if tag == atom.Tr {
		t.cell = false
	}
}

// shortCell: a table cell of a few words (at most 40 characters, no line
// break) in one paragraph or division that holds them all, as Word
// pastes a table (<td><p>得分</p></td>); not a column of lines (a forum's
// poster: the name, then a paragraph of each counter).
func shortCell(n *html.Node) bool {
	var block *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && (block != nil || !blockTags[c.DataAtom]):
			return false // words outside the paragraph, or a second one
		case c.Type == html.ElementNode:
			block = c
		}
	}
	if block == nil {
		return false
	}
	runes := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if runes += utf8.RuneCountInString(strings.TrimSpace(c.Data)); runes > 40 {
					return false
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Br || blockTags[c.DataAtom]:
				return false
			case !walk(c):
				return false
			}
		}
		return true
	}
	return walk(block)
}

// flush ends the current paragraph: lines are cleaned, runs of empty lines
// (from <br><br>) split paragraphs.
func (t *textWalker) flush() {
	raw := t.cur.String()
	t.cur.Reset()
	t.cell = false
	if strings.TrimSpace(raw) == "" && !strings.ContainsRune(raw, '\u3000') {
		return
	}
	var lines []string
	emit := func() {
		if len(lines) > 0 {
			t.paras = append(t.paras, strings.Join(lines, "\n"))
			lines = lines[:0]
		}
	}
	for _, line := range strings.Split(raw, string(brMark)) {
		line = cleanLine(line)
		if line == "" {
			emit()
			continue
		}
		lines = append(lines, line)
	}
	emit()
}

// cleanLine collapses white space (HTML source breaks, tabs, &nbsp;) to
// single spaces and trims indentation, including ideographic spaces.
func cleanLine(s string) string {
	if collapsed(s) {
		return strings.TrimFunc(s, trimmed) // most lines: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == ' ' || r == '\t' || r == '\r' || r == '\f' || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = true
			i += n
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r == utf8.RuneError && n == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return strings.TrimFunc(b.String(), trimmed)
}

func trimmed(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

// collapsed: cleanLine has nothing to collapse in s (valid UTF-8, no space
// but single blanks between words), only its ends to trim.
func collapsed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\r', '\f':
			return false
		case ' ':
			if s[i+1] == ' ' { // s does not end with a blank
				return false
			}
		case 0xC2: // U+00A0
			if s[i+1] == 0xA0 {
				return false
			}
		case 0xE2: // U+200B
			if strings.HasPrefix(s[i:], "\u200b") {
				return false
			}
		case 0xEF: // U+FEFF
			if strings.HasPrefix(s[i:], "\ufeff") {
				return false
			}
		}
	}
	return true
}

// CollapseSpace trims s and collapses its white space to single spaces.
func CollapseSpace(s string) string {
	return cleanLine(strings.ReplaceAll(s, "\n", " "))
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}
