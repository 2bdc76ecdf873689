package scraper

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// A shape of page the generic extractor must read: one byline, date or
// body form of real Chinese pages, built into a page as portals and
// government sites lay them out (navigation, a sidebar of dated links, a
// footer with a copyright year), written under testdata/shapes/ with its
// gold (go test -run TestShapes -update rewrites them).
type shape struct {
	Name       string `json:"name"`
	Title      string `json:"title,omitempty"` // when not shapeTitle
	File       string `json:"file"`
	URL        string `json:"url"`
	Author     string `json:"author"`
	Published  string `json:"published"`
	BodyStarts string `json:"body_starts"`
	BodyEnds   string `json:"body_ends"`

	head, meta, body, after string // the page's parts (generation only)
	page                    string // a whole page, laid out by layouts()
	linked                  bool   // the author is credited by a link to the user's page
	gbk                     bool   // the page is written in GBK
}

const (
	shapeTitle = "全县小微企业减税降费政策落实情况通报"
	shapeP1    = "今年以来，全县税务部门认真落实各项减税降费政策，累计为小微企业减免税款三点二亿元，惠及纳税人一万余户。"
	shapeP2    = "下一步，县税务局将继续优化纳税服务，确保各项政策不折不扣落到实处，切实减轻企业负担。"
)

