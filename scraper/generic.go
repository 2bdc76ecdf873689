package scraper

import (
	"cmp"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Generic extracts an article from a page no template fits: the body by
// readability's scoring (go-readability), then the project's own rules
// for Chinese pages: the title is the heading that <title> repeats, the
// metadata line is the block near the title that carries labels (时间
// 来源 作者 ...), dates and bylines are read in their many spellings
// (2005年7月31日 12:30, 2005-5-7 21:23:57, 本报记者X, （记者 X Y）...).
func Generic(text string, pageURL *url.URL) (*Article, error) {
	doc, err := ParseHTML(text)
	if err != nil {
		return nil, err
	}
	return generic(doc, text, pageURL)
}

// generic is Generic on a page already parsed (doc is text's parse).
func generic(doc *goquery.Document, text string, pageURL *url.URL) (*Article, error) {
	a := &Article{}
	absoluteStamps(doc)
	stats := statsOf(doc.Get(0))
	links := linkTexts(doc)
	title, sure := genericTitle(doc, stats, links)
	a.Title = title

	// Body: readability works on its own copy of the document. On a
	// table layout with a short article it may take the whole page; then
	// the densest block under the title is the article.
	if pageURL == nil {
		pageURL = &url.URL{Scheme: "http", Host: "localhost", Path: "/"}
	}
	if revealHidden(doc, stats) {
		var sb strings.Builder
		if err := html.Render(&sb, doc.Get(0)); err == nil {
			text = sb.String()
		}
	}
	body, err := readabilityBody(text, pageURL)
	if err != nil || body == nil || strings.TrimSpace(VisibleText(body)) == "" {
		body = densestBlock(doc)
	} else if orig := originalNode(doc, body); orig != nil && sameText(orig, body) {
		// Readability rewrites what it keeps (a <br><br> run loses its
		// paragraph break): read the same block in the page itself when
		// it holds the same text.
		body = orig
	}
	lines, pageTitle := pageLines(doc), pageTitleOf(doc)
	if sure || a.Title != "" && strings.Contains(pageTitle, a.Title) {
		lines = joinTitle(lines, a.Title) // the title the markup broke over two lines
	}
	// <title>'s title, shown as a line of its own that is no link (a
	// heading of no heading's markup, <div class="bt">), is the title
	// even where readability took another block (a sidebar's summaries
	// over a short article): the heading above that block is not.
	shownTitle := utf8.RuneCountInString(a.Title) >= 8 && !links[a.Title] && slices.ContainsFunc(lines, func(l string) bool { return strings.TrimSpace(l) == a.Title })
	if body != nil && !sure && !shownTitle {
		if h := headingAbove(doc, lines, links, body, a.Title); h != "" && h != a.Title {
			if j := hanJoin(h); strings.Contains(pageTitle, j) {
				h = j // broken over two lines by the markup, whole in <title>
			}
			a.Title = h
		}
	}
	if body != nil {
		if post := firstPost(doc, lines, links, body); post != nil {
			body = post // a thread's first post, not a longer reply
		} else if near := proseUnderTitle(doc, lines, a.Title, body); near != nil {
			body = near // the article under its title, not a block of comments far below
		}
	}
	if body != nil {
		bs, ok := stats[body]
		if !ok {
			bs = statsOf(body)[body]
		}
		// The block under the title, when the chosen one is mostly links
		// or holds it and the page's navigation (and it holds the first
		// prose under the title), or when the chosen one holds nothing
		// that is not a header or a foot (a short article's metadata
		// line: readability's choice when the text is too short for it,
		// or is a table), or leaves out the first sentences under the
		// title, or ends above it (a profile column).
		if under := blockUnderTitle(doc, a.Title, stats); under != nil {
			replace := (bs.density() > 0.2 || extraIsNavigation(bs, stats[under])) && holdsFirstProse(under, body, lines, a.Title)
			if !replace {
				chosen := VisibleText(body)
				replace = noArticle(chosen, a.Title, links) || passesFirstProse(under, chosen, lines, a.Title) || endsAbove(chosen, lines, a.Title)
			}
			if replace {
				body = under
			}
		}
	}
	if body == nil {
		return nil, ErrNoArticle
	}
	sel := goquery.NewDocumentFromNode(body).Selection
	sel.Find("script, style, noscript, iframe, object, embed, form").Remove()
	a.Images, a.Attachments = bodyFiles(sel, pageURL)
	shown := VisibleText(body)
	if a.Title == "" {
		a.Title = leadingHeading(shown)
	}
	a.BodyText = trimBody(shown, a.Title, links)
	a.Meta = genericMeta(doc, lines, a.Title, a.BodyText, pageURL, links)
	a.BodyText = dropAuthorLine(a.BodyText, a.Meta.Author)
	a.Body = sel.Clone().Get(0)
	if a.Title == "" && a.BodyText == "" {
		return nil, ErrNoArticle
	}
	return a, nil
}

// revealHidden shows an element hidden by its style (visibility:hidden)
// that holds half the page's text or half its sentences' punctuation (a
// short article amid the page's chrome) or a data table: an article a
// script reveals once the page has loaded (a WeChat article as the server
// sends it), which a reader sees and readability would drop. It reports
// whether it changed the document.
func revealHidden(doc *goquery.Document, stats map[*html.Node]nodeStats) bool {
	var total nodeStats
	if b := doc.Find("body").Get(0); b != nil {
		total = stats[b]
	}
	style := func(s *goquery.Selection) string {
		return strings.ToLower(strings.ReplaceAll(s.AttrOr("style", ""), " ", ""))
	}
	// What display:none hides a reader never sees, the article or not (a
	// WeChat account's card): the page's text is the rest.
	styled := doc.Find("[style]")
	var none []*html.Node
	styled.Each(func(_ int, s *goquery.Selection) {
		if n := s.Get(0); strings.Contains(style(s), "display:none") && (len(none) == 0 || !containsNode(none[len(none)-1], n)) {
			none = append(none, n)
			total.text -= stats[n].text
			total.punct -= stats[n].punct
		}
	})
	changed := false
	styled.Each(func(_ int, s *goquery.Selection) {
		n, v := s.Get(0), style(s)
		if !strings.Contains(v, "visibility:hidden") || strings.Contains(v, "display:none") || total.text == 0 ||
			stats[n].text*2 < total.text && (stats[n].punct == 0 || stats[n].punct*2 < total.punct) && !dataTable(n) {
			return
		}
		for i, a := range n.Attr {
			if a.Key == "style" {
				n.Attr[i].Val = hiddenStyle.ReplaceAllString(a.Val, "")
				changed = true
			}
		}
	})
	return changed
}

var hiddenStyle = regexp.MustCompile(`(?i)visibility\s*:\s*hidden\s*;?`)

func readabilityBody(text string, pageURL *url.URL) (*html.Node, error) {
	if pageURL == nil {
		pageURL = &url.URL{Scheme: "http", Host: "localhost", Path: "/"}
	}
	art, err := readability.FromReader(strings.NewReader(text), pageURL)
	if err != nil {
		return nil, err
	}
	return art.Node, nil
}

var (
	pagerLine  = regexp.MustCompile(`上一页|下一页|第\s*\d+\s*页|共\s*\d+\s*页|^\s*[<>|《》]+\s*$|^(?:\s*[\[【]\s*\d{1,3}\s*[\]】]){2,}\s*$`)
	headerWord = regexp.MustCompile(`^(主题|标题|Subject)\s*[:：]`)
	sentence   = runeSet("。！？!?；")
)

// trimBody removes what readability's block holds around the article:
// above it the title again (or a piece of it), the metadata line, dates,
// pagers, menus (lines of the page's links' texts, links), tools and a
// poster's column; below it pagers, related-links blocks, reader counts,
// the readers' comments and thread listings; and on a forum thread or a
// blog archive, everything from the second post header on.
func trimBody(text, title string, links map[string]bool) string {
	paras := strings.Split(text, "\n\n")
	paras = paras[titleAt(paras, title, links):]
	start := headerParas(paras, title, links)
	if start == len(paras) {
		start = 0
	}
	paras = paras[start:]
	seen, sentences := 0, false // the article's text so far: its length, whether a sentence ends in it
	var kept []string
	stampRun := func(j int) bool { return j >= 0 && j < len(paras) && postStamp(strings.TrimSpace(paras[j])) }
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		n := utf8.RuneCountInString(p)
		if seen >= 150 && n < 160 && (pagerLine.MatchString(p) && n < 60 || listingLine.MatchString(p) ||
			labelCount(p) > 0 && len(datesIn(p)) > 0 && postHeader(p) ||
			n < 60 && postStamp(p) && !stampRun(i-1) && !stampRun(i+1)) {
			// The end of the article: a pager, a listing, the next post
			// (a stamp alone: the rows of a schedule's table are a run).
			break
		}
		if seen >= 40 && (n < 20 && commentsLine.MatchString(p) && (commentsNamed.MatchString(p) || !proseGoesOn(paras[i+1:])) || n < 60 && commentCount.MatchString(p)) {
			break // the readers' comments: the article never goes on after them
		}
		if (seen >= 40 || sentences) && n < 60 && stopLine.MatchString(p) {
			// A related-links box: the article goes on after it only
			// when prose follows that is not a list of summaries
			// (title, summary, title, summary).
			j := i + 1
			for j < len(paras) && !prose(paras[j]) && utf8.RuneCountInString(paras[j]) < 80 && !pagerLine.MatchString(paras[j]) && !chromeLine(paras[j]) {
				j++
			}
			// A pager or the page's tools under the box, the publisher's
			// notice after it: the page's foot, not the article again.
			if j == len(paras) || !prose(paras[j]) || copyrightLine.MatchString(paras[j]) ||
				j+2 < len(paras) && !prose(paras[j+1]) && utf8.RuneCountInString(paras[j+1]) < 40 && prose(paras[j+2]) {
				break
			}
			i = j - 1
			continue
		}
		kept = append(kept, p)
		seen += n
		sentences = sentences || sentenceEnd.MatchString(strings.TrimSpace(p))
	}
	// Below the article: separator lines (------), short lines of a
	// page's tools and notices (【打印本页】【关闭窗口】, a line of share
	// links, the publisher's copyright), and the lines of its foot (a
	// platform's statement, tags, the article's link, a blog's stamps).
	// The editor's line (责任编辑：X) closes the text with it, the foot
	// standing between, after or not at all.
	var editor []string
foot:
	for n := len(kept); n > 0; n = len(kept) {
		last := kept[n-1]
		credit := toolsFirst.ReplaceAllString(last, "") // 【纠错】【责任编辑:X】: the credit without the tools
		switch {
		case footPara(last, links):
			kept = kept[:n-1]
		case editor == nil && n > 1 && editorLine.MatchString(credit) && utf8.RuneCountInString(last) < 60:
			kept, editor = kept[:n-1], []string{credit}
		case n > 2 && oneLink(last, links) && footPara(kept[n-2], links):
			kept = kept[:n-2] // a tag's link under the foot (发布于 …, then 减税降费)
		case n > 2 && tagLink(last, links) && tagLink(kept[n-2], links):
			for n > 1 && tagLink(kept[n-1], links) {
				n--
			}
			kept = kept[:n] // a list of tags' links, one to a line (减税, 财经)
		default:
			break foot
		}
	}
	kept = append(kept, editor...)
	for len(kept) > 1 && chromeLine(kept[0]) {
		kept = kept[1:] // above it: 【字体：大 中 小】, a share line
	}
	return strings.TrimSpace(strings.Join(kept, "\n\n"))
}

