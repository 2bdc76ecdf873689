package scraper

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
)

// The generic extractor's metadata rules for Chinese pages: where the
// metadata stands, dates in their spellings, bylines, names.

var (
	// A date with an optional time, in the spellings Chinese pages use.
	anyDate = regexp.MustCompile(`((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*(?:[T\s]|&nbsp;)?\s*(?:上午|下午)?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?`)
	// 7/5/2005 9:23:57 PM, 06/02/2022 - 13:48: day first, as European
	// and Hong Kong sites write it, unless the day cannot be a month.
	slashDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:\s*-?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?`)
	// 2019 05/06 09:30:00: year, month/day and time in separate elements.
	splitDate = regexp.MustCompile(`((?:19|20)\d{2})\s+(\d{1,2})\s*/\s*(\d{1,2})\b`)
	// September 10th, 2005 10:56 am; Sunday, July 31, 2005; 31 July 2005
	// 22:11, as English-language blog software writes a day.
	englishDay = regexp.MustCompile(`(?i)\b(?:(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthNames + `)\.?),?\s+((?:19|20)\d{2})\b(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?m?\.?)?`)
	// 二〇〇五年七月三十一日, as official documents date themselves.
	hanDate = regexp.MustCompile(`([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日`)
	// 2003年5月: a month, no day.
	monthDate = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:[^\d日]|$)`)
	// A label that says the date that follows is the publication's.
	pubLabel = regexp.MustCompile(`(?:发布时间|发表时间|发布日期|发表日期|发稿时间|成文日期|时间|日期|发表于|发布于|写于|张贴于|(?i:posted(?:\s+by\s+\S+)?(?:\s+(?:on|at))?|post\s*by|published(?:\s+on)?|date))\s*[:：]?\s*$`)
	updLabel = regexp.MustCompile(`(?:更新时间|修改时间|更新日期|最后更新)\s*[:：]?\s*$`)
	// Labels of dates that are not the page's: when a rule takes
	// effect, when applications close, when a meeting sits.
	otherLabel = regexp.MustCompile(`(?:(?:施行|实施|生效|失效|有效|截止|报名|开始|结束|活动|会议|考试|开标|投标|办理|受理|出生|成立|举办|开幕|闭幕)(?:日期|时间)|(?:注册|最后登录|上次登录|加入)(?:日期|时间)?)\s*[:：]?\s*$`)
)

// genericMeta finds the date, author and source of a page.
func genericMeta(doc *goquery.Document, lines []string, title, body string, pageURL *url.URL, links map[string]bool) Meta {
	var m Meta
	window, header, below := metaWindow(lines, title, body)
	above := header // all the lines over the text, a poster's linked name among them
	// A list's item and its date (县委召开全体扩大会议(2023-02-10)) in a
	// column beside the article dates another page; the line right under
	// the title dates the article, its links an account's or a column's
	// (2016-05-06 苍南税务, as WeChat showed it).
	hasTitle := func(l string) bool { return title != "" && strings.Contains(l, title) }
	under := -1
	if t := slices.IndexFunc(header, hasTitle); t >= 0 && t+1 < len(header) {
		under = t + 1
	}
	header = slices.Clone(header)
	for i := len(header) - 1; i >= 0; i-- {
		if i != under && linkish(header[i], links) {
			header = slices.Delete(header, i, i+1)
		}
	}
	// The metadata lines: those with labels between the title and the
	// text (one line or several: 发布者：宣传部, then 时间：… 来源：…),
	// each field from the first that fills it; with none there, the first
	// line near the title with labels (two or more if there is such a
	// line, else one), never the editors' line under the text.
	var metaLines []string
	for _, l := range header {
		if labelCount(l) > 0 && utf8.RuneCountInString(l) < 200 {
			metaLines = append(metaLines, l)
		}
	}
	for _, need := range []int{2, 1} {
		if len(metaLines) > 0 {
			break
		}
		if i := slices.IndexFunc(window, func(l string) bool { return labelCount(l) >= need && utf8.RuneCountInString(l) < 200 }); i >= 0 {
			metaLines = window[i : i+1]
		}
	}
	authorShown := false // a line has an author label: its value, even empty, is the author
	for _, l := range metaLines {
		pm := ParseMeta(l)
		if m.Source == "" {
			m.Source = cleanSource(pm.Source)
		}
		if m.Author == "" && pm.Author != "" {
			m.Author = cleanNames(pm.Author, true)
		}
		authorShown = authorShown || hasAuthorLabel(l)
	}
	// The date: the one the page shows near the title when it gives the
	// day; else the publication date of the structured metadata (meta
	// tags, JSON-LD), which a relative or partial visible date (3小时前,
	// 2005年7月) leaves out; else the visible one as it is; else the one
	// the URL holds (/2005/07/31/, /20050731/).
	// The title's own day (2022年1月20日外交部发言人主持例行记者会) is the
	// day of its subject: the page's is the one shown beside it.
	untitled := func(ls []string) []string {
		if utf8.RuneCountInString(title) < 6 {
			return ls
		}
		out := make([]string, len(ls))
		for i, l := range ls {
			out[i] = strings.ReplaceAll(l, title, "")
		}
		return out
	}
	// The lines under the title before those over it, and of those over
	// it only the ones below the last menu or breadcrumb: a date bar over
	// that (2023年3月12日 星期日, the day the page was saved) is no
	// article's.
	dated := joinDateParts(header)
	if t, a := slices.IndexFunc(header, hasTitle), slices.IndexFunc(above, hasTitle); t >= 0 && a > 0 {
		top := a
		for top > 0 && !linkish(above[top-1], links) && !crumbLine(above[top-1]) && !(slices.Contains(firstN(lines, 3), above[top-1]) && weekdayBar(above[top-1])) {
			top--
		}
		dated = append(joinDateParts(header[t:]), joinDateParts(above[top:a])...)
	}
	visible, labelled := pubDate(joinDateParts(untitled(window[:len(window)-len(below)])), untitled(dated), untitled(below), signedDate(body))
	visible = toSecond(visible, window)
	structured := metaDate(doc)
	inURL, shortInURL := urlDate(pageURL), shortURLDate(pageURL)
	if structured == "" && len(inURL) >= len("2006-01-02") {
		structured = inURL // the day the page's own address gives: as sure as its metadata
	}
	switch {
	case len(visible) >= len("2006-01-02") && !labelled && len(structured) >= len("2006-01-02") && visible[:10] != structured[:10]:
		// An unlabelled date that is not the day the metadata gives: a
		// date bar's, a list's; the metadata's is the article's.
		m.PublishedAt = structured
	case len(visible) == len("2006-01-02") && len(structured) > len(visible) && structured[:len(visible)] == visible:
		m.PublishedAt = structured // the day shown, to the minute the metadata gives
	case len(visible) >= len("2006-01-02"):
		m.PublishedAt = visible
	case structured != "":
		m.PublishedAt = structured
	case visible != "":
		m.PublishedAt = visible
	case inURL != "":
		m.PublishedAt = inURL
	case shortInURL != "":
		m.PublishedAt = shortInURL // NetEase's /05/0427/10/…: the last there is
	default:
		m.PublishedAt = findDate(title) // no other: the subject's day is the nearest
	}
	if len(m.PublishedAt) == len("2006-01-02") {
		m.PublishedAt = stampTime(m.PublishedAt, below)
	}
	if m.Author == "" {
		m.Author = bylineAuthor(window, body)
	}
	if m.Author == "" && !authorShown {
		m.Author = issuer(lines)
	}
	if m.Author == "" && !authorShown {
		if v, ok := doc.Find(`meta[name="author"], meta[name="Author"], meta[property="article:author"]`).Attr("content"); ok {
			m.Author = metaNames(v)
		}
	}
	if m.Author == "" && !authorShown {
		m.Author = metaNames(jsonLD(doc).author)
	}
	if m.Author == "" && !authorShown {
		m.Author = authorLink(doc)
	}
	if m.Author == "" && !authorShown {
		m.Author = posterAbove(above, title)
	}

	if m.Author == "" && !authorShown {
		for _, l := range window[:len(window)-len(below)] {
			if m.Author = nameBesideDate(l); m.Author != "" {
				break
			}
		}
	}
	if m.Author == "" {
		// A name standing alone under the title is shown even where a
		// metadata line's author field is left empty.
		m.Author = nameUnderTitle(window, title, links)
	}
	if m.Author == "" && !authorShown {
		m.Author = userLink(doc, posterLines(lines, above, body))
	}
	if m.Author == "" && !authorShown {
		m.Author = posterColumn(window, title) // a forum's: the first post's poster
	}
	// An editor (编辑 责编 责任编辑) is never the author.
	return m
}

// metaNames reads the author a page's metadata gives, which its
// software may fill with its own name, its account's or its domain
// (Administrator, DedeCMS, www.example.com): never those.
func metaNames(v string) string {
	if strings.Contains(v, "://") || strings.Contains(v, ".") || softwareName.MatchString(strings.TrimSpace(v)) {
		return ""
	}
	return cleanNames(v, true)
}

var softwareName = regexp.MustCompile(`(?i)^(?:admin|administrator|webmaster|user|pc|microsoft|frontpage|dedecms|phpcms|empirecms|thinkphp|wordpress|dreamweaver|editor|system|root|guest|unknown|null|none|author|powered\b.*|trs|hanweb|ucap|[\w-]*(?:cms|inc|corp|ltd|team|studio|soft|web|net|site|group|media|news))$`)

// ldFacts is what a page's JSON-LD says of its article.
type ldFacts struct{ published, author string }

// jsonLD reads the page's <script type="application/ld+json"> blocks:
// the datePublished and the author (a name, an object with a name, or a
// list of them) of the first object that has them, in @graph too.
func jsonLD(doc *goquery.Document) ldFacts {
	var f ldFacts
	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok && f.published == "" {
				f.published = d
			}
			if a, ok := x["author"]; ok && f.author == "" {
				f.author = ldNames(a)
			}
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
		}
	}
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) == nil {
			visit(v)
		}
	})
	return f
}

func ldNames(a any) string {
	switch x := a.(type) {
	case string:
		return x
	case map[string]any:
		if t, _ := x["@type"].(string); t == "Organization" || t == "NewsMediaOrganization" {
			return "" // the publisher, no person
		}
		n, _ := x["name"].(string)
		return n
	case []any:
		var names []string
		for _, e := range x {
			if n := ldNames(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, " ")
	}
	return ""
}

// urlDate is the date a URL's path holds: /2005/07/31/, /2005-07-31/,
// /20050731/ (a directory or a file name's start, /20190506A0ABCD00 with
// an id appended), /art/2019/5/6/ (unpadded, as TRS's sites write it),
// /201905/t20190506_123.html (TRS WCM's file names), when it is a real day.
func urlDate(u *url.URL) string {
	if u == nil {
		return ""
	}
	for _, re := range urlDays {
		m := re.FindStringSubmatch(u.Path)
		if m == nil {
			continue
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, chinaTime)
		if y < 1995 || t.Month() != time.Month(mo) || t.Day() != d || t.After(time.Now()) {
			continue
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	return ""
}

// shortURLDate is the date a URL's path holds with a two-digit year, as
// NetEase wrote it (/05/0427/10/1HQ6ABCD0001122E.html): the year, and the
// month and day, in segments of their own, with more of the path after
// them. Years 1995 to this one; never as sure as a four-digit year, so
// read last. Six figures in one segment are not read: /200502/ is a
// month (2005-02) as often as a day (2020-05-02).
func shortURLDate(u *url.URL) string {
	if u == nil {
		return ""
	}
	m := shortURLDay.FindStringSubmatch(u.Path)
	if m == nil {
		return ""
	}
	yy, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	y := 2000 + yy
	if yy >= 95 {
		y = 1900 + yy
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, chinaTime)
	if t.Month() != time.Month(mo) || t.Day() != d || t.After(time.Now()) {
		return ""
	}
	return t.Format("2006-01-02")
}

var shortURLDay = regexp.MustCompile(`/(\d{2})/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/[^/]+/`)

var urlDays = []*regexp.Regexp{
	regexp.MustCompile(`/((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|\d{0,8}\.s?html?$|[A-Z][0-9A-Z]{5,}$|$)`),
	regexp.MustCompile(`/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/`),
	regexp.MustCompile(`/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+\.s?html?$`),
}

// hasAuthorLabel: the metadata line labels an author (作者： 撰稿： ...).
func hasAuthorLabel(line string) bool {
	for _, loc := range findLabels(line) {
		switch loc.name(line) {
		case "作者", "撰稿", "撰稿人", "记者":
			return true
		}
	}
	return false
}

// metaWindow is the part of a page where an article's metadata stands:
// from a little before the title (or the body's start) to the body's
// first lines, and the few lines after the body (forum posts sign
// there). header is the part of it above the body; below, the lines
// after it.
func metaWindow(lines []string, title, body string) (window, header, below []string) {
	ti := -1
	for i, l := range lines {
		if ti < 0 && title != "" && strings.Contains(l, title) {
			ti = i
		}
	}
	bs, be := bodySpan(lines, body)
	add := func(out []string, lo, hi int) []string {
		for i := max(lo, 0); i <= hi && i < len(lines); i++ {
			out = append(out, lines[i])
		}
		return out
	}
	switch {
	case ti >= 0 && (bs < 0 || ti <= bs && bs-ti <= 20):
		window = add(window, ti-3, max(ti+8, bs+2))
		under := add(nil, ti, max(ti+8, bs+2))
		if bs >= 0 {
			under = add(nil, ti, bs)
		}
		header = append(add(nil, ti-3, ti-1), under...)
	case bs >= 0:
		window = add(window, bs-10, bs+2)
		header = add(nil, bs-10, bs)
	default:
		window = add(window, 0, 40)
		header = window
	}
	if be >= 0 {
		// The two last lines of the text and four under it, past the
		// links to the posts before and after it (a blog's stamp may
		// stand below them).
		below = add(nil, be-1, be)
		for i := be + 1; i < len(lines) && len(below) < 6; i++ {
			if !prevNext.MatchString(lines[i]) {
				below = append(below, lines[i])
			}
		}
		window = append(window, below...)
	}
	return window, header, below
}

// weekdayBar: a day and its weekday alone (2023年3月12日 星期日), as a date
// bar at the top of a page shows the day it was served.
func weekdayBar(l string) bool { return weekdayDay.MatchString(narrowDigits(l)) }

var weekdayDay = regexp.MustCompile(`^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*$`)

// prevNext: a link to the post before or after this one (« 上一篇：…,
// 下一条：…).
var prevNext = regexp.MustCompile(`^\s*[«»<>【\[]*\s*[上下前后]一(?:篇|条|则|页)(?:文章)?\s*[】\]]?\s*[:：]`)

// bodySpan is the index of the page's lines where the body starts and
// where it ends, -1 where not found.
func bodySpan(lines []string, body string) (bs, be int) {
	bs, be = -1, -1
	bl := nonEmpty(strings.Split(body, "\n"))
	if len(bl) == 0 {
		return bs, be
	}
	first, last := edgeRunes(bl[0], 20, true), edgeRunes(bl[len(bl)-1], 20, false)
	for i, l := range lines {
		if bs < 0 && strings.Contains(l, first) {
			bs = i
		}
		if bs >= 0 && strings.Contains(l, last) {
			return bs, i
		}
	}
	return bs, be
}

// edgeRunes is the first (or last) n runes of s.
func edgeRunes(s string, n int, first bool) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if first {
		return string(r[:n])
	}
	return string(r[len(r)-n:])
}

func nonEmpty(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func labelCount(line string) int {
	return len(findLabels(line))
}

func cleanSource(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \u3000|"); i > 0 {
		s = s[:i]
	}
	// The page's tools the markup runs on after it (新华网分享到：,
	// 新华网分享, 县税务局字号：默认).
	if loc := toolAfterSource.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	return s
}

var toolAfterSource = regexp.MustCompile(`(?:分享到|分享至|分享$|字号\s*[:：]|字体\s*[:：]|打印本页|打印此页|浏览次数|点击数|阅读数|[【\[])`)

// narrowDigits writes the full-width figures and date marks of a line
// (２００５年０７月３１日１２：３０, as print sets them) and an ideographic
// space as ASCII, for the date rules. (x/text's width.Narrow does more:
// it turns the ○ of 二○一九年 into ￮, which the Chinese numerals' date
// then misses.)
func narrowDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '０' && r <= '９' || r == '\u3000' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + r - '０'
		case r == '－':
			return '-'
		case r == '／':
			return '/'
		case r == '．':
			return '.'
		case r == '：':
			return ':'
		case r == '\u3000':
			return ' '
		}
		return r
	}, s)
}

// dateHit is a date found in a line.
type dateHit struct {
	value    string
	labelled bool // a publication label stands before it
	other    bool // an update label stands before it, or one of a date not the page's (施行日期)
	updated  bool // an update label stands before it
}

// datesIn finds the dates of a line, each at the precision it is written.
func datesIn(line string) []dateHit {
	line = narrowDigits(line)
	digits := 0
	for i := 0; i < len(line); i++ {
		if line[i] >= '0' && line[i] <= '9' {
			digits++
		}
	}
	if digits < 4 && !strings.Contains(line, "年") {
		return nil // a date has four figures at least (5/6/05), or 年 (二〇〇五年七月)
	}
	var hits []dateHit
	add := func(start int, v string) {
		before := labelRoom(line[:start])
		upd := updLabel.MatchString(before)
		hits = append(hits, dateHit{value: v, labelled: pubLabel.MatchString(before), other: upd || otherLabel.MatchString(before), updated: upd})
	}
	for _, loc := range anyDate.FindAllStringSubmatchIndex(line, -1) {
		if v := findDate(line[loc[0]:loc[1]]); v != "" {
			add(loc[0], v)
		}
	}
	// The other forms each need a character to be tried at all.
	slash, han := strings.Contains(line, "/"), strings.Contains(line, "年") && strings.Contains(line, "月")
	latin := strings.IndexFunc(line, func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }) >= 0
	if slash {
		for _, loc := range slashDate.FindAllStringSubmatchIndex(line, -1) {
			if v := slashDateValue(line, loc); v != "" {
				add(loc[0], v)
			}
		}
	}
	if len(hits) == 0 && slash {
		// 2019 05/06 09:30:00: a year, a month/day and a time in
		// separate elements.
		for _, loc := range splitDate.FindAllStringSubmatchIndex(line, -1) {
			if v := findDate(line[loc[2]:loc[3]] + "-" + line[loc[4]:loc[5]] + "-" + line[loc[6]:]); v != "" {
				add(loc[0], v)
			}
		}
	}
	if len(hits) == 0 && latin {
		for _, loc := range englishDay.FindAllStringSubmatchIndex(line, -1) {
			if v := englishDayValue(line, loc); v != "" {
				add(loc[0], v)
			}
		}
	}
	if len(hits) == 0 && han {
		for _, loc := range hanDate.FindAllStringSubmatchIndex(line, -1) {
			y, mo, d := hanNumber(line[loc[2]:loc[3]], true), hanNumber(line[loc[4]:loc[5]], false), hanNumber(line[loc[6]:loc[7]], false)
			if y >= 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
				add(loc[0], fmt.Sprintf("%04d-%02d-%02d", y, mo, d))
			}
		}
	}
	if len(hits) == 0 && digits >= 4 {
		// 05-7-31 10:20, 发布时间：19-05-06: a two-digit year, as forums
		// and portals of the 2000s stamped posts; read with a time or a
		// publication label only.
		for _, loc := range shortYearDate.FindAllStringSubmatchIndex(line, -1) {
			if v := shortYearValue(line, loc); v != "" && (loc[8] >= 0 || pubLabel.MatchString(labelRoom(line[:loc[2]]))) {
				add(loc[2], v)
			}
		}
	}
	if len(hits) == 0 && han {
		for _, loc := range monthDate.FindAllStringSubmatchIndex(line, -1) {
			y, _ := strconv.Atoi(line[loc[2]:loc[3]])
			mo, _ := strconv.Atoi(line[loc[4]:loc[5]])
			if mo >= 1 && mo <= 12 {
				add(loc[0], fmt.Sprintf("%04d-%02d", y, mo))
			}
		}
	}
	return hits
}

// labelRoom is the end of the text before a date, where a label of it
// stands: its last 64 bytes.
func labelRoom(before string) string {
	if len(before) <= 64 {
		return before
	}
	cut := len(before) - 64
	for cut < len(before) && !utf8.RuneStart(before[cut]) {
		cut++
	}
	return before[cut:]
}

// shortYearDate: a date with a two-digit year (05-7-31, 19.05.06) and its
// time, not a piece of a longer run of figures.
var shortYearDate = regexp.MustCompile(`(?:^|[^\d./-])(\d{2})[-.](\d{1,2})[-.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:[^\d.:/-]|$)`)

// shortYearValue reads a shortYearDate match: years 95–99 are 1995–1999,
// the others this century's up to this year.
func shortYearValue(line string, loc []int) string {
	get := func(i int) int { return groupInt(line, loc, i) }
	yy, mo, d := get(1), get(2), get(3)
	y := 2000 + yy
	if yy >= 95 {
		y = 1900 + yy
	}
	day := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, chinaTime)
	if mo < 1 || mo > 12 || day.Day() != d || y > time.Now().Year() {
		return ""
	}
	if get(4) < 0 {
		return day.Format("2006-01-02")
	}
	return dayTime(y, mo, d, get(4), get(5), max(get(6), 0), "")
}

// hanNumber reads a number in Chinese numerals: digit by digit for a
// year (二〇〇五), with 十 for a month or a day (三十一).
func hanNumber(s string, digits bool) int {
	const numerals = "〇一二三四五六七八九"
	value := func(r rune) int {
		switch r {
		case '〇', '○', '零':
			return 0
		}
		return strings.IndexRune(numerals, r) / len("一")
	}
	n := 0
	if digits {
		for _, r := range s {
			n = n*10 + value(r)
		}
		return n
	}
	rs := []rune(s)
	switch i := strings.IndexRune(s, '十'); {
	case i < 0:
		return value(rs[0])
	case len(rs) == 1:
		return 10
	case rs[0] == '十':
		return 10 + value(rs[1])
	case rs[len(rs)-1] == '十':
		return value(rs[0]) * 10
	default:
		return value(rs[0])*10 + value(rs[2])
	}
}

const monthNames = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

// englishDayValue is the date englishDay matched at loc, with its time
// of day when it has one.
func englishDayValue(line string, loc []int) string {
	group := func(i int) string {
		if loc[2*i] < 0 {
			return ""
		}
		return line[loc[2*i]:loc[2*i+1]]
	}
	month, day := group(1), group(2)
	if month == "" {
		month, day = group(4), group(3)
	}
	t, err := time.Parse("Jan", strings.ToUpper(month[:1])+strings.ToLower(month[1:3]))
	if err != nil {
		return ""
	}
	y, _ := strconv.Atoi(group(5))
	d, _ := strconv.Atoi(day)
	if d < 1 || d > 31 {
		return ""
	}
	if group(6) == "" {
		return fmt.Sprintf("%04d-%02d-%02d", y, int(t.Month()), d)
	}
	h, _ := strconv.Atoi(group(6))
	mi, _ := strconv.Atoi(group(7))
	sec, _ := strconv.Atoi(group(8))
	return dayTime(y, int(t.Month()), d, h, mi, sec, group(9))
}

// dayTime writes a day and its time of day in China time, the hour read
// on a 12-hour clock when ampm is a, am, p or pm; the day alone when the
// time is not one.
func dayTime(y, mo, d, h, mi, sec int, ampm string) string {
	switch strings.ToLower(ampm) {
	case "p", "pm":
		if h < 12 {
			h += 12
		}
	case "a", "am":
		if h == 12 {
			h = 0
		}
	}
	if h > 23 || mi > 59 || sec > 59 {
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02d+08:00", y, mo, d, h, mi, sec)
}

// groupInt is the number a match's group i holds in line, -1 where the
// group matched nothing.
func groupInt(line string, loc []int, i int) int {
	if loc[2*i] < 0 {
		return -1
	}
	n, _ := strconv.Atoi(line[loc[2*i]:loc[2*i+1]])
	return n
}

func slashDateValue(line string, loc []int) string {
	get := func(i int) int { return groupInt(line, loc, i) }
	d, mo, y := get(1), get(2), get(3)
	if mo > 12 && d <= 12 {
		mo, d = d, mo
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	if get(4) < 0 {
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	ampm := ""
	if loc[14] >= 0 {
		ampm = line[loc[14]:loc[15]]
	}
	return dayTime(y, mo, d, get(4), get(5), max(get(6), 0), ampm)
}

// pubDate is the article's own date: the first date with a publication
// label above the body or beside it, else the first day of the header
// (top-down) that is not an update time, else an update time (PowerEasy
// shows only 更新时间), else signed, the date closing the body under its
// signature (a notice's), else one a label claims below the body (a forum
// post's signature; a reply's header there says 发表于 too, so it counts
// as unlabelled: the page's metadata outranks it), else a date of the
// header without its day (2005年06月: a month). A date below the body
// that no label claims is a sidebar's or a footer's.
func pubDate(window, header, below []string, signed string) (date string, labelled bool) {
	claimed := func(lines []string) string {
		for _, l := range lines {
			if utf8.RuneCountInString(l) >= 60 && sentence.MatchString(l) || todayLine.MatchString(l) {
				continue // the article's sentences, which mention dates; a date bar's 当前日期：
			}
			// A blog's stamp under its post claims its date with its
			// counters: | 2005-07-31 12:30 | 评论(2) | 阅读(123).
			stamp := (postCounters.MatchString(l) || authorStamp.MatchString(l)) && utf8.RuneCountInString(l) < 80
			for _, h := range datesIn(l) {
				if (h.labelled || stamp) && !h.other {
					return h.value
				}
			}
		}
		return ""
	}
	if d := claimed(window); d != "" {
		return d, true
	}
	partial, updated, day := "", "", ""
	for _, l := range header {
		if todayLine.MatchString(l) {
			continue // 今天是2022年2月14日 星期一: the day the page was served
		}
		for _, h := range datesIn(l) {
			switch {
			case h.updated && updated == "":
				updated = h.value
			case h.other:
			case day != "":
				if len(h.value) > len(day) && h.value[:len(day)] == day {
					return h.value, false // the same day again, to the minute (a blog's day over its title, the time under it)
				}
			case len(h.value) > len("2006-01-02"):
				return h.value, false
			case len(h.value) == len("2006-01-02"):
				day = h.value
			case partial == "":
				partial = h.value // 2005年06月(7): a blog's archive, or the article's month
			}
		}
	}
	if day != "" {
		return day, false
	}
	if updated != "" {
		return updated, false
	}
	if signed != "" {
		return signed, false
	}
	if d := claimed(below); d != "" {
		return d, false
	}
	return partial, false
}

// toSecond is v, a time to the minute, to the second when another line
// shows the same minute with its seconds (09:30 in a column, 09:30:12
// under the title).
func toSecond(v string, lines []string) string {
	const minute = len("2006-01-02T15:04")
	if len(v) < minute || v[minute:minute+3] != ":00" {
		return v
	}
	mm := v[minute-2 : minute] // a line with the seconds writes the minute before them: 30:12, 30分12秒
	for _, l := range lines {
		if !strings.Contains(l, mm+":") && !strings.Contains(l, mm+"分") {
			continue
		}
		for _, h := range datesIn(l) {
			if len(h.value) > minute+3 && h.value[:minute] == v[:minute] && h.value[minute:minute+3] != ":00" && !h.other {
				return h.value
			}
		}
	}
	return v
}

// stampTime is day to the minute the post's stamp under it gives: its
// time of day without a date (a blog's day over its posts, Posted by X
// at 19:13 | 评论(1)), or the same day with its time (| 2019-05-06 09:30
// | 评论(2), 发布于 2019-05-06 09:30 under a paper's edition day); else
// day.
func stampTime(day string, below []string) string {
	for _, l := range below {
		if utf8.RuneCountInString(l) >= 80 {
			continue
		}
		if dates := datesIn(l); len(dates) > 0 {
			if footLine(l) && len(dates[0].value) > len(day) && strings.HasPrefix(dates[0].value, day) && !dates[0].other {
				return dates[0].value
			}
			continue
		}
		if !(postedBy.MatchString(l) || postCounters.MatchString(l)) {
			continue
		}
		if t := bareTime.FindStringSubmatch(l); t != nil {
			h, _ := strconv.Atoi(t[1])
			mi, _ := strconv.Atoi(t[2])
			if h < 24 && mi < 60 {
				return fmt.Sprintf("%sT%02d:%02d:00+08:00", day, h, mi)
			}
		}
	}
	return day
}

var bareTime = regexp.MustCompile(`(?:^|[^\d:])(\d{1,2}):(\d{2})(?:[^\d:]|$)`)

// authorStamp: a post's stamp naming its author before its time (作者:
// 老陈 2005-8-22 19:13), over the post or under it.
var authorStamp = regexp.MustCompile(`作者\s*[:：]\s*\S{1,20}\s+(?:19|20)\d{2}[-/.年]`)

var todayLine = regexp.MustCompile(`今天是|今日是|当前日期|当前时间|农历|欢迎(?:访问|光临|来到|您)`)

// findDate gives the first date in s at the precision s gives: a plain
// date (2005-08-16), or RFC 3339 in China time when a time of day follows.
func findDate(s string) string {
	m := anyDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	if m[4] == "" {
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	t, err := ParseChinaTime(m[0])
	if err != nil {
		return ""
	}
	return t
}

// metaDate is the publication date the page's structured metadata
// gives: meta tags (whatever the case and punctuation of their names,
// ranked by pubKeys), then <time itemprop=datePublished>, JSON-LD's
// datePublished, the first <time datetime>, the page's script data.
func metaDate(doc *goquery.Document) string {
	best, bestRank := "", len(pubKeys)
	for _, n := range doc.Find("meta[content]").Nodes {
		var key, content string
		for _, a := range n.Attr {
			switch a.Key {
			case "name", "property", "itemprop", "http-equiv":
				if key == "" {
					key = metaKey(a.Val)
				}
			case "content":
				content = a.Val
			}
		}
		if r, ok := pubKeys[key]; ok && r < bestRank {
			if v := structuredDate(content); v != "" {
				best, bestRank = v, r
			}
		}
	}
	if best != "" {
		return best
	}
	// Microdata and microformats in the body: <time itemprop=datePublished
	// datetime>, <span itemprop=datePublished content>, hAtom's <abbr
	// class=published title> (WordPress themes of the era).
	for _, q := range []struct{ sel, attr string }{
		{`[itemprop="datePublished"][datetime]`, "datetime"},
		{`[itemprop="datePublished"][content]`, "content"},
		{`.published[title]`, "title"},
		{`.published[datetime]`, "datetime"},
	} {
		if v, ok := doc.Find(q.sel).Attr(q.attr); ok {
			if d := structuredDate(v); d != "" {
				return d
			}
		}
	}
	if d := structuredDate(jsonLD(doc).published); d != "" {
		return d
	}
	// The first <time datetime> of the page that holds a date: the
	// article's, which a relative text (2小时前) may show (a template's
	// empty one before it says nothing).
	var timed string
	doc.Find(`time[datetime]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		timed = structuredDate(s.AttrOr("datetime", ""))
		return timed == ""
	})
	if timed != "" {
		return timed
	}
	if d := dataDate(doc); d != "" {
		return d
	}
	return scriptDate(doc)
}