func shapes() []shape {
	p := func(s ...string) string { return "<p>" + strings.Join(s, "</p>\n<p>") + "</p>" }
	line := `<div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div>`
	return []shape{
		{Name: "byline: outlet and reporters closing the body", Author: "张建国 李海燕", Published: "2019-05-06T09:30:00+08:00", BodyEnds: "（新华社记者 张建国 李海燕）",
			meta: line, body: p(shapeP1, shapeP2, "（新华社记者 张建国 李海燕）")},
		{Name: "byline: reporters in parentheses after the dateline", Author: "王志强", Published: "2019-05-06T09:30:00+08:00", BodyStarts: "新华社杭州5月6日电（记者 王志强）今年以来",
			meta: line, body: p("新华社杭州5月6日电（记者 王志强）"+shapeP1, shapeP2)},
		{Name: "byline: a box before 本报记者", Author: "陈晓东", Published: "2019-05-06T09:30:00+08:00",
			meta: line, body: p("□本报记者 陈晓东", shapeP1, shapeP2)},
		{Name: "byline: a name in brackets beside the date", Author: "赵丽华", Published: "2005-07-31T10:20:00+08:00",
			meta: `<div class="time">2005-07-31 10:20 [赵丽华]</div>`, body: p(shapeP1, shapeP2)},
		{Name: "byline: a forum thread's poster", Author: "钱国平", Published: "2005-07-31T10:20:00+08:00",
			meta: `<div class="postinfo">本贴由 钱国平 于 2005-7-31 10:20:00 发表</div>`, body: p(shapeP1, shapeP2)},
		{Name: "byline: a blog's 发表于", Author: "孙秀英", Published: "2005-07-31T10:20:00+08:00",
			meta: `<div class="postmeta">孙秀英 发表于 2005-07-31 10:20</div>`, body: p(shapeP1, shapeP2)},
		{Name: "byline: 文/ at the start of the body", Author: "吴海燕", Published: "2019-05-06T09:30:00+08:00",
			meta: line, body: p("文/吴海燕", shapeP1, shapeP2)},
		{Name: "byline: labelled", Author: "周建国", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="info">作者：周建国　发布时间：2019-05-06 09:30</div>`, body: p(shapeP1, shapeP2)},
		{Name: "byline: an editor is never the author", Author: "", Published: "2019-05-06T09:30:00+08:00", BodyEnds: "（责任编辑：郑晓东）",
			meta: line, body: p(shapeP1, shapeP2, "（责任编辑：郑晓东）")},
		{Name: "byline: an empty author label before the editor's", Author: "", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="info">作者：　编辑：郑晓东　发布时间：2019-05-06 09:30</div>`, body: p(shapeP1, shapeP2)},
		{Name: "byline: a name beside the account and the date, no label (a WeChat article)", Author: "陈晓东", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">陈晓东</span> <span class="rich_media_meta rich_media_meta_nickname"><a href="javascript:void(0);" id="js_name">苍南税务</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2019-05-06 09:30</em></div>`,
			body: p(shapeP1, shapeP2)},
		{Name: "byline: an original mark, the author, the account and the date", Author: "欧阳建华", Published: "2019-05-06",
			meta: `<div class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span> <span class="rich_media_meta rich_media_meta_text">欧阳建华</span> <span class="rich_media_meta rich_media_meta_nickname">苍南税务</span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2019-05-06</em></div>`,
			body: p(shapeP1, shapeP2)},
		{Name: "byline: 原创： before the author, the account and the date (WeChat, 2018)", Author: "陈晓东", Published: "2019-05-06",
			meta: `<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创： 陈晓东</span> <a id="post-user" class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" href="##">苍南税务</a> <em id="post-date" class="rich_media_meta rich_media_meta_text">2019-05-06</em></div>`,
			body: p(shapeP1, shapeP2)},
		{Name: "byline: the author, the account, the time and where it was sent from (WeChat, 2022)", Author: "陈晓东", Published: "2022-05-06T10:20:00+08:00",
			meta: `<div class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span> <span class="rich_media_meta rich_media_meta_text">陈晓东</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">苍南税务</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2022-05-06 10:20</em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">浙江</span></em></div>`,
			body: p(shapeP1, shapeP2)},
		{Name: "byline: the account and the date alone name no author", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">税务小陈</span> <em id="publish_time">2019-05-06 09:30</em></div>`,
			body: p(shapeP1, shapeP2)},
		{Name: "byline: an outlet beside the date is no author", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="info">2019-05-06 09:30　华商报</div>`, body: p(shapeP1, shapeP2)},
		{Name: "byline: a paper named like a person is no author", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="info">2019年05月06日 09:30　钱江晚报</div>`, body: p(shapeP1, shapeP2)},
		{Name: "byline: an outlet's reporter over the date line (澎湃新闻记者 X)", Author: "吴海燕", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="news_about"><p>澎湃新闻记者 吴海燕</p><p>2019-05-06 09:30 来源：澎湃新闻</p></div>`, body: p(shapeP1, shapeP2)},
		{Name: "byline: a magazine's 作者丨X", Author: "孙秀英", Published: "2019-05-06T09:30:00+08:00",
			meta: line, body: p("作者丨孙秀英", shapeP1, shapeP2)},
		{Name: "date: only under the signature closing a notice", Published: "2019-05-06", BodyEnds: "2019年5月6日",
			meta: `<div class="info">来源：县税务局</div>`, body: p(shapeP1, shapeP2, "苍南县税务局", "2019年5月6日")},
		{Name: "date: a blog's stamp under its post, no label", Published: "2019-05-06T09:30:00+08:00",
			body: p(shapeP1, shapeP2), after: `<div class="postfoot">| 2019-05-06 09:30 | 评论(2) | 阅读(123)</div>`},
		{Name: "date: a blog's posted on under its post", Published: "2019-05-06T09:30:00+08:00",
			body: p(shapeP1, shapeP2), after: `<div class="postfoot">posted on 2019-05-06 09:30 | 阅读全文(123) | 回复(2) | 引用通告(0)</div>`},
		{Name: "byline: a blog's poster under the post", Published: "2019-05-06T09:30:00+08:00", Author: "老陈",
			body: p(shapeP1, shapeP2), after: `<div class="postfoot">Posted by 老陈 at 2019-05-06 09:30 | 评论 (2)</div>`},
		{Name: "byline: a column's name under the title is no author", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="column">时政要闻</div>` + line, body: p(shapeP1, shapeP2)},
		{Name: "byline: an outlet's name under the title is no author", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="from">南方周末</div><div class="info">2019-05-06 09:30</div>`, body: p(shapeP1, shapeP2)},
		{Name: "date: only in the data a script renders it from (data-val)", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="article-info"><span class="time" id="news-time" data-val="1557106200000"></span> <span>来源：县税务局</span></div>`, body: p(shapeP1, shapeP2)},
		{Name: "date: only in article:published_time, the visible one relative", Published: "2019-05-06T09:30:00+08:00",
			head: `<meta property="article:published_time" content="2019-05-06T09:30:00+08:00">`,
			meta: `<div class="info">3小时前　来源：县税务局</div>`, body: p(shapeP1, shapeP2)},
		{Name: "date: only in JSON-LD, the visible one without a year", Published: "2019-05-06T09:30:00+08:00", Author: "李建华",
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + shapeTitle +
				`","datePublished":"2019-05-06T09:30:00+08:00","author":{"@type":"Person","name":"李建华"}}</script>`,
			meta: `<div class="info">5月6日 09:30</div>`, body: p(shapeP1, shapeP2)},
		{Name: "date: only in the URL", Published: "2019-05-06", URL: "http://news.example.cn/2019/05/06/a123.html",
			meta: `<div class="info">来源：县税务局</div>`, body: p(shapeP1, shapeP2)},
		{Name: "date: the article's, not a sidebar's nor the copyright year", Published: "2019-05-06T09:30:00+08:00",
			meta: line, body: p(shapeP1, shapeP2)},
		{Name: "body: tools, share links and copyright after it", Published: "2019-05-06T09:30:00+08:00", BodyEnds: shapeP2[len(shapeP2)-30:],
			meta: line, body: p(shapeP1, shapeP2, "【打印本页】【关闭窗口】", "分享到：微信 微博 QQ空间", "版权所有：苍南县税务局 未经授权禁止转载")},
		{Name: "body: a data table at its end is kept", Published: "2019-05-06T09:30:00+08:00", BodyEnds: "合计 3.2",
			meta: line, body: p(shapeP1, shapeP2) + "\n<table><tr><td>乡镇</td><td>减免税款（亿元）</td></tr><tr><td>灵溪</td><td>1.1</td></tr><tr><td>合计</td><td>3.2</td></tr></table>"},
		{Name: "body: a kicker over the title again at the head of the text (a paper's page) stays", Published: "2019-05-06T09:30:00+08:00", BodyStarts: "县税务局\n\n" + shapeTitle + "\n\n" + shapeP1[:30],
			meta: line, body: p("县税务局", shapeTitle, shapeP1, shapeP2)},
		{Name: "byline: a poster linked to the user's page under the title (a platform's post)", Author: "晴天小猪", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="post-meta"><a class="nickname" href="https://www.example.com/u/8a7f3c">晴天小猪</a> <span>2019-05-06 09:30</span> <span>阅读 1,234</span></div>`, body: p(shapeP1, shapeP2), linked: true},
		{Name: "byline: a poster in the stamp under the post (posted @ …)", Author: "laowang", Published: "2019-05-06T09:30:00+08:00",
			body: p(shapeP1, shapeP2), after: `<div class="postDesc">posted @ 2019-05-06 09:30 <a href="https://home.example.com/u/laowang/">laowang</a> 阅读(123) 评论(2)</div>`, linked: true},
		{Name: "byline: a reader linked under the post is no author", Published: "2019-05-06T09:30:00+08:00",
			meta: line, body: p(shapeP1, shapeP2), after: `<div class="comments"><h3>网友评论</h3><p><a href="http://bulo.example.com/user/user.jsp?uid=lr9111">lr9111</a>[219.130.79.*] 认为：说得好 2019-05-07 10:00</p></div>`},
		{Name: "date: shown without its year, the whole time in a meta tag (an account's article)", Published: "2019-05-06T09:30:00+08:00",
			head: `<meta itemprop="dateUpdate" content="2019-05-06 09:30:00">`,
			meta: `<div class="article-source"><span class="date">发布时间：05-06</span><span class="time">09:30</span></div>`, body: p(shapeP1, shapeP2)},
		{Name: "date: a post's time after it (发布于 …)", Published: "2019-05-06T09:30:00+08:00",
			body: p(shapeP1, shapeP2), after: `<div class="ContentItem-time">发布于 2019-05-06 09:30</div>`},
		{Name: "date: a <time> whose datetime is in UTC", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="info"><time datetime="2019-05-06T01:30:00.000Z">2019.05.06 09:30</time></div>`, body: p(shapeP1, shapeP2)},
		{Name: "body: a row of share links and a like count after it", Published: "2019-05-06T09:30:00+08:00",
			meta: line, body: p(shapeP1, shapeP2) + `<div class="share"><a href="#">微信</a><a href="#">新浪微博</a><a href="#">QQ空间</a></div><div class="like">12</div>`},
		{Name: "body: a platform's rights notice after it", Published: "2019-05-06T09:30:00+08:00",
			meta: line, body: p(shapeP1, shapeP2, "本文版权归 老陈 所有，任何形式转载请联系作者。")},
		{Name: "byline: a photo's credit under the text is no author", Published: "2019-05-06T09:30:00+08:00", BodyEnds: "图为县税务局工作人员上门辅导纳税人。新华社记者 张建国 摄",
			meta: line, body: p(shapeP1, shapeP2, `<img src="/uploads/2019/a.jpg">`, "图为县税务局工作人员上门辅导纳税人。新华社记者 张建国 摄")},
		{Name: "byline: 采写： over the text", Author: "吴海燕", Published: "2019-05-06T09:30:00+08:00",
			meta: `<div class="info">采写：吴海燕　发布时间：2019-05-06 09:30</div>`, body: p(shapeP1, shapeP2)},
		{Name: "body: a font-size switch above it", Published: "2019-05-06T09:30:00+08:00", BodyStarts: shapeP1[:30],
			meta: line, body: p("【字体：大 中 小】", shapeP1, shapeP2)},
		{Name: "byline: names heading the text under the metadata line", Author: "王志强 李海燕", Published: "2019-05-06T09:30:00+08:00",
			meta: line, body: p("王志强 李海燕", shapeP1, shapeP2)},
		{Name: "body: a data table as Word pastes it (a paragraph in each cell) closing the text", Published: "2019-05-06T09:30:00+08:00", BodyEnds: "1 灵溪税务分局 98\n\n2 龙港税务分局 95",
			meta: line, body: p(shapeP1, shapeP2) + `<table class="MsoNormalTable" border="1"><tr><td><p class="MsoNormal">序号</p></td><td><p class="MsoNormal"><span>单位名称</span></p></td><td><p class="MsoNormal">得分</p></td></tr><tr><td><p class="MsoNormal">1</p></td><td><p class="MsoNormal">灵溪税务分局</p></td><td><p class="MsoNormal">98</p></td></tr><tr><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">龙港税务分局</p></td><td><p class="MsoNormal">95</p></td></tr></table>`},
		{Name: "body: a diary's day and weather opening the text stays", Author: "孙秀英", Published: "2019-05-07T21:10:00+08:00", BodyStarts: "2019年5月6日 星期一 晴\n\n" + shapeP1[:30],
			meta: `<div class="postmeta">孙秀英 发表于 2019-05-07 21:10</div>`, body: p("2019年5月6日 星期一 晴", shapeP1, shapeP2)},
	}
}

