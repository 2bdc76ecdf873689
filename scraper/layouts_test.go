package scraper

import (
	"strings"
)

// layouts are whole pages built the way the templates of the field lay
// an article out (a WeChat article as the server sends it, a government
// site on TRS WCM, news portals, a Discuz! thread in GBK): each one's
// markup, metadata and chrome, none of them copied from a page.
// layoutP1 is a first paragraph of the length articles have.
var layoutP1 = shapeP1[:len(shapeP1)-len("。")] + "，其中增值税留抵退税一点五亿元，小规模纳税人减免增值税零点九亿元，六税两费减征零点八亿元，政策红利持续释放。"

func layouts() []shape {
	p := func(s ...string) string { return "<p>" + strings.Join(s, "</p>\n<p>") + "</p>" }
	nav := `<div class="nav"><a href="/">首页</a> <a href="/news/">要闻</a> <a href="/society/">社会</a> <a href="/finance/">财经</a> <a href="/tech/">科技</a></div>`
	side := `<div class="side"><h3>热门推荐</h3><ul><li><a href="/a/1.html">县委召开全体扩大会议</a> 2023-01-10</li><li><a href="/a/2.html">市政府发布防汛工作通知</a> 2023-02-11</li><li><a href="/a/3.html">省税务局开展纳税服务月活动</a> 2023-03-12</li></ul></div>`
	foot := `<div class="footer">Copyright © 1998-2023 All Rights Reserved 京ICP证000000号</div>`
	page := func(head, body string) string {
		return `<!DOCTYPE html><html><head><meta charset="utf-8">` + head + `</head><body>` + nav + body + side + foot + `</body></html>`
	}
	return []shape{
		{Name: "layout: a WeChat article as sent, its text hidden until a script shows it, the date in a script",
			Author: "吴海燕", Published: "2019-05-06T09:30:00+08:00", URL: "https://mp.weixin.qq.com/s/AbCdEfGh12345",
			page: `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title>
<meta property="og:title" content="` + shapeTitle + `"><meta property="og:type" content="article"><meta name="author" content="吴海燕">
</head><body id="activity-detail" class="zh_CN">
<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
            ` + shapeTitle + `
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">吴海燕</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">苍南税务</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section><span style="font-size: 15px;">` + layoutP1 + `</span></section>
<section><span style="font-size: 15px;">` + shapeP2 + `</span></section>
</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="##">阅读原文</a> 阅读 <span id="readNum3"></span></div>
</div></div></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
<script>var nickname = "苍南税务"; var ct = "1557106200"; var publish_time = "" || "";
var msg_title = '` + shapeTitle + `'.html(false);</script>
</body></html>`},
		{Name: "layout: a government site on TRS WCM: meta PubDate, the site's name as Author, a font-size switch, print and close links",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>`+shapeTitle+`_苍南县人民政府</title>
<meta name="SiteName" content="苍南县人民政府"><meta name="SiteDomain" content="www.cncn.gov.cn"><meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="`+shapeTitle+`"><meta name="PubDate" content="2019-05-06 09:30"><meta name="ContentSource" content="县税务局">
<meta name="Author" content="苍南县人民政府"><meta name="Keywords" content="减税降费">`,
				`<div class="main"><div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1/">部门动态</a></div>
<div class="title">`+shapeTitle+`</div>
<div class="info"><span>发布日期：2019-05-06 09:30</span><span>信息来源：县税务局</span><span>浏览次数：<script>document.write(123)</script></span><span>字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</span></div>
<div id="zoom"><div class="TRS_Editor">`+p(layoutP1, shapeP2)+`</div></div>
<div class="tools"><a href="#" onclick="window.print()">【打印本页】</a> <a href="#" onclick="window.close()">【关闭窗口】</a></div>
<div class="qr">扫一扫在手机打开当前页</div></div>`)},
		{Name: "layout: a news portal: article:published_time, a date-source line, a dateline with reporters, the editor below",
			Author: "王志强 李海燕", Published: "2019-05-06T09:30:00+08:00", BodyStarts: "新华社杭州5月6日电（记者王志强、李海燕）今年以来", BodyEnds: "责任编辑：郑晓东",
			page: page(`<title>`+shapeTitle+`|减税降费_新闻中心_某某网</title><meta property="og:type" content="news"><meta property="og:site_name" content="某某网">
<meta property="article:published_time" content="2019-05-06T09:30:00+08:00"><meta property="article:author" content="某某网">`,
				`<div class="main-content"><h1 class="main-title">`+shapeTitle+`</h1>
<div class="top-bar"><div class="date-source"><span class="date">2019年05月06日 09:30</span> <a class="source" href="http://www.news.cn/">新华网</a></div>
<div class="share"><a>微博</a> <a>微信</a> <a>评论</a></div></div>
<div class="article" id="article">`+p("　　新华社杭州5月6日电（记者王志强、李海燕）"+layoutP1, "　　"+shapeP2)+`
<p class="show_author">责任编辑：郑晓东</p></div></div>`)},
		{Name: "layout: a year, a month/day and a time in separate elements",
			Author: "王志强", Published: "2019-05-06T09:30:00+08:00", BodyStarts: "新华社杭州5月6日电(记者王志强)今年以来",
			page: page(`<title>`+shapeTitle+`-新华网</title>`,
				`<div class="header"><div class="header-time"><span class="year"><em> 2019</em></span><span class="day"><em> 05</em>/<em>06</em></span><span class="time"> 09:30:00</span></div>
<div class="source">来源： 新华网</div><div class="head-line"><h1><span class="title">`+shapeTitle+`</span></h1></div></div>
<div class="main"><div id="detail">`+p("新华社杭州5月6日电(记者王志强)"+layoutP1, shapeP2)+`</div>
<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span><span class="editor">【责任编辑:郑晓东】</span></div></div>`)},
		{Name: "layout: the date only in a script's data, none shown",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>`+shapeTitle+`_腾讯新闻</title><script>window.DATA = {"article_id":"20190506A0ABCD00","title":"`+shapeTitle+`","media":"县融媒体中心","pubtime":"2019-05-06 09:30:00","catalog1":"news"};</script>`,
				`<div class="LEFT"><h1>`+shapeTitle+`</h1><div class="content clearfix"><div class="content-article">
<p class="one-p">`+layoutP1+`</p><p class="one-p">`+shapeP2+`</p></div></div></div>`)},
		{Name: "layout: a paper's site: meta publishdate, 本报…电（记者…）, the editors in 责编",
			Author: "王志强", Published: "2019-05-06T09:30:00+08:00", BodyStarts: "本报杭州5月5日电 （记者王志强）今年以来", BodyEnds: "(责编：郑晓东、李明)",
			page: page(`<title>`+shapeTitle+`--地方--某某网</title><meta name="publishdate" content="2019-05-06"><meta name="author" content="">`,
				`<div class="layout rm_txt"><div class="col col-1 fl"><h1>`+shapeTitle+`</h1>
<div class="col-1-1 fl">2019年05月06日09:30 | 来源：<a href="#">某某网－某某日报</a></div>
<div class="rm_txt_con cf">`+p("　　本报杭州5月5日电 （记者王志强）"+layoutP1, "　　"+shapeP2)+`
<div class="edit cf">(责编：郑晓东、李明)</div></div></div></div>`)},
		{Name: "layout: a portal's post: the author in the closing source line, the editor with a code, a statement below",
			Author: "周建国", Published: "2019-05-06T09:30:00+08:00", BodyEnds: "作者：周建国 责任编辑：郑晓东_NB1234",
			page: page(`<title>`+shapeTitle+`_网易新闻</title><meta property="article:published_time" content="2019-05-06T09:30:00+08:00">`,
				`<div class="post_main"><h1 class="post_title">`+shapeTitle+`</h1>
<div class="post_info">2019-05-06 09:30:00　来源: <a href="#">县融媒体中心</a></div>
<div class="post_content"><div class="post_body">`+p(layoutP1, shapeP2)+`
<div class="post_author">本文来源：县融媒体中心 作者：周建国 责任编辑：郑晓东_NB1234</div></div></div>
<div class="post_statement"><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p></div></div>`)},
		{Name: "layout: a self-media post: a back link and the platform's statement after it",
			Published: "2019-05-06T09:30:00+08:00", BodyEnds: "责任编辑：郑晓东",
			page: page(`<title>`+shapeTitle+`_搜狐</title><meta itemprop="datePublished" content="2019-05-06 09:30">`,
				`<div class="text"><div class="text-title"><h1>`+shapeTitle+`</h1><div class="article-info"><span class="time" id="news-time" data-val="1557106200000">2019-05-06 09:30</span><span>来源: <a>县融媒体中心</a></span></div></div>
<article class="article" id="mp-editor">`+p(layoutP1, shapeP2)+`<p>责任编辑：<span>郑晓东</span></p>
<a href="//www.example.com/?strategyid=00001" id="backsohucom"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></article>
<p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<div class="readnum">阅读 (1234)</div></div>`)},
		{Name: "layout: a wire's page: (记者 …) after the dateline in ASCII brackets, (完), the editor in 【编辑:…】",
			Author: "王志强", Published: "2019-05-06T09:30:00+08:00", BodyStarts: "中新网杭州5月6日电 (记者 王志强)今年以来", BodyEnds: "(完)",
			page: page(`<title>`+shapeTitle+`-中新网</title>`,
				`<div class="con_left"><h1 class="content_left_title">`+shapeTitle+`</h1>
<div class="content_left_time">2019年05月06日 09:30　来源：中国新闻网　<a href="#">参与互动</a></div>
<div class="left_zw">`+p("　　中新网杭州5月6日电 (记者 王志强)"+layoutP1, "　　"+shapeP2, "　　(完)")+`</div>
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:郑晓东】</div></div></div></div>`)},
		{Name: "layout: a Discuz! thread in GBK: the poster's name above 发表于, a reply below",
			Author: "钱国平", Published: "2019-05-06T09:30:00+08:00", gbk: true,
			page: `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>` + shapeTitle + ` - 税务论坛 - 苍南论坛 - Powered by Discuz!</title></head><body>
<div id="hd"><a href="./" title="苍南论坛">苍南论坛</a> <a href="forum.php">论坛</a> <a href="home.php">家园</a></div>
<div id="pt"><a href="./">苍南论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">税务论坛</a> <em>&rsaquo;</em> 帖子</div>
<div id="postlist"><table><tr><td class="pls"><div class="pi"><div class="authi"><a href="space-uid-11.html" class="xw1">钱国平</a></div></div></td>
<td class="plc"><h1 class="ts"><span id="thread_subject">` + shapeTitle + `</span></h1>
<div class="pi"><div class="authi"><em id="authorposton1">发表于 2019-5-6 09:30</em> <span class="pipe">|</span> <a href="#">只看该作者</a></div></div>
<div class="pct"><table><tr><td class="t_f" id="postmessage_1">` + layoutP1 + `<br /><br />` + shapeP2 + `</td></tr></table></div></td></tr></table>
<table><tr><td class="pls"><div class="authi"><a href="space-uid-12.html" class="xw1">路人甲乙</a></div></td>
<td class="plc"><div class="authi"><em id="authorposton2">发表于 2019-5-6 10:45</em></div><div class="pct"><table><tr><td class="t_f" id="postmessage_2">支持一下，政策落实得好！</td></tr></table></div></td></tr></table></div>
<div id="ft">Powered by Discuz! X3.2 &copy; 2001-2013 Comsenz Inc.</div></body></html>`},
		{Name: "layout: a government site whose shown date has no year: meta PubDate gives it",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>`+shapeTitle+`</title><meta name="PubDate" content="2019-05-06 09:30">`,
				`<div class="article"><h2>`+shapeTitle+`</h2><p class="meta">05-06 09:30　来源：县税务局</p><div class="article-content">`+p(layoutP1, shapeP2)+`</div>
<p class="tools">【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</p></div>`)},
		{Name: "layout: a notice whose body holds a schedule: labelled times and dates inside it are the article's",
			Title: "关于召开" + shapeTitle + "会的通知", Published: "2019-05-06T09:30:00+08:00", BodyStarts: "各乡镇人民政府，县直各单位：", BodyEnds: "苍南县税务局\n\n2019年5月6日",
			page: page(`<title>关于召开`+shapeTitle+`会的通知_苍南县人民政府</title>`,
				`<div class="main"><h1>关于召开`+shapeTitle+`会的通知</h1><div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div>
<div class="content">`+p("各乡镇人民政府，县直各单位：", "为总结全县减税降费工作，经研究，定于近期召开全县小微企业减税降费政策落实情况通报会，现将有关事项通知如下：", layoutP1,
					"一、会议时间", "时间：2019年5月10日 14:30", "二、会议地点", "地点：县行政中心三楼会议室",
					"三、参会人员", "各乡镇分管负责人，县直有关单位主要负责人。请于2019年5月8日 17:00前报送参会名单。",
					"苍南县税务局", "2019年5月6日")+`</div>
<div class="tools">【打印本页】【关闭窗口】</div></div>`)},
		{Name: "layout: a government document under its index table: the issuing organ is the author, the date the one it was written",
			Title: "苍南县人民政府关于" + shapeTitle + "的通告", Author: "苍南县人民政府", Published: "2019-05-05",
			page: page(`<title>苍南县人民政府关于`+shapeTitle+`的通告</title><meta name="PubDate" content="2019-05-06 09:30:00">`,
				`<div class="xxgk"><table class="xxgk_table"><tr><td>索 引 号：</td><td>11330327002564123X/2019-00123</td><td>分　　类：</td><td>财政、税务;通告</td></tr>
<tr><td>发文机关：</td><td>苍南县人民政府</td><td>成文日期：</td><td>2019年05月05日</td></tr>
<tr><td>标　　题：</td><td colspan="3">苍南县人民政府关于`+shapeTitle+`的通告</td></tr>
<tr><td>发文字号：</td><td>苍政发〔2019〕12号</td><td>发布日期：</td><td>2019年05月06日</td></tr></table>
<h1>苍南县人民政府关于`+shapeTitle+`的通告</h1><div class="wzcon">`+p(layoutP1, shapeP2)+`</div></div>`)},
		{Name: "layout: an essay whose author stands alone under the title the text repeats",
			Author: "方晓燕", Published: "2005-07-31",
			page: page(`<title>`+shapeTitle+`</title>`,
				`<div class="main"><h2>`+shapeTitle+`</h2><div class="info">发布日期：2005-07-31</div><div class="text">`+p(shapeTitle, "方晓燕", layoutP1, shapeP2)+`</div></div>`)},
		{Name: "layout: a blog whose author is the name its links to the author's page give",
			Author: "太小心", Published: "2005-07-31T10:20:00+08:00",
			page: page(`<title>`+shapeTitle+` | 某某博客</title>`,
				`<div class="post"><h2>`+shapeTitle+`</h2><div class="date">2005-07-31 10:20</div><div class="entry">`+p(layoutP1, shapeP2)+`</div>
<div class="postmetadata">分类：<a href="/?cat=3">随笔</a> | <a href="/?p=123#comments">评论 (3)</a></div></div>
<div class="sidebar"><a href="/?author=102" title="[太小心]的博客">太小心</a><p>[作者简介] (个人情况保密)</p><ul><li><a href="/?author=102&amp;cat=3">随笔</a> (33)</li></ul></div>`)},
		{Name: "title: the site's name alone in <title>, the article's in meta ArticleTitle and a div; a department as meta author is no author",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>苍南县人民政府</title><meta name="SiteName" content="苍南县人民政府"><meta name="ArticleTitle" content="`+shapeTitle+`"><meta name="author" content="苍南县税务局">`,
				`<div class="logo"><a href="/"><img src="/images/logo.png" alt="苍南县人民政府"></a></div><div class="main"><div class="article-title">`+shapeTitle+`</div>
<div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div><div class="article-content">`+p(layoutP1, shapeP2)+`</div></div>`)},
		{Name: "title: the site's name alone in <title>, no metadata: the page's one h1",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>苍南县人民政府</title>`,
				`<div class="header"><a href="/" class="logo"><img src="/images/logo.png" alt="苍南县人民政府"></a></div><div class="main"><h1>`+shapeTitle+`</h1>
<div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div><div class="article-content">`+p(layoutP1, shapeP2)+`</div></div>`)},
		{Name: "title: the site's name alone in <title>, no metadata: a cell whose class says title, under the logo's",
			Published: "2012-07-25T10:07:00+08:00",
			page: page(`<title>苍南县国家税收纳税人权益维护协会</title>`,
				`<table><tr><td class="logo_title"><a href="index.asp">苍南县国家税收纳税人权益维护协会</a></td></tr>
<tr><td class="newstitle">`+shapeTitle+`</td></tr><tr><td>发布时间：2012-7-25 10:07:00　点击数：<span>56</span></td></tr>
<tr><td class="newscontent">`+p(layoutP1, shapeP2)+`</td></tr></table>`)},
		{Name: "title: broken over two lines in the heading, whole in <title>",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>`+shapeTitle+`-苍南新闻网</title>`,
				`<div class="main"><h1>全县小微企业减税降费<br>政策落实情况通报</h1>
<div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div><div class="article-content">`+p(layoutP1, shapeP2)+`</div></div>`)},
		{Name: "title: a document's title of 60 characters",
			Title: longTitle, Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>`+longTitle+`_苍南县人民政府</title>`,
				`<div class="main"><h1>`+longTitle+`</h1>
<div class="info">发布时间：2019-05-06 09:30　来源：县政府办公室</div><div class="article-content">`+p(layoutP1, shapeP2)+`</div></div>`)},
		{Name: "date: meta names in other cases and punctuation (weibo: article:create_at), the visible date relative",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>`+shapeTitle+`_新闻中心</title><meta name="weibo: article:create_at" content="2019-05-06 09:30:00"><meta name="og:time " content="2019-05-06 09:30:00">`,
				`<div class="main"><h1>`+shapeTitle+`</h1><div class="info">3小时前　来源：县融媒体中心</div><div class="article-content">`+p(layoutP1, shapeP2)+`</div></div>`)},
		{Name: "date: a date bar's day near the title, the article's in the metadata",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>`+shapeTitle+`</title><meta name="PubDate" content="2019-05-06 09:30">`,
				`<div class="main"><div class="datebar">2023年3月12日 星期日</div><h1>`+shapeTitle+`</h1><div class="article-content">`+p(layoutP1, shapeP2)+`</div></div>`)},
		{Name: "date: only in a URL that appends an id to the day",
			Published: "2019-05-06", URL: "https://news.example.com/rain/a/20190506A0ABCD00",
			page: page(`<title>`+shapeTitle+`_腾讯新闻</title>`,
				`<div class="LEFT"><h1>`+shapeTitle+`</h1><div class="content-article">`+p(layoutP1, shapeP2)+`</div></div>`)},
		{Name: "body: a breadcrumb at the head of the block; tags, the article's link, a QR line, a topic link and a statement at its foot",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>`+shapeTitle+`_苍南新闻网</title>`,
				`<div class="article">`+p("首页 > 新闻中心 > 部门动态", shapeTitle, "发布时间：2019-05-06 09:30　来源：县税务局", layoutP1, shapeP2,
					"标签：减税降费 小微企业", "本文链接：http://www.example.cn/news/1015.html", "扫描二维码关注我们", "点击进入专题：减税降费在行动",
					"声明：本网转载其他媒体之作品，意在传递更多信息，并不代表本网赞同其观点或证实其描述。")+`</div>`)},
		{Name: "body: a statement that is the article is kept",
			Title: "苍南县税务局郑重声明", Published: "2019-05-06T09:30:00+08:00", BodyStarts: "郑重声明：近日，有不法分子冒用我局名义", BodyEnds: "特此声明。",
			page: page(`<title>苍南县税务局郑重声明_苍南新闻网</title>`,
				`<div class="main"><h1>苍南县税务局郑重声明</h1><div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div><div class="article-content">`+
					p("郑重声明：近日，有不法分子冒用我局名义，以办理减税降费为由向纳税人收取费用。我局从未委托任何单位或个人办理此类业务，请广大纳税人提高警惕，谨防上当受骗。", "特此声明。")+`</div></div>`)},
		{Name: "layout: a 2005 forum thread whose replies are longer than its first post",
			Author: "钱国平", Published: "2005-07-31T10:20:00+08:00", BodyEnds: shapeP2[len(shapeP2)-30:],
			page: page(`<title>`+shapeTitle+` - 苍南论坛</title>`,
				`<table class="thread"><tr><td class="subject">主题：`+shapeTitle+`</td></tr>
<tr><td class="author">作者：钱国平　发表于：2005-7-31 10:20:00</td></tr><tr><td class="post">`+shapeP1+`<br><br>`+shapeP2+`</td></tr></table>
<table class="thread"><tr><td class="author">作者：路人甲乙　发表于：2005-7-31 11:02:13</td></tr><tr><td class="post">回复：说得好！减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。<br><br>回复：说得好！减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。</td></tr></table>
<table class="thread"><tr><td class="author">作者：老税务　发表于：2005-7-31 12:45:09</td></tr><tr><td class="post">回复：说得好！减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。<br><br>回复：说得好！减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。<br><br>回复：说得好！减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。</td></tr></table>`)},
		{Name: "layout: a one-paragraph article beside a block of longer summaries",
			Published: "2019-05-06T09:30:00+08:00", BodyStarts: shapeP1[:30], BodyEnds: shapeP1[len(shapeP1)-30:],
			page: page(`<title>`+shapeTitle+`_苍南新闻网</title>`,
				`<div class="main"><h1>`+shapeTitle+`</h1><div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div><div class="article-content"><p>`+shapeP1+`</p></div></div>
<div class="related"><h3>相关新闻</h3><div class="item"><h4><a href="/n/1.html">市税务局召开座谈会</a></h4><p>市税务局日前召开小微企业座谈会，听取企业对减税降费政策落实的意见建议，现场解答了企业关心的发票领用、留抵退税等问题，与会企业代表纷纷表示受益匪浅。</p></div><div class="item"><h4><a href="/n/2.html">省局出台十项措施</a></h4><p>省税务局近日出台支持小微企业发展的十项措施，涵盖优化办税流程、压缩退税时间、加强政策宣传辅导等方面，进一步释放减税降费政策红利，助力市场主体纾困发展。</p></div><div class="item"><h4><a href="/n/3.html">县政府部署减税工作</a></h4><p>县政府日前召开专题会议部署减税降费工作，要求各部门强化协同配合，确保各项政策直达快享，切实减轻企业负担，为全县经济稳进提质提供有力支撑。</p></div></div>`)},
		{Name: "title: no <title>, no heading element: the first line of the text that reads as one, past the tools above it",
			Published: "2005-03-06T16:17:00+08:00", gbk: true,
			page: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title></title></head><body>
<table><tr><td><a href="http://www.example.com/">首页</a> | <a href="/news/">新闻</a> | <a href="/bbs/">论坛</a></td></tr></table>
<table><tr><td><a href="#">推荐</a>　<a href="#">我要说说</a><br><br><font size="4"><b>` + shapeTitle + `</b></font><br><br>http://www.example.com/　2005-03-06 16:17:00<br><br>` +
				layoutP1 + `<br><br>` + shapeP2 + `<br><br><a href="#">我要说说</a>　<a href="#">打印</a>　<a href="#">推荐</a></td></tr></table></body></html>`},
		{Name: "layout: a 2005 portal page in GBK: the URL, the day and the outlet on one line, the tools row under the body",
			Author: "王志强", Published: "2005-07-31T12:30:00+08:00", gbk: true, BodyStarts: "新华网杭州7月31日电（记者王志强）今年以来",
			page: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + shapeTitle + `_新闻中心_某某网</title></head><body>
<table><tr><td><a href="http://www.example.com.cn/">某某首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/china/">国内新闻</a></td></tr></table>
<table><tr><td><h1 id="artibodyTitle">` + shapeTitle + `</h1></td></tr><tr><td class=f12 align=center>http://www.example.com.cn 2005年07月31日12:30 <a href="http://www.news.cn/">新华网</a></td></tr></table>
<div id="artibody" class=f14><p>　　新华网杭州7月31日电（记者王志强）` + layoutP1 + `</p><p>　　` + shapeP2 + `</p><p>　　</p></div>
<table><tr><td>【<a href="#">评论</a>】【<a href="#">收藏此页</a>】【<a href="#">大 中 小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr></table>
<table><tr><td><b>相关新闻</b></td></tr><tr><td><a href="/n/1.shtml">县委召开全体扩大会议</a> (2005-07-30 10:00)</td></tr><tr><td><a href="/n/2.shtml">市政府发布防汛工作通知</a> (2005-07-29 09:12)</td></tr></table></body></html>`},
		{Name: "layout: a 2005 portal page: 12时30分, comment and font links beside the day, the outlet below",
			Published: "2005-07-31T12:30:00+08:00", gbk: true,
			page: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>` + shapeTitle + `-新闻中心-某某</title></head><body>
<div class="nav"><a href="/">首页</a> - <a href="/news/">新闻</a></div>
<div class="title">` + shapeTitle + `</div><div class="time">2005年07月31日12时30分 [<a href="#">我来说两句</a>] [<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div><div class="source">来源：<a href="#">县融媒体中心</a></div>
<div id="sohu_content"><p>` + layoutP1 + `</p><p>` + shapeP2 + `</p></div></body></html>`},
		{Name: "layout: a 2005 thread whose replies say 回复日期 where the first post says 提交日期, the replies longer",
			Author: "钱国平", Published: "2005-07-31T10:20:00+08:00", gbk: true,
			page: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>` + shapeTitle + `_某某社区</title></head><body>
<div class="nav"><a href="/">社区首页</a> &gt; <a href="/tax/">税务论坛</a></div>
<table><tr><td><h2>` + shapeTitle + `</h2></td></tr><tr><td>作者：<a href="/u/qian">钱国平</a>　提交日期：2005-7-31 10:20:00</td></tr>
<tr><td><div class="post">　　` + shapeP1 + `<br><br>　　` + shapeP2 + `</div></td></tr>
<tr><td>作者：<a href="/u/a">路人甲乙</a>　回复日期：2005-7-31 11:02:13</td></tr><tr><td><div class="post">我来说两句：减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。<br><br>我来说两句：减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。</div></td></tr>
<tr><td>作者：<a href="/u/b">老税务</a>　回复日期：2005-7-31 12:45:09</td></tr><tr><td><div class="post">我来说两句：减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。<br><br>我来说两句：减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。<br><br>我来说两句：减税降费政策确实给我们小微企业带来了实实在在的好处，去年我们公司享受了增值税留抵退税，资金压力缓解了很多，希望政策能够继续延续下去，也希望税务部门的服务越来越好，办税越来越方便，让企业把更多精力放在经营上。</div></td></tr></table></body></html>`},
		{Name: "body: a blog post's foot: where it was posted and how often read, its trackback link, its comment count",
			Published: "2005-07-31T10:20:00+08:00",
			page: page(`<title>`+shapeTitle+` - 某某的博客</title>`,
				`<div class="post"><h2>`+shapeTitle+`</h2><div class="date">2005-07-31 10:20</div><div class="entry">`+p(layoutP1, shapeP2,
					"(本文发表于随笔, 已被阅读178次)", "本文通告引用(Trackback)链接: /wp-trackback.php?p=1700", "《"+shapeTitle+"》已有1件评论")+`</div></div>`)},
		{Name: "title: a thread's heading that carries the post's stamp",
			Author: "钱国平", Published: "2005-07-31T10:20:00+08:00",
			page: page(`<title>`+shapeTitle+`_税务论坛</title>`,
				`<div class="thread"><h2>`+shapeTitle+` 2005-07-31 10:20:00 楼主</h2><div class="author">作者：钱国平</div><div class="post">`+p(layoutP1, shapeP2)+`</div></div>`)},
		{Name: "date: a relative time shown, the day in its <time datetime>",
			Published: "2019-05-06T09:30:00+08:00",
			page: page(`<title>`+shapeTitle+`_新闻</title>`,
				`<article><h1>`+shapeTitle+`</h1><div class="meta"><time datetime="2019-05-06T01:30:00Z">2小时前</time> 来源：县融媒体中心</div>`+p(layoutP1, shapeP2)+`</article>`)},
		{Name: "layout: a 2005 table layout in GB2312, a labelled line under the title, a counter under the body",
			Author: "周建国", Published: "2005-07-31T10:20:00+08:00", gbk: true,
			page: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + shapeTitle + `</title></head><body>
<table width="760"><tr><td><img src="/images/logo.gif"></td></tr><tr><td><a href="/">首页</a> | <a href="/news/">新闻动态</a> | <a href="/zc/">政策法规</a></td></tr></table>
<table width="760"><tr><td width="200" valign="top"><table><tr><td><a href="/news/1.asp">县委召开全体扩大会议</a>(2005-7-1)</td></tr><tr><td><a href="/news/2.asp">市政府发布防汛工作通知</a>(2005-6-30)</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td align="center" class="title"><b>` + shapeTitle + `</b></td></tr>
<tr><td align="center">作者：周建国　　来源：县税务局　　发布时间：2005-7-31 10:20:00</td></tr>
<tr><td class="content">　　` + layoutP1 + `<br><br>　　` + shapeP2 + `</td></tr>
<tr><td align="right">本文已被浏览 123 次　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table></td></tr></table>
<table><tr><td>版权所有：苍南县税务局 2005</td></tr></table></body></html>`},
		{Name: "layout: an essay whose author stands alone under the title, the metadata line's author field empty",
			Author: "方晓燕", Published: "2005-07-31T21:23:57+08:00",
			page: page(`<title>`+shapeTitle+`</title>`,
				`<div class="main"><h2>方晓燕：`+shapeTitle+`</h2><div class="info">作者： 来源： 发布日期：7/31/2005 9:23:57 PM</div><div class="text">`+p(shapeTitle, "方晓燕", layoutP1, shapeP2)+`</div></div>`)},
	}
}

// longTitle is a document's title of the length government notices have.
const longTitle = "苍南县人民政府办公室关于印发苍南县进一步优化营商环境支持小微企业和个体工商户减税降费若干政策措施实施细则（试行）的通知"