// timeData: an element a script fills with the article's time from its
// data (<span class="time" id="news-time" data-val="1642667460000">,
// data-publish-time, data-time), not a list's item.
var timeData = cascadia.MustCompile(`[data-time]:not(li *, a), [data-publish-time], [data-pubtime], [data-publishtime], [data-date]:not(li *, a), [data-timestamp]:not(li *, a), [class*=time][data-val], [id*=time][data-val]`)

// dataDate is the date (a date string, Unix seconds or milliseconds) the
// first timeData element of the page carries.
func dataDate(doc *goquery.Document) string {
	for _, n := range doc.FindMatcher(timeData).Nodes {
		for _, a := range n.Attr {
			if k := a.Key; strings.HasPrefix(k, "data-") && (strings.Contains(k, "time") || strings.Contains(k, "date") || k == "data-val") {
				if d := scriptValueDate(strings.TrimSpace(a.Val)); d != "" {
					return d
				}
			}
		}
	}
	return ""
}

// metaKey is a meta tag's name lower-cased without its punctuation:
// article:published_time, PubDate, og:time , weibo: article:create_at.
func metaKey(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			return r
		}
		return -1
	}, name)
}

// pubKeys are the meta names (as metaKey spells them) that give a page's
// publication date, by trust; last, the time it was updated, which an
// account's article may carry alone (百家号's itemprop=dateUpdate).
var pubKeys = func() map[string]int {
	m := map[string]int{}
	for i, k := range []string{"articlepublishedtime", "datepublished", "pubdate", "publishdate", "publishtime", "pubtime",
		"publicationdate", "firstpublishedtime", "apubtime", "weiboarticlecreateat", "ogreleasedate", "articlepublished", "ogtime",
		"parselypubdate", "sailthrudate", "dcdateissued", "dctermsissued", "dctermscreated", "dcdatecreated", "dcdate", "date",
		"dateupdate", "datemodified"} {
		m[k] = i
	}
	return m
}()

