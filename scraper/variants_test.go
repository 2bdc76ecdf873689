package scraper

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestCorpusVariants runs the generic extractor on variants of the real
// pages of ../shared/corpus/real-zh that change their markup and not
// their article: class and id names gone, <p> paragraphs written as
// <br><br> runs and the reverse, a block of readers' comments longer
// than a short article added at the end, <title> emptied, related news
// with summaries added at the end, people named in the chrome at the end
// (a reader, the editor, the webmaster), days in the chrome (a date bar,
// dated lists and comments), the page put in a layout table
// beside a menu, the page in the other encoding family. A rule that
// holds only for the markup it was written against shows here: the
// body read from a variant must stay what the page gives (mean
// similarity ≥ 0.96 per variant), and its author and date must not move
// on more than 3 of the 35 pages.
func TestCorpusVariants(t *testing.T) {
	pages := corpusPages(t)
	openP, closeP := regexp.MustCompile(`(?i)<p(?:\s[^>]*)?>`), regexp.MustCompile(`(?i)</p>`)
	brRun := regexp.MustCompile(`(?i)(<br\s*/?>\s*){2,}`)
	classes := regexp.MustCompile(`(?i)\b(class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	titles := regexp.MustCompile(`(?is)<title>.*?</title>`)
	comment := strings.Repeat("网友热议减税降费政策，认为政策红利持续释放，企业负担明显减轻，希望各地进一步优化纳税服务。", 2)
	comments := `<div><h3>热点评论</h3><p>` + comment + `</p><p>` + comment + `</p><p>` + comment + `</p></div>`
	summary := "县税务局日前召开座谈会，听取企业对减税降费政策落实的意见建议，现场解答了企业关心的发票领用、留抵退税等问题，与会代表纷纷表示受益匪浅。"
	related := `<div><h3>相关新闻</h3>`
	menu := ""
	for _, t := range []string{"县委召开全体扩大会议", "市政府发布防汛工作通知", "省税务局开展纳税服务月活动"} {
		related += `<h4><a href="/n/` + t + `.html">` + t + `</a></h4><p>` + summary + `</p>`
		menu += `<p><a href="/c/` + t + `/">` + t + `</a></p>`
	}
	related += `</div>`
	variants := []struct {
		name string
		edit func(string) string
	}{
		{"no class or id", func(s string) string { return classes.ReplaceAllString(s, `$1="x"`) }},
		{"<p> as <br><br>", func(s string) string { return closeP.ReplaceAllString(openP.ReplaceAllString(s, ""), "<br><br>") }},
		{"<br><br> as <p>", func(s string) string { return brRun.ReplaceAllString(s, "</p><p>") }},
		{"comments at the end", func(s string) string {
			if i := strings.LastIndex(strings.ToLower(s), "</body>"); i >= 0 {
				return s[:i] + comments + s[i:]
			}
			return s + comments
		}},
		{"empty <title>", func(s string) string { return titles.ReplaceAllString(s, "<title></title>") }},
		{"related summaries at the end", func(s string) string {
			if i := strings.LastIndex(strings.ToLower(s), "</body>"); i >= 0 {
				return s[:i] + related + s[i:]
			}
			return s + related
		}},
		{"people named in the page's chrome", func(s string) string {
			// Names a page shows that are not its author's: a reader's
			// comment, the editor, the webmaster, a related story's
			// reporter; the author must not move.
			chrome := `<div class="cmt"><p>网友 王志强 2019-05-06 10:20 发表：写得好，支持！</p></div>` +
				`<div class="ed">（责任编辑：李海燕）</div><ul><li><a href="/r/1.html">本报记者 赵丽华：县城新貌</a></li></ul>` +
				`<div class="ft">站长：钱国平 技术支持：县信息中心</div>`
			if i := strings.LastIndex(strings.ToLower(s), "</body>"); i >= 0 {
				return s[:i] + chrome + s[i:]
			}
			return s + chrome
		}},
		{"dates in the page's chrome", func(s string) string {
			// Days a page shows that are not its article's: the date bar
			// at its top (the day it was served), a list of dated news
			// and a reader's dated comment at its end, the copyright's
			// years; the date must not move.
			bar := `<div class="topbar">今天是：2023年3月12日 星期日 农历二月廿一</div>`
			foot := `<div class="list"><h3>最新文章</h3><ul><li><a href="/n/1.html">县委召开全体扩大会议</a> 2023-03-10</li><li><a href="/n/2.html">市政府发布防汛工作通知</a> 2023-03-11</li></ul></div>` +
				`<div class="cmt"><p>网友 2023-03-11 10:20 发表：写得好，支持！</p></div><div class="ft">Copyright © 2003-2023 版权所有</div>`
			lo := strings.ToLower(s)
			i, j := strings.Index(lo, "<body"), strings.LastIndex(lo, "</body>")
			if i < 0 || j < i {
				return bar + s + foot
			}
			k := strings.IndexByte(s[i:], '>') + i + 1
			return s[:k] + bar + s[k:j] + foot + s[j:]
		}},
		{"in a layout table with a menu", func(s string) string {
			lo := strings.ToLower(s)
			i, j := strings.Index(lo, "<body"), strings.LastIndex(lo, "</body>")
			if i < 0 || j < i {
				return s
			}
			k := strings.IndexByte(s[i:], '>') + i + 1
			return s[:k] + `<table><tr><td width="180">` + menu + `</td><td>` + s[k:j] + `</td></tr></table>` + s[j:]
		}},
	}
	// The page in the other encoding family: GB18030 bytes for a UTF-8
	// page and the reverse, its <meta> saying so.
	charsets := regexp.MustCompile(`(?i)charset\s*=\s*["']?[\w-]+`)
	variants = append(variants, struct {
		name string
		edit func(string) string
	}{"in the other encoding", func(s string) string {
		if strings.Contains(strings.ToLower(s), "charset=utf") || !charsets.MatchString(s) {
			gb, err := simplifiedchinese.GB18030.NewEncoder().String(charsets.ReplaceAllString(s, "charset=gb18030"))
			if err != nil {
				t.Fatal(err)
			}
			return Decode([]byte(gb), "").Text
		}
		return Decode([]byte(charsets.ReplaceAllString(s, "charset=utf-8")), "").Text
	}})
	for _, v := range variants {
		sum, moved := 0.0, 0
		for _, p := range pages {
			a, err := Generic(v.edit(p.text), corpusURL)
			if err != nil {
				continue
			}
			sum += similarity(p.base.BodyText, a.BodyText)
			if a.Meta.Author != p.base.Meta.Author || a.Meta.PublishedAt != p.base.Meta.PublishedAt {
				moved++
			}
		}
		mean := sum / float64(len(pages))
		t.Logf("%s: body similarity mean %.3f, author or date moved on %d of %d pages", v.name, mean, moved, len(pages))
		if mean < 0.96 || moved > 3 {
			t.Errorf("%s: body similarity mean %.3f (want ≥ 0.96), author or date moved on %d pages (want ≤ 3)", v.name, mean, moved)
		}
	}
}

// similarity is the corpus scorer's: 2·LCS/(len a + len b) over the
// characters of a and b without white space.
func similarity(a, b string) float64 {
	x, y := []rune(squeeze(a)), []rune(squeeze(b))
	if string(x) == string(y) {
		return 1
	}
	prev, cur := make([]int, len(y)+1), make([]int, len(y)+1)
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			switch {
			case x[i-1] == y[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] > cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(y)]) / float64(len(x)+len(y))
}

// corpusPage is a real page of ../shared/corpus/real-zh, decoded, and
// what the generic extractor reads from it as it is.
type corpusPage struct {
	name string // the file's first 8 letters, its id's
	text string
	base *Article
}

// corpusPages reads the real pages of ../shared/corpus/real-zh that give
// an article; the test is skipped without the corpus or in -short mode.
func corpusPages(t *testing.T) []corpusPage {
	t.Helper()
	files, _ := filepath.Glob("../../shared/corpus/real-zh/pages/*.html")
	if len(files) == 0 {
		t.Skip("no ../shared/corpus/real-zh")
	}
	if testing.Short() {
		t.Skip("the edited real pages take seconds")
	}
	var pages []corpusPage
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := Decode(raw, "").Text
		if base, err := Generic(text, corpusURL); err == nil {
			pages = append(pages, corpusPage{filepath.Base(f)[:8], text, base})
		}
	}
	return pages
}