// titleAt is the index of the title's own paragraph when the block holds
// a column before it (a blog's profile, an account's card: three
// paragraphs or more besides a metadata line and tools): an article's
// text never stands above its title. 0 when the title is first, is not
// there, follows prose or a line or two (a kicker, 引题, which the
// article keeps when its text has it: no metadata line follows the title
// there).
func titleAt(paras []string, title string, links map[string]bool) int {
	if title == "" {
		return 0
	}
	for i, p := range paras {
		p = strings.TrimSpace(p)
		if i >= 30 || prose(p) && utf8.RuneCountInString(p) >= 50 {
			return 0
		}
		if p == title {
			if i-headerParas(paras[:i], title, links) < 3 && !overMeta(paras, i) {
				return 0 // a kicker over the title (引题) in the article's text
			}
			return i // a column above it, or the page's kicker over its title and metadata
		}
	}
	return 0
}

// tableRow: a line that is a data table's row: three cells or more, two
// of them figures (2019-05-06 123 45.6; 灵溪 1.1 0.3).
func tableRow(p string) bool {
	if strings.Contains(strings.TrimSpace(p), "\n") {
		return false // lines of their own: a list, a post, not one row
	}
	fields := strings.Fields(p)
	if len(fields) < 3 {
		return false
	}
	figures := 0
	for _, f := range fields {
		if figure.MatchString(f) {
			figures++
		}
	}
	return figures >= 2
}

var figure = regexp.MustCompile(`^[-+]?\d[\d,]*(?:\.\d+)?%?$`)

// noArticle: text holds nothing but what stands above an article or
// below it.
func noArticle(text, title string, links map[string]bool) bool {
	paras := nonEmpty(strings.Split(text, "\n\n"))
	for _, p := range paras {
		if prose(p) && labelCount(p) == 0 && !chromeLine(p) && !footLine(p) && !copyrightLine.MatchString(p) {
			return false // an article's sentences: the common case, without trimming
		}
	}
	return headerParas(paras, title, links) == len(paras) || trimBody(text, title, links) == ""
}

// headerParas is how many of the paragraphs open with what stands above
// an article in its block (see trimBody).
func headerParas(paras []string, title string, links map[string]bool) int {
	start := 0
	labelled := false // the paragraph before is a label alone (标签：), this its value
	for start < len(paras) {
		p := strings.TrimSpace(paras[start])
		n := utf8.RuneCountInString(p)
		value := labelled && n < 20 && !sentence.MatchString(p) && !clause(p)
		labelled = tagLabel.MatchString(p)
		if labelled || value || statLines(p) {
			start++ // a tag's label or its value, a poster's column
			continue
		}
		if tableRow(p) || start+1 < len(paras) && tableRow(paras[start+1]) && labelCount(p) == 0 && len(strings.Fields(p)) >= 3 {
			break // a data table's row, or its head over one: the article's
		}
		if diaryDay(p) {
			break
		}
		header := p == title || strings.ReplaceAll(p, "\n", "") == title || (title != "" && strings.Contains(p, title) && n < utf8.RuneCountInString(title)+40) ||
			n < 160 && (labelCount(p) > 0 && len(datesIn(p)) > 0 || labelCount(p) >= 2) ||
			n < 60 && (mostlyDate(p) || pagerLine.MatchString(p) || headerWord.MatchString(p)) ||
			n < 30 && dateDigits.MatchString(p) ||
			n < 25 && !sentence.MatchString(p) && !clause(p) && (titlePiece(p, title) || start+1 < len(paras) && (userStat.MatchString(paras[start+1]) || statLines(paras[start+1]))) ||
			n < 200 && linkish(p, links) ||
			n < 80 && (siteLine.MatchString(p) || postedAt.MatchString(p)) ||
			n < 80 && !sentence.MatchString(p) && !clause(p) && overMeta(paras, start) ||
			stampLine(p) ||
			n < 80 && tagsLine.MatchString(p) ||
			n <= 10 && start > 0 && !sentence.MatchString(p) && !clause(p) && posterName(paras[start-1], links) ||
			userStat.MatchString(p) ||
			n < 60 && englishDate.MatchString(p) ||
			n <= 30 && !sentence.MatchString(p) && bylineOnly(p) ||
			n < 60 && !sentence.MatchString(p) && (shownStamp.MatchString(p) || labelFirst(p)) ||
			n < 80 && !sentence.MatchString(p) && !clause(p) && dateFirst.MatchString(p) && hasTimeOfDay(p) ||
			n < 80 && !sentence.MatchString(p) && postHeader(p) && len(datesIn(p)) > 0 ||
			n < 80 && crumbLine(p) ||
			chromeLine(p)
		if !header {
			break
		}
		start++
	}
	return start
}