// structuredDate reads a machine-written date: RFC 3339 in China time,
// else the first date in the value at its precision.
func structuredDate(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	for _, layout := range []string{time.RFC3339, time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.In(chinaTime).Format(time.RFC3339)
		}
	}
	if m := compactDay.FindStringSubmatch(v); m != nil {
		return m[1] + "-" + m[2] + "-" + m[3] // 20190506
	}
	return findDate(dashedClock.ReplaceAllString(v, "$1 $2")) // 2019-05-06-09:30:00 (gov.cn)
}

var (
	compactDay  = regexp.MustCompile(`^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$`)
	dashedClock = regexp.MustCompile(`^(\d{4}-\d{1,2}-\d{1,2})-(\d{1,2}:\d{2})`)
)

// scriptKeyDate: a publication date a page's script data gives its article
// (window.DATA = {"pubtime": "2019-05-06 09:30:00"}, var ct = "1557106200"
// in a WeChat article, "publish_time":1557106200, Next.js's "publishedAt":
// "2019-05-06T01:30:00.000Z"), as a date string or
// Unix seconds or milliseconds, quoted or not.
var scriptKeyDate = regexp.MustCompile(`(?i)["']?\b(?:pub_?time|publish(?:ed)?_?(?:time|date|at)|pub_?date|ptime|news_?time|create_?time|post_?time|date_?published|ct)["']?\s*[:=]\s*(?:["']([^"']{6,30})["']|(\d{13}|\d{10})\b)`)

