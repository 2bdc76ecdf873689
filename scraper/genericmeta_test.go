package scraper

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/traditionalchinese"
)

func TestBylineAuthor(t *testing.T) {
	tests := []struct {
		name, window, body, want string
	}{
		{"labelled", "作者：宋怡 杨志华 我要说说 打印", "正文。", "宋怡 杨志华"},
		{"labelled nickname", "作者： 芊草凡凡 时间： 2005-08-22 19:13:18", "正文。", "芊草凡凡"},
		{"记者 names", "新华网黑龙江频道 记者 伊琳 李清芬", "正文。", "伊琳 李清芬"},
		{"interview is not a byline", "记者：首先欢迎你来到新华网接受我们的采访，请问", "正文。", ""},
		{"本报讯 byline", "", "本报讯（记者 王五 通讯员 赵六）近日，协会召开会议。", "王五 赵六"},
		{"通讯员 as one word", "", "本报讯（记者 王五 通讯员赵六 实习生 钱七）近日，协会召开会议。", "王五 赵六 钱七"},
		{"the photographer is not", "", "正文。\n\n（记者 王五 摄影 李四）", "王五"},
		{"新华社 byline", "", "新华社北京1月5日电（记者 张三）会议指出。", "张三"},
		{"本报记者 发自", "", "本报记者罗科苏盈发自北京 23日下午，在北大。", "罗科苏盈"},
		{"本报记者 发自, a name with the interpunct", "", "本报记者阿依古丽·买买提发自乌鲁木齐 23日下午，在新疆大学。", "阿依古丽·买买提"},
		{"新华社 byline, Tibetan names", "", "新华社拉萨5月6日电（记者 拉巴次仁 普布扎西）会议指出。", "拉巴次仁 普布扎西"},
		{"a bare parenthesis of Tibetan names", "", "正文。\n\n（索朗德吉 白玛央金）", "索朗德吉 白玛央金"},
		{"four letters after 记者 that are no Tibetan name", "", "记者近日获悉，全县减税降费政策落实良好。", ""},
		{"closing parenthesis", "", "正文。\n\n（常书香 马丹阳 ）", "常书香 马丹阳"},
		{"closing 记者", "", "正文。（记者 胡晓蓉）", "胡晓蓉"},
		{"closing with 报道", "", "正文。（姚峰 上海报道）", "姚峰"},
		{"记者/文", "顶端新闻·河南商报记者马俊峰/文", "正文。", "马俊峰"},
		{"forum by", "〓 网易娱乐 发布时间 2005/03/15 22:36:13 by duscha 〓", "正文。", "duscha"},
		{"blog 张贴", "由海姑娘张贴 @ 2005-06-14 03:25:55 (370)", "正文。", "海姑娘"},
		{"blog 张贴, a handle with no surname", "由清风明月张贴 @ 2005-06-14 03:25:55 (370)", "正文。", "清风明月"},
		{"blog 张贴, a handle 老X", "由老陈张贴 @ 2005-06-14 03:25:55 (370)", "正文。", "老陈"},
		{"mention is not a byline", "", "通过四川媒体帮助，记者了解到了老中医陈建民本人的最新动向。", ""},
		{"a dateline's reporters before the text", "", "新华社北京5月6日电 记者王志强 李海燕 今年以来，政策落实良好。", "王志强 李海燕"},
		{"a dateline's reporter learning is none", "", "新华社北京5月6日电 记者从县税务局获悉，政策落实良好。", ""},
		{"names heading the text", "", "王志强 李海燕\n\n正文。", "王志强 李海燕"},
		// Traditional characters, as Big5 sites write them.
		{"traditional 記者", "記者：張三", "正文。", "張三"},
		{"traditional closing 記者", "", "正文。（記者 陳曉東）", "陳曉東"},
		{"traditional 本報記者", "", "本報記者 劉建國\n\n正文。", "劉建國"},
		{"Taiwan's 記者X／台北報導", "", "記者張三／台北報導\n\n正文。", "張三"},
		{"Taiwan's bracketed byline", "", "【記者黃國平／台北報導】正文。", "黃國平"},
		{"Taiwan's wire dateline", "", "（中央社記者張三台北31日電）正文。", "張三"},
		{"Taiwan's wire dateline, a three-letter name", "", "（中央社記者張小明台北31日專電）正文。", "張小明"},
		{"Taiwan's wire dateline abroad", "", "（中央社記者黃國平華盛頓30日電）正文。", "黃國平"},
		{"Taiwan's wire dateline, simplified", "", "（中央社记者王台生台北31日电）正文。", "王台生"},
		{"traditional 本報訊", "", "本報訊（記者 趙麗華 通訊員 錢國平）正文。", "趙麗華 錢國平"},
		{"a traditional editor is none", "", "正文。\n\n（編輯：張三）", ""},
		{"a speaker heading the text is none", "", "张三：\n\n正文。", ""},
		{"a subheading heading the text is none", "", "基本情况\n\n正文。", ""},
		{"four words heading the text are no names", "", "王志强 李海燕 陈晨 赵丽华\n\n正文。", ""},
	}
	for _, tt := range tests {
		if got := bylineAuthor([]string{tt.window}, tt.body); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPubDate(t *testing.T) {
	tests := []struct{ line, want string }{
		{"发布时间：2005-07-31 12:30 来源：新华网", "2005-07-31T12:30:00+08:00"},
		{"2005年7月31日 12:30", "2005-07-31T12:30:00+08:00"},
		{"时间:2005-5-7 21:23:57", "2005-05-07T21:23:57+08:00"},
		{"日期：2005/07/31", "2005-07-31"},
		{"发布日期： 7/5/2005 9:23:57 PM", "2005-05-07T21:23:57+08:00"},
		{"发布日期： 9/17/2004 5:54:13 AM", "2004-09-17T05:54:13+08:00"},
		{"06/02/2022 - 13:48", "2022-02-06T13:48:00+08:00"},
		{"2003年5月", "2003-05"},
		{"更新时间：2013-02-16 09:22 发布时间：2013-01-13 09:22", "2013-01-13T09:22:00+08:00"},
		{"no date here", ""},
	}
	for _, tt := range tests {
		if got, _ := pubDate([]string{tt.line}, []string{tt.line}, nil, ""); got != tt.want {
			t.Errorf("pubDate(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestBylineGrammar: every byline form of the grammar (outlet, role
// word, names; parenthesised; at the start or the end of the body; 文/)
// with every kind of name run, generated; and the forms that name an
// editor or mention a reporter, which are not bylines.
func TestBylineGrammar(t *testing.T) {
	const p = "今年以来，全县税务部门认真落实各项减税降费政策，累计为小微企业减免税款三点二亿元。"
	names := []struct{ written, want string }{
		{"王志强", "王志强"},
		{"陈晨", "陈晨"},
		{"欧阳明月", "欧阳明月"},
		{"王志强 李海燕", "王志强 李海燕"},
		{"王志强、李海燕", "王志强 李海燕"},
		{"王志强　李海燕", "王志强 李海燕"},
		{"王　五", "王五"}, // a name written apart to align with longer ones
		{"王 五、李海燕", "王五 李海燕"},
		// Names without a surname: Tibetan names (two of the stock),
		// minority and foreign names with the interpunct.
		{"拉巴次仁", "拉巴次仁"},
		{"普布扎西 王志强", "普布扎西 王志强"},
		{"阿依古丽·买买提", "阿依古丽·买买提"},
		{"阎志强", "阎志强"},
	}
	// Where a form stands: the line over the body (header, poster), the body's
	// first line, its own line closing the body, or the close of the
	// body's last sentence.
	forms := []struct{ where, form string }{
		{"end", "（记者 %s）"},
		{"end", "(记者%s)"},
		{"end", "（本报记者 %s）"},
		{"end", "（新华社记者 %s）"},
		{"end", "新华社记者 %s"},
		{"end", "浙江日报记者 %s"},
		{"end", "（%s）"},
		{"end", "（%s 杭州报道）"},
		{"end", "（北京晚报 %s）"},
		{"end", "（文/%s）"},
		{"start", "文/本报记者 %s"},
		{"start", "■ 文/本报记者 %s"},
		{"start", "本报记者 %s 摄"},
		{"endsentence", "（记者 %s）"},
		{"start", "本报记者 %s"},
		{"start", "□本报记者 %s"},
		{"start", "■ 本报记者 %s"},
		{"start", "◎记者 %s"},
		{"start", "本报特约记者 %s"},
		{"start", "浙江日报 记者 %s"},
		{"start", "文/%s"},
		{"start", "文 / %s"},
		{"start", "%s/文"},
		{"startsentence", "新华社杭州5月6日电（记者%s）"},
		{"startsentence", "本报讯（记者 %s）"},
		{"startsentence", "中新网杭州5月6日电 (记者 %s)"},
		{"header", "作者：%s"},
		{"header", "记者：%s"},
		{"header", "撰稿：%s"},
		{"header", "作者 | %s"},
		{"header", "文 | %s"},
		{"header", "发布时间：2019-05-06 来源：县税务局 作者：%s"},
		{"header", "2019-05-06 10:20 [%s]"},
		{"header", "2019-05-06 10:20 【%s】"},
		{"header", "2019-05-06 〖%s〗"},
		{"header", "【%s】2019年5月6日"},
		{"poster", "本贴由 %s 于 2019-5-6 10:20:00 发表"},
		{"poster", "%s 发表于 2019-05-06 10:20"},
		{"poster", "Posted by %s on 2019-05-06"},
		{"poster", "发信人: %s (税务), 信区: Tax"},
		{"poster", "〓 网易论坛 发布时间 2019/05/06 10:20:42 by %s 〓"},
		{"header", "【作者】%s　【来源】县税务局"},
		{"header", "[作者] %s"},
		{"start", "文/图 %s"},
		{"start", "撰文/%s 摄影/赵丽华"},
		{"start", "特约撰稿人 %s"},
		{"startsentence", "本报讯 记者%s报道"},
		{"start", "□ %s"},
		{"start", "%s 文"},
		{"start", "%s 文/图"},
		{"header", "澎湃新闻记者 %s"},
		{"header", "中国青年报客户端记者 %s"},
		{"header", "法治日报全媒体记者 %s"},
		{"header", "界面新闻记者 | %s"},
		{"start", "封面新闻记者 %s"},
		{"start", "21世纪经济报道记者 %s 北京报道"},
		{"header", "记者/%s"},
		{"header", "作者丨%s"},
		{"start", "文丨%s"},
		{"start", "□ 本报记者 %s 文/图"},
		{"start", "本报通讯员 %s"},
		{"start", "□通讯员 %s"},
		{"header", "发表人：%s　时间：2019-5-6 10:20"},
		{"header", "署名：%s"},
		{"header", "投稿人：%s"},
		{"header", "撰写：%s"},
		{"poster", "贴主：%s"},
		{"header", "采写：%s"},
		{"poster", "%s 发表评论于2005-8-22 19:13:18"},
		{"poster", "由 %s 发表于：2005-08-22 19:13"},
		{"poster", "%s 于 2005-08-22 19:13 发表"},
		{"poster", "%s 写于 2005-08-22"},
		{"poster", "%s 2005-08-22 19:13 发表"},
		{"start", "统筹：赵丽华 采写：%s"},
		{"end", "作者简介：%s，苍南县税务局干部。"},
		{"end", "（%s/文）"},
		{"startsentence", "本网讯（%s）"},
		{"startsentence", "本报北京5月6日电 记者%s报道 "},
		{"start", "文·%s"},
		{"start", "文 ‖ %s"},
		{"start", "By %s"},
		{"end", "（苍南县税务局 %s）"},
		{"end", "苍南县税务局 %s"},
	}
	for _, n := range names {
		for _, f := range forms {
			if strings.ContainsAny(n.written, " \u3000") && strings.Contains(f.form, "记者%s报道") {
				continue // a name is written apart in a list, not against its role and 报道
			}
			line := fmt.Sprintf(f.form, n.written)
			window, body := []string{"全县小微企业减税降费政策落实情况通报"}, p+"\n\n"+p
			switch f.where {
			case "poster": // one poster: a handle, never a list
				if strings.ContainsAny(n.written, " 、\u3000") {
					continue
				}
				window = append(window, line)
			case "header":
				window = append(window, line)
			case "start":
				body = line + "\n\n" + body
			case "startsentence":
				body = line + body
			case "end":
				body += "\n\n" + line
			case "endsentence":
				body += line
			}
			if got := bylineAuthor(window, body); got != n.want {
				t.Errorf("%s %q: got %q, want %q", f.where, line, got, n.want)
			}
		}
	}
	// Co-credits: every name a byline credits is an author's.
	for _, tt := range []struct{ line, want string }{
		{"（实习生 赵丽华 记者 王志强）", "赵丽华 王志强"},
		{"（记者 王志强 实习生 赵丽华）", "王志强 赵丽华"},
		{"本报记者 王志强 通讯员 赵丽华 钱国平", "王志强 赵丽华 钱国平"},
	} {
		if got := bylineAuthor([]string{"全县小微企业减税降费政策落实情况通报"}, p+"\n\n"+tt.line); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.line, got, tt.want)
		}
	}
	for _, line := range []string{"（责任编辑：王志强）", "责任编辑：王志强 李海燕", "（编辑 王志强）", "编辑：王志强　审核：李海燕", "（责编：王志强、李海燕）",
		"作者：苍南县税务局", "作者：浙江大学", "作者：本网编辑", "作者：县委宣传部", "项目 户数 金额（万元）", "记者从县税务局获悉，全县减税降费政策落实良好。", "据记者了解，政策落实良好。", "记者关注到，政策落实良好。", "□ 县税务局", "□ 一、基本情况", "（图片来源：网络）", "（本文来源：新华网）", "（完）",
		"澎湃新闻记者从县税务局获悉，全县减税降费政策落实良好。", "红星新闻记者注意到，政策落实良好。", "县税务局负责人告诉封面新闻记者，政策落实良好。",
		"接受澎湃新闻记者采访时，他表示政策落实良好。", "澎湃新闻记者 从县税务局获悉，政策落实良好。",
		"发布人：admin", "主持人：王志强", "（南方周末）", "（钱江晚报）", "（新华社）", "（央视）", "（综合）", "（本报综合）",
		"王志强 回复于 2005-08-22 19:13", "本帖最后由 王志强 于 2005-08-22 19:13 编辑",
		"新华社记者 王志强 摄", "（新华社记者 王志强 摄）", "图为县税务局工作人员上门辅导纳税人。本报记者 王志强 摄", "（王志强 摄影）",
		"作者：未知", "作者：不详", "作者：暂无", "作者：无", "作者：综合", "作者：管理员", "作者：小编", "作者：admin", "作者：null", "作者：webmaster", "作者：征管科", "作者：税政股", "作者：县委办公室",
		"（苍南县税务局 办公室）", "（县税务局 供稿）", "县税务局 2019-05-06 发布", "CopyRight@2004-2008 All rights reserved", "By 2019", "本网讯（新华社）", "本报讯（综合）", "作者简介：本文作者长期从事税收工作。"} {
		if got := bylineAuthor([]string{"全县小微企业减税降费政策落实情况通报"}, p+"\n\n"+line); got != "" {
			t.Errorf("%q: got %q, want no author", line, got)
		}
	}
}

func TestMetaNames(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"李楠", "李楠"}, {"王志强,李海燕", "王志强 李海燕"}, {"Administrator", ""}, {"DedeCMS", ""},
		{"www.example.com", ""}, {"http://example.com/about", ""}, {"苍南县税务局", ""}, {"人民网", ""}, {"Powered by PHPCMS", ""},
		{"sohu-inc", ""}, {"jcms", ""}, {"hanweb", ""}, {"TRS", ""}, {"kingcms", ""}, {"chinanews", ""}, {"duscha", "duscha"}, {"laochen", "laochen"},
	} {
		if got := metaNames(tt.in); got != tt.want {
			t.Errorf("metaNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNameUnderTitle: a name alone under the title is the author; a
// section's heading standing there (前言, 摘要, 编者按) is not, nor a
// column's, an outlet's or a tool's word; a pen name without a surname
// only where the page credits it before the title.
func TestNameUnderTitle(t *testing.T) {
	const title = "全县小微企业减税降费政策落实情况通报"
	credit := "茉莉：" + title
	for _, tt := range []struct{ credit, under, want string }{
		{credit, "茉莉", "茉莉"},
		{"", "茉莉", ""},
		{"茉莉", "茉莉", ""},
		{"", "方晓燕", "方晓燕"},
		{"", "前言", ""},
		{"", "摘要", ""},
		{"", "编者按", ""},
		{"", "目录", ""},
		{"", "县税务局", ""},
		{"", "陈晓东 苍南税务", "陈晓东"},
		{"", "原创 欧阳建华 苍南税务", "欧阳建华"},
		{"", "原创： 欧阳建华 苍南税务", "欧阳建华"},
		{"", "苍南税务", ""},   // a link: the account
		{"", "税务小陈", ""},   // a link: the account
		{"", "陈晓东", "陈晓东"}, // a link, and a person's name
		{"", "温州 苍南", ""},
		{"", "时政要闻", ""},
		{"时政要闻 > 正文", "时政要闻", ""},
		{"", "南方周末", ""},
		{"", "精彩推荐", ""},
		{"", "打印", ""},
		{"", "第一财经", ""},
		{"", "新浪财经", ""},
	} {
		links := map[string]bool{"苍南税务": true, "税务小陈": true, "陈晓东": true}
		if got := nameUnderTitle([]string{tt.credit, title, tt.under, shapeP1}, title, links); got != tt.want {
			t.Errorf("%q under the title: got %q, want %q", tt.under, got, tt.want)
		}
	}
}

// TestAuthorLink: the author the markup marks (rel=author, itemprop=author,
// the links to one author's archive), never a software's or a site's
// account, nor one of several authors a list marks.
func TestAuthorLink(t *testing.T) {
	for _, tt := range []struct{ html, want string }{
		{`<a rel="author" href="/people/laochen">老陈</a>`, "老陈"},
		{`<span itemprop="author">李海燕</span>`, "李海燕"},
		{`<meta itemprop="author" content="王志强">`, "王志强"},
		{`<meta itemprop="author" content="admin">`, ""},
		{`<span itemprop="author">新华网</span>`, ""},
		{`<a rel="author" href="http://www.example.com/">www.example.com</a>`, ""},
		{`<a rel="author" href="/a">老陈</a><a rel="author" href="/b">李海燕</a>`, ""},
		{`<a href="/?author=3">老陈</a> <a href="/?author=3">老陈</a> <a href="/?author=4">李海燕</a>`, "老陈"},
		{`<a href="/author/webmaster/">webmaster</a>`, ""},
	} {
		doc, err := ParseHTML("<html><body>" + tt.html + "</body></html>")
		if err != nil {
			t.Fatal(err)
		}
		if got := authorLink(doc); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.html, got, tt.want)
		}
	}
}

// TestJSONLDAuthor: JSON-LD names the article's author as a string, a
// Person, or a list; an Organization there is its publisher.
func TestJSONLDAuthor(t *testing.T) {
	for _, tt := range []struct{ author, want string }{
		{`"李建华"`, "李建华"},
		{`{"@type":"Person","name":"李建华"}`, "李建华"},
		{`[{"@type":"Person","name":"李建华"},{"@type":"Person","name":"王志强"}]`, "李建华 王志强"},
		{`{"@type":"Organization","name":"Xinhua"}`, ""},
		{`[{"@type":"NewsMediaOrganization","name":"Caixin"},{"@type":"Person","name":"王志强"}]`, "王志强"},
	} {
		doc, err := ParseHTML(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":` + tt.author + `}</script></head><body></body></html>`)
		if err != nil {
			t.Fatal(err)
		}
		if got := metaNames(jsonLD(doc).author); got != tt.want {
			t.Errorf("author %s: got %q, want %q", tt.author, got, tt.want)
		}
	}
}

// TestNameBesideDate: a WeChat article's head (the author, the account,
// the day, in either order) names its author; a word alone beside a date
// (a weekday, a time of day, a place, a tool) names none.
func TestNameBesideDate(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"陈晓东 苍南税务 2019-05-06", "陈晓东"},
		{"2017-05-06 陈晓东 苍南税务", "陈晓东"},
		{"原创 欧阳建华 苍南税务 2019-05-06 09:30", "欧阳建华"},
		{"原创： 陈晓东 苍南税务 2019-05-06", "陈晓东"},
		{"苍南税务 2019-05-06", ""},
		{"陈晓东 王志强 2019-05-06", ""},
		{"来源：县税务局 2019-05-06", ""},
		{"县委召开全体扩大会议部署全年工作 2019-05-06", ""},
	} {
		if got := nameBesideDate(tt.line); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.line, got, tt.want)
		}
	}
	for _, w := range []string{"周一", "周日", "星期一", "凌晨", "明天", "晴", "雷阵雨", "万年历", "金华", "宁波", "鹿城", "龙港", "高清", "时评", "关注", "置顶"} {
		if got := nameBesideDate("2019-05-06 09:30 " + w); got != "" {
			t.Errorf("%q beside a date: read as the author", w)
		}
	}
}

// TestLabelledAuthorValues: what a metadata line's author field holds as
// sites fill it: names, an outlet's role words or the author's
// department before them (their names are the author), the field's
// placeholders and an organisation alone (no author).
func TestLabelledAuthorValues(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ value, want string }{
		{"张三 李四", "张三 李四"},
		{"本报记者 张三", "张三"},
		{"本报记者张三", "张三"},
		{"新华社记者 张三 李四", "张三 李四"},
		{"记者 王五 通讯员 赵六", "王五 赵六"},
		{"宣传科 张三", "张三"},
		{"苍南县税务局 张三", "张三"},
		{"张三（实习生）", "张三"},
		{"放飞&心情", "放飞&心情"},
		{"张三等", "张三"},
		{"张三 李四 等", "张三 李四"},
		{"张三，浙江大学教授", "张三"},
		{"本站", ""},
		{"网络", ""},
		{"综合", ""},
		{"编辑部", ""},
		{"本站原创", ""},
		{"记者站", ""},
		{"通讯员", ""},
		{"县税务局", ""},
		{"县税务局办公室", ""},
		{"人民日报", ""},
		{"本报评论员", ""},
		{"老陈[VIP]", "老陈"},
		{"张三【原创】", "张三"},
		{"特约评论员 张三", "张三"},
		{"本报特约撰稿人 张三", "张三"},
		{"王　五", "王五"},
		{"王  五 李海燕", "王五 李海燕"},
		{"王 五 张 三", "王五 张三"},
	} {
		page := shapePage(shape{meta: `<div class="info">作者：` + c.value + `　发布时间：2019-05-06 09:30</div>`, body: "<p>" + shapeP1 + "</p><p>" + shapeP2 + "</p>"})
		a, err := Generic(page, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Meta.Author != c.want {
			t.Errorf("作者：%s: author %q, want %q", c.value, a.Meta.Author, c.want)
		}
	}
}

// TestCleanSource: a source as the metadata line gives it, the page's
// tools the markup runs on after it cut off, an outlet whose name holds a
// tool's word kept whole.
func TestCleanSource(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"新华网", "新华网"},
		{"新华网分享到：", "新华网"},
		{"县税务局字号：默认 大 超大", "县税务局"},
		{"人民网－人民日报【字体：大 中 小】", "人民网－人民日报"},
		{"县税务局 浏览次数：12", "县税务局"},
		{"中国打印网", "中国打印网"},
		{"打印机世界网", "打印机世界网"},
		{"字号新闻网", "字号新闻网"},
		{"新华网分享", "新华网"},
	} {
		if got := cleanSource(tt.in); got != tt.want {
			t.Errorf("cleanSource(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBig5Articles: articles of Taiwan's and Hong Kong's sites in Big5,
// their labels, bylines and names in traditional characters: the
// labelled date, the reporter (never the editor), the text from its
// first sentence.
func TestBig5Articles(t *testing.T) {
	const title = "立法院三讀通過稅捐稽徵法修正案"
	text := "<p>立法院今天三讀通過稅捐稽徵法部分條文修正案，明定納稅義務人權利保護事項。</p><p>財政部表示，修法後將加強對納稅人的保障，並簡化申報程序。</p>"
	for _, tt := range []struct{ name, head, foot, author, date string }{
		{"a paper's bracketed byline", `<div class="story_bady_info">2005/07/31 10:20 【聯合報／記者張國平／台北報導】</div>`, "", "張國平", "2005-07-31T10:20:00+08:00"},
		{"labels in traditional characters", `<div class="info">發布時間：2005-07-31 10:20　來源：中央社　記者：陳曉東</div>`, `<p>（編輯：李建國）</p>`, "陳曉東", "2005-07-31T10:20:00+08:00"},
		{"a reporter closing the text", `<div class="date">2005年7月31日</div>`, `<p>（記者 劉建國）</p>`, "劉建國", "2005-07-31"},
	} {
		page := `<html><head><meta charset="big5"><title>` + title + ` - 新聞網</title></head><body><div id="nav"><a href="/">首頁</a> <a href="/news/">新聞</a> <a href="/finance/">財經</a></div><h1>` + title + `</h1>` + tt.head + `<div id="story">` + text + tt.foot + `</div><div id="footer">版權所有 2005 新聞網</div></body></html>`
		raw, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		a, err := Generic(Decode(raw, "").Text, nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Title != title || a.Meta.Author != tt.author || a.Meta.PublishedAt != tt.date || !strings.HasPrefix(a.BodyText, "立法院今天三讀通過") {
			t.Errorf("%s: title %q, author %q (want %q), published %q (want %q), body %.40q", tt.name, a.Title, a.Meta.Author, tt.author, a.Meta.PublishedAt, tt.date, a.BodyText)
		}
	}
}

// TestHandleLike: a user's handle as a platform links it, not the words
// of the platform's own account and tool links (a blog's 控制面板 links
// to blog.example.com/dashboard/, which looks like a user's page).
func TestHandleLike(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"老陈", true}, {"laochen", true}, {"放飞&心情", true}, {"清风明月", true}, {"Tom_Lee", true},
		{"控制面板", false}, {"登录", false}, {"我的主页", false}, {"发表文章", false}, {"博客首页", false}, {"后台管理", false}, {"相册", false},
	} {
		if got := handleLike(tt.name); got != tt.want {
			t.Errorf("handleLike(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