var (
	toolsLine = regexp.MustCompile(`^(?:\s*[【\[]?\s*(?:(?:打印|收藏|推荐)(?:本页|此页|本文|此文|该文|文章)?|加入收藏|推荐给朋友|评论|关闭窗口|关闭本页|关闭|返回顶部|回到顶部|返回首页|返回列表|返回|(?i:top)|返回[\p{Han}]{1,4}[，,]?\s*查看更多|我要说说|我要评论|我要留言|我来说两句|发表评论|查看(?:全部|更多)?评论|发给好友|我要纠错|纠错|` +
		`(?:字体\s*[:：]?)?\s*[\[【]?\s*大\s*中\s*小\s*[\]】]?|字体\s*[:：]?\s*[大中小\s]+|(?:视力保护色|背景色|护眼色)\s*[:：]?|杏仁黄|秋叶褐|胭脂红|芥末绿|天蓝|雪青|灰|银河白\s*(?:[(（]默认色?[)）])?|(?:字体|字号)?\s*(?:放大|缩小|默认|超大|特大|大字|中字|小字|大号|中号|小号|[大中小])|A\s*[+＋\-－]?|听新闻|语音播报|语音朗读\s*[:：]?|朗读|阅读模式|加载中\s*(?:\.{2,}|…+)?|写留言|留言|字号\s*[:：]?\s*[\[【]?(?:[大中小默认超特标准较\s]+|T\s*[|｜]\s*T)[\]】]?|分享(?:到|至)?\s*[:：]?|保存本页|告诉好友|阅读原文|在看|点赞|` +
		// counters: 阅读 (1234), 浏览次数：56
		`(?:本文|本页|本篇)?共?(?:已被|被)?(?:阅读|浏览|点击|访问)(?:数|次数|量)?\s*[:：]?\s*[(（]?\s*[\d,]*(?:\.\d+)?\s*[万千wW]?\+?\s*[)）]?\s*次?|` +
		// 12人点赞, 赞同 123, 12 条评论, 字数 1,234
		`\d+\s*(?:人|次|个)?(?:点赞|赞同|喜欢|收藏|在看|赞)|(?:赞同|喜欢|收藏|点赞)\s*\d+|\d+\s*条(?:评论|回复|留言)|字数\s*[:：]?\s*[\d,]+|` +
		// a page's QR code: 扫一扫在手机打开当前页, 微信扫一扫 关注该公众号
		`扫一扫在手机(?:上)?(?:打开|阅读|浏览)(?:当前|本)页|(?:微信)?扫一扫|扫码(?:分享|阅读|关注)?|手机(?:看|阅读|浏览)(?:新闻|本文|本页)?|关注(?:该|本)?公众号|(?:扫描|长按|识别)+(?:下方|图中|上方)?二维码[\p{Han}]{0,8}|` +
		// 点击进入专题, 点击查看更多
		`点击\s*[“"]?(?:进入|查看|阅读|这里|此处)[^。！？]{0,20}|登录后(?:参与|发表)?评论|欢迎(?:转发|分享|转载)[\p{Han}]{0,6}|举报(?:\s*[/／]\s*反馈)?|投诉|反馈|参与(?:互动|讨论|评论)\s*[(（]?\s*\d*\s*[)）]?|(?:评论|收藏|转载|点赞|喜欢|推荐|分享)\s*[(（]\s*\d+\s*[)）])\s*[】\]]?\s*[|｜]?)+$`)
	// A video player's text before its script runs: 视频加载中，请稍候...,
	// 您的浏览器不支持 video 标签, 点击播放.
	playerLine = newCue(`(?i)^[^。！？]{0,6}(?:视频|播放器)[^。！？]{0,6}(?:加载|载入)[^。！？]{0,12}$|不支持\s*(?:html5\s*)?(?:video|视频|播放)|^(?:点击|立即)?播放(?:视频)?$`, "加载", "载入", "不支持", "播放")
	// An app's promotion: 打开APP阅读更多精彩内容, 海量资讯、精准解读，尽在新浪财经APP.
	appLine = newCue(`(?i)^[^。！？]{0,20}(?:打开|下载|尽在|安装|使用|登录)[\p{Han}\s]{0,10}(?:APP|客户端)[^。！？]{0,16}$`, "app", "客户端")
	// Lines only the foot of an article has: a platform's statement
	// (特别声明：以上内容…, 声明：该文观点仅代表作者本人…), the article's
	// link, its tags. At its head, 声明： may open the text of a statement.
	// A blog's foot names the post's category and its permalink (此条目
	// 发表在 X 分类目录。将固定链接加入收藏夹。, 分类：X, Posted in X, its
	// Chinese 发布于 X).
	footRe        = regexp.MustCompile(`^\s*[【\[]?(?:(?:(?:特别|免责|平台|版权|郑重|广告)?声明|版权说明)\s*[】\]]?\s*[:：]|(?:本文|原文|文章|本页)(?:链接|地址|网址)\s*[:：]|(?:标签|关键词|关键字|(?:相关)?热词(?:搜索)?|Tags?|(?:所属)?分类|Categories|Filed under|Posted in)\s*[:：]?\s*\S|发布于\s+[^\d\s]|此条目.{0,30}发表在|.{0,40}固定链接)`)
	shareLine     = regexp.MustCompile(`^\s*(?:分享到|分享至|转发到|一键分享|分享)\s*[:：]?`)
	copyrightLine = newCue(`(?i)版权所有|(?:版权|著作权)归[^。，,]{0,20}所有|copyright|powered\s+by|©|\(c\)\s*(?:19|20)\d{2}|ICP(?:[备证]|许可)|公网安备|网站标识码|互联网新闻信息服务许可|不良信息举报|网站投诉|^\s*(?:主办|承办|技术支持)(?:单位)?\s*[:：]|all rights reserved|未经[\p{Han}]{0,6}(?:许可|授权|同意)|(?:不得|禁止|严禁)(?:转载|复制)|转载请注明|建议(?:使用|采用)[^。，]{0,30}(?:浏览器|分辨率)|最佳(?:浏览|分辨率|显示)`, "版权", "著作权", "copyright", "powered", "©", "(c)", "icp", "公网安备", "网站标识码", "互联网新闻信息服务许可", "不良信息举报", "网站投诉", "主办", "承办", "技术支持", "all rights reserved", "未经", "不得", "禁止", "严禁", "转载请注明", "建议", "最佳")
)

var crumbLabel = regexp.MustCompile(`^\s*(?:当前|您的|你的|您当前的|您现在的|你现在的|现在的|现在|所在)?位置\s*[:：]`)

// crumbLine: a breadcrumb (当前位置：首页 > 新闻中心, 首页 » 要闻 » 正文).
func crumbLine(p string) bool {
	if crumbLabel.MatchString(p) {
		return true
	}
	seps := strings.Count(p, ">") + strings.Count(p, "»") + strings.Count(p, "›") + strings.Count(p, "→")
	return seps >= 2 && !sentence.MatchString(p) && !strings.ContainsRune(p, '，')
}

// footLine: a line of an article's foot (footRe) up to 200 characters, a
// blog's stamp or comment count up to 80.
func footLine(p string) bool {
	n := utf8.RuneCountInString(p)
	if n <= 80 && (postCounters.MatchString(p) || postedBy.MatchString(p)) && (len(datesIn(p)) > 0 || bareTime.MatchString(p)) {
		return true // a blog's stamp under its post: | 2005-07-31 12:30 | 评论(2), posted on …, Posted by X at 19:13
	}
	if n <= 40 && postedAt.MatchString(p) && !sentence.MatchString(p) {
		return true // a post's time under it (发布于 2019-05-06 09:30)
	}
	if n <= 100 && originalTitle.MatchString(p) {
		return true // a reprint's original title, under the text
	}
	if n <= 120 && sourceLink.MatchString(p) {
		return true // 本文来自虎嗅，原文链接：https://…
	}
	return n <= 200 && footRe.MatchString(p) || accountLine.MatchString(p) || n <= 300 && platformNote.MatchString(p) || n <= 60 && sepLine.MatchString(p) || n <= 60 && followLine.MatchString(p) || n <= 80 && (footStamp.MatchString(p) || commentCount.MatchString(p))
}

// footPara: a paragraph of what stands below an article, each of its
// lines: separators (------), tools and notices (【打印本页】【关闭窗口】,
// a line of share links, the publisher's copyright, a menu of the site's
// pages), the lines of its foot (a platform's statement, tags, the
// article's link, a blog's stamps, a call to follow an account), the
// pager to the next article (上一篇：…) or the article's own ([1] [2] [3]),
// a label left empty (责任编辑：), a row of the page's links and tools
// (微信 新浪微博 QQ空间, 回应 推荐 喜欢, 12人点赞 随笔), a counter alone.
func footPara(p string, links map[string]bool) bool {
	if statLines(p) {
		return true // a poster's or a blogger's profile (昵称：X 粉丝：12 关注：3)
	}
	for _, l := range nonEmpty(strings.Split(p, "\n")) {
		n := utf8.RuneCountInString(l)
		if hasWordChar(l) && !chromeLine(l) && !footLine(l) && !emptyLabel.MatchString(l) && !bareCount.MatchString(l) &&
			!(n < 80 && (stopLine.MatchString(l) || menuLine.MatchString(l) || boxLine.MatchString(l) || pagerLine.MatchString(l) || chromeRow(l, links))) {
			return false
		}
	}
	return true
}

// oneLink: a line that is one link's text, not a file's name (an
// attachment's stays).
func oneLink(p string, links map[string]bool) bool {
	p = strings.TrimSpace(p)
	return links[p] && pathExt(p) == ""
}

// tagLink: a line that is one short link's text, no sentence: a tag.
func tagLink(p string, links map[string]bool) bool {
	p = strings.TrimSpace(p)
	return oneLink(p, links) && utf8.RuneCountInString(p) <= 8 && !sentence.MatchString(p) && !clause(p)
}

// bareCount: a figure alone on a line (a like button's count).
var bareCount = regexp.MustCompile(`^\s*\d{1,7}\s*$`)

// chromeRow: a row of two items or more, each a link's text (several
// run together: 微信新浪微博QQ空间), a tool or a counter; never one
// link alone (an attachment's name).
func chromeRow(p string, links map[string]bool) bool {
	p = strings.TrimSpace(p)
	if links[p] {
		return false
	}
	words := 0
	for _, w := range menuSeparators.Split(p, -1) {
		switch {
		case w == "":
			continue
		case links[w]:
			words++
		case linkRun(w, links):
			words += 2
		case toolsLine.MatchString(w) || bareCount.MatchString(w):
			words++
		default:
			return false
		}
	}
	return words >= 2
}

// menuLine: three or more short items set apart by bars (关于我们 | 广告
// 服务 | 联系我们 | About Sina), no sentence among them.
var menuLine = regexp.MustCompile(`^\s*(?:[^|｜。，！？]{1,12}[|｜]){2,}[^|｜。，！？]{1,12}$`)

// tagsLine: a post's tags or categories, labelled, over its text
// (分类专栏：生活随笔 文章标签：减税).
var tagsLine = regexp.MustCompile(`^\s*(?:标签|关键词|关键字|分类|所属分类|分类专栏|文章标签|文章分类|(?i:tags?))\s*[:：]`)

// tagLabel: the label of a post's tags or category standing alone, its
// value on the lines after it (标签：, 分类：).
var tagLabel = regexp.MustCompile(`^(?:标签|分类|所属分类|关键词|关键字|栏目|类别|(?i:tags?))\s*[:：]$`)