// scriptDate is the first date scriptKeyDate finds in the page's inline
// scripts, checked to be a real day between 1995 and now.
func scriptDate(doc *goquery.Document) string {
	found := ""
	doc.Find("script:not([src])").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if t, _ := s.Attr("type"); strings.Contains(t, "ld+json") {
			return true // JSON-LD is read as such; other JSON (Next.js's __NEXT_DATA__) is script data
		}
		for _, m := range scriptKeyDate.FindAllStringSubmatch(s.Text(), -1) {
			if found = scriptValueDate(strings.TrimSpace(m[1] + m[2])); found != "" {
				return false
			}
		}
		return true
	})
	return found
}

func scriptValueDate(v string) string {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return structuredDate(v)
	}
	switch len(v) {
	case 13:
		n /= 1000
	case 10:
	default:
		return ""
	}
	t := time.Unix(n, 0).In(chinaTime)
	if t.Year() < 1995 || t.After(time.Now()) {
		return ""
	}
	return t.Format(time.RFC3339)
}

// posterAbove is a forum post's poster when the line that dates the post
// (发表于 2019-5-6 09:30) does not name them: the name stands alone a
// line or two above, in the column of the poster's profile (Discuz!,
// phpwind), past the thread's title.
func posterAbove(window []string, title string) string {
	for i, l := range window {
		if !postedAt.MatchString(l) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			c := strings.TrimSpace(window[j])
			if c == title || strings.Contains(c, title) && title != "" {
				continue
			}
			n := utf8.RuneCountInString(c)
			if n < 2 || n > 16 || strings.ContainsAny(c, " \t\u3000>›»|:：") || !personLike(c) || notNames.MatchString(c) || len(datesIn(c)) > 0 {
				break
			}
			return c
		}
	}
	return ""
}

// posterColumn is the first post's poster in a forum's profile column:
// the name heading the column, a line or two (a rank, 税务专员) above two
// lines or more of the poster's counters, one of them a profile's (积分：,
// UID 12, 注册 2004-5-6; not a page's 阅读：123), as DVBBS and Discuz! lay
// a post out. The title's line and what stands above it end the column.
func posterColumn(window []string, title string) string {
	for i := 0; i+1 < len(window); i++ {
		if !userStat.MatchString(window[i]) || !userStat.MatchString(window[i+1]) ||
			!profileStat.MatchString(window[i]) && !profileStat.MatchString(window[i+1]) {
			continue // not a poster's counters (阅读：123 评论：5 are a page's)
		}
		name := ""
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			c := strings.TrimSpace(window[j])
			if profileField.MatchString(c) {
				continue // 头衔：税务专员, 等级：论坛游侠
			}
			n := utf8.RuneCountInString(c)
			if title != "" && strings.Contains(c, title) || n < 2 || n > 16 || strings.ContainsAny(c, " \t\u3000>›»|:：") ||
				!personLike(c) || notNames.MatchString(c) || len(datesIn(c)) > 0 || userStat.MatchString(c) {
				break
			}
			name = c // the column's top line so far
		}
		return name
	}
	return ""
}

// profileStat: a counter only a poster's profile shows (积分, 帖子, UID, 粉丝, 园龄,
// 注册), none of a page's (阅读, 点击, 评论).
var profileStat = regexp.MustCompile(`^\s*(?:帖子|主题|积分|精华|威望|金钱|贡献|经验|魅力|等级|头衔|阅读权限|在线时间|注册|最后登录|UID|发帖|回帖|文章|来自|粉丝|关注|昵称|园龄|博龄|原创|排名)`)

// profileField: a short field of a poster's profile (等级：论坛游侠).
var profileField = regexp.MustCompile(`^[\p{Han}]{1,6}\s*[:：]\s*\S{1,16}$`)

// issuerLabel: the organ that issued a government document, in the
// table a 政府信息公开 page heads it with (索引号 发文机关 成文日期 …);
// in a catalogue's table, the publishing organ (发布机构) too.
var issuerLabel = regexp.MustCompile(`(?:发文机关|发文单位|成文机关)\s*[:：]\s*([^\s:：|]{2,30})`)

