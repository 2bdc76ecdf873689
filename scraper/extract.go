package scraper

import (
	"errors"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// Column is one column of the site, as the home page lists it.
type Column struct {
	Name    string
	ClassID string
	URL     string // canonical URL of its first list page
}

// Columns finds the site's columns on the home page: the 网站栏目 sidebar
// first, in its order, then any other column the navigation links to.
// Nothing is hard-coded: a column is whatever links to list.asp?classid=N.
func (p *Profile) Columns(doc *goquery.Document, base *url.URL) []Column {
	var cols []Column
	seen := map[string]int{}
	add := func(s *goquery.Selection) {
		s.Each(func(_ int, a *goquery.Selection) {
			href, _ := a.Attr("href")
			l := p.Classify(base, href)
			if l.Kind != LinkList {
				return
			}
			name := CollapseSpace(a.Text())
			if p.notName(name) {
				name = ""
			}
			if i, ok := seen[l.ClassID]; ok {
				if cols[i].Name == "" {
					cols[i].Name = name
				}
				return
			}
			first := p.ListURL(base, l.ClassID, 1)
			if u, err := base.Parse(href); err == nil {
				first = p.ListURL(u, l.ClassID, 1)
			}
			seen[l.ClassID] = len(cols)
			cols = append(cols, Column{Name: name, ClassID: l.ClassID, URL: first})
		})
	}
	if side := p.sidebar(doc, base); side != nil {
		add(side.Find("a[href]"))
	}
	add(doc.Find("a[href]"))
	return cols
}

// notName: a link text that is not a column's name (更多>>).
func (p *Profile) notName(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || strings.Trim(s, ">》» ") == "" {
		return true
	}
	for _, n := range p.Home.NotNames {
		if strings.Contains(s, strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// sidebar finds the block titled home.sidebar_title (网站栏目): the
// smallest ancestor of the title that holds column links.
func (p *Profile) sidebar(doc *goquery.Document, base *url.URL) *goquery.Selection {
	if p.Home.SidebarTitle == "" {
		return nil
	}
	var found *goquery.Selection
	textNodes(doc.Get(0), func(n *html.Node, t string) bool {
		if CollapseSpace(t) != p.Home.SidebarTitle || n.Parent == nil {
			return true
		}
		s := goquery.NewDocumentFromNode(n.Parent).Selection
		for anc := s.Parent(); anc.Length() > 0; anc = anc.Parent() {
			lists := 0
			anc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
				href, _ := a.Attr("href")
				if p.Classify(base, href).Kind == LinkList {
					lists++
				}
			})
			if lists > 0 {
				found = anc
				return false
			}
		}
		return true
	})
	return found
}

// ListItem is one entry of a column's list.
type ListItem struct {
	ID    string
	URL   string
	Title string // the full title when the list gives it (title attribute)
	Date  string
}

// ListPage is what a column page holds.
type ListPage struct {
	Items     []ListItem
	Page      int // the page number the page says it is (页次:P/T), 0 if unknown
	Pages     int // the number of pages it says there are, 0 if unknown
	Total     int // 共N条记录, -1 if unknown
	Next      string
	LastLink  int  // the highest page number a link of this column points to
	Empty     bool // 暂无信息, or a list with no entry
	Single    bool // a single-page column: content, no list
	Crumb     string
	BodyNodes []*html.Node // the content of a single page
}

// ParseList reads a column page: its entries (news list or picture grid),
// its pagination, or the content of a single-page column.
func (p *Profile) ParseList(doc *goquery.Document, pageURL *url.URL) ListPage {
	lp := ListPage{Total: -1}
	crumb := p.crumb(doc, p.List.Breadcrumb)
	main := mainArea(doc, crumb)
	lp.Crumb, _ = p.crumbColumn(crumb, pageURL)
	seen := map[string]bool{}
	links := main.FindMatcher(matchLinks)
	if p.List.Items != "" {
		if items := main.FindMatcher(p.matcher(p.List.Items)); items.Length() > 0 {
			links = items
		}
	}
	links.Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		if !p.mayBeArticle(href) {
			return
		}
		l := p.Classify(pageURL, href)
		if l.Kind != LinkArticle || seen[l.ID] {
			return
		}
		seen[l.ID] = true
		title, _ := a.Attr("title")
		title = CollapseSpace(title)
		if title == "" {
			title = CollapseSpace(a.Text())
		}
		date := ""
		if li := a.Closest("li"); li.Length() > 0 {
			date = CollapseSpace(li.FindMatcher(matchItemDate).First().Text())
		}
		lp.Items = append(lp.Items, ListItem{ID: l.ID, URL: l.URL, Title: title, Date: date})
	})
	ptext := CollapseSpace(main.Text())
	if p.List.Pager != "" {
		if pager := main.FindMatcher(p.matcher(p.List.Pager)).First(); pager.Length() > 0 {
			ptext = CollapseSpace(pager.Text())
		}
	}
	for _, re := range p.pageOf {
		if m := re.FindStringSubmatch(ptext); m != nil {
			lp.Page, _ = strconv.Atoi(m[1])
			lp.Pages, _ = strconv.Atoi(m[2])
			break
		}
	}
	if p.total != nil {
		if m := p.total.FindStringSubmatch(ptext); m != nil {
			lp.Total, _ = strconv.Atoi(m[1])
		}
	}
	self := p.Classify(pageURL, pageURL.String())
	all := main.FindMatcher(matchLinks)
	all.Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		if l := p.Classify(pageURL, href); l.Kind == LinkList && l.ClassID == self.ClassID && l.Page > lp.LastLink {
			lp.LastLink = l.Page
		}
	})
	all.EachWithBreak(func(_ int, a *goquery.Selection) bool {
		t := strings.ToLower(CollapseSpace(a.Text()))
		for _, n := range p.List.Next {
			if t == strings.ToLower(n) {
				href, _ := a.Attr("href")
				if l := p.Classify(pageURL, href); l.Kind == LinkList {
					lp.Next = l.URL
				}
				return false
			}
		}
		return true
	})
	text := CollapseSpace(main.Text())
	noData := false
	for _, e := range p.List.Empty {
		noData = noData || strings.Contains(text, e)
	}
	switch {
	case len(lp.Items) > 0:
	case noData || lp.Total == 0 || p.List.Items != "" && main.FindMatcher(p.matcher(p.List.Items)).Length() > 0:
		lp.Empty = true
	default:
		body := main.Clone()
		body.FindMatcher(matchScripts).Remove()
		if crumb != nil && crumb.Length() > 0 {
			// The breadcrumb, however it was found (by the profile's
			// selector or by its wording), is not the page's content.
			if n := counterpart(main.Get(0), body.Get(0), crumb.Get(0)); n != nil && n.Parent != nil {
				n.Parent.RemoveChild(n)
			}
		}
		if p.List.Pager != "" {
			body.FindMatcher(p.matcher(p.List.Pager)).Remove()
		}
		if p.List.SinglePage != "" {
			if c := body.FindMatcher(p.matcher(p.List.SinglePage)).First(); c.Length() > 0 {
				body = c
			}
		}
		if VisibleText(body.Nodes...) != "" {
			lp.Single = true
			lp.BodyNodes = body.Nodes
		} else {
			lp.Empty = true
		}
	}
	return lp
}