// boxLine: the heading of a portal's boxes under an article, their names
// set apart by bars (微博推荐 | 今日微博热点（编辑精选）).
var boxLine = regexp.MustCompile(`^[^。！？，,|｜]{0,16}(?:推荐|热点|精选|排行|热门|专题)[^。！？，,]{0,30}[|｜][^。！？，,]{1,30}$|^[^。！？，,|｜]{1,16}[|｜][^。！？，,]{0,16}(?:推荐|热点|精选|排行|热门|专题)[^。！？，,]{0,16}$`)

// emptyLabel: a label whose value the page left empty (责任编辑：), the
// last line of a block only as chrome.
var emptyLabel = regexp.MustCompile(`^\s*[\p{Han}]{2,6}\s*[:：]\s*$`)

// toolsFirst: the tools a line of credits opens with (【纠错】【责任编辑:X】).
var toolsFirst = regexp.MustCompile(`^(?:\s*【(?:纠错|我要纠错|打印|关闭|收藏|分享)】)+\s*`)

// editorLine: the editor's credit (责任编辑：X, （编辑 X）).
var editorLine = regexp.MustCompile(`^\s*[（(【\[]?\s*(?:责任编辑|责编|编辑)\s*[:：\s]`)

// sepLine: a separator drawn in characters (------分隔线------, =====).
var sepLine = regexp.MustCompile(`^\s*(?:[-=_—*·.~]{3,}[\p{Han}]{0,6}[-=_—*·.~]*|[-—=*·\s]*(?i:end)[-—=*·\s]*)\s*$`)

// sourceLink: the link to where the text was first published.
var sourceLink = regexp.MustCompile(`(?:原文|本文|文章)(?:链接|地址|网址)\s*[:：]\s*(?:https?://|www\.)`)

// originalTitle: the title a reprint's source gave (原标题：…).
var originalTitle = regexp.MustCompile(`^\s*[【\[(（]?\s*原(?:标)?题\s*[:：]`)

// accountLine: an account's name over its QR code (新浪新闻公众号,
// 人民日报官方微博).
var accountLine = regexp.MustCompile(`^\s*[\p{Han}A-Za-z]{1,12}(?:官方)?(?:微信)?(?:公众号|微博|抖音号|视频号)\s*$`)

// followLine: a call to follow the site's account (欢迎扫描左方二维码关注
// 新闻网官方微信, 关注XX公众号获取更多资讯).
var followLine = newCue(`(?:扫描|扫码|长按|识别)[\p{Han}]{0,6}二维码|更多精彩[\p{Han}]{0,6}请?关注|关注[\p{Han}]{0,12}(?:公众号|微信|微博|官方)|点击[^。！？]{0,10}(?:蓝字|关注)|关注我们`, "二维码", "关注", "蓝字")

// platformNote: a self-media platform's statement under what its users
// post (以上内容…为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储
// 服务; 本文为澎湃号作者…仅代表该作者或机构观点), in Chinese or English.
var platformNote = newCue(`(?i)仅代表(?:该|原)?作者|不代表[\p{Han}]{0,12}(?:观点|立场)|仅提供信息(?:存储|发布)|上传并发布|the content above|information storage services`, "代表", "提供信息", "上传并发布", "the content above", "information storage services")

var postedBy = regexp.MustCompile(`(?i)^\W*posted\s+(?:by|on|at)\b`)

// commentCount: the line that opens the comments (《…》已有1件评论, 共12条评论).
var commentCount = newCue(`(?:已有|共|有)\s*\d+\s*[件条篇个]?(?:评论|回复|留言|跟帖)`, "评论", "回复", "留言", "跟帖")

// footStamp: a blog's foot lines besides its comment count: (本文发表于…,
// 已被阅读178次), the trackback link.
var footStamp = newCue(`(?i)trackback|引用通告|通告引用|已被(?:阅读|浏览|点击)\s*\d+\s*次`, "trackback", "引用通告", "通告引用", "已被")

// commentsNamed: a comments heading no article section has (网友评论,
// 热点评论, 最新评论 (12), 评论区).
var commentsNamed = regexp.MustCompile(`(?:网友|热点|热门|最新|精彩|全部|已有)(?:评论|留言|跟帖)|(?:评论|留言|跟帖)(?:区|列表)|\d`)

// proseGoesOn: the two paragraphs after a heading are the article's
// prose (the first long, both sentences without a stamp or a reply): a
// section of the article named 评论 or 读者留言, not the readers'
// comments, which carry their posters' names, times and replies.
func proseGoesOn(next []string) bool {
	return len(next) >= 2 && utf8.RuneCountInString(strings.TrimSpace(next[0])) >= 60 && prose(next[0]) && prose(next[1])
}

// leadingHeading is a title for a page that names none (no <title>, no
// heading element): the first line of its text that reads as a heading,
// past the chrome and the metadata above it.
func leadingHeading(text string) string {
	for i, p := range strings.Split(text, "\n\n") {
		if i >= 6 {
			break
		}
		p = CollapseSpace(p)
		n := utf8.RuneCountInString(p)
		switch {
		case n == 0 || chromeLine(p) || crumbLine(p) || labelCount(p) > 0 || len(datesIn(p)) > 0 && !datedTitle(p) || shownStamp.MatchString(p) || userStat.MatchString(p) || bylineOnly(p) || !hasLetter(p):
			continue
		case n >= 4 && n <= 80 && !sentence.MatchString(p) && !clause(p):
			return p
		}
		return ""
	}
	return ""
}

// absoluteStamps writes the time a relative stamp's title gives over
// its text (Discuz! X's 发表于 <span title="2019-5-6 09:30">3 天前</span>,
// a feed's <a title="2019-05-06 09:30">昨天 09:30</a>): what a reader is
// shown pointing at it, and the post's date.
func absoluteStamps(doc *goquery.Document) {
	doc.Find("[title]").Each(func(_ int, s *goquery.Selection) {
		if t := s.AttrOr("title", ""); len(t) <= 40 && relativeStamp.MatchString(s.Text()) {
			if d := datesIn(t); len(d) == 1 && len(d[0].value) >= len("2006-01-02") {
				s.SetText(t)
			}
		}
	})
}

// relativeWords tell a time relative to now (3 天前, 半小时前, 昨天);
// relativeStamp is a text that is such a time and nothing more (昨天 09:30).
const relativeWords = `(?:\d+[\s\x{a0}]*(?:秒|分钟|小时|天|周)前|半小时前|刚刚|昨天|前天)`

var relativeStamp = regexp.MustCompile(`^[\s\x{a0}\x{3000}]*` + relativeWords + `(?:[\s\x{a0}]*\d{1,2}:\d{2})?[\s\x{a0}\x{3000}]*$`)

// hasLetter: s holds a letter (a heading does; a player's 00:00 / 01:32,
// a counter, a row of figures does not).
func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// chromeLine: a short line of a page's chrome, never an article's
// sentence: tools (打印本页 关闭窗口 字体大中小), share links, a copyright
// notice.
func chromeLine(p string) bool {
	p = strings.TrimSpace(strings.ReplaceAll(p, "\u3000", " "))
	if utf8.RuneCountInString(p) > 80 {
		return false
	}
	return toolsLine.MatchString(p) || shareLine.MatchString(p) || appLine.MatchString(p) || playerLine.MatchString(p) || utf8.RuneCountInString(p) <= 30 && followLine.MatchString(p) ||
		copyrightLine.MatchString(strings.ReplaceAll(p, " ", "")) && (!sentence.MatchString(strings.TrimRight(p, "。")) || rightsFirst.MatchString(p))
}

// rightsFirst: a line that opens with the rights it reserves (© 本文版权归
// X所有，转载请联系作者; 著作权归作者所有), a notice even as a sentence.
var rightsFirst = regexp.MustCompile(`^\s*(?:©|\(c\)|版权所有|版权声明|本文版权|本文著作权|著作权归)`)