var corpusURL = &url.URL{Scheme: "http", Host: "localhost", Path: "/"}

// textEdges are where a line goes right over the text of a page (before
// the tag that holds the body's first words) and right under it (after
// its last words), -1 where those words are not found.
func textEdges(p corpusPage) (over, under int) {
	over, under = -1, -1
	lines := nonEmpty(strings.Split(p.base.BodyText, "\n"))
	if len(lines) < 2 {
		return
	}
	first, last := []rune(strings.TrimSpace(lines[0])), []rune(strings.TrimSpace(lines[len(lines)-1]))
	if i := strings.Index(p.text, string(first[:min(len(first), 6)])); i >= 0 {
		if at := strings.LastIndexByte(p.text[:i], '<'); at >= 0 && !strings.HasPrefix(p.text[at:], "</") {
			over = at
		}
	}
	if i := strings.LastIndex(p.text, string(last[max(0, len(last)-6):])); i >= 0 {
		if at := strings.IndexByte(p.text[i:], '<'); at >= 0 {
			under = i + at
		}
	}
	return over, under
}

// TestCorpusRenamedAuthors renames the author the generic extractor
// reads from each real page of ../shared/corpus/real-zh everywhere the
// page names them: a name with a surname by other kinds of names (a
// compound surname, a rare surname, a Tibetan name, a minority's name
// with the interpunct), a handle by other handles (without a surname,
// 老X, Latin). A rule that knows the names it was written against, not
// the place and grammar of a byline, shows here: the author read must be
// the new name on all but 3 of the renamed pages.
func TestCorpusRenamedAuthors(t *testing.T) {
	people := []string{"欧阳建华", "阎志强", "拉巴次仁", "阿依古丽·买买提", "孙秀英", "李娜"}
	handles := []string{"清风明月", "老陈", "夜雨秋灯", "Tom_Lee"}
	renamed, wrong := 0, 0
	for _, p := range corpusPages(t) {
		if p.base.Meta.Author == "" {
			continue
		}
		names := strings.Fields(p.base.Meta.Author)
		pool := people
		if !slices.ContainsFunc(names, chineseName) {
			pool = handles
		}
		for k := range pool {
			edited, want := p.text, make([]string, len(names))
			for i, n := range names {
				edited = strings.ReplaceAll(edited, n, "\x00"+string(rune('0'+i))+"\x00")
			}
			for i := range names {
				want[i] = pool[(k+i)%len(pool)]
				edited = strings.ReplaceAll(edited, "\x00"+string(rune('0'+i))+"\x00", want[i])
			}
			renamed++
			if a, err := Generic(edited, corpusURL); err != nil || a.Meta.Author != strings.Join(want, " ") {
				wrong++
				t.Logf("%s, %q renamed %q: %v", p.name, p.base.Meta.Author, strings.Join(want, " "), read(a, err))
			}
		}
	}
	t.Logf("%d of %d renamed pages read another author", wrong, renamed)
	if wrong > 3 {
		t.Errorf("%d of %d renamed pages read another author (want ≤ 3)", wrong, renamed)
	}
}