// counterpart is the node of clone (a deep copy of orig) that stands
// where n stands in orig; nil when n is not below orig.
func counterpart(orig, clone, n *html.Node) *html.Node {
	var path []int
	for x := n; x != orig; x = x.Parent {
		if x == nil {
			return nil
		}
		i := 0
		for c := x.PrevSibling; c != nil; c = c.PrevSibling {
			i++
		}
		path = append(path, i)
	}
	x := clone
	for k := len(path) - 1; k >= 0 && x != nil; k-- {
		x = x.FirstChild
		for i := 0; i < path[k] && x != nil; i++ {
			x = x.NextSibling
		}
	}
	return x
}

// mainArea is the part of a page that holds its own content, without the
// sidebar, navigation and footer: the container of the breadcrumb (crumb,
// nil when the page has none).
func mainArea(doc *goquery.Document, crumb *goquery.Selection) *goquery.Selection {
	if crumb != nil {
		if parent := crumb.Parent(); parent.Length() > 0 {
			return parent
		}
	}
	return doc.FindMatcher(matchBody)
}

var crumbText = regexp.MustCompile(`^(您当前位置|当前位置|您的位置|你的位置|所在位置|位置)`)

// crumb finds the breadcrumb: the profile's selector, else the smallest
// element whose text starts 当前位置 (您当前位置的, 您的位置 ...).
func (p *Profile) crumb(doc *goquery.Document, sel string) *goquery.Selection {
	if sel != "" {
		if c := first(doc.Selection, p.matcher(sel)); c.Length() > 0 {
			return c
		}
	}
	// The element whose first words are 当前位置: the parent of that text.
	var found *goquery.Selection
	textNodes(doc.Get(0), func(n *html.Node, t string) bool {
		if crumbText.MatchString(t) && n.Parent != nil {
			found = goquery.NewDocumentFromNode(n.Parent).Selection
			return false
		}
		return true
	})
	return found
}