// publisherLabel: the organ a 政府信息公开 catalogue names as publishing
// the document (发布机构), its issuer there; catalogueLine: the
// catalogue's index number, which tells such a table from a news page's
// metadata line.
var (
	publisherLabel = regexp.MustCompile(`(?:发布机构|公开主体|信息公开主体)\s*[:：]\s*([^\s:：|]{2,30})`)
	catalogueLine  = regexp.MustCompile(`索\s*引\s*号\s*[:：]`)
)

// issuer is the organ that issued a document: a government page's author.
func issuer(lines []string) string {
	catalogued := slices.ContainsFunc(lines, func(l string) bool { return catalogueLine.MatchString(l) })
	for _, l := range lines {
		m := issuerLabel.FindStringSubmatch(l)
		if m == nil && catalogued {
			m = publisherLabel.FindStringSubmatch(l)
		}
		if m != nil {
			if v := cutAtLabel(m[1]); !notNames.MatchString(v) && !strings.ContainsAny(v, "0123456789") {
				return v
			}
		}
	}
	return ""
}

// authorMarks are the marks of an author in a page's markup: rel=author
// and schema.org microdata.
var authorMarks = cascadia.MustCompile(`[rel~="author"], [itemprop="author"]`)

var authorHrefs = cascadia.MustCompile(`a[href*="author"]`)