// read is what a test reports of an article read: its error, or its
// title, date, author and the ends of its body.
func read(a *Article, err error) string {
	if err != nil {
		return err.Error()
	}
	body := []rune(a.BodyText)
	return fmt.Sprintf("title %q, date %q, author %q, body %q…%q", a.Title, a.Meta.PublishedAt, a.Meta.Author,
		string(body[:min(len(body), 30)]), string(body[max(0, len(body)-30):]))
}

// TestCorpusRetitled gives each real page of ../shared/corpus/real-zh
// another title everywhere the page shows it (a short one, a long
// notice's, one that names a month, one with a column in 【】, one with a
// bar, one with a space): the title read must be the new one, and the
// date, the author and the body must not move, on all but 2 of the
// retitled pages. A rule that takes a line with a date for a stamp, or
// knows the titles it was written against, shows here.
func TestCorpusRetitled(t *testing.T) {
	titles := []string{"县里减税降费", "苍南县人民政府办公室关于印发苍南县2019年深化“放管服”改革优化营商环境工作要点的通知", "2019年5月份全县税收收入完成情况",
		"【党史学习教育】县税务局开展主题党日活动", "视频｜县税务局开展纳税服务月活动", "减税降费 惠企利民"}
	retitled, wrong := 0, 0
	for _, p := range corpusPages(t) {
		if utf8.RuneCountInString(p.base.Title) < 4 {
			continue
		}
		for _, title := range titles {
			retitled++
			a, err := Generic(strings.ReplaceAll(p.text, p.base.Title, title), corpusURL)
			if err != nil || a.Title != title || a.Meta.PublishedAt != p.base.Meta.PublishedAt || a.Meta.Author != p.base.Meta.Author ||
				similarity(a.BodyText, strings.ReplaceAll(p.base.BodyText, p.base.Title, title)) < 0.95 {
				wrong++
				t.Logf("%s, retitled %q: %s (was date %q, author %q)", p.name, title, read(a, err), p.base.Meta.PublishedAt, p.base.Meta.Author)
			}
		}
	}
	t.Logf("%d of %d retitled pages read otherwise", wrong, retitled)
	if wrong > 2 {
		t.Errorf("%d of %d retitled pages read otherwise (want ≤ 2)", wrong, retitled)
	}
}