// crumbColumn gives the column the breadcrumb pos names and its classid:
// the last column link, or (name only) the text after the last ">" that
// is not 正文.
func (p *Profile) crumbColumn(pos *goquery.Selection, base *url.URL) (name, classID string) {
	if pos == nil {
		return "", ""
	}
	pos.FindMatcher(matchLinks).Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		if l := p.Classify(base, href); l.Kind == LinkList {
			name = CollapseSpace(a.Text())
			classID = l.ClassID
		}
	})
	if name != "" {
		return name, classID
	}
	parts := strings.FieldsFunc(CollapseSpace(pos.Text()), func(r rune) bool { return r == '>' || r == '»' || r == '＞' || r == '/' })
	for i := len(parts) - 1; i >= 0; i-- {
		part := strings.TrimSpace(parts[i])
		if part != "" && part != "正文" && !strings.Contains(part, "首页") && !crumbText.MatchString(part) {
			return part, classID
		}
	}
	return "", classID
}

// Article is what an article page holds.
type Article struct {
	Title        string
	Meta         Meta
	CrumbName    string
	CrumbClassID string
	BodyText     string
	Body         *html.Node // the body, a copy of its own, for BodyMarkdown
	Images       []string
	Attachments  []Attachment
	Links        []Link // article links on the page (prev/next), for discovery
}

// Attachment is a linked file with its link text.
type Attachment struct {
	URL  string
	Name string
}

// ErrNoArticle means a page that answers 200 but holds no article: a soft
// 404 such as alert("该信息不存在或已被删除！").
var ErrNoArticle = errors.New("no article on the page")

// SoftNotFound says whether a page is a soft 404, and why: a page with
// next to no visible text whose script shows an alert (该信息不存在或已被
// 删除！) or sends the reader back, or an empty page.
func (p *Profile) SoftNotFound(doc *goquery.Document) (string, bool) {
	if first(doc.Selection, p.matcher(p.Article.Body)).Length() > 0 || first(doc.Selection, matchH1).Length() > 0 {
		return "", false
	}
	body := doc.FindMatcher(matchBody)
	visible := utf8.RuneCountInString(VisibleText(body.Nodes...))
	script := doc.FindMatcher(matchScript).Text()
	if m := p.alertMatch(script); m != nil && (visible < 200 || strings.Contains(script, "history.back") || strings.Contains(script, "history.go(-1)")) {
		return "soft 404: " + m[1], true
	}
	if visible == 0 && first(body, matchImg).Length() == 0 {
		if frames := doc.Find("frame[src], iframe[src]").Map(func(_ int, f *goquery.Selection) string { return f.AttrOr("src", "") }); len(frames) > 0 {
			return "a frameset: its text is in its frames (" + strings.Join(frames, ", ") + ")", true
		}
		if to := refreshTarget(doc); to != "" {
			return "redirects to " + to + " (meta refresh)", true
		}
		return "soft 404: empty page", true
	}
	return "", false
}

// refreshTarget is where a <meta http-equiv="refresh"> sends the reader
// (0;url=/news/1.html), or "".
func refreshTarget(doc *goquery.Document) string {
	var to string
	doc.Find("meta[http-equiv]").EachWithBreak(func(_ int, m *goquery.Selection) bool {
		if strings.EqualFold(m.AttrOr("http-equiv", ""), "refresh") {
			if r := refreshURL.FindStringSubmatch(m.AttrOr("content", "")); r != nil {
				to = r[1]
			}
		}
		return to == ""
	})
	return to
}

var refreshURL = regexp.MustCompile(`(?i)url\s*=\s*['"]?([^'"\s]+)`)

func (p *Profile) alertMatch(script string) []string {
	if p.alert == nil {
		return nil
	}
	return p.alert.FindStringSubmatch(script)
}