// authorLink is the page's author as its markup marks it: the one name
// rel=author or itemprop=author give, else the name of the author whose
// links (WordPress's ?author=102, /author/name/) the page holds most, as
// a blog's own pages link their author's archives and categories.
func authorLink(doc *goquery.Document) string {
	name := ""
	for _, n := range doc.FindMatcher(authorMarks).Nodes {
		s := goquery.NewDocumentFromNode(n).Selection
		if nm := s.Find(`[itemprop="name"]`).First(); nm.Length() > 0 {
			s = nm // a Person's card: its name, not its badge or links
		}
		t := CollapseSpace(s.Text())
		if v, ok := s.Attr("content"); ok && t == "" {
			t = CollapseSpace(v)
		}
		switch t = metaNames(strings.Trim(t, "[]【】")); {
		case t == "" || t == name:
		case name == "":
			name = t
		default:
			return "" // several authors' marks: a list, not an article
		}
	}
	if name != "" {
		return name
	}
	count := map[string]int{}
	names := map[string]string{}
	for _, n := range doc.FindMatcher(authorHrefs).Nodes {
		s := goquery.NewDocumentFromNode(n).Selection
		id, own := authorOf(s.AttrOr("href", ""))
		if id == "" {
			continue
		}
		count[id]++
		if t := metaNames(strings.Trim(CollapseSpace(s.Text()), "[]【】")); own && t != "" && names[id] == "" {
			names[id] = t
		}
	}
	best, tie := "", false
	for id, c := range count {
		switch {
		case best == "" || c > count[best]:
			best, tie = id, false
		case c == count[best]:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return names[best]
}

// userPage: the address of a user's own page on a platform of posts
// (/people/laochen, /u/a1b2c3, /user/12, /space/12, space.php?uid=12,
// home.php?mod=space&uid=12), or a blogger's home on a blog host
// (blog.csdn.net/laochen).
var (
	userPage  = regexp.MustCompile(`(?i)/(?:people|u|user|users|member|members|space|profile|blogger)/[\w.-]+/?$`)
	userQuery = regexp.MustCompile(`(?i)(?:^|&)(?:uid|userid|user_id|memberid|authorid)=\w+`)
)

var blogHost = regexp.MustCompile(`(?i)^(?:blog|blogs)\.[\w-]+\.(?:com|net|cn|com\.cn)$`)

// accountWord: the words of a site's account links (登录, 我的主页), no
// user's name.
var accountWord = regexp.MustCompile(`登录|登陆|注册|退出|注销|个人中心|我的|主页|设置|消息|私信|关注|粉丝|博客|专栏|空间|首页|控制面板|后台|管理|帮助|投稿|订阅|收藏|相册|留言|发表|写文章|编辑`)

// posterLines are the lines where a platform names a post's poster:
// those of the header (around the title, over the text), and the dated
// stamps under the post past its tools, before any readers' comments.
func posterLines(lines, header []string, body string) []string {
	shown := slices.Clone(header)
	if i := strings.LastIndex(body, "\n"); i >= 0 && editorLine.MatchString(body[i+1:]) {
		body = body[:i] // the editor's line the text closes with may stand below the stamp
	}
	if _, be := bodySpan(lines, body); be >= 0 {
		for _, l := range lines[be+1 : min(be+9, len(lines))] {
			if prevNext.MatchString(l) {
				continue // the posts before and after it: the stamp may stand below them
			}
			if stopLine.MatchString(l) || commentsLine.MatchString(l) || commentCount.MatchString(l) {
				break
			}
			if len(datesIn(l)) > 0 {
				shown = append(shown, l)
			}
		}
	}
	return shown
}

// handleLike: a user's name or handle as a platform shows it (老陈,
// laochen, 放飞&心情), not an account's link word (登录, 我的主页) nor a
// placeholder.
func handleLike(name string) bool {
	n := utf8.RuneCountInString(name)
	return n >= 2 && n <= 16 && hasWordChar(name) && !accountWord.MatchString(name) && (personLike(name) || latinHandle(name)) && !notNames.MatchString(name)
}

// userLink is the poster a platform names by a link to the user's own
// page: the first such link whose name one of the lines shown shows.
func userLink(doc *goquery.Document, shown []string) string {
	for _, node := range doc.Find("a[href]").Nodes {
		a := goquery.NewDocumentFromNode(node).Selection
		name := CollapseSpace(a.Text())
		if !handleLike(name) {
			continue
		}
		u, err := url.Parse(strings.TrimSpace(a.AttrOr("href", "")))
		if err != nil {
			continue
		}
		own := userPage.MatchString(u.Path) || userQuery.MatchString(u.RawQuery)
		if !own && blogHost.MatchString(u.Host) {
			seg := strings.Trim(u.Path, "/")
			own = seg != "" && !strings.ContainsAny(seg, "/.") && u.RawQuery == ""
		}
		if !own {
			continue
		}
		for _, l := range shown {
			if strings.Contains(l, name) {
				return name
			}
		}
	}
	return ""
}

// authorOf is the author a link names (?author=102, /author/name/), and
// whether it is the author's own page, not a list filtered by author and
// something else (?cat=3&author=102).
func authorOf(href string) (id string, own bool) {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return "", false
	}
	if q := u.Query(); q.Get("author") != "" {
		return q.Get("author"), len(q) == 1
	}
	if i := strings.Index(u.Path, "/author/"); i >= 0 {
		id = strings.Trim(u.Path[i+len("/author/"):], "/")
		return id, id != "" && !strings.Contains(id, "/")
	}
	return "", false
}

// nameUnderTitle is the name standing alone under the title (我是怎样卷入
// 八九民运的 / 茉莉 / 一九八九年四月，…): an essay's author, as print lays
// it out. A pen name without a surname is taken only as plain text: the
// link under a WeChat article's title (苍南税务, 税务小陈) is its account.
func nameUnderTitle(window []string, title string, links map[string]bool) string {
	for i := 0; i+1 < len(window); i++ {
		if strings.TrimSpace(window[i]) != title && !(title != "" && strings.HasSuffix(title, strings.TrimSpace(window[i])) && utf8.RuneCountInString(window[i]) >= 6) {
			continue
		}
		c := strings.TrimSpace(window[i+1])
		// A name with a surname; a pen name (茉莉) only where the page
		// credits it elsewhere as an author, before a title (茉莉：我是
		// 怎样…): a word under the title may be a column's (时政要闻),
		// an outlet's (南方周末) or a tool's (打印).
		if n := utf8.RuneCountInString(c); n >= 2 && n <= 6 && hanRun(c) == n && personLike(c) && !notNames.MatchString(c) &&
			(shortName(c) || !links[c] && creditedBefore(window, c, title)) {
			return c
		}
		// 陈晓东 苍南税务: the author and the account a WeChat article
		// names under its title, its date left for a script to fill.
		c = originalMark.ReplaceAllString(c, "")
		if w := strings.Fields(c); !strings.ContainsAny(c, ":：,，。;；!！?？0123456789") && len(w) == 2 && nameAndAccount(w) == w[0] {
			return w[0]
		}
	}
	return ""
}

// creditedBefore: a line of window names name before a piece of the
// title (茉莉：我是怎样卷入八九民运的, 茉莉:…).
func creditedBefore(window []string, name, title string) bool {
	head := edgeRunes(title, 4, true)
	for _, l := range window {
		l = strings.TrimSpace(l)
		if rest, ok := strings.CutPrefix(l, name); ok {
			rest = strings.TrimLeft(rest, " ：:|｜　")
			if rest != strings.TrimPrefix(l, name) && strings.HasPrefix(rest, head) {
				return true
			}
		}
	}
	return false
}

var postedAt = regexp.MustCompile(`^\s*(?:发表于|发布于|编辑于|发表时间\s*[:：])\s*(?:19|20)\d{2}`)

var chinaTime = time.FixedZone("CST", 8*3600)

// datelinePlaces are where a wire's reports are sent from, as Taiwan's
// news agency writes them against its reporter's name: Taiwan's cities
// and counties, and the world's cities it has reporters in.
const datelinePlaces = `台北|臺北|新北|桃園|桃园|台中|臺中|台南|臺南|高雄|基隆|新竹|苗栗|彰化|南投|雲林|云林|嘉義|嘉义|屏東|屏东|宜蘭|宜兰|花蓮|花莲|台東|臺東|台东|澎湖|金門|金门|馬祖|马祖|` +
	`香港|澳門|澳门|北京|上海|東京|东京|首爾|首尔|華盛頓|华盛顿|紐約|纽约|洛杉磯|洛杉矶|倫敦|伦敦|巴黎|柏林|莫斯科|新加坡|雪梨|悉尼|曼谷|吉隆坡|雅加達|雅加达|馬尼拉|马尼拉|河內|河内|布魯塞爾|布鲁塞尔|日內瓦|日内瓦`

// hanName is a name in Chinese letters written against its role word
// (记者张三报道): two to four letters, or a name with the interpunct
// (阿依古丽·买买提).
const hanName = `(?:\p{Han}{1,6}·\p{Han}{1,4}|\p{Han}{2,4})`

// nameRun: a run of names, each two to five characters (or one of two
// written apart, 王　五, as pages align them with longer names; or one
// with the interpunct, 阿依古丽·买买提) or a Latin handle, set apart by
// spaces or commas.
const nameRun = `((?:\p{Han}{1,6}(?:·\p{Han}{1,4}){1,2}|[\p{Han}·]{2,5}|\p{Han}[ \x{3000}]{1,2}\p{Han}|[A-Za-z][\w.&-]{1,20})(?:[ \t\x{3000}、，,]+(?:\p{Han}{1,6}(?:·\p{Han}{1,4}){1,2}|[\p{Han}·]{2,5}|\p{Han}[ \x{3000}]{1,2}\p{Han}|[A-Za-z][\w.&-]{1,20}))*)`

var (
	// 作者：X, 记者：X Y, and 作者 | X, 文 | X as magazines and WeChat
	// accounts write it (文 only as a word: 原文：, 中文 | English are not).
	// 【作者】X as a bracketed label; 发信人: X (nick), 信区: … heads a BBS post.
	bylineLabelled = []cue{newCue(`(?:作\s*者|采\s*写|撰\s*稿人?|撰\s*文|撰写人?|执\s*笔人?|[记記]\s*者|通[讯訊][员員]|发帖人|发帖者|发表人|发表者|发信人|投稿人|署名|楼\s*主|贴主|博主|(?:^|[\s（(【\[])文)\s*(?:[:：]|[】\]]|\s*[|｜丨/／·‖]\s*)\s*`+`([^\s|｜丨/／:：]+(?:[ \t\x{3000}、，,]+[^\s|｜丨/／:：]+)*)`,
		"作", "采", "撰", "执", "记", "記", "通讯员", "通訊員", "发帖", "发表", "发信人", "投稿人", "署名", "楼", "贴主", "博主", "文"),
		// 作者, X: a byline laid out as a list of roles (BBC's), on a line of its own.
		newCue(`^\s*作者\s*[,，]\s*`+nameRun+`\s*$`, "作者")}
	bylinePatterns = []cue{
		// （记者 X） closing the body: after a sentence or alone, not a
		// unit after a word (金额（万元））; first, for the co-credits it
		// may name before the reporter (（实习生 X 记者 Y）).
		newCue(`(?:^|[。！？!?”」』\s])[（(]\s*(?:[记記]者|通[讯訊][员員]|实习生|本[报報][记記]者)\s*`+nameRun+`\s*[)）]\s*$`, "记者", "記者", "通讯员", "通訊員", "实习生"),
		// （北京晚报 张三）: an outlet and its reporter's name closing the body.
		newCue(`(?:^|[。！？!?”」』\s])[（(]\s*[\p{Han}]{2,8}(?:[报報]|社|[网網]|台|刊)\s+`+nameRun+`\s*[)）]\s*$`, "（", "("),
		newCue(`(?:^|[\s（(□■●◆▲★◎○])(?:本[报報]|本台|本网)?(?:特约)?(?:作者|[记記]者|通[讯訊][员員]|执笔人|撰稿人?)[ \t\x{3000}]+`+nameRun, "作者", "记者", "記者", "通讯员", "通訊員", "执笔", "撰稿"),
		// 本报讯 记者张三报道, 本报北京5月6日电 记者张三报道, （记者张三
		// 通讯员李四）: the name written against the role word, ended by
		// a space, 报道 or the bracket.
		newCue(`(?:[讯訊电電]\s*|[（(]\s*)(?:本[报報]|本台)?[记記]者(`+hanName+`(?:[\s\x{3000}、]+(?:通[讯訊][员員]|实习生|见习[记記]者)?`+hanName+`)*)(?:\s|(?:报道|報導|報道)|[)）]|$)`, "记者", "記者"),
		// 文/图 张三, 撰文/张三 摄影/李四.
		newCue(`(?:^|[\s（(【\[■□●◆])(?:撰文|文字|文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[/／:：]?\s*`+nameRun, "文"),
		// □ 张三, 张三 文, 张三 文/图: a line that is the byline alone.
		newCue(`^[□■●◆▲★◎○]\s*`+nameRun+`\s*$`, "□", "■", "●", "◆", "▲", "★", "◎", "○"),
		newCue(`^`+nameRun+`\s+(?:文|文\s*[/／]\s*图)\s*$`, "文"),
		newCue(`本[报報][记記]者\s*(`+hanName+`)(?:发自|(?:报道|報導|報道))`, "本报记者", "本報記者"),
		// 本报讯（记者 张三 李四）, 新华社北京1月5日电（记者 张三）: at the start.
		newCue(`^[^（(]{0,30}(?:[讯訊]|[电電])\s*[（(]\s*(?:本[报報])?[记記]者\s*`+nameRun, "记者", "記者"),
		newCue(`[记記]者\s*(`+hanName+`)\s*[/／]\s*文`, "记者", "記者"),
		// 記者張三／台北報導, as Taiwan's papers write it: the name, then
		// where the report comes from.
		newCue(`[记記]者\s*(`+hanName+`)\s*[/／]\s*[\p{Han}]{2,6}?(?:报道|報導|報道|电|電)`, "记者", "記者"),
		// （中央社記者張三台北31日電）, as Taiwan's news agency datelines
		// its reports: the name runs into the place it was sent from.
		newCue(`[记記]者(\p{Han}{2,3}?)(?:`+datelinePlaces+`)\d{1,2}日(?:专|專)?(?:电|電)`, "记者", "記者"),
		// 文/X, （文/X）, 文/本报记者 X.
		newCue(`(?:^|[\s（(【\[■□●◆])文\s*[/／]\s*(?:(?:本[报報]|本台|本网)?(?:特约)?[记記]者\s*)?`+nameRun, "文"),
		newCue(`(?:^|[\s（(])`+nameRun+`\s*[/／]\s*文(?:\s|$|[)）])`, "文"),
		// An outlet's reporter, a box before it: □本报记者 张三, 新华社记者 张三 李四.
		newCue(`(?:^|[\s□■●◆▲★◎○（(])(?:本[报報]|本台|本网|[\p{Han}]{2,6}(?:社|[报報]|台|[网網]))(?:特约|驻[\p{Han}]{1,4})?[记記]者\s*`+nameRun, "记者", "記者"),
		// Any outlet's reporter, the name set apart: 澎湃新闻记者 张三,
		// 中国青年报客户端记者 王五, 法治日报全媒体记者 | 李四 (written
		// against it, 记者了解到 would read as a name).
		newCue(`(?:^|[\s□■●◆▲★◎○（(])[\p{Han}A-Za-z0-9]{2,12}?(?:全媒体|融媒体|首席|特约|见习|实习)?[记記]者(?:[ \t\x{3000}]+|\s*[|｜丨/／]\s*)`+nameRun, "记者", "記者"),
		newCue(`[□■●◆▲★◎○]\s*[记記]者\s*`+nameRun, "记者", "記者"),
		// A dateline's reporters: 新华社北京5月3日电（记者 张三） at the start.
		newCue(`(?:[讯訊]|[电電])\s*[（(]\s*(?:[\p{Han}]{0,6}[记記]者|通[讯訊][员員])\s*`+nameRun+`\s*[)）]`, "记者", "記者", "通讯员", "通訊員"),
		// 本网讯（张三 李四）: a dateline's names, no role word.
		newCue(`^[^（(]{0,30}[讯訊]\s*[（(]\s*`+nameRun+`\s*[)）]`, "讯", "訊"),
		// 作者简介：张三，…: the author's biography under the text.
		newCue(`作者简介\s*[:：]\s*`+nameRun+`\s*[，,。]`, "作者简介"),
		// By 张三 on a line of its own, as magazines write it in English.
		newCue(`^\s*(?:By|BY|by)\s+`+nameRun+`\s*$`, "By", "BY", "by"),
		// （苍南县税务局 张三）, 苍南县税务局 张三: a department and its
		// writer's name closing the body.
		newCue(`^[（(]?\s*[\p{Han}]{2,12}(?:局|办|院|所|委|厅|处|科|站|中心|公司|学校|大学|医院)\s+`+nameRun+`\s*[)）]?\s*$`, "局", "办", "院", "所", "委", "厅", "处", "科", "站", "中心", "公司", "学校", "大学", "医院"),
	}
	bareParenNames = []cue{newCue(`(?:^|[。！？!?”」』\s])[（(]\s*`+nameRun+`\s*[)）]\s*$`, "（", "(")}
	// A post's stamp names its poster by a handle, not always a Chinese
	// name (放飞&心情, 眉间尺): what it names is taken as written.
	posterStamps = []cue{
		// 〓 网易娱乐 发布时间 2005/05/17 22:11:42 by 眉间尺 〓
		newCue(`\d{1,2}:\d{2}(?::\d{2})?\s+by\s+([^\s〓|]{2,20})`, "by"),
		// A forum's poster: 本贴由 张三 于 2005-07-31 ..., 本帖最后由 X 于 ... 编辑 is not.
		newCue(`本[贴帖]由\s*(\S{2,16}?)\s*于\s*(?:19|20)\d{2}`, "由"),
		// A blog's: 由张三张贴 @ 2005-06-14 03:25:55.
		newCue(`(?:^|\s)由\s*(\S{2,12}?)\s*(?:张贴|发表|发布)\s*[@于]`, "由"),
		// Posted by 张三 on 2005-07-31.
		newCue(`(?i)posted\s+by\s+(\S{2,20})`, "posted"),
		// A blog's: 张三 发表于 2005-07-31, 由 张三 发表于：…, 张三 写于 …,
		// a board's 张三 发表评论于 …; not a reply's 回复于.
		newCue(`^\s*(?:由\s*)?(\S{2,16}?)\s*(?:发表于|发布于|发表评论于|写于|posted\s+(?:at|on))\s*[:：]?\s*(?:19|20)\d{2}`, "于", "posted"),
		// 张三 于 2005-07-31 19:13 发表, 张三 2005-07-31 19:13 发表.
		newCue(`^\s*(?:由\s*)?(\S{2,16}?)\s+(?:于\s*)?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:发表|发布|发帖|写)`, "发表", "发布", "发帖", "写"),
	}
	// A name in brackets beside the date, no label (2005-07-31 [张三],
	// 【张三】2005年7月31日): only on a short line of the header, never in a
	// listing of threads, which has that shape too.
	bracketByline = []cue{
		newCue(`(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\[【〖]\s*`+nameRun+`\s*[\]】〗]`, "[", "【", "〖"),
		newCue(`[\[【〖]\s*`+nameRun+`\s*[\]】〗]\s*(?:19|20)\d{2}[-/.年]\d{1,2}`, "[", "【", "〖"),
	}
	// a label ahead: 个人简介：, 来源：... ends a run of names.
	labelAhead = regexp.MustCompile(`(?:^|\s)([\p{Han}A-Za-z]{1,6})\s*[:：]`)
)

// bylineAuthor reads bylines near the title and at the top and end of the
// body: 作者：X, 记者 X Y, 本报记者X发自…, （记者 X）, （X Y） closing the
// body, 文/X, X/文, "… 22:11:42 by X".
// photoCredit: a line that credits a photo (新华社记者 张三 摄, （张三 摄影）,
// 图为…。新华社记者 张三 摄).
var photoCredit = regexp.MustCompile(`(?:^|[\s\x{3000}])(?:摄|摄影|供图)\s*[)）]?\s*$`)

func bylineAuthor(window []string, body string) string {
	var tail []string
	bl := strings.Split(body, "\n")
	for i := len(bl) - 1; i >= 0 && len(tail) < 3; i-- {
		// Under the text, 新华社记者 张三 摄 credits a photo, not the
		// text (over it, a photo report's byline).
		if l := strings.TrimSpace(bl[i]); l != "" && !photoCredit.MatchString(l) {
			tail = append(tail, l)
		}
	}
	try := func(lines []string, res []cue, labelled bool) string {
		for _, l := range lines {
			for _, b := range res {
				if !b.holds(l) {
					continue
				}
				for _, m := range b.re.FindAllStringSubmatchIndex(l, -1) {
					if strings.HasSuffix(l[:m[0]], "该") {
						continue // [只看该作者]: a forum's tool, no label
					}
					// The names end where the next label (时间：) starts.
					capture := l[m[2]:m[3]]
					if rest := cutAtLabel(l[m[2]:]); len(rest) < len(capture) {
						capture = rest
					}
					if n := cleanNames(capture, labelled); n != "" {
						return n
					}
				}
			}
		}
		return ""
	}
	if n := try(window, bylineLabelled, true); n != "" {
		return n
	}
	// Over the text, the first line may be a photo report's byline
	// (本报记者 张三 摄); further down such a line credits a photo.
	var head []string
	for i, l := range nonEmpty(firstN(bl, 3)) {
		if i == 0 || !photoCredit.MatchString(l) {
			head = append(head, l)
		}
	}
	head = append(head, tail...)
	if n := try(head, bylineLabelled, true); n != "" {
		return n
	}
	if n := try(window, posterStamps, true); n != "" {
		return n
	}
	if n := try(window, bylinePatterns, false); n != "" {
		return n
	}
	if n := try(head, bylinePatterns, false); n != "" {
		return n
	}
	// 张三 李四 heading the text, as an editor types the byline into it:
	// names alone, each with a surname.
	if len(head) > 0 {
		if w := strings.Fields(head[0]); len(w) > 0 && len(w) <= 3 && !slices.ContainsFunc(w, func(x string) bool { return !shortName(x) || hanRun(x) != utf8.RuneCountInString(x) }) {
			return strings.Join(w, " ")
		}
	}
	// （张三 李四） closing the body, no role word: each a name of two or
	// three characters, as an outlet's name (（南方周末）) may stand so.
	if n := try(tail, bareParenNames, false); n != "" && !slices.ContainsFunc(strings.Fields(n), func(w string) bool { return !shortName(w) }) {
		return n
	}
	var header []string
	for _, l := range window {
		if utf8.RuneCountInString(l) <= 40 && !listingLine.MatchString(l) {
			header = append(header, l)
		}
	}
	return try(header, bracketByline, false)
}

// postCounters: a post's counts of readers, comments, replies, links.
var postCounters = newCue(`(?:阅读|评论|回复|引用|浏览)(?:全文|数|次数)?\s*[(（:：]\s*\d+`, "阅读", "评论", "回复", "引用", "浏览")

// signedDate is the date that closes a document under its signature (a
// notice, a letter: 苍南县税务局 / 2019年5月6日), a line of its own among
// the body's last three.
func signedDate(body string) string {
	for _, l := range lastN(nonEmpty(strings.Split(body, "\n")), 3) {
		if l = strings.TrimSpace(l); utf8.RuneCountInString(l) <= 20 && mostlyDate(l) {
			if d := datesIn(l); len(d) == 1 && len(d[0].value) >= len("2006-01-02") {
				return d[0].value
			}
		}
	}
	return ""
}

// joinDateParts joins a date a page sets in blocks of its own (2019 /
// 05/06 / 09:30 in a column beside the text) into one line.
func joinDateParts(lines []string) []string {
	var out []string
	for i, l := range lines {
		if i > 0 && datePart.MatchString(l) && datePart.MatchString(lines[i-1]) {
			out[len(out)-1] += " " + strings.TrimSpace(l)
			continue
		}
		out = append(out, l)
	}
	return out
}

var datePart = regexp.MustCompile(`^\s*[\d/.:\-年月日时分]{2,10}\s*$`)

// nameBesideDate is the person a dated line of the header names with no
// label and no bracket, as a WeChat article heads itself (陈晓东 苍南税务
// 2019-05-06, 2017-05-06 陈晓东 苍南税务: the author, the account, the
// day): the line holds one date and two short words besides, a name and
// an account (nameAndAccount).
func nameBesideDate(line string) string {
	line = ipPlace.ReplaceAllString(originalMark.ReplaceAllString(line, ""), "")
	if strings.ContainsAny(clockTime.ReplaceAllString(line, ""), ":：") || labelCount(line) > 0 || len(datesIn(line)) != 1 {
		return ""
	}
	var words []string
	for _, f := range strings.Fields(line) {
		if strings.ContainsAny(f, "0123456789") || f == "原创" {
			continue
		}
		if utf8.RuneCountInString(f) > 10 {
			return "" // a sentence, a list item's title: not a metadata line
		}
		if !slices.Contains(words, f) { // the account shown twice, as its link and its name
			words = append(words, f)
		}
	}
	return nameAndAccount(words)
}

// nameAndAccount is the name of two words that are a person's and an
// account's or a site's (陈晓东 苍南税务): one a shortName, the other not.
// A word alone beside a date may be a place's (宁波), a weekday's (周一)
// or a tool's as well as a person's.
func nameAndAccount(words []string) string {
	if len(words) != 2 || shortName(words[0]) == shortName(words[1]) {
		return ""
	}
	if shortName(words[0]) {
		return words[0]
	}
	return words[1]
}

// shortName: a word that is a person's name standing unlabelled beside
// others: two or three characters with a surname (a compound one and up
// to two more), not an outlet (华商报, 钱江晚报) nor a place (温州).
func shortName(w string) bool {
	n := utf8.RuneCountInString(w)
	short := n <= 3 || tibetanName(w) || dottedName(w)
	for _, c := range compoundSurnames {
		short = short || strings.HasPrefix(w, c) && n <= 4
	}
	return short && chineseName(w) && personLike(w) && !notNames.MatchString(w) && !placeEnd.MatchString(w)
}

// originalMark: the mark of an account's own article before its author
// (原创, 原创： as WeChat wrote it in 2018).
var originalMark = regexp.MustCompile(`^\s*原创\s*[:：]?\s*`)

// ipPlace: where a post was sent from, as platforms show it since 2022
// (发表于浙江, IP属地：浙江): no word of the header's names.
var ipPlace = regexp.MustCompile(`\s*(?:发表于|IP属地\s*[:：]?)\s*[\p{Han}]{2,8}\s*$`)

var clockTime = regexp.MustCompile(`\d{1,2}:\d{2}(?::\d{2})?`)

// placeEnd ends the names of places: a dateline's city is not a person.
var placeEnd = regexp.MustCompile(`[省市县区州镇乡村]$`)

func cutAtLabel(s string) string {
	// A label right after the first one: its value is empty.
	if loc := labelAhead.FindStringSubmatchIndex(s); loc != nil {
		return s[:loc[2]]
	}
	return s
}

func firstN(xs []string, n int) []string {
	if len(xs) > n {
		return xs[:n]
	}
	return xs
}

func lastN(xs []string, n int) []string {
	if len(xs) > n {
		return xs[len(xs)-n:]
	}
	return xs
}

var aside = regexp.MustCompile(`[（(][^）)]*[）)]`)

// tag: a bracketed word after a name (老陈[VIP], 张三【原创】), a badge.
var tag = regexp.MustCompile(`(\S)[\[【][^\]】]*[\]】]`)

// joinPadded joins the characters of a name written apart to align
// with longer names (王　五): a run of two single characters, of four
// as two names (王 五 张 三), of three as a role's character and a name
// (图 王　五).
func joinPadded(s string) string {
	for range 3 { // a run's edge may be the next one's: again until none is left
		locs := padded.FindAllStringSubmatchIndex(s, -1)
		if locs == nil {
			break
		}
		var b strings.Builder
		last := 0
		for _, m := range locs {
			chars := strings.Fields(strings.ReplaceAll(s[m[4]:m[5]], "\u3000", " "))
			b.WriteString(s[last:m[4]])
			switch len(chars) {
			case 2:
				b.WriteString(chars[0] + chars[1])
			case 3: // a role's character before the name: 图 王　五
				b.WriteString(chars[0] + " " + chars[1] + chars[2])
			case 4:
				b.WriteString(chars[0] + chars[1] + " " + chars[2] + chars[3])
			}
			last = m[5]
		}
		s = b.String() + s[last:]
	}
	return s
}

var padded = regexp.MustCompile(`(^|[^\p{Han}·])((?:\p{Han}[ \x{3000}]{1,2}){1,3}\p{Han})($|[^\p{Han}·])`)

// cleanNames keeps the names at the start of an author value, separated by
// spaces or 、: it stops at the first word that is not a name. A labelled
// value's first word is taken as written (a forum nickname such as
// 放飞&心情); any other word must look like a Chinese name (a known
// surname and one to three more characters) or a Latin handle.
func cleanNames(s string, labelled bool) string {
	s = joinPadded(tag.ReplaceAllString(aside.ReplaceAllString(s, " "), "$1 "))
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、，,\u3000|｜丨/／；;", r)
	})
	var names []string
	for i, f := range fields {
		f = strings.Trim(f, "：:，,。.;；\"“”'【】[]（）()")
		for _, suffix := range []string{"报道", "報導", "報道", "发自", "摄影", "攝影", "摄", "攝", "编辑", "整理", "供图"} {
			if t := strings.TrimSuffix(f, suffix); t != f && utf8.RuneCountInString(t) >= 2 {
				f = t
			}
		}
		if t, ok := strings.CutSuffix(f, "等"); ok && chineseName(t) {
			f = t // 张三等: and others
		}
		if f == "" || i > 0 && f != fields[i] && reportEnd(fields[i]) {
			break // 姚峰 上海报道: a place the report comes from
		}
		if len(names) == 0 {
			// 作者：本报记者 张三, 新华社记者 张三 李四, 宣传科 张三: the
			// outlet's role words and the author's department before
			// the names.
			if role := leadRole.FindString(f); role != "" {
				if f = f[len(role):]; f == "" {
					continue
				}
				if utf8.RuneCountInString(f) < 2 {
					break // 记者站: a word, no role and a name
				}
			} else if i+1 < len(fields) && !personLike(f) {
				continue
			}
		}
		// 记者 王五 通讯员 赵六: the byline's other roles credit their
		// names too (通讯员赵六 written as one word as well).
		if role := coRole.FindString(f); role != "" && len(names) > 0 {
			if f = f[len(role):]; f == "" {
				continue
			}
		}
		ok := personLike(f) && !notNames.MatchString(f) && strings.IndexFunc(f, unicode.IsLetter) >= 0
		if ok && labelled && i == 0 {
			// A nickname, not a sentence nor 文/图's other half nor a
			// software's placeholder (admin, null).
			ok = hanRun(f) <= 6 && f != "图" && !softwareName.MatchString(f)
		} else if ok {
			ok = chineseName(f) || latinHandle(f)
		}
		if !ok {
			break
		}
		names = append(names, f)
		if reportEnd(fields[i]) || strings.HasSuffix(fields[i], "发自") {
			break
		}
	}
	return strings.Join(names, " ")
}

