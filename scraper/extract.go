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
func Columns(doc *goquery.Document, base *url.URL) []Column {
	var cols []Column
	seen := map[string]int{}
	add := func(s *goquery.Selection) {
		s.Each(func(_ int, a *goquery.Selection) {
			href, _ := a.Attr("href")
			l := Classify(base, href)
			if l.Kind != LinkList {
				return
			}
			name := CollapseSpace(a.Text())
			if isMoreLink(name) {
				name = ""
			}
			if i, ok := seen[l.ClassID]; ok {
				if cols[i].Name == "" {
					cols[i].Name = name
				}
				return
			}
			first := Classify(base, "list.asp?classid="+l.ClassID)
			if u, err := base.Parse(href); err == nil {
				first = Classify(u, "list.asp?classid="+l.ClassID)
			}
			seen[l.ClassID] = len(cols)
			cols = append(cols, Column{Name: name, ClassID: l.ClassID, URL: first.URL})
		})
	}
	if side := sidebar(doc); side != nil {
		add(side.Find("a[href]"))
	}
	add(doc.Find("a[href]"))
	return cols
}

func isMoreLink(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "" || strings.Contains(s, "更多") || strings.Contains(s, "more") || strings.Trim(s, ">》» ") == ""
}

// sidebar finds the block titled 网站栏目: the smallest ancestor of the
// title that holds column links.
func sidebar(doc *goquery.Document) *goquery.Selection {
	var found *goquery.Selection
	doc.Find("td, div, h2, h3, h4, span, p, li, th, dt").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if CollapseSpace(s.Text()) != "网站栏目" {
			return true
		}
		for p := s.Parent(); p.Length() > 0; p = p.Parent() {
			if p.Find(`a[href*="classid"], a[href*="ClassID"], a[href*="CLASSID"], a[href*="ClassId"]`).Length() > 0 {
				found = p
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
	Empty     bool // 暂无信息, or a list with no entry
	Single    bool // a single-page column: content, no list
	Crumb     string
	BodyNodes []*html.Node // the content of a single page
}

var (
	pageOfRe = regexp.MustCompile(`页次\s*[:：]?\s*(\d+)\s*/\s*(\d+)`)
	totalRe  = regexp.MustCompile(`共\s*(\d+)\s*条`)
)

// ParseList reads a column page: its entries (news list or picture grid),
// its pagination, or the content of a single-page column.
func ParseList(doc *goquery.Document, pageURL *url.URL) ListPage {
	lp := ListPage{Total: -1}
	main := mainArea(doc)
	lp.Crumb = crumbColumnName(main)
	seen := map[string]bool{}
	main.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		l := Classify(pageURL, href)
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
			date = CollapseSpace(li.Find(".date, span").First().Text())
		}
		lp.Items = append(lp.Items, ListItem{ID: l.ID, URL: l.URL, Title: title, Date: date})
	})
	pager := main.Find(".page, .pages, .pager, .pagination").First()
	ptext := CollapseSpace(main.Text())
	if pager.Length() > 0 {
		ptext = CollapseSpace(pager.Text())
	}
	if m := pageOfRe.FindStringSubmatch(ptext); m != nil {
		lp.Page, _ = strconv.Atoi(m[1])
		lp.Pages, _ = strconv.Atoi(m[2])
	}
	if m := totalRe.FindStringSubmatch(ptext); m != nil {
		lp.Total, _ = strconv.Atoi(m[1])
	}
	main.Find("a[href]").EachWithBreak(func(_ int, a *goquery.Selection) bool {
		t := CollapseSpace(a.Text())
		if t == "下一页" || t == "下页" || strings.EqualFold(t, "next") {
			href, _ := a.Attr("href")
			if l := Classify(pageURL, href); l.Kind == LinkList {
				lp.Next = l.URL
			}
			return false
		}
		return true
	})
	noData := strings.Contains(CollapseSpace(main.Text()), "暂无信息") || strings.Contains(CollapseSpace(main.Text()), "暂无内容")
	switch {
	case len(lp.Items) > 0:
	case noData || lp.Total == 0 || main.Find("ul.newslist, .newslist, table.piclist, .piclist").Length() > 0:
		lp.Empty = true
	default:
		body := main.Clone()
		body.Find(".position, .page, .pages, script, style").Remove()
		if c := body.Find(".content .text, .content").First(); c.Length() > 0 {
			body = c
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

// mainArea is the part of a page that holds its own content, without the
// sidebar, navigation and footer: the container of the breadcrumb.
func mainArea(doc *goquery.Document) *goquery.Selection {
	if pos := doc.Find(".position").First(); pos.Length() > 0 {
		if p := pos.Parent(); p.Length() > 0 {
			return p
		}
	}
	for _, sel := range []string{"td.right", "div.right", "#main", ".main-content", "body"} {
		if s := doc.Find(sel).First(); s.Length() > 0 {
			return s
		}
	}
	return doc.Selection
}

// crumbColumnName gives the column the breadcrumb names: the last column
// link, or the text after the last ">" that is not 正文.
func crumbColumnName(main *goquery.Selection) string {
	pos := main.Find(".position").First()
	if pos.Length() == 0 {
		return ""
	}
	name := ""
	pos.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		if strings.Contains(strings.ToLower(href), "classid") {
			name = CollapseSpace(a.Text())
		}
	})
	if name != "" {
		return name
	}
	parts := strings.FieldsFunc(CollapseSpace(pos.Text()), func(r rune) bool { return r == '>' || r == '»' || r == '＞' })
	for i := len(parts) - 1; i >= 0; i-- {
		p := strings.TrimSpace(parts[i])
		if p != "" && p != "正文" && !strings.Contains(p, "网站首页") && !strings.Contains(p, "当前位置") {
			return p
		}
	}
	return ""
}