var (
	// Lines that start page chrome under an article.
	stopLine = regexp.MustCompile(`^\s*[【\[«»<>]?\s*((?:没有|暂无)相关|请?文明上网[，,、\s]*理性(?:发言|评论)|相关报道|相关新闻|相关阅读|相关链接|相关文章|相关资讯|相关文件|相关政策|相关内容|相关\s*[】\]]?\s*$|推荐阅读|相关推荐|为您推荐|为你推荐|延伸阅读|往期推荐|往期回顾|往期精彩|精彩回顾|热点推荐|热门推荐|幻灯欣赏|网友评论|发表评论|我要评论|查看评论|回复线索|上一篇|下一篇|前一篇|后一篇|上一条|下一条|上一则|下一则|喜欢此内容的人还喜欢|猜你喜欢|(?:热点|热门|精彩|编辑|今日|独家|小编)(?:推荐|精选|排行|阅读|文章|新闻)|最新(?:文章|随笔|博文|日志|日记)|热门(?:文章|随笔|博文|日志)|随笔分类|文章归档|随笔档案|日志归档|友情链接|(?:[日周月总热]|排行)榜\s*$|图片(?:聚焦|新闻|报道|集锦)\s*$|视频新闻\s*$)|您是本文第\s*\d+\s*个|阅览者|点击数\s*[:：]`)
	// The heading of the readers' comments: 网友评论, 热点评论 (共12条).
	commentsLine = regexp.MustCompile(`^\s*[【\[]?(?:网友|热点|热门|最新|精彩|全部|读者|已有)?(?:评论|留言|跟帖)(?:区|列表)?\s*[】\]]?\s*(?:[(（]?\s*共?\s*\d+\s*条?\s*[)）]?)?\s*[:：]?\s*$`)
	// A thread listing: 标题【作者】08-11 16:06 298字.
	// or a comment list: 回复:《标题》摘要...(2005-12-19 22:33:34).
	listingLine = regexp.MustCompile(`【[^】]{1,20}】\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|\.\.\.\s*[（(](?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}`)
	englishDate = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b.*\b(19|20)\d{2}\b`)
)

// bylineOnly: a line that is a byline and nothing more (□本报记者 张三,
// 文/李四), read as the article's author, not its text.
func bylineOnly(p string) bool {
	return bylineAuthor([]string{p}, "") != ""
}

// mostlyDate: a line that is a date and little else (a dateline, not a
// sentence that mentions a month).
func mostlyDate(p string) bool {
	p = narrowDigits(p)
	if len(datesIn(p)) == 0 || sentence.MatchString(p) {
		return false
	}
	rest := anyDate.ReplaceAllString(slashDate.ReplaceAllString(urlRun.ReplaceAllString(p, ""), ""), "")
	if strings.Contains(rest, "年") {
		rest = hanDate.ReplaceAllString(rest, "") // 二〇一九年五月六日, a document's own spelling
	}
	return utf8.RuneCountInString(strings.TrimSpace(rest)) <= utf8.RuneCountInString(p)/2
}

// datedTitle: a title that names a day or a month in words, as prose
// does, against the words around it (2019年5月份全县税收收入完成情况,
// 国务院2022年1月20日常务会议…), not a stamp, which sets its date apart
// (2005-07-18 13:03 千龙网), nor a date bar (今天是2023年3月12日).
func datedTitle(p string) bool {
	p = strings.TrimSpace(p)
	if clockTime.MatchString(p) || todayLine.MatchString(p) || !strings.Contains(p, "年") {
		return false
	}
	loc := hanDay.FindStringIndex(p)
	if loc == nil {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(p[:loc[0]])
	after, _ := utf8.DecodeRuneInString(p[loc[1]:])
	against := unicode.Is(unicode.Han, before) || unicode.Is(unicode.Han, after) && !strings.ContainsRune("星周", after)
	return against && hanCount(p[:loc[0]]+p[loc[1]:]) >= 8
}

// hanDay: a day or a month in words, in figures or Chinese numerals.
var hanDay = regexp.MustCompile(`(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*[日号])?)?`)

// diaryDay: a diary's day and its weather opening the text (2019年5月6日
// 星期一 晴), not a date bar's forecast (晴 12℃~20℃, 杭州 多云).
func diaryDay(p string) bool {
	p = narrowDigits(strings.TrimSpace(p))
	if utf8.RuneCountInString(p) > 40 || len(datesIn(p)) == 0 {
		return false
	}
	return weather.MatchString(strings.TrimSpace(anyDate.ReplaceAllString(p, "")))
}

var weather = regexp.MustCompile(`^(?:天气\s*[:：]?\s*)?(?:晴|阴|多云|雨夹雪|[小中大暴阵雷]?雨|[小中大暴阵]?雪|雾|霾|[大微]?风|转|有|间|[\s，,、])+$`)

// dateDigits: a date or its parts in figures alone (2019, 05/06, 09:30,
// 2019 05/06 09:30:12), as a page sets its day in blocks of their own.
var dateDigits = regexp.MustCompile(`^\s*\d[\d\s/.:\-]*$`)

var urlRun = regexp.MustCompile(`https?://\S+`)

// dropAuthorLine removes the body's first line when it is a line of
// names that holds the author (方晓燕 under an essay's title, 吴海燕 苍南
// 税务 under a WeChat article's): the article's byline, not its text.
func dropAuthorLine(body, author string) string {
	if author == "" {
		return body
	}
	first, rest, ok := strings.Cut(body, "\n\n")
	if !ok || utf8.RuneCountInString(first) > 30 || sentence.MatchString(first) || clause(first) {
		return body
	}
	for _, name := range strings.Fields(author) {
		if !strings.Contains(first, name) {
			return body
		}
	}
	// What stands under the metadata line (分享到：, the tags) goes with it.
	paras := strings.Split(rest, "\n\n")
	if k := headerParas(paras, "", nil); k < len(paras) {
		paras = paras[k:]
	}
	return strings.TrimSpace(strings.Join(paras, "\n\n"))
}

// metaLike: a line of an article's metadata (labels, a date, a byline),
// which follows its title.
func metaLike(p string) bool {
	p = strings.TrimSpace(p)
	n := utf8.RuneCountInString(p)
	return n < 160 && labelCount(p) > 0 || n < 60 && mostlyDate(p) || n <= 30 && !sentence.MatchString(p) && bylineOnly(p)
}

// overMeta: the metadata line follows the paragraph at i, or a stamp
// (5月6日 09:30, 原创 欧阳建华 苍南税务 2019-05-06) does, next or after one
// more short line (an author's badge, an outlet's name).
func overMeta(paras []string, i int) bool {
	for j := i + 1; j < len(paras) && j <= i+2; j++ {
		q := strings.TrimSpace(paras[j])
		if metaLike(q) || stampLine(q) || shownStamp.MatchString(q) {
			return true
		}
		if utf8.RuneCountInString(q) >= 25 || sentence.MatchString(q) || clause(q) {
			return false
		}
	}
	return false
}

// posterName: a line that is a link's text alone and reads as a name
// (老陈, laochen): a poster's, over their badge (税务从业者).
func posterName(p string, links map[string]bool) bool {
	p = strings.TrimSpace(p)
	return links[p] && handleLike(p) && !strings.ContainsAny(p, " \u30000123456789") // not 参与 12
}

// stampLine: a date among short words, no sentence (原创 欧阳建华 苍南税务
// 2019-05-06; 2019.05.06 字数 1,234 阅读 567; 原创laochen于 2019-05-06
// 09:30:00 发布阅读量123收藏): a post's stamp under its title.
func stampLine(p string) bool {
	p = narrowDigits(strings.TrimSpace(p))
	if utf8.RuneCountInString(p) >= 80 || sentence.MatchString(p) || clause(p) || len(datesIn(p)) == 0 {
		return false
	}
	for _, w := range strings.Fields(anyDate.ReplaceAllString(slashDate.ReplaceAllString(p, " "), " ")) {
		if utf8.RuneCountInString(w) > 12 {
			return false
		}
	}
	return true
}

// siteLine: a site's address alone on a line (www.example.gov.cn).
var siteLine = regexp.MustCompile(`(?i)^\s*(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s*$`)

// titlePiece: a line that is a piece of the title (a heading broken over
// lines), quotes aside.
func titlePiece(p, title string) bool {
	p = plainQuotes.Replace(p)
	return title != "" && utf8.RuneCountInString(p) >= 4 && strings.Contains(plainQuotes.Replace(title), p)
}

var plainQuotes = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", " ", "")

// userStat: a line of the column beside a forum post that tells of its
// poster (帖子 120, 积分 300, 能力值:545803, 注册时间 2005-1-1) or the
// post's floor (楼主, 2#).
var userStat = regexp.MustCompile(`^\s*(?:(?:帖子|主题|积分|精华|威望|金钱|贡献|经验|魅力|等级|头衔|阅读权限|在线时间|注册时间|最后登录|注册|来自|性别|状态|UID|发帖|回帖)\s*[:：]?\s*[\w\-: ]{0,20}|[\p{Han}A-Za-z]{1,6}\s*[:：]\s*[\d,.]+|楼主|沙发|板凳|地板|\d+\s*(?:#|楼))\s*$`)

// shownStamp: the time a page shows for its article when it gives no
// year (5月6日 09:30) or tells it relative to now (3小时前, 昨天 10:20),
// not a sentence that opens with the word (昨天，县税务局…, 昨天上午).
var shownStamp = regexp.MustCompile(`^\s*(?:` + relativeWords + `(?:[^\p{Han}，,、。]|$)|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\d{1,2}:\d{2})?\s*$|\d{1,2}\s*月\s*\d{1,2}\s*日\s+\d{1,2}:\d{2})`)

// statLines: a paragraph of a forum poster's profile column, line by
// line its counters (积分：1024, 注册 2004-5-6; one a profile's, not a
// list of figures: 一季度：12) and, no more of them than counters, short
// lines besides (the name, 头衔：税务专员).
func statLines(p string) bool {
	if !strings.Contains(p, "\n") {
		return false
	}
	stats, other, profile := 0, 0, false
	for _, l := range strings.Split(p, "\n") {
		switch {
		case userStat.MatchString(l):
			stats++
			profile = profile || profileStat.MatchString(l)
		case utf8.RuneCountInString(l) <= 16 && !sentence.MatchString(l) && !clause(l):
			other++
		default:
			return false
		}
	}
	return stats >= 2 && other <= stats && profile
}

// dateFirst: a line that opens with a whole date (2019年05月06日 09:30
// 中国新闻网, the unlabelled line of a portal's time and source; with its
// time: a diary's 2019年5月6日 晴 opens its text).
var dateFirst = regexp.MustCompile(`^\s*[\[【(（]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}`)

// labelFirst: a line that opens with a metadata label (来源：县税务局).
func labelFirst(p string) bool {
	l := findLabels(p)
	if len(l) == 0 {
		return false
	}
	switch strings.TrimSpace(p[:l[0].start]) {
	case "", "本文", "本篇", "本条": // 本文来源：
		return true
	}
	return false
}