// reportEnd: a word that ends with 报道 (姚峰 上海报道), in either script.
func reportEnd(w string) bool {
	return strings.HasSuffix(w, "报道") || strings.HasSuffix(w, "報導") || strings.HasSuffix(w, "報道")
}

// leadRole: an outlet's role words before a byline's names (本报记者,
// 新华社记者, 本台特约通讯员, 记者).
var leadRole = regexp.MustCompile(`^(?:本[报報]|本台|本[网網]|本刊|[\p{Han}]{1,8}(?:社|[报報]|台|[网網]))?(?:驻[\p{Han}]{1,6})?(?:特[约約]|[见見][习習]|[实實][习習]|首席)?(?:[记記]者|通[讯訊][员員]|评论员|撰稿人)`)

// coRole: the roles a byline credits beside its reporter's.
var coRole = regexp.MustCompile(`^(?:通[讯訊][员員]|[实實][习習]生|[实實][习習][记記]者|[见見][习習][记記]者|特[约約][记記]者|[记記]者)`)

// Words that are never names: a field's placeholders (未知, 不详, 暂无,
// 管理员, 小编), roles, outlets, and the labels of a metadata line (a name
// is never the next label of an empty value).
var notNames = regexp.MustCompile(`^(未知|不详|暂无|无$|综合|管理员|系统管理员|超级管理员|小编|站长|周[一二三四五六日天]$|凌晨|明天|明日|万年历|关注|高清|时评|前言|引言|序言|摘要|导语|概述|目录|正文|附件|说明|按语|编者按|背景|结语|后记|全文|通知|公告|通报|声明|楼主|沙发|板凳|地板|记者|記者|本报|本報|本网|本台|编辑|編輯|来源|來源|作者|新华社|中新社|本站|原创|转载|报道|采访|发自|网友|简介|size|通讯员|字体|浏览|点击|阅读|更新|发布|时间|日期|责任|审核|录入)`)

