package scraper

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestForumThreadsOfTheEra: a thread as the forum software of 2005 shows
// it, in GBK: the first post's poster column (rank, counters and the
// day the poster registered), the post's stamp above or below it, two
// replies by others later that day. The thread's author is the first
// post's poster, its day the first post's (never the registration's nor
// a reply's), its body the first post's text.
func TestForumThreadsOfTheEra(t *testing.T) {
	t.Parallel()
	const title = "关于小微企业减税政策的几点体会"
	post := shapeP1 + "<br><br>" + moreParas[1] + "<br><br>" + shapeP2
	cases := []struct{ name, page, author, date string }{
		{"DVBBS 7 (动网)", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + title + ` -- 苍南论坛 -- 动网先锋论坛</title></head><body>
<table class="tableborder1"><tr><td>&gt;&gt; <a href="index.asp">苍南论坛</a> → <a href="list.asp?boardid=43">税务园地</a> → 浏览：` + title + `</td></tr></table>
<table class="tableborder1"><tr><th>主题：` + title + `</th></tr></table>
<table class="tableborder1"><tr><td class="tablebody1" width="175" valign="top"><b>老陈</b><br>头衔：税务专员<br>等级：论坛游侠<br>文章：356<br>积分：1024<br>注册：2004-5-6</td>
<td class="tablebody1" valign="top"><b>` + title + `</b><hr><blockquote>` + post + `</blockquote></td></tr>
<tr><td class="tablebody1">IP：已设置保密</td><td class="tablebody1"><span>Post By：2005-8-22 19:13:18</span> [<a href="#">只看该作者</a>] [<a href="#">引用</a>] [<a href="#">回复</a>]</td></tr></table>
<table class="tableborder1"><tr><td class="tablebody2" width="175"><b>小王</b><br>等级：新手上路<br>文章：12<br>注册：2005-7-1</td>
<td class="tablebody2"><blockquote>说得好，支持一下！</blockquote></td></tr>
<tr><td class="tablebody2">IP：已设置保密</td><td class="tablebody2"><span>Post By：2005-8-22 20:05:11</span></td></tr></table>
<table class="tableborder1"><tr><td class="tablebody1" width="175"><b>阿明</b><br>等级：新手上路<br>文章：3<br>注册：2005-8-1</td>
<td class="tablebody1"><blockquote>我们公司今年也享受到了，确实减轻了不少负担。</blockquote></td></tr>
<tr><td class="tablebody1">IP：已设置保密</td><td class="tablebody1"><span>Post By：2005-8-22 21:30:02</span></td></tr></table>
<table><tr><td align="center">Powered By ：Dvbbs Version 7.1.0 Sp1<br>Copyright &copy;2000 - 2005 Aspsky.Net</td></tr></table></body></html>`,
			"老陈", "2005-08-22T19:13:18+08:00"},
		{"Discuz! 4", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>` + title + ` - 税务园地 - 苍南论坛 - Powered by Discuz!</title></head><body>
<div id="nav"><a href="index.php">苍南论坛</a> &raquo; <a href="forumdisplay.php?fid=43">税务园地</a> &raquo; ` + title + `</div>
<table class="t_row"><tr><td class="t_user" rowspan="2"><a href="viewpro.php?uid=12" class="bold">laochen</a><br>税务专员<br><br>UID 12<br>精华 0<br>积分 1024<br>帖子 356<br>阅读权限 20<br>注册 2004-5-6<br>状态 离线</td>
<td class="t_msg"><div class="postinfo"><a name="pid881"></a>1#&nbsp; 大 中 小 发表于 2005-8-22 19:13&nbsp; 只看该作者</div>
<div class="t_subject">` + title + `</div><div class="t_msgfont" id="message881">` + post + `</div></td></tr>
<tr><td class="t_msg"><a href="viewpro.php?uid=12">资料</a> <a href="space.php?uid=12">个人空间</a> <a href="pm.php?action=send&uid=12">短消息</a> <a href="my.php?item=buddylist">加为好友</a></td></tr></table>
<table class="t_row"><tr><td class="t_user"><a href="viewpro.php?uid=13" class="bold">xiaowang</a><br>UID 13<br>帖子 12<br>注册 2005-7-1</td>
<td class="t_msg"><div class="postinfo">2#&nbsp; 发表于 2005-8-22 20:05</div><div class="t_msgfont">说得好，支持一下！</div></td></tr></table>
<table class="t_row"><tr><td class="t_user"><a href="viewpro.php?uid=14" class="bold">aming</a><br>UID 14<br>帖子 3<br>注册 2005-8-1</td>
<td class="t_msg"><div class="postinfo">3#&nbsp; 发表于 2005-8-22 21:30</div><div class="t_msgfont">我们公司今年也享受到了，确实减轻了不少负担。</div></td></tr></table>
<div id="footer">Powered by Discuz! 4.1.0 &copy; 2001-2006 Comsenz Inc.</div></body></html>`,
			"laochen", "2005-08-22T19:13:00+08:00"},
		{"天涯 2005", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + title + `_天涯杂谈_天涯社区</title></head><body>
<div class="nav"><a href="/">天涯社区</a> &gt; <a href="/publicforum/articleslist/0/free.shtml">天涯杂谈</a></div>
<table width="100%"><tr><td align="center"><h2>` + title + `</h2></td></tr></table>
<table width="100%"><tr><td align="center" bgcolor="#f5f9fa">作者：<a href="/browse/Listwriter.asp?vwriter=老陈" target="_blank">老陈</a>　提交日期：2005-8-22 19:13:00　访问：1234　回复：2</td></tr></table>
<div class="content">` + post + `</div>
<table width="100%"><tr><td align="center" bgcolor="#f5f9fa">作者：<a href="/browse/Listwriter.asp?vwriter=小王" target="_blank">小王</a>　回复日期：2005-8-22 20:05:11</td></tr></table>
<div class="content">说得好，支持一下！</div>
<table width="100%"><tr><td align="center" bgcolor="#f5f9fa">作者：<a href="/browse/Listwriter.asp?vwriter=阿明" target="_blank">阿明</a>　回复日期：2005-8-22 21:30:02</td></tr></table>
<div class="content">我们公司今年也享受到了，确实减轻了不少负担。</div>
<div class="footer">天涯社区 版权所有 &copy; 1999 - 2005 Tianya.cn</div></body></html>`,
			"老陈", "2005-08-22T19:13:00+08:00"},
		{"百度贴吧 2005", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + title + `_税务吧_百度贴吧</title></head><body>
<div class="nav"><a href="http://post.baidu.com/">百度贴吧</a> &gt; <a href="/f?kw=税务">税务吧</a></div>
<table><tr><td><font size="3"><b>` + title + `</b></font></td></tr></table>
<table class="post"><tr><td class="content">` + post + `</td></tr><tr><td class="tail">作者: <a href="#">老陈</a> 2005-8-22 19:13 <a href="#">回复此发言</a></td></tr></table>
<table class="post"><tr><td class="content">说得好，支持一下！</td></tr><tr><td class="tail">2 <a href="#">回复：` + title + `</a> 作者: <a href="#">小王</a> 2005-8-22 20:05 <a href="#">回复此发言</a></td></tr></table>
<table class="post"><tr><td class="content">我们公司今年也享受到了，确实减轻了不少负担。</td></tr><tr><td class="tail">3 <a href="#">回复：` + title + `</a> 作者: <a href="#">阿明</a> 2005-8-22 21:30 <a href="#">回复此发言</a></td></tr></table>
<div class="footer">&copy;2005 Baidu 贴吧协议</div></body></html>`,
			"老陈", "2005-08-22T19:13:00+08:00"},
		{"西祠胡同 2005", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + title + ` - 苍南人家 - 西祠胡同</title></head><body>
<div class="nav"><a href="/">西祠胡同</a> &gt; <a href="/b12345/">苍南人家</a></div>
<div class="doc_title"><h1>` + title + `</h1></div>
<div class="doc_info"><a href="/u/laochen/">老陈</a> 发表评论于2005-8-22 19:13:18</div>
<div class="doc_txt">` + post + `</div>
<div class="reply"><div class="doc_info"><a href="/u/xiaowang/">小王</a> 发表评论于2005-8-22 20:05:11</div><div class="doc_txt">说得好，支持一下！</div></div>
<div class="reply"><div class="doc_info"><a href="/u/aming/">阿明</a> 发表评论于2005-8-22 21:30:02</div><div class="doc_txt">我们公司今年也享受到了，确实减轻了不少负担。</div></div>
<div class="footer">西祠胡同 版权所有 &copy; 1998-2005 xici.net</div></body></html>`,
			"老陈", "2005-08-22T19:13:18+08:00"},
	}
	for _, c := range cases {
		gb, err := simplifiedchinese.GBK.NewEncoder().String(c.page)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Generic(Decode([]byte(gb), "").Text, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Title != title || a.Meta.Author != c.author || a.Meta.PublishedAt != c.date ||
			!strings.HasPrefix(a.BodyText, shapeP1[:30]) || !strings.HasSuffix(a.BodyText, shapeP2) {
			t.Errorf("%s: title %q author %q (want %q) date %q (want %q)\n  body %q", c.name, a.Title, a.Meta.Author, c.author, a.Meta.PublishedAt, c.date, a.BodyText)
		}
	}
}

// TestPageCountersNameNoPoster: a news page's counters (点击, 评论) under
// a column's word are no poster's profile: the word is no author.
func TestPageCountersNameNoPoster(t *testing.T) {
	t.Parallel()
	for _, meta := range []string{
		`<div class="column">时政要闻</div><div>点击：123</div><div>评论：5</div><div class="info">发布时间：2019-05-06 09:30</div>`,
		`<div class="info">发布时间：2019-05-06 09:30</div><div>周一</div><div>阅读：123</div><div>点赞：5</div>`,
	} {
		a, err := Generic(shapePage(shape{meta: meta, body: "<p>" + shapeP1 + "</p><p>" + shapeP2 + "</p>"}), nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Meta.Author != "" {
			t.Errorf("%s: author %q", meta, a.Meta.Author)
		}
	}
}

// TestTextHeadsLikeHeaders: an article's first lines that look like what
// the header rules remove (a poster's counters, a portal's time line)
// and are the text: a list of figures with colons, a line of notes that
// opens with its day, a line over a sentence that opens with 昨天. They
// stay.
func TestTextHeadsLikeHeaders(t *testing.T) {
	t.Parallel()
	for _, head := range []string{
		"一季度：12<br>二季度：15<br>三季度：18",
		"2019年5月6日上午 县税务局在灵溪镇召开全县减税降费工作推进会 各乡镇分管领导参加",
	} {
		body := "<p>" + head + "</p><p>" + shapeP1 + "</p><p>" + shapeP2 + "</p>"
		a, err := Generic(shapePage(shape{meta: `<div class="info">发布时间：2019-05-06 09:30</div>`, body: body}), nil)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.ReplaceAll(head, "<br>", "\n")
		if !strings.HasPrefix(a.BodyText, want) {
			t.Errorf("%q: body %.60q", head, a.BodyText)
		}
	}
	// A short line over a sentence that opens with 昨天 or 刚刚: the
	// sentence is no relative stamp (3小时前, 昨天 10:20), the line no
	// header over one.
	for _, next := range []string{"昨天，县税务局召开全县减税降费工作推进会，各乡镇分管领导参加。", "刚刚过去的一季度，全县新增减税降费一点二亿元。"} {
		body := "<p>减税降费 惠企利民</p><p>" + next + "</p><p>" + shapeP1 + "</p><p>" + shapeP2 + "</p>"
		a, err := Generic(shapePage(shape{meta: `<div class="info">发布时间：2019-05-06 09:30</div>`, body: body}), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.BodyText, "减税降费 惠企利民\n\n"+next) {
			t.Errorf("%q: body %.60q", next, a.BodyText)
		}
	}
}

// TestRelativePostStamps: a Discuz! X thread saved within a week of its
// posts shows their times relative to now, the time itself in the
// stamp's title attribute (发表于 <span title="2019-5-6 09:30">3 天前</span>):
// the thread's date is its first post's, not a later reply's absolute
// one. Before absoluteStamps: the reply's 2019-05-07 08:12, 3 of 3.
func TestRelativePostStamps(t *testing.T) {
	var dz cmsTemplate
	for _, tpl := range cmsTemplates() {
		if tpl.name == "Discuz! X3 thread" {
			dz = tpl
		}
	}
	for _, rel := range []string{"3&nbsp;天前", "前天&nbsp;09:30", "半小时前"} {
		page := strings.Replace(dz.page(metaShape(""), twoParas), "发表于 2019-5-6 09:30", `发表于 <span title="2019-5-6 09:30">`+rel+`</span>`, 1)
		a, err := Generic(Decode([]byte(dz.served(t, page)), "").Text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Meta.PublishedAt != "2019-05-06T09:30:00+08:00" || a.Meta.Author != "laochen" {
			t.Errorf("%s: date %q, author %q", rel, a.Meta.PublishedAt, a.Meta.Author)
		}
	}
}