// shapePage lays a shape out as a portal page.
func shapePage(s shape) string {
	var side strings.Builder
	for i, t := range []string{"县委召开全体扩大会议", "市政府发布防汛工作通知", "省税务局开展纳税服务月活动"} {
		fmt.Fprintf(&side, `<li><a href="/news/%d.html">%s</a><span>2023-0%d-1%d</span></li>`, 900+i, t, i+1, i)
	}
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_县政府门户网站</title>` + s.head + `</head><body>
<div id="top"><a href="/">县政府门户网站</a> <a href="/news/">新闻中心</a> <a href="/gk/">政务公开</a> <a href="/bs/">办事服务</a></div>
<div class="wrap"><div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a></div>
<h1>` + shapeTitle + `</h1>
` + s.meta + `
<div class="content">
` + s.body + `
</div>
` + s.after + `
<div class="share">上一篇：<a href="/news/898.html">全县开展安全生产大检查</a></div>
</div>
<div class="side"><h3>热点新闻</h3><ul>` + side.String() + `</ul></div></div>
<div id="footer">主办：县人民政府办公室 © 2012-2023 版权所有 浙ICP备00000000号</div>
</body></html>`
}

// TestShapes: every byline, date and body shape of the table read right
// by the generic extractor, each a page of testdata/shapes/.
func TestShapes(t *testing.T) {
	dir := "../testdata/shapes"
	if *update {
		var gold strings.Builder
		for i, s := range append(shapes(), layouts()...) {
			s.File = fmt.Sprintf("%02d.html", i+1)
			if s.URL == "" {
				s.URL = fmt.Sprintf("http://www.example.gov.cn/news/%d.html", 1000+i)
			}
			if s.BodyStarts == "" {
				s.BodyStarts = string([]rune(shapeP1)[:20])
			}
			if s.BodyEnds == "" {
				s.BodyEnds = string([]rune(shapeP2)[utf8.RuneCountInString(shapeP2)-20:])
			}
			html := s.page
			if html == "" {
				html = shapePage(s)
			}
			if s.gbk {
				gb, err := simplifiedchinese.GBK.NewEncoder().String(html)
				if err != nil {
					t.Fatal(err)
				}
				html = gb
			}
			if err := os.WriteFile(filepath.Join(dir, s.File), []byte(html), 0o644); err != nil {
				t.Fatal(err)
			}
			line, _ := json.Marshal(s)
			gold.Write(line)
			gold.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte(gold.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatalf("%v (go test ./scraper -run TestShapes -update writes them)", err)
	}
	defer f.Close()
	n := 0
	for sc := bufio.NewScanner(f); sc.Scan(); n++ {
		var s shape
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(dir, s.File))
		if err != nil {
			t.Fatal(err)
		}
		u, _ := url.Parse(s.URL)
		a, err := Generic(Decode(raw, "").Text, u)
		if err != nil {
			t.Errorf("%s: %v", s.Name, err)
			continue
		}
		title := s.Title
		if title == "" {
			title = shapeTitle
		}
		if a.Title != title || a.Meta.Author != s.Author || a.Meta.PublishedAt != s.Published ||
			!strings.HasPrefix(a.BodyText, s.BodyStarts) || !strings.HasSuffix(a.BodyText, s.BodyEnds) {
			t.Errorf("%s (%s):\n  title %q\n  author %q, want %q\n  published %q, want %q\n  body %q\n  want it to start %q and end %q",
				s.Name, s.File, a.Title, a.Meta.Author, s.Author, a.Meta.PublishedAt, s.Published, a.BodyText, s.BodyStarts, s.BodyEnds)
		}
	}
	if n != len(shapes())+len(layouts()) {
		t.Errorf("%d cases in gold.jsonl, %d shapes in the table: run -update", n, len(shapes()))
	}
}