func hasTimeOfDay(p string) bool {
	for _, h := range datesIn(p) {
		if strings.Contains(h.value, "T") {
			return true
		}
	}
	return false
}

// prose: a paragraph of an article's text, not a title, a list, a comment
// (回复：…, 〖网友〗…) or a stamped line.
func prose(p string) bool {
	p = strings.TrimSpace(p)
	return utf8.RuneCountInString(p) >= 40 && sentence.MatchString(p) && !hasTimeOfDay(p) && !replyStart.MatchString(p)
}

var replyStart = regexp.MustCompile(`^(?:回复|回覆|Re|RE)\s*[:：]|^〖`)

// postHeader: a line with the words of a post's header or footer (作者
// 发表于 回复 by), not a schedule's labels (时间：2019年5月10日 14:30 in a
// notice).
func postHeader(p string) bool {
	for _, w := range [...]string{"作者", "发表于", "发帖", "张贴", "楼主", "回复", "by"} {
		if strings.Contains(p, w) {
			return true
		}
	}
	return false
}

// machineTime: a date and time as software stamps them (2005-06-14
// 03:25:55, 2005/05/17 22:11), not as a person writes a schedule
// (2019年5月10日 14:30).
var machineTime = regexp.MustCompile(`(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}`)

// postStamp: a line that stamps a post (由X张贴 @ 2005-06-14 03:25:55,
// 澳坛真的累了 2005-06-13 15:00:14): a time of day, stamped by software
// or beside a post's words, and no sentence.
func postStamp(p string) bool {
	return hasTimeOfDay(p) && !sentence.MatchString(p) && (machineTime.MatchString(p) || postHeader(p))
}

// clause: a line that opens the text (各乡镇人民政府，县直各单位：), not a
// navigation line.
func clause(p string) bool {
	return strings.ContainsRune(p, '，') || strings.HasSuffix(p, "：") || strings.HasSuffix(p, ":")
}

// bodyFiles lists the images and attachments of a body.
func bodyFiles(body *goquery.Selection, pageURL *url.URL) ([]string, []Attachment) {
	var imgs []string
	var atts []Attachment
	seen := map[string]bool{}
	body.Find("img[src]").Each(func(_ int, img *goquery.Selection) {
		src, _ := img.Attr("src")
		u, err := pageURL.Parse(strings.TrimSpace(src))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || seen[u.String()] {
			return
		}
		seen[u.String()] = true
		imgs = append(imgs, u.String())
	})
	body.Find("a[href]").Each(func(_ int, link *goquery.Selection) {
		href, _ := link.Attr("href")
		u, err := pageURL.Parse(strings.TrimSpace(href))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return
		}
		ext := strings.ToLower(pathExt(u.Path))
		upload := strings.Contains(strings.ToLower(u.Path), "/uploadfile/")
		if !attachmentExt[ext] && !(upload && !imageExt[ext]) || seen[u.String()] {
			return
		}
		seen[u.String()] = true
		name := CollapseSpace(link.Text())
		if name == "" {
			name = u.Path[strings.LastIndexByte(u.Path, '/')+1:]
		}
		atts = append(atts, Attachment{URL: u.String(), Name: name})
	})
	return imgs, atts
}

func pathExt(p string) string {
	i := strings.LastIndexByte(p, '.')
	if i < 0 || strings.Contains(p[i:], "/") {
		return ""
	}
	return p[i:]
}

// headingTitle is the title a heading holds after the part <title>
// repeats: the heading when it goes on with more of the title, or its
// first line when that does and the metadata follows on a line of its
// own (<br/><span>…); else the part.
func headingTitle(heading, part string, n *html.Node) string {
	if t := titleGoesOn(heading, part); t != part {
		return t
	}
	first, _, _ := strings.Cut(strings.TrimSpace(VisibleText(n)), "\n")
	return titleGoesOn(CollapseSpace(first), part)
}

// titleGoesOn is the heading line l that starts with the title guess
// (the part <title> gives) and goes on with more of it (（附清单）, a
// subtitle), which <title> left out; else guess.
func titleGoesOn(l, guess string) string {
	l = strings.TrimSpace(l)
	rest, ok := strings.CutPrefix(l, guess)
	if !ok || rest == "" || utf8.RuneCountInString(rest) > 30 || metaRest(rest) || notTitleRest.MatchString(rest) || crumbLine(l) {
		return guess
	}
	return l
}

// notTitleRest: what follows a title on its line and is no more of it:
// another element's text (set apart by a space), the site's or a
// column's name after a bar, a breadcrumb's next step, a sentence.
var notTitleRest = regexp.MustCompile(`^[\s\x{3000}>»_|｜-]|[，。！？；]`)

// metaRest: what a heading holds after its title is metadata (a date, a
// time, labels, counters), not the title going on (（附清单）, a subtitle).
func metaRest(rest string) bool {
	return len(datesIn(rest)) > 0 || labelCount(rest) > 0 || chromeLine(rest) || clockTime.MatchString(rest) || shownStamp.MatchString(rest)
}

// titleStamp: a post's stamp a heading may carry after the title, set
// apart by a space or in brackets (TITLE(2019-05-06 09:30:00)).
var titleStamp = regexp.MustCompile(`(?:\s+|\s*[(（\[]\s*)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:楼主|作者|发表|发布|更新))?\s*[)）\]]?\s*$`)

var titleSeparators = regexp.MustCompile(`\s*(?:[-_|–—]|｜|::|»|——)\s*`)

// genericTitle: the heading (h1..h3, or an element whose class or id says
// title) that <title>, og:title or ArticleTitle repeats; when <title>
// names only the site, the h1 or the element whose class says title;
// else og:title, else the longest part of <title>. sure is false when
// neither <title> nor the metadata confirms it: headingAbove may know
// better.
func genericTitle(doc *goquery.Document, stats map[*html.Node]nodeStats, links map[string]bool) (title string, sure bool) {
	pageTitle := pageTitleOf(doc)
	// og:title, or ArticleTitle, which Chinese government sites carry.
	og, _ := doc.Find(`meta[property="og:title"], meta[name="ArticleTitle"], meta[name="articletitle"]`).Attr("content")
	og = CollapseSpace(og)
	siteName := siteNameOf(doc, pageTitle)
	// <title> may name only the site: then a heading that says it is a
	// title (h1, class title) is the article's, <title> or no.
	siteOnly := pageTitle == "" || pageTitle == siteName || !titleSeparators.MatchString(pageTitle) && homeNamed(doc, pageTitle)
	best, bestScore, bestSure := "", 0, false
	homes := homeLinks(doc)
	titleShown := sync.OnceValue(func() bool { // <title>'s main part is shown in the page
		t := squeeze(titlePartMostHan(pageTitle, siteName))
		return t != "" && strings.Contains(squeeze(doc.Find("body").Text()), t)
	})
	doc.Find("h1, h2, h3, [class*=title], [id*=title], [class*=Title], [class*=headline], [class*=tit]").Each(func(i int, s *goquery.Selection) {
		if s.Is("title, meta, head *") || stats[s.Get(0)].text > 200 {
			return // a container, not a heading
		}
		t := CollapseSpace(s.Text())
		if j := hanJoin(t); j != t && !strings.Contains(pageTitle, t) && (pageTitle != "" && strings.Contains(pageTitle, j) || og != "" && strings.Contains(og, j) ||
			commonPrefixRunes(pageTitle, j) > commonPrefixRunes(pageTitle, t)) {
			t = j // a title the markup broke over two lines, as <title> holds it
		}
		if t == siteName || logoLink(s, homes) || crumbLine(t) {
			return // the site's name, which every page repeats: a logo; a breadcrumb
		}
		n := utf8.RuneCountInString(t)
		if n < 4 || n > 80 {
			return
		}
		score, sure := 0, true
		if pageTitle != "" && strings.Contains(pageTitle, t) {
			score = 2 * n
		} else if og != "" && strings.Contains(og, t) {
			score = 2 * n
		} else if c := commonPrefixRunes(pageTitle, t); c >= 4 {
			score, sure = c, false
			if part := titlePart(pageTitle, c); part != "" {
				// The heading holds the title and more: the date and
				// source PHPCMS puts in a <span> inside the <h1> go,
				// the title being the part <title> repeats; what the
				// title goes on with (（附清单）, a subtitle) stays.
				t, score, sure = headingTitle(t, part, s.Get(0)), 2*c, true
			}
		} else {
			sure = false
		}
		switch {
		case s.Is("h1"):
			score += 3
		case score == 0 && s.Is("h2, h3"):
			if s.Is("[class*=title], [id*=title], [class*=Title], [class*=tit]") && (siteOnly || !titleShown()) {
				// A heading that says it is a title (a blog's post under
				// the blog's name), when <title> names the site or what
				// the page does not show.
				score = 2
			}
		case score == 0 && siteOnly && !links[t]:
			score = 1 // not a menu's item (新闻中心 over a column's links)
		}
		if score > bestScore {
			best, bestScore, bestSure = t, score, sure
		}
	})
	if best != "" {
		if t := titleStamp.ReplaceAllString(best, ""); utf8.RuneCountInString(t) >= 4 {
			best = t // 从原子弹爆炸原理想开去 2005-09-11 18:04:42 楼主: the post's stamp
		}
		return best, bestSure
	}
	if og != "" {
		return og, true
	}
	part := titlePartMostHan(pageTitle, siteName)
	if part == "" {
		return "", false
	}
	// The page's texts that hold the part (a heading's, not a crumb's);
	// not <title>'s own, which a page with markup before its <html> has
	// in <body>.
	var texts []string
	unshown := []atom.Atom{atom.Title, atom.Script, atom.Style, atom.Noscript, atom.Textarea}
	if b := doc.Find("body").Get(0); b != nil {
		for n := range b.Descendants() {
			if n.Type == html.TextNode && !slices.Contains(unshown, n.Parent.DataAtom) && strings.Contains(n.Data, part) && !crumbLine(n.Data) {
				texts = append(texts, squeeze(n.Data))
			}
		}
	}
	return widenTitle(pageTitle, part, func(t string) bool {
		return slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, squeeze(t)) })
	}), false
}