var latinName = regexp.MustCompile(`^[A-Za-z][\w.&-]{1,20}$`)

func latinHandle(s string) bool { return latinName.MatchString(s) }

// chineseName: two to four Han characters starting with a surname, or
// a name that has none (a Tibetan name, a name with the interpunct).
func chineseName(s string) bool {
	if dottedName(s) || tibetanName(s) {
		return true
	}
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 4 {
		return false
	}
	for _, c := range compoundSurnames {
		if strings.HasPrefix(s, c) {
			return n >= 3
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(surnames, r) && (n <= 3 || n == 4)
}

// dottedName: a name of the minorities or a foreign one in Chinese
// letters, its parts set apart by the interpunct (阿依古丽·买买提, 约翰·史密斯).
func dottedName(s string) bool {
	parts := strings.Split(s, "·")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(p); n < 1 || n > 6 || hanRun(p) != n {
			return false
		}
	}
	return true
}

// tibetanName: a Tibetan name, two of the stock of names Tibetans are
// given (拉巴次仁, 普布扎西, 索朗德吉), which has no surname.
func tibetanName(s string) bool {
	if utf8.RuneCountInString(s) != 4 {
		return false
	}
	i := len(string([]rune(s)[:2]))
	return slices.Contains(tibetanNames, s[:i]) && slices.Contains(tibetanNames, s[i:])
}

var tibetanNames = strings.Fields(`扎西 次仁 多吉 卓玛 顿珠 达瓦 达娃 拉巴 普布 索朗 格桑 旦增 丹增 央金 德吉 尼玛 平措 白玛 边巴 洛桑 群培
	桑珠 阿旺 益西 巴桑 曲珍 拉姆 次旦 罗布 强巴 欧珠 米玛 加措 嘉措 嘎玛 贡嘎 仁青 其美 次珍 措姆 旺堆 卓嘎 德庆 朗杰 土登 晋美 琼达 泽仁 伦珠 拉珍
	格列 才让 吉美 洛珠 多杰 扎巴 群宗 次央 旺姆 旺久 普琼 巴珠 顿旦 拉琼 次平 仁增 贡布 尼珍 吉宗 玉珍 达杰 久美 斯郎 泽旺 仓木`)

// surnames: the common Chinese single-character surnames, and the
// traditional spellings of those written otherwise in Big5 pages.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由阎贝占鄂逄凤邴佴眭禤麴庚郦荀钮糜锁揣蹇訾钭竺張劉陳楊黃趙吳孫馬許鄭謝韓馮鄧蕭葉蘇盧蔣賈顏羅傅龔鍾譚陸湯鄒嚴錢顧賀龍萬閻喬齊龐聶關蘭紀單駱饒寧畢鳳韋費衛車項連"

var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里"}

// personLike: a name, not a site, an organisation or a sentence.
func personLike(s string) bool {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n == 0 || n > 20 || strings.ContainsAny(s, "。，！？:/@=\"<>") {
		return false
	}
	for _, bad := range []string{"网", "报社", "日报", "社", "集团", "公司", "中心", "政府", "www", ".com", "新闻", "电台"} {
		if strings.Contains(s, bad) {
			return false
		}
	}
	if n >= 3 {
		for _, org := range orgEnds {
			if strings.HasSuffix(s, org) {
				return false // 苍南县税务局, 某某大学: a body, not a person
			}
		}
	}
	return true
}

// orgEnds end the names of organisations: departments and their sections
// (征管科, 税政股, 研究室, 工作组), schools, hospitals, banks, accounts.
var orgEnds = []string{"报", "刊", "局", "科", "股", "室", "组", "厅", "委", "办", "部", "处", "院", "所", "馆", "站", "会", "团", "队", "校", "大学", "银行", "办公室", "工作室", "频道", "客户端", "公众号", "官方", "官微", "微博", "微信",
	// the accounts of departments and media on platforms (苍南发布, 浙江税务)
	"发布", "政务", "税务", "公安", "法院", "检察", "教育", "卫健", "在线", "资讯", "头条", "观察", "之声", "视点", "融媒", "传媒", "文旅"}

// hanRun is the longest run of Han characters in s.
func hanRun(s string) int {
	best, run := 0, 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