// crumbClassID gives the classid of the breadcrumb's column link.
func crumbClassID(main *goquery.Selection, pageURL *url.URL) string {
	id := ""
	main.Find(".position a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		if l := Classify(pageURL, href); l.Kind == LinkList {
			id = l.ClassID
		}
	})
	return id
}

// Article is what an article page holds.
type Article struct {
	Title        string
	Meta         Meta
	CrumbName    string
	CrumbClassID string
	BodyText     string
	BodyHTML     string // the body, sanitised, for conversion to Markdown
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

var alertRe = regexp.MustCompile(`alert\s*\(\s*["']([^"']*)["']`)

// SoftNotFound says whether a page is a soft 404, and why: a page with
// next to no visible text whose script shows an alert (该信息不存在或已被
// 删除！) or sends the reader back, or an empty page.
func SoftNotFound(doc *goquery.Document) (string, bool) {
	if doc.Find("#zoom, h1").Length() > 0 {
		return "", false
	}
	body := doc.Find("body")
	visible := utf8.RuneCountInString(VisibleText(body.Nodes...))
	script := doc.Find("script").Text()
	if m := alertRe.FindStringSubmatch(script); m != nil && (visible < 200 || strings.Contains(script, "history.back") || strings.Contains(script, "history.go(-1)")) {
		return "soft 404: " + m[1], true
	}
	if visible == 0 && body.Find("img").Length() == 0 {
		return "soft 404: empty page", true
	}
	return "", false
}

var attachmentExt = map[string]bool{
	".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".pdf": true,
	".rar": true, ".zip": true, ".7z": true, ".ppt": true, ".pptx": true,
	".txt": true, ".wps": true, ".et": true, ".csv": true, ".gz": true,
}

var imageExt = map[string]bool{
	".jpg": true, ".jpeg": true, ".gif": true, ".png": true, ".bmp": true, ".webp": true,
}

// ExtractArticle reads an article page with the site's template: title
// (h1.title or the older td.title), the metadata line (.info), the
// breadcrumb, and the body (#zoom).
func ExtractArticle(doc *goquery.Document, pageURL *url.URL) (*Article, error) {
	main := mainArea(doc)
	body := doc.Find("#zoom").First()
	title := CollapseSpace(main.Find("h1.title, .title h1").First().Text())
	if title == "" {
		title = CollapseSpace(main.Find("td.title, div.title").First().Text())
	}
	if body.Length() == 0 || title == "" {
		return nil, ErrNoArticle // not the site's template
	}
	a := &Article{Title: title}
	info := main.Find(".info").First()
	if info.Length() == 0 {
		info = main.Find(".title").First().NextAll().First()
	}
	infoCopy := info.Clone()
	infoCopy.Find("script, style").Remove()
	a.Meta = ParseMeta(VisibleTextCells(infoCopy))
	a.CrumbName = crumbColumnName(main)
	a.CrumbClassID = crumbClassID(main, pageURL)

	clean := body.Clone()
	clean.Find("script, style, noscript, iframe, object, embed, form").Remove()
	a.BodyText = VisibleText(clean.Nodes...)
	seenImg := map[string]bool{}
	clean.Find("img[src]").Each(func(_ int, img *goquery.Selection) {
		src, _ := img.Attr("src")
		u, err := pageURL.Parse(strings.TrimSpace(src))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || seenImg[u.String()] {
			return
		}
		seenImg[u.String()] = true
		a.Images = append(a.Images, u.String())
	})
	seenAtt := map[string]bool{}
	clean.Find("a[href]").Each(func(_ int, link *goquery.Selection) {
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
	if h, err := goquery.OuterHtml(clean); err == nil {
		a.BodyHTML = h
	}
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		if l := Classify(pageURL, href); l.Kind == LinkArticle {
			a.Links = append(a.Links, l)
		}
	})
	return a, nil
}

// VisibleTextCells is the visible text of s on one line, table cells and
// paragraphs separated by spaces.
func VisibleTextCells(s *goquery.Selection) string {
	return CollapseSpace(strings.ReplaceAll(VisibleText(s.Nodes...), "\n", " "))
}