// widenTitle is part of <title> with the parts beside it that the page
// shows joined to it in one text (shown): 视频｜县税务局开展… whose heading
// holds the label too, not the site's name after it.
func widenTitle(pageTitle, part string, shown func(string) bool) string {
	at := strings.Index(pageTitle, part)
	if at < 0 {
		return part
	}
	starts, ends := []int{0}, []int{}
	for _, sep := range titleSeparators.FindAllStringIndex(pageTitle, -1) {
		ends, starts = append(ends, sep[0]), append(starts, sep[1])
	}
	ends = append(ends, len(pageTitle))
	lo := 0
	for lo+1 < len(starts) && starts[lo+1] <= at {
		lo++
	}
	hi := lo
	for {
		switch {
		case lo > 0 && shown(pageTitle[starts[lo-1]:ends[hi]]):
			lo--
		case hi+1 < len(ends) && shown(pageTitle[starts[lo]:ends[hi+1]]):
			hi++
		default:
			if lo == hi {
				return part
			}
			return strings.TrimSpace(pageTitle[starts[lo]:ends[hi]])
		}
	}
}

// titlePartMostHan is the part of <title> with the most Chinese: the
// title, not the site's name nor its software's credit (Powered by
// Discuz!).
func titlePartMostHan(pageTitle, siteName string) string {
	longest, most := "", -1
	for _, p := range titleSeparators.Split(pageTitle, -1) {
		if strings.TrimSpace(p) == siteName {
			continue // what every page's <title> ends with
		}
		han := hanCount(p)
		if han > most || han == most && utf8.RuneCountInString(p) > utf8.RuneCountInString(longest) {
			longest, most = p, han
		}
	}
	return strings.TrimSpace(longest)
}

// hanCount is the number of Han characters in s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

// pageTitleOf is the page's <title>.
func pageTitleOf(doc *goquery.Document) string {
	return CollapseSpace(doc.Find("title").First().Text())
}