// TestCorpusChromeAroundText puts lines of a page's chrome right under
// the text of each real page of ../shared/corpus/real-zh (a related-links
// heading, the previous and next articles, a comment box's hint, an
// account's 往期推荐, a platform's statement) and right over it (a font
// switch, a breadcrumb, a video player's time, a share row, 听新闻): the
// body must still start and end where it did and the title, date and
// author stay, on all but 2 of the pages so edited. A rule that reads
// what follows a foot's line as the article going on, or takes a line of
// figures for a heading, shows here.
func TestCorpusChromeAroundText(t *testing.T) {
	under := []string{"相关新闻：", "上一篇：全县开展安全生产大检查", "没有相关文章", "请文明上网，理性发言", "往期推荐",
		"声明：本文系转载，版权归原作者所有，如有侵权请联系删除。"}
	over := []string{"【字体：大 中 小】", "当前位置：首页 > 新闻中心 > 正文", "00:00 / 01:32", "分享到：", "听新闻"}
	edited, wrong := 0, 0
	for _, p := range corpusPages(t) {
		lines := nonEmpty(strings.Split(p.base.BodyText, "\n"))
		if len(lines) < 2 {
			continue
		}
		first, last := strings.TrimSpace(lines[0]), strings.TrimSpace(lines[len(lines)-1])
		overAt, underAt := textEdges(p)
		for _, e := range []struct {
			where string
			at    int
			lines []string
		}{{"over", overAt, over}, {"under", underAt, under}} {
			if e.at < 0 {
				continue
			}
			for _, l := range e.lines {
				edited++
				a, err := Generic(p.text[:e.at]+"<p>"+l+"</p>"+p.text[e.at:], corpusURL)
				if err != nil || !strings.HasPrefix(strings.TrimSpace(a.BodyText), first) || !strings.HasSuffix(strings.TrimSpace(a.BodyText), last) ||
					a.Title != p.base.Title || a.Meta.PublishedAt != p.base.Meta.PublishedAt || a.Meta.Author != p.base.Meta.Author {
					wrong++
					t.Logf("%s, %q %s the text: %s", p.name, l, e.where, read(a, err))
				}
			}
		}
	}
	t.Logf("%d of %d edited pages read otherwise", wrong, edited)
	if wrong > 2 {
		t.Errorf("%d of %d edited pages read otherwise (want ≤ 2)", wrong, edited)
	}
}

// TestCorpusBylines puts bylines of the grammar's forms (本报记者 X, 记者
// X 通讯员 Y, 文/X, □ X, 作者：X, names alone over the text; （记者 X）,
// （新华社记者 X Y）, （X Y） under it) into each real page of
// ../shared/corpus/real-zh that names no author, right over its text or
// right under it, and the line of a writer's unit (（作者单位：…）), which
// names none: the author read must be the byline's on all but 3 of the
// pages so edited.
func TestCorpusBylines(t *testing.T) {
	forms := []struct{ where, line, want string }{
		{"over", "本报记者 王志强", "王志强"},
		{"over", "记者 王志强 通讯员 李海燕", "王志强 李海燕"},
		{"over", "文/王志强", "王志强"},
		{"over", "□ 王志强", "王志强"},
		{"over", "作者：王志强", "王志强"},
		{"over", "王志强 李海燕", "王志强 李海燕"},
		{"under", "（记者 王志强）", "王志强"},
		{"under", "（新华社记者 王志强 李海燕）", "王志强 李海燕"},
		{"under", "（王志强 李海燕）", "王志强 李海燕"},
		{"under", "文/王志强", "王志强"},
		{"under", "作者：王志强", "王志强"},
		{"under", "（作者单位：苍南县税务局）", ""},
	}
	edited, wrong := 0, 0
	for _, p := range corpusPages(t) {
		if p.base.Meta.Author != "" {
			continue
		}
		over, under := textEdges(p)
		for _, fm := range forms {
			at := over
			if fm.where == "under" {
				at = under
			}
			if at < 0 {
				continue
			}
			edited++
			if a, err := Generic(p.text[:at]+"<p>"+fm.line+"</p>"+p.text[at:], corpusURL); err != nil || a.Meta.Author != fm.want {
				wrong++
				t.Logf("%s, %q %s the text: %s", p.name, fm.line, fm.where, read(a, err))
			}
		}
	}
	t.Logf("%d of %d edited pages read another author", wrong, edited)
	if wrong > 3 {
		t.Errorf("%d of %d edited pages read another author (want ≤ 3)", wrong, edited)
	}
}