var attachmentExt = map[string]bool{
	".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".pdf": true,
	".rar": true, ".zip": true, ".7z": true, ".ppt": true, ".pptx": true,
	".txt": true, ".wps": true, ".et": true, ".csv": true, ".gz": true,
}

var imageExt = map[string]bool{
	".jpg": true, ".jpeg": true, ".gif": true, ".png": true, ".bmp": true, ".webp": true,
}

// ExtractArticle reads an article page with the profile's template:
// title (h1.title or the older td.title), the metadata line (.info), the
// breadcrumb, and the body (#zoom). A page where the title or the body is
// not found does not match the profile (ErrNoArticle).
func (p *Profile) ExtractArticle(doc *goquery.Document, pageURL *url.URL) (*Article, error) {
	crumb := p.crumb(doc, p.Article.Breadcrumb)
	main := mainArea(doc, crumb)
	body := first(doc.Selection, p.matcher(p.Article.Body))
	title := CollapseSpace(first(main, p.matcher(p.Article.Title)).Text())
	if title == "" {
		title = CollapseSpace(first(doc.Selection, p.matcher(p.Article.Title)).Text())
	}
	if body.Length() == 0 || title == "" {
		return nil, ErrNoArticle // not the site's template
	}
	a := &Article{Title: title}
	info := first(doc.Selection, p.matcher(p.Article.Meta))
	if p.Article.Meta == "" || info.Length() == 0 {
		// A variant of the template the profile does not name: the
		// labelled line outside the body.
		info = labelledLine(main, body.Get(0))
	}
	if info.Length() > 0 {
		info = info.Clone()
		info.FindMatcher(matchScripts).Remove()
		a.Meta = ParseMeta(VisibleTextCells(info))
	}
	a.CrumbName, a.CrumbClassID = p.crumbColumn(crumb, pageURL)

	clean := body.Clone()
	for _, c := range p.Article.Chrome {
		clean.FindMatcher(p.matcher(c)).Remove()
	}
	a.BodyText = VisibleText(clean.Nodes...)
	seenImg := map[string]bool{}
	clean.FindMatcher(matchImages).Each(func(_ int, img *goquery.Selection) {
		src, _ := img.Attr("src")
		u, err := pageURL.Parse(strings.TrimSpace(src))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || seenImg[u.String()] {
			return
		}
		seenImg[u.String()] = true
		a.Images = append(a.Images, u.String())
	})
	seenAtt := map[string]bool{}
	clean.FindMatcher(matchLinks).Each(func(_ int, link *goquery.Selection) {
		href, _ := link.Attr("href")
		u, err := pageURL.Parse(strings.TrimSpace(href))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return
		}
		ext := strings.ToLower(path.Ext(u.Path))
		upload := strings.Contains(strings.ToLower(u.Path), "/uploadfile/")
		if !attachmentExt[ext] && !(upload && !imageExt[ext]) {
			return
		}
		if seenAtt[u.String()] {
			return
		}
		seenAtt[u.String()] = true
		name := CollapseSpace(link.Text())
		if name == "" {
			name = path.Base(u.Path)
		}
		a.Attachments = append(a.Attachments, Attachment{URL: u.String(), Name: name})
	})
	a.Body = clean.Get(0)
	a.Links = p.articleLinks(doc, pageURL)
	return a, nil
}

// labelledLine is the first, smallest element of s outside body whose
// short text carries two metadata labels (时间: 来源: 作者: ...).
func labelledLine(s *goquery.Selection, body *html.Node) *goquery.Selection {
	var found *html.Node
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n == body || n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "head") {
			return false
		}
		if n.Type == html.ElementNode {
			t := VisibleText(n)
			if utf8.RuneCountInString(t) > 300 {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if walk(c) {
						return true
					}
				}
				return false
			}
			if labelCount(CollapseSpace(strings.ReplaceAll(t, "\n", " "))) < 2 {
				return false
			}
			found = n
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if walk(c) {
					return true
				}
			}
			return true
		}
		return false
	}
	for _, n := range s.Nodes {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return s.FindNodes(found)
			}
		}
	}
	return s.FindNodes()
}

// VisibleTextCells is the visible text of s on one line, table cells and
// paragraphs separated by spaces.
func VisibleTextCells(s *goquery.Selection) string {
	return CollapseSpace(strings.ReplaceAll(VisibleText(s.Nodes...), "\n", " "))
}