// hanJoin removes the white space between two Chinese characters that
// only the markup's line breaks put there (全县小微企业减税降费<br/>\n
// 政策落实情况通报): Chinese is written without spaces.
func hanJoin(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && hanOrMark(rs[i-1]) && hanOrMark(rs[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hanOrMark: a Chinese character or a full-width mark (，。《》“”).
func hanOrMark(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF || r == '“' || r == '”'
}

// joinTitle joins the lines a title broken by the markup's line breaks
// stands on (全县小微企业减税降费 / 政策落实情况通报) into the one line
// that holds it.
func joinTitle(lines []string, title string) []string {
	want := squeeze(title)
	if utf8.RuneCountInString(want) < 6 {
		return lines
	}
	for i := 0; i+1 < len(lines); i++ {
		if strings.Contains(lines[i], title) {
			return lines // the title stands whole
		}
		joined := squeeze(lines[i])
		if joined == want {
			// A line break in the heading's source, shown as a space
			// (全县小微企业减税降费 政策落实情况通报).
			out := slices.Clone(lines)
			out[i] = title
			return out
		}
		if !strings.HasPrefix(want, joined) || joined == "" {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+3; j++ {
			joined += squeeze(lines[j])
			if joined == want {
				out := append(slices.Clone(lines[:i]), title)
				return append(out, lines[j+1:]...)
			}
			if !strings.HasPrefix(want, joined) {
				break
			}
		}
	}
	return lines
}

// headingAbove is the article's title as the page lays it out: going up
// from the body's first line past its metadata (labels, dates, a shown
// time, a byline), the tools and a breadcrumb, the first line that reads
// as a heading and is not a link (a box's heading, a menu). guess, the
// heading genericTitle would take, wins when the walk meets it first (a
// subtitle may stand between it and the body). "" when a sentence or
// nothing stands above the body.
func headingAbove(doc *goquery.Document, lines []string, links map[string]bool, body *html.Node, guess string) string {
	shown := VisibleText(body)
	first := ""
	for i, l := range nonEmpty(strings.Split(shown, "\n")) {
		if i == 0 {
			first = edgeRunes(strings.TrimSpace(l), 20, true)
		}
		if i < 3 && guess != "" && strings.Contains(l, guess) || i < 20 && guess != "" && strings.HasPrefix(l, guess) {
			return titleGoesOn(l, guess) // the block holds the heading (under a poster's column: a post's subject)
		}
	}
	bs := -1
	for i, l := range lines {
		if first != "" && strings.Contains(l, first) {
			bs = i
			break
		}
	}
	if h1 := doc.Find("h1"); guess != "" && h1.Length() == 1 && strings.Contains(CollapseSpace(h1.Text()), guess) {
		// The page's one <h1>, if it stands above the body (a forum's
		// poster column may stand between) or just inside its top, which
		// readability's text leaves out of a block it starts at a
		// breadcrumb.
		for i := min(bs+3, len(lines)-1); i >= 0 && i >= bs-20; i-- {
			if strings.Contains(lines[i], guess) {
				return titleGoesOn(lines[i], guess)
			}
		}
	}
	for i := bs - 1; guess != "" && i >= 0 && i >= bs-6; i-- {
		if strings.Contains(lines[i], guess) && !(crumbLine(lines[i]) && strings.TrimSpace(lines[i]) != guess) {
			return titleGoesOn(lines[i], guess) // a column's or an outlet's word may stand between; a breadcrumb's step is no title
		}
	}
	for i := bs - 1; i >= 0 && i >= bs-6; i-- {
		p := lines[i]
		n := utf8.RuneCountInString(p)
		switch {
		case chromeLine(p) || crumbLine(p) || labelCount(p) > 0 || n < 60 && len(datesIn(p)) > 0 && !datedTitle(p) || dateDigits.MatchString(p) ||
			shownStamp.MatchString(p) || userStat.MatchString(p) || bylineOnly(p) || !hasLetter(p):
			continue
		case linkish(p, links) || n < 4 || n > 80 || sentence.MatchString(p) || clause(p):
			i = -1 // no heading above the block: it may hold its own
			continue
		}
		return p
	}
	// The block's own first line, when it reads as a heading.
	if h := leadingHeading(shown); h != "" && !linkish(h, links) {
		return h
	}
	return ""
}

// linkTexts: the texts of the page's links.
func linkTexts(doc *goquery.Document) map[string]bool {
	links := map[string]bool{}
	doc.Find("a").Each(func(_ int, a *goquery.Selection) {
		if t := CollapseSpace(a.Text()); t != "" {
			links[t] = true
		}
	})
	return links
}

var itemDate = regexp.MustCompile(`^\s*[(（\[]?\s*(?:19|20)?\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）\]]?|[(（\[]?\s*(?:(?:19|20)?\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*[)）\]]?\s*$`)

var menuSeparators = regexp.MustCompile(`[\s\x{3000}\x{a0}|｜/·•\[\]【】]+`)

// linkish: a line made of links' texts (a menu: 首页 | 新闻 | 论坛, a row
// of tools: [查看目录] [加入书签], a list's item and its date: 县委召开全
// 体扩大会议(2005-7-1)).
func linkish(p string, links map[string]bool) bool {
	if strings.ContainsAny(p, "0123456789") {
		p = itemDate.ReplaceAllString(p, "")
	}
	p = strings.TrimSpace(p)
	if links[p] {
		return true
	}
	words := 0
	for _, w := range menuSeparators.Split(p, -1) {
		if strings.Trim(w, "-–—>»·") == "" {
			continue // 搜狐首页 - 新闻 - 体育: a dash set apart is a separator too
		}
		if !links[w] && !linkRun(w, links) {
			return false
		}
		words++
	}
	return words > 0
}

// linkRun: w is two links' texts or more run together, as a menu whose
// links the markup sets side by side without a separator reads
// (澎湃新闻时事财经思想: 澎湃新闻, 时事, 财经, 思想).
func linkRun(w string, links map[string]bool) bool {
	rs := []rune(w)
	if len(rs) < 4 || len(rs) > 120 {
		return false
	}
	// ends[i]: the first i runes are a run of links' texts.
	ends := make([]bool, len(rs)+1)
	ends[0] = true
	for i := 0; i < len(rs); i++ {
		if !ends[i] {
			continue
		}
		for j := i + 2; j <= len(rs) && j <= i+12; j++ {
			if j-i < len(rs) && links[string(rs[i:j])] {
				ends[j] = true
			}
		}
	}
	return ends[len(rs)]
}

// siteNameOf is the site's name as the page gives it: og:site_name, else
// the text of a link to the home page that is also a part of <title>
// (a logo: "article - site" and "site - article" both occur, so the
// <title>'s order alone does not tell).
func siteNameOf(doc *goquery.Document, pageTitle string) string {
	if n, ok := doc.Find(`meta[property="og:site_name"]`).Attr("content"); ok && CollapseSpace(n) != "" {
		return CollapseSpace(n)
	}
	parts := titleSeparators.Split(pageTitle, -1)
	if len(parts) < 2 {
		return ""
	}
	name := ""
	doc.Find("a[href]").EachWithBreak(func(_ int, a *goquery.Selection) bool {
		t := CollapseSpace(a.Text())
		if t == "" || !homeHref(a.AttrOr("href", "")) {
			return true
		}
		for _, p := range parts {
			if strings.TrimSpace(p) == t {
				name = t
				return false
			}
		}
		return true
	})
	return name
}

// homeNamed: a link to the home page says name (its text, or its
// logo's alt text): the site's name.
func homeNamed(doc *goquery.Document, name string) bool {
	found := false
	doc.Find("a[href]").EachWithBreak(func(_ int, a *goquery.Selection) bool {
		if !homeHref(a.AttrOr("href", "")) {
			return true
		}
		found = CollapseSpace(a.Text()) == name || a.Find("img").AttrOr("alt", "") == name
		return !found
	})
	return found
}

// homeHref: a link to the site's home page.
func homeHref(href string) bool {
	h := strings.ToLower(strings.TrimSpace(href))
	if i := strings.Index(h, "://"); i >= 0 {
		h = h[i+3:]
		j := strings.IndexByte(h, '/')
		if j < 0 {
			return true
		}
		h = h[j:]
	}
	switch h {
	case "/", "./", "index.asp", "/index.asp", "index.html", "/index.html", "index.htm", "/index.htm", "default.asp", "/default.asp", "index.php", "/index.php":
		return true
	}
	return false
}

// logoLink: a heading that is a link to the site's home page (a logo),
// or sits in one.
func logoLink(s *goquery.Selection, homes map[string]bool) bool {
	home := func(href string) bool { return homeHref(href) || homes[strings.TrimSpace(href)] }
	if a := s.Closest("a[href]"); a.Length() > 0 && home(a.AttrOr("href", "")) {
		return true
	}
	links := s.Find("a[href]")
	return links.Length() == 1 && home(links.AttrOr("href", "")) && CollapseSpace(links.Text()) == CollapseSpace(s.Text())
}

// homeLinks are the addresses the page's links named 首页 (home) point
// to: a blog's or a subsite's home, which need not be the host's root.
func homeLinks(doc *goquery.Document) map[string]bool {
	homes := map[string]bool{}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		switch CollapseSpace(a.Text()) {
		case "首页", "主页", "网站首页", "博客首页", "返回首页", "Home", "home", "HOME":
			homes[strings.TrimSpace(a.AttrOr("href", ""))] = true
		}
	})
	return homes
}

// titlePart: <title>'s first n runes when they are a whole part of it
// (up to a separator or its end), "" otherwise.
func titlePart(pageTitle string, n int) string {
	r := []rune(pageTitle)
	if n > len(r) {
		return ""
	}
	if rest := string(r[n:]); rest != "" {
		if loc := titleSeparators.FindStringIndex(rest); loc == nil || loc[0] != 0 {
			return ""
		}
	}
	return strings.TrimSpace(string(r[:n]))
}

func commonPrefixRunes(a, b string) int {
	ar, br := []rune(a), []rune(b)
	n := 0
	for n < len(ar) && n < len(br) && ar[n] == br[n] {
		n++
	}
	return n
}

// densestBlock is the element with the most non-link text per tag: a
// fallback when readability finds nothing.
func densestBlock(doc *goquery.Document) *html.Node {
	stats := statsOf(doc.Get(0))
	var best *html.Node
	bestScore := 0.0
	doc.Find("div, td, article, section").Each(func(_ int, s *goquery.Selection) {
		st := stats[s.Get(0)]
		score := float64(st.text-st.links) * (1 + float64(st.punct)/10) / float64(1+st.elems/20)
		if score > bestScore {
			best, bestScore = s.Get(0), score
		}
	})
	return best
}

// originalNode finds in doc the block holding the text readability chose:
// the lowest common ancestor of the text node where it starts and the one
// where it ends.
func originalNode(doc *goquery.Document, chosen *html.Node) *html.Node {
	var first, last string
	textNodes(chosen, func(_ *html.Node, t string) bool {
		if first == "" {
			first = t
		}
		last = t
		return true
	})
	if utf8.RuneCountInString(first) < 4 {
		return nil
	}
	var start, end *html.Node
	textNodes(doc.Get(0), func(n *html.Node, t string) bool {
		if start == nil && t == first {
			start = n
		}
		if start != nil && t == last {
			end = n
		}
		return true
	})
	return commonAncestor(start, end)
}

// sameText: a holds about as much text as b.
func sameText(a, b *html.Node) bool {
	la, lb := statsOf(a)[a].text, statsOf(b)[b].text
	return la <= lb+lb/10+20 && la >= lb-lb/10
}

// extraIsNavigation: what big holds beyond small is a third or more of
// it and mostly link text (a page layout around the article).
func extraIsNavigation(big, small nodeStats) bool {
	extra, extraLinks := big.text-small.text, big.links-small.links
	return extra*3 > big.text && extraLinks*10 > extra*3
}

// blockUnderTitle is the block after the title element with the most
// text that is not navigation link text (Chinese sentences count extra).
func blockUnderTitle(doc *goquery.Document, title string, stats map[*html.Node]nodeStats) *html.Node {
	if title == "" {
		return nil
	}
	// The first element whose text is the title; only elements of about
	// the title's size have their text built, so this stays linear.
	want := strings.Join(strings.Fields(title), "")
	n := utf8.RuneCountInString(want)
	// Else the first that holds it among a dozen more characters, else
	// the first that opens with it (a heading running on with a summary).
	var titleNode, near, opens *html.Node
	doc.Find("h1, h2, h3, h4, td, div, span, strong, font, p, b").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		st := stats[s.Get(0)]
		if st.text < n || st.text > n+60 || st.text > n+12 && opens != nil {
			return true
		}
		switch t := strings.Join(strings.Fields(s.Text()), ""); {
		case t == want:
			titleNode = s.Get(0)
			return false
		case st.text > n+12:
			if strings.HasPrefix(t, want) {
				opens = s.Get(0)
			}
		case near == nil && strings.Contains(t, want):
			near = s.Get(0)
		}
		return true
	})
	if titleNode == nil {
		titleNode = cmp.Or(near, opens)
	}
	if titleNode == nil {
		return nil
	}
	type candidate struct {
		n     *html.Node
		score float64
	}
	var cands []candidate
	passed := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n == titleNode {
			passed = true
			return
		}
		if n.Type == html.ElementNode && passed {
			switch n.Data {
			case "div", "td", "section", "article":
				st := stats[n]
				// Prose (a photo's caption: one sentence) or a data table.
				if st.text > 0 && st.density() < 0.4 && (st.punct >= 1 || dataTable(n)) {
					cands = append(cands, candidate{n, proseScore(st)})
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc.Get(0))
	// The text's paragraphs beside the title, in its own block (CCTV,
	// a bare blog template): that block is a candidate too.
	for p := titleNode.Parent; p != nil && p.Type == html.ElementNode && p.Data != "body"; p = p.Parent {
		if paraAfter(p, titleNode) {
			cands = append(cands, candidate{p, proseScore(stats[p])})
			break
		}
		if p.Parent != nil && p.Parent.Data == "body" || stats[p].text > stats[titleNode].text+200 {
			break
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.score, a.score) })
	for _, c := range cands {
		// Not the footer: its copyright and notices may outweigh a short
		// article's two sentences.
		if !footPara(VisibleText(c.n), nil) {
			return c.n
		}
	}
	return nil
}

// proseScore weighs a block's text as an article's: its text less twice
// its links' (Chinese sentences' punctuation counts extra).
func proseScore(st nodeStats) float64 {
	return float64(st.text-2*st.links) + 5*float64(st.punct)
}

// paraAfter: a <p> of sentences or a data table is a child of block
// after the element holding title.
func paraAfter(block, title *html.Node) bool {
	passed := false
	for c := block.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case containsNode(c, title):
			passed = true
		case passed && c.Type == html.ElementNode && (c.Data == "p" && sentence.MatchString(VisibleText(c)) || c.Data == "table" && dataTable(c) && !holdsTable(c)):
			return true
		}
	}
	return false
}

// holdsTable: a table is inside n (a layout table, not a table of data).
func holdsTable(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "table" || holdsTable(c) {
			return true
		}
	}
	return false
}

// dataTable: n holds a table with two rows of data or more (tableRow;
// three rows with the head over them), an article that is a table.
func dataTable(n *html.Node) bool {
	rows := 0
	for _, t := range goquery.NewDocumentFromNode(n).Find("tr").Nodes {
		if tableRow(VisibleTextCells(goquery.NewDocumentFromNode(t).Selection)) {
			if rows++; rows >= 2 {
				return true
			}
		}
	}
	return false
}

// pageLines is the visible text of the whole page, line by line (blocks
// and <br> break lines), for the metadata rules.
func pageLines(doc *goquery.Document) []string {
	body := doc.Find("body").Get(0)
	if body == nil {
		return nil
	}
	var out []string
	for _, p := range strings.Split(VisibleText(body), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
