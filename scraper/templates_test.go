package scraper

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// cmsTemplate lays a shape's parts (its head, the metadata line, the
// body, what follows it) out as one content system of the era does its
// article page: its own containers, title format, tools, pager, related
// links and footer, none of them copied from a page.
type cmsTemplate struct {
	name   string
	gbk    bool   // the system's pages are served in GB2312/GBK
	poster string // the name the page credits its post to (a forum's poster column), if any
	marked bool   // the page marks its poster up as the author (microdata, a link to /author/)
	below  bool   // the page credits its poster below the text (a blog's stamp)
	byline bool   // the poster is a byline the page shows only where the shape names no author
	page   func(s shape, body string) string
}

// author is the author a shape's page reads as in the template: the
// shape's, else the poster the template credits the post to, unless the
// shape's metadata line shows an author's field left empty. A page that
// marks its poster up as its author is read by that mark before a name
// a WeChat account's line gives without a label; a platform's page that
// links its own poster to the user's page above the text links them
// before any other name linked so.
func (tpl cmsTemplate) author(s shape) string {
	if tpl.marked && strings.Contains(s.meta, "rich_media_meta") || s.linked && tpl.poster != "" && !tpl.below && !tpl.byline {
		return tpl.poster
	}
	if s.Author != "" || strings.Contains(s.meta, "作者：") {
		return s.Author
	}
	return tpl.poster
}

// forum: the template lays out a forum's thread, whose post header is
// not a content system's metadata line.
func (tpl cmsTemplate) forum() bool { return strings.HasSuffix(tpl.name, " thread") }

// served is a page as the system serves it: in GBK for the systems of
// the era that do.
func (tpl cmsTemplate) served(t *testing.T, page string) string {
	if !tpl.gbk {
		return page
	}
	gb, err := simplifiedchinese.GBK.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	return gb
}

// twoParas is a short article's text, the shapes' two paragraphs;
// timeSourceLine the metadata line most tests set over it.
const (
	twoParas       = "<p>" + shapeP1 + "</p>\n<p>" + shapeP2 + "</p>"
	timeSourceLine = `<div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div>`
)

// metaShape is a page whose metadata line (meta) shows 2019-05-06 09:30:
// a template that shows the time in a place of its own as well (a
// blog's stamp, an account's bar) shows the same.
func metaShape(meta string) shape {
	return shape{meta: meta, Published: "2019-05-06T09:30:00+08:00"}
}

// moreParas make a long article of the shapes' two paragraphs.
var moreParas = []string{
	"据介绍，县税务局成立了减税降费工作专班，逐户梳理符合条件的纳税人名单，通过短信、电话和上门辅导等方式，确保政策应知尽知、应享尽享。",
	"在灵溪镇，一家从事服装加工的小微企业负责人告诉记者，今年企业享受各项税费减免四十余万元，这笔资金全部用于购置新设备和稳定员工队伍。",
	"为提升办税便利度，县税务局还推出了“非接触式”办税清单，二百余项涉税事项实现网上办、掌上办，纳税人办税时间平均缩短三成以上。",
	"与此同时，县税务局加强与财政、市场监管、人力社保等部门的数据共享，对享受优惠的纳税人开展事后跟踪，及时发现并纠正政策执行中的偏差。",
	"县税务局有关负责人表示，将持续开展政策落实情况“回头看”，对应享未享的纳税人逐户辅导，推动各项政策红利直达市场主体。",
}

// ownByline is a template's own byline, which a page shows only where
// the shape's page names no author of its own (a page has one byline).
func ownByline(s shape, byline string) string {
	if s.Author != "" || strings.Contains(s.meta, "作者") {
		return ""
	}
	return byline
}

// tencentTime writes a Tencent page's time where it stands: in a meta
// tag (head), in the column beside the text (year, month/day, time, each
// its own block), in the page's data; nothing when the shape's page
// gives no time.
func tencentTime(s shape, where string) string {
	t, err := time.Parse(time.RFC3339, s.Published)
	if err != nil {
		return ""
	}
	switch where {
	case "head":
		return `<meta name="apub:time" content="` + t.Format("2006-01-02 15:04:05") + `">`
	case "column":
		return `<div class="left-stick-wp"><div class="year through"><span>` + t.Format("2006") + `</span></div><div class="md">` + t.Format("01/02") + `</div><div class="time">` + t.Format("15:04") + `</div></div>`
	}
	return `, "pubtime": "` + t.Format("2006-01-02 15:04:05") + `"`
}

// zblogDate is the day a Z-Blog post shows above its title: the shape's
// publication day, when its page gives one.
func zblogDate(s shape) string {
	t, err := time.Parse(time.RFC3339, s.Published)
	if err != nil {
		if t, err = time.Parse("2006-01-02", s.Published); err != nil {
			return ""
		}
	}
	return `<h4 class="post-date">` + t.Format("2006年1月2日") + `</h4>`
}

// shownTime is the shape's publication time as a template that shows it
// in a place of its own writes it (layout); empty when the shape's page
// gives no day. A time of day the shape does not give is left out.
func shownTime(s shape, layout, dayLayout string) string {
	if t, err := time.Parse(time.RFC3339, s.Published); err == nil {
		return t.Format(layout)
	}
	if t, err := time.Parse("2006-01-02", s.Published); err == nil {
		return t.Format(dayLayout)
	}
	return ""
}

// wechatVars are the variables a WeChat article's script sets: its
// publication time (ct, seconds since 1970), which the page's date
// shows, the account and the title.
func wechatVars(s shape) string {
	ct := ""
	if t, err := time.Parse(time.RFC3339, s.Published); err == nil {
		ct = fmt.Sprintf(`var ct = "%d"; `, t.Unix())
	}
	return ct + `var nickname = "苍南税务"; var msg_title = '` + shapeTitle + `'.html(false);`
}

// cmsTemplates: DedeCMS, PowerEasy (动易) in its table layout, PHPCMS v9
// with the metadata inside the heading, EmpireCMS (帝国CMS), a static
// government site generated by TRS WCM, a 2005 portal's table page, a
// WordPress blog, a 2022 portal, a 2022 site whose classes are hashes of
// a CSS build (no word of them says title or content), a 2022 central
// government page, a JCMS government site, a Z-Blog post, the 2022
// article pages of Tencent, NetEase and Sohu, a WeChat account's
// article, the 2012–2022 pages of portals, papers, universities and
// government sites, the platforms' posts (CSDN, cnblogs, Jianshu, Zhihu,
// Douban), and a Discuz! thread.
func cmsTemplates() []cmsTemplate {
	related := func(dated bool) string {
		var b strings.Builder
		for i, t := range []string{"县委召开全体扩大会议部署全年工作", "市政府发布防汛防台工作通知", "省税务局开展纳税服务月活动"} {
			fmt.Fprintf(&b, `<li><a href="/a/%d.html">%s</a>`, 880+i, t)
			if dated {
				fmt.Fprintf(&b, `<span>(2023-0%d-1%d)</span>`, i+2, i)
			}
			b.WriteString("</li>")
		}
		return "<ul>" + b.String() + "</ul>"
	}
	return []cmsTemplate{
		{name: "DedeCMS", gbk: true, page: func(s shape, body string) string {
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + shapeTitle + `_新闻动态_苍南县税务协会</title>` + s.head + `</head><body>
<div class="header"><div class="top"><a href="/">首页</a> <a href="/a/xinwen/">新闻动态</a> <a href="/a/zhengce/">政策法规</a> <a href="/a/fuwu/">纳税服务</a></div></div>
<div class="w960 center clear mt1"><div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/xinwen/'>新闻动态</a> > </div>
<div class="viewbox"><div class="title"><h2>` + shapeTitle + `</h2></div>
` + s.meta + `
<div class="content"><table width='100%'><tr><td>
` + body + `
</td></tr></table></div>
` + s.after + `
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/a/xinwen/878.html'>全县开展安全生产大检查</a> </li><li>下一篇：没有了 </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=881">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=881">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=881">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div></div>
<div class="pright"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd>` + related(false) + `</dd></dl><dl class="tbox"><dt><strong>热点内容</strong></dt><dd>` + related(false) + `</dd></dl></div></div>
<div class="footer w960 center mt1 clear"><div class="footer_body">Copyright &copy; 2002-2012 苍南县税务协会 版权所有<br/>Power by <a href="http://www.dedecms.com">DedeCms</a></div></div>
</body></html>`
		}},
		{name: "PowerEasy", gbk: true, page: func(s shape, body string) string {
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>苍南县税务协会--` + shapeTitle + `</title>` + s.head + `</head><body>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbgall"><tr><td><a href="/">网站首页</a> | <a href="/Article/Index.asp">文章中心</a> | <a href="/Soft/Index.asp">下载中心</a> | <a href="/GuestBook/Index.asp">留言板</a></td></tr></table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall"><tr>
<td width="180" valign="top" class="left_tdbgall"><table><tr><td class="left_title">相关文章</td></tr><tr><td>` + related(true) + `</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td class="main_title_575">您现在的位置： <a href="/">苍南县税务协会</a> &gt;&gt; <a href="/Article/Index.asp">文章中心</a> &gt;&gt; 正文</td></tr>
<tr><td class="main_ArticleTitle">` + shapeTitle + `</td></tr>
<tr><td class="Article_tdbgall" align="center">` + s.meta + `</td></tr>
<tr><td id="fontzoom" class="main_tdbg_575">` + body + `</td></tr>
<tr><td>` + s.after + `</td></tr>
<tr><td align="right">【字体：<a href="javascript:fontZoomA();">小</a> <a href="javascript:fontZoomB();">大</a>】【<a href="/Article/Comment.asp?ArticleID=881">发表评论</a>】【<a href="/Article/SendMail.asp?ArticleID=881">告诉好友</a>】【<a href="/Article/Print.asp?ArticleID=881">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td><li>上一篇文章： <a href="/Article/ShowArticle.asp?ArticleID=880">全县开展安全生产大检查</a></li><li>下一篇文章： 没有了</li></td></tr></table></td></tr></table>
<table width="760" align="center" class="bottom_tdbgall"><tr><td>Copyright 2012 苍南县税务协会 All Rights Reserved<br>站长：管理员 技术支持：动易网络</td></tr></table>
</body></html>`
		}},
		{name: "PHPCMS", page: func(s shape, body string) string {
			return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>` + shapeTitle + ` - 新闻动态 - 苍南县税务协会</title><meta name="keywords" content="减税,降费"><meta name="description" content="` + string([]rune(shapeP1)[:30]) + `">` + s.head + `</head><body>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.gif" alt="苍南县税务协会"></a></div><div class="nav"><a href="/">首页</a><a href="/list-1-1.html">新闻动态</a><a href="/list-2-1.html">政策法规</a></div></div>
<div class="main"><div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/list-1-1.html">新闻动态</a> &gt;  正文</div>
<div id="Article"><h1>` + shapeTitle + `<br/><span>` + s.meta + `</span></h1>
<div class="content">` + body + `</div>
` + s.after + `
<div id="pages" class="text-c"></div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/tag-减税.html">减税</a> <a href="/tag-降费.html">降费</a></p>
<p class="f14"><strong>上一篇：</strong><a href="/show-1-880-1.html">全县开展安全生产大检查</a><br /><strong>下一篇：</strong><a href="/show-1-882-1.html">县协会召开年度会员大会</a></p>
</div><div class="related"><h5 class="blue">延伸阅读：</h5>` + related(true) + `</div></div>
<div class="col-auto"><div class="box"><h5 class="title-2">频道总排行</h5>` + related(false) + `</div></div></div>
<div class="footer"><p class="info">Powered by <strong><a href="http://www.phpcms.cn">PHPCMS</a></strong> &copy; 2012 <img src="/statics/images/copyright.gif"/></p></div>
</body></html>`
		}},
		{name: "EmpireCMS", gbk: true, page: func(s shape, body string) string {
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>` + shapeTitle + `</title>` + s.head + `</head><body>
<table width="960" align="center"><tr><td><a href="/">网站首页</a> <a href="/news/">新闻中心</a> <a href="/zcfg/">政策法规</a></td></tr></table>
<table width="960" align="center"><tr><td class="position">现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/news/">新闻中心</a></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<table width="100%" class="box"><tr><td><h1>` + shapeTitle + `</h1>` + s.meta + `
<div id="text">` + body + `</div>` + s.after + `
<div class="page"></div></td></tr>
<tr><td align="right">[<a href="/e/public/report/?classid=1&id=881">我要纠错</a>] [<a href="javascript:window.close()">关闭窗口</a>]</td></tr>
<tr><td>上一篇：<a href="/news/2019-05-05/880.html">全县开展安全生产大检查</a><br>下一篇：<a href="/news/2019-05-07/882.html">县协会召开年度会员大会</a></td></tr>
<tr><td><div class="title"><strong>相关文章</strong></div>` + related(true) + `</td></tr></table>
</td><td width="250" valign="top"><div class="title"><strong>热门文章</strong></div>` + related(false) + `</td></tr></table>
<table width="960" align="center"><tr><td>Powered by EmpireCMS &copy; 2002-2012 苍南县税务协会 版权所有</td></tr></table>
</body></html>`
		}},
		{name: "TRS WCM static", page: func(s shape, body string) string {
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `</title><meta name="SiteName" content="苍南县人民政府"><meta name="ColumnName" content="部门动态">` + s.head + `</head><body>
<div class="top"><a href="../../">首页</a> <a href="../">政务动态</a> <a href="../../zwgk/">政府信息公开</a></div>
<div class="dqwz">您当前的位置：<a href="../../">首页</a> > <a href="../">部门动态</a></div>
<div class="xl_con"><div class="bt">` + shapeTitle + `</div>
<div class="fbsj">` + s.meta + `</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">` + body + `</div></div>` + s.after + `
<div class="dyxx">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="foot">主办：苍南县人民政府办公室 承办：苍南县大数据发展中心<br>网站标识码：3303270001 浙ICP备05000000号 浙公网安备 33032702000000号</div>
</body></html>`
		}},
		{name: "2005 portal table", gbk: true, page: func(s shape, body string) string {
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + shapeTitle + `_新闻中心_新浪网</title>` + s.head + `</head><body>
<table width=750 align=center><tr><td><a href="/">新浪首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/china/">国内新闻</a> &gt; 正文</td></tr></table>
<table width=750 align=center><tr><td width=570 valign=top>
<table width=100%><tr><td align=center><h1 id="artibodyTitle">` + shapeTitle + `</h1></td></tr>
<tr><td align=center>` + s.meta + `</td></tr>
<tr><td><div id="artibody"><font id="zoom">` + body + `</font></div>` + s.after + `</td></tr></table>
<table width=100%><tr><td align=right>【<a href="/comment/">评论</a>】【<a href="javascript:;">收藏此页</a>】【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>
<table width=100%><tr><td><b>相关新闻</b>` + related(true) + `</td></tr></table>
</td><td width=180 valign=top><b>新闻排行</b>` + related(false) + `</td></tr></table>
<table width=750 align=center><tr><td align=center>新浪简介 | About Sina | 广告服务 | 联系我们<br>Copyright &copy; 1996 - 2005 SINA Corporation, All Rights Reserved</td></tr></table>
</body></html>`
		}},
		{name: "WordPress blog", page: func(s shape, body string) string {
			return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>` + shapeTitle + ` | 老陈的博客</title><meta name="generator" content="WordPress 3.4.2">` + s.head + `</head><body class="single">
<div id="header"><h1 id="blog-title"><a href="/">老陈的博客</a></h1><div id="blog-description">记录生活点滴</div></div>
<div id="container"><div id="content"><div class="navigation"><div class="nav-previous"><a href="/archives/880" rel="prev">« 全县开展安全生产大检查</a></div></div>
<div id="post-881" class="post-881 post type-post hentry"><h2 class="entry-title">` + shapeTitle + `</h2>
<div class="entry-meta">` + s.meta + `</div>
<div class="entry-content">` + body + `</div>` + s.after + `
<div class="entry-utility">此条目发表在 <a href="/archives/category/life" rel="category tag">生活随笔</a> 分类目录。将<a href="/archives/881" rel="bookmark">固定链接</a>加入收藏夹。</div></div>
<div id="comments"><h3 id="comments-title">《` + shapeTitle + `》有 0 条评论</h3></div></div></div>
<div id="primary" class="widget-area"><ul class="xoxo"><li class="widget-container"><h3 class="widget-title">近期文章</h3>` + related(false) + `</li><li class="widget-container"><h3 class="widget-title">文章归档</h3><ul><li><a href="/archives/date/2019/05">2019年五月</a></li></ul></li></ul></div>
<div id="footer">老陈的博客 自豪地采用 WordPress。</div>
</body></html>`
		}},
		{name: "portal 2022", page: func(s shape, body string) string {
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>` + shapeTitle + `|税务_新闻网</title><meta property="og:type" content="news"><meta property="og:title" content="` + shapeTitle + `">` + s.head + `</head><body>
<div class="top-nav"><a href="https://www.example.com.cn/">首页</a> <a href="/news/">新闻</a> <a href="/finance/">财经</a> <a href="/tech/">科技</a> <a href="/blog/">博客</a> <a href="/photo/">图片</a></div>
<div class="main-content w1240"><h1 class="main-title">` + shapeTitle + `</h1>
<div class="top-bar-wrap"><div class="date-source">` + s.meta + `</div><div class="top-bar-inner"><a href="#comment">评论</a> <a href="javascript:;">分享</a> <a href="javascript:;">大字号</a></div></div>
<div class="article" id="article">` + body + `</div>` + s.after + `
<div class="article-bottom"><p>更多猛料！欢迎扫描左方二维码关注新闻网官方微信</p></div>
<div class="blk-related"><h3>相关新闻</h3>` + related(true) + `</div>
<div id="comment"><h3>网友评论</h3><p>登录｜注册 发表评论</p></div></div>
<div class="side-bar"><h3>热门推荐</h3>` + related(false) + `</div>
<div class="footer">新闻网简介 | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | 会员注册<br>Copyright © 1996-2022 Example Corporation, All Rights Reserved</div>
</body></html>`
		}},
		{name: "hashed classes 2022", page: func(s shape, body string) string {
			return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>` + shapeTitle + `_澎湃新闻-The Paper</title>` + s.head + `</head><body><div id="__next">
<div class="header_wrap__Q1x7a"><a href="/">澎湃新闻</a><a href="/channel_25950">时事</a><a href="/channel_25951">财经</a><a href="/channel_119908">思想</a></div>
<div class="index_wrapper__L_zqV"><div class="index_leftcontent__gRnW_"><h1 class="index_title__B8mhI">` + shapeTitle + `</h1>
<div class="index_left__LfzyH">` + s.meta + `</div>
<div class="index_cententWrap__Jv8jK">` + body + `</div>` + s.after + `
<div class="index_rightTool__nM3_a"><span>分享至</span><span>微信</span><span>微博</span></div>
<div class="index_reco__N4bXm"><h2>推荐阅读</h2>` + related(false) + `</div></div>
<div class="index_rightcontent__mQ0sX"><h2>澎湃热榜</h2>` + related(false) + `</div></div>
<div class="footer_wrap__yD3v2">沪ICP备14003370号 沪公网安备31010602000299号 © 2014-2022 上海东方报业有限公司</div></div>
</body></html>`
		}},
		{name: "gov.cn 2022", page: func(s shape, body string) string {
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_部门政务_中国政府网</title><meta name="keywords" content="减税降费"><meta name="lanmu" content="部门政务">` + s.head + `</head><body>
<div class="header"><a href="http://www.gov.cn/">中国政府网</a> <a href="/guowuyuan/">国务院</a> <a href="/premier/">总理</a> <a href="/zhengce/">政策</a> <a href="/hudong/">互动</a> <a href="/fuwu/">服务</a></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/xinwen/">新闻</a> &gt; <a href="/xinwen/bumen.htm">部门政务</a></div>
<div class="article oneColumn pub_border"><h1>` + shapeTitle + `</h1>
<div class="pages-date">` + s.meta + `<span class="font">字号：<a href="javascript:;">默认</a> <a href="javascript:;">大</a> <a href="javascript:;">超大</a></span>|<span class="print">打印</span>|<span>分享到</span></div>
<div class="pages_content" id="UCAP-CONTENT">` + body + `</div>` + s.after + `
<div class="editor">【我要纠错】</div>
<div class="related"><h3>相关稿件</h3>` + related(true) + `</div></div>
<div class="footer">主办单位：国务院办公厅　运行维护单位：中国政府网运行中心<br>版权所有：中国政府网　中文域名：中国政府网.政务<br>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</div>
</body></html>`
		}},
		{name: "JCMS government site", gbk: true, page: func(s shape, body string) string {
			// 大汉 JCMS: the government sites' standard meta tags, the
			// article in a table under its title, tools under it.
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + shapeTitle + `</title>
<meta name="SiteName" content="苍南县人民政府"><meta name="SiteDomain" content="www.cncn.gov.cn"><meta name="SiteIDCode" content="3303270001"><meta name="ColumnName" content="部门动态"><meta name="ArticleTitle" content="` + shapeTitle + `"><meta name="ContentSource" content="县税务局"><meta name="Author" content="综合科">` + s.head + `</head><body>
<table width="1000" align="center"><tr><td><a href="/">首页</a> | <a href="/col/col1/">走进苍南</a> | <a href="/col/col2/">政务动态</a> | <a href="/col/col3/">政务公开</a> | <a href="/col/col4/">办事服务</a></td></tr></table>
<table width="1000" align="center"><tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/col/col2/">政务动态</a> &gt; <a href="/col/col25/">部门动态</a></td></tr></table>
<table width="1000" align="center" class="bt_table"><tr><td>
<table width="100%"><tr><td align="center" class="title">` + shapeTitle + `</td></tr>
<tr><td align="center">` + s.meta + `</td></tr>
<tr><td><!--<$[信息内容]>begin--><div id="zoom">` + body + `</div><!--<$[信息内容]>end--></td></tr>
<tr><td>` + s.after + `</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
</td></tr></table>
<table width="1000" align="center"><tr><td align="center">主办：苍南县人民政府办公室 承办：苍南县大数据发展中心<br>网站标识码：3303270001 浙ICP备05000000号-1 浙公网安备 33032702000000号</td></tr></table>
</body></html>`
		}},
		{name: "Z-Blog post", page: func(s shape, body string) string {
			// A 2010 blog: the day above the title, the post's foot below
			// the text (its author, category and counters).
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + ` - 老陈的博客</title><meta name="generator" content="Z-BlogPHP">` + s.head + `</head><body>
<div id="divTop"><h1 id="BlogTitle"><a href="/">老陈的博客</a></h1><h3 id="BlogSubTitle">记录生活点滴</h3></div>
<div id="divNavBar"><ul><li><a href="/">首页</a></li><li><a href="/category-1.html">生活随笔</a></li><li><a href="/guestbook.html">留言本</a></li></ul></div>
<div id="divMain"><div class="post single">` + zblogDate(s) + `<h2 class="post-title">` + shapeTitle + `</h2>
` + s.meta + `
<div class="post-body">` + body + `</div>` + s.after + `
<h5 class="post-tags">Tags: <a href="/tags-1.html">减税</a></h5>
<h6 class="post-footer">分类:<a href="/category-1.html">生活随笔</a> | 浏览:123 | 评论:2</h6></div>
<p class="comment-title">发表评论:</p></div>
<div id="divSidebar"><dl class="function"><dt>最新文章</dt><dd>` + related(true) + `</dd></dl></div>
<div id="divBottom"><p>Powered By Z-BlogPHP. Copyright 老陈的博客 Rights Reserved.</p></div>
</body></html>`
		}},
		{name: "Tencent 2022", page: func(s shape, body string) string {
			// The day in a column beside the text, year, month/day and
			// time in blocks of their own; the time again in a meta tag
			// and the page's data.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_腾讯新闻</title><meta name="keywords" content="减税降费">` + tencentTime(s, "head") + s.head + `</head><body>
<div class="qq_header"><div class="qq_nav"><a href="//news.qq.com/">新闻</a> <a href="//new.qq.com/ch/ent/">娱乐</a> <a href="//sports.qq.com/">体育</a> <a href="//new.qq.com/ch/finance/">财经</a> <a href="//new.qq.com/ch/tech/">科技</a></div></div>
<div class="qq_conent clearfix"><div class="LEFT"><h1>` + shapeTitle + `</h1>
<div class="article-info">` + s.meta + `</div>
<div class="content clearfix"><div id="LeftTool" class="LeftTool">` + tencentTime(s, "column") + `<div class="tool"><a href="javascript:;">分享</a> <a href="#comment">评论</a></div></div>
<div class="content-article">` + body + `</div>` + s.after + `
<div id="Status"></div></div></div>
<div class="RIGHT"><div class="hot"><h2>热点精选</h2>` + related(false) + `</div></div></div>
<div class="qq_footer">Copyright &copy; 1998 - 2022 Tencent. All Rights Reserved</div>
<script>window.DATA = {"article_id": "20190506A0ABCD00", "media": "县税务局"` + tencentTime(s, "data") + `}</script>
</body></html>`
		}},
		{name: "NetEase 2022", page: func(s shape, body string) string {
			// The platform's statement inside the text's block; the
			// editor's signed name in a block after it.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_网易新闻</title><meta name="keywords" content="减税降费">` + s.head + `</head><body>
<div class="N-nav-top"><a href="https://www.163.com/">网易首页</a> <a href="https://news.163.com/">新闻</a> <a href="https://sports.163.com/">体育</a> <a href="https://money.163.com/">财经</a></div>
<div class="post_main"><div class="post_crumb"><a href="https://www.163.com/">网易首页</a> &gt; <a href="https://news.163.com/">新闻中心</a> &gt; 正文</div>
<h1 class="post_title">` + shapeTitle + `</h1>
<div class="post_info">` + s.meta + ` <a class="post_top_tie_count" href="#">参与 12</a></div>
<div class="post_content"><div class="post_body">` + body + `
<div class="post_statement"><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
</div>` + s.after + `
<div class="post_author"><a href="https://www.163.com/"><img src="/logo.png" alt="网易新闻"></a>责任编辑：郑晓东_NBJ11279</div></div>
<div class="post_comment"><div class="tie-titlebar">跟贴 <span>12</span> 参与 <span>345</span></div></div>
<div class="post_recommends"><h2>相关推荐</h2>` + related(true) + `</div></div>
<div class="N-nav-bottom">关于网易 | About NetEase | 公司简介 | 联系方法 | 招聘信息<br>网易公司版权所有 &copy;1997-2022</div>
</body></html>`
		}},
		{name: "Sohu 2022", page: func(s shape, body string) string {
			// A link home inside the text's block, an empty editor's
			// line and the platform's statement after it.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_搜狐</title>` + s.head + `</head><body>
<div class="head-container"><a href="//www.sohu.com/">搜狐首页</a> <a href="//news.sohu.com/">新闻</a> <a href="//sports.sohu.com/">体育</a> <a href="//auto.sohu.com/">汽车</a></div>
<div class="left main"><div class="text"><div class="text-title"><h1>` + shapeTitle + `<span class="article-tag"></span></h1>
<div class="article-info">` + s.meta + `</div></div>
<article class="article" id="mp-editor">` + body + `<a href="//www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>
</article>` + s.after + `
<div data-role="editor-name" class="statement">责任编辑：<span></span></div>
<div class="article-statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div></div>
<div class="more-article"><h3>推荐阅读</h3>` + related(false) + `</div></div>
<div class="footer">Copyright &copy; 2022 Sohu All Rights Reserved. 搜狐公司 版权所有</div>
</body></html>`
		}},
		{name: "WeChat article", page: func(s shape, body string) string {
			// As mp.weixin.qq.com serves it: the text hidden until a
			// script shows it, the account's card and QR code, the
			// reading counter and the tool row after it.
			return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:title" content="` + shapeTitle + `" /><meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA3NjQ1MDk0MQ==&amp;mid=2650&amp;idx=1" /><meta property="og:site_name" content="微信公众平台" /><meta property="og:type" content="article" />
<title>` + shapeTitle + `</title>` + s.head + `</head><body id="activity-detail" class="zh_CN">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">
            ` + shapeTitle + `
</h1>
<div id="meta_content" class="rich_media_meta_list">` + s.meta + `<div id="js_profile_qrcode" class="profile_container" style="display:none;"><div class="profile_inner"><strong class="profile_nickname">苍南税务</strong><img class="profile_avatar" src="" alt="">
<p class="profile_meta"><label class="profile_meta_label">微信号</label> <span class="profile_meta_value">cnsw0577</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label> <span class="profile_meta_value">发布苍南税务工作动态，解读税收政策，提供办税指南。</span></p></div></div></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/x/640" data-ratio="0.56"></section>
` + body + `
</div>` + s.after + `
<div class="rich_media_tool" id="js_toobar3"><div id="js_read_area3" class="media_tool_meta">阅读 <span id="readNum3">1024</span></div><span class="media_tool_meta meta_praise">在看 <span>12</span></span><a class="media_tool_meta" href="javascript:void(0);">投诉</a></div>
</div></div>
<div class="rich_media_area_extra"><div class="weui-loadmore">留言</div><p class="discuss_empty">该文章作者已设置需关注才可以留言</p></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img"><p>微信扫一扫<br>关注该公众号</p></div></div>
</div></div>
<script>` + wechatVars(s) + `</script>
</body></html>`
		}},
		{name: "WeChat article 2016", page: func(s shape, body string) string {
			// As a browser saved it in 2016: the day, the author's field
			// (filled only when the article names one), the account as
			// a link and again as a name, on one line under the title;
			// the reading counter and likes after the text.
			author := ""
			if s.Author != "" && !strings.Contains(s.Author, " ") {
				author = `<em class="rich_media_meta rich_media_meta_text">` + s.Author + `</em>`
			}
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `</title>` + s.head + `</head><body id="activity-detail" class="zh_CN">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content"><div id="img-content">
<h2 class="rich_media_title" id="activity-name">
` + shapeTitle + `
</h2>
<div class="rich_media_meta_list">
<em id="post-date" class="rich_media_meta rich_media_meta_text">` + shownTime(s, "2006-01-02", "2006-01-02") + `</em>
` + author + `
<a class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" href="javascript:void(0);" id="post-user">苍南税务</a>
<span class="rich_media_meta rich_media_meta_text rich_media_meta_nickname">苍南税务</span>
</div>
` + s.meta + `
<div class="rich_media_content" id="js_content">
` + body + `
</div>` + s.after + `
<div class="rich_media_tool" id="js_toobar3"><a class="media_tool_meta meta_primary" id="js_view_source" href="##">阅读原文</a> <div class="media_tool_meta tips_global meta_primary">阅读 <span id="readNum3">1234</span></div> <span class="media_tool_meta meta_primary tips_global meta_praise"><i class="icon_praise_gray"></i><span class="praise_num">56</span></span> <a class="media_tool_meta tips_global meta_extra" href="##">投诉</a></div>
</div></div></div></div></body></html>`
		}},
		{name: "Xinhua 2012", page: func(s shape, body string) string {
			// The time and source in a line under the title, the editor
			// in brackets after the text, a pager's place and related
			// news in the same column.
			return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>` + shapeTitle + `_新华网</title><meta name="keywords" content="减税降费" /><meta name="description" content="` + shapeTitle + `" /></head><body>` + s.head + `
<div class="topBar"><a href="http://www.xinhuanet.com/">新华网</a> | <a href="http://www.xinhuanet.com/politics/">时政</a> | <a href="http://www.xinhuanet.com/local/">地方</a> | <a href="http://www.xinhuanet.com/fortune/">财经</a> | <a href="http://www.xinhuanet.com/photo/">图片</a></div>
<div id="wrapper"><div class="pageTop"><div class="position"><a href="http://www.xinhuanet.com/">新华网</a> &gt; <a href="http://www.xinhuanet.com/local/">地方</a> &gt; 正文</div></div>
<div id="center"><h1 id="title">` + shapeTitle + `</h1>
<div class="info">` + s.meta + `</div>
<div id="content">` + body + `</div>` + s.after + `
<div id="div_page_roll1" style="display:none"></div>
<div id="articleEdit"><span class="editor">[责任编辑: 郑晓东]</span> <a href="javascript:;" class="jiucuo">【纠错】</a></div>
<div class="relatedNews"><h3>相关新闻</h3>` + related(true) + `</div></div>
<div id="right"><h3>新华推荐</h3>` + related(false) + `</div></div>
<div id="footer">Copyright &copy; 2000-2012 XINHUANET.com　All Rights Reserved.<br>制作单位：新华网</div>
</body></html>`
		}},
		{name: "people.com.cn 2012", gbk: true, page: func(s shape, body string) string {
			// A paper's site: the title block with empty lines for a
			// kicker, a subtitle and an author, the date and source in a
			// box beside the share buttons, the editors after the text.
			return `<html><head><meta http-equiv="content-type" content="text/html;charset=GB2312"/><title>` + shapeTitle + `--财经--人民网</title><meta name="keywords" content="减税降费" />` + s.head + `</head><body>
<div class="w1000 d2nav"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://finance.people.com.cn/">财经频道</a></div>
<div class="clearfix w1000_320 text_title"><h3 class="pre"></h3><h1>` + shapeTitle + `</h1><h4 class="sub"></h4><p class="author"></p>
<div class="box01"><div class="fl">` + s.meta + `</div><div class="fr"><div class="bdsharebuttonbox"><a href="#" class="bds_more">分享到：</a><a href="#" class="bds_weixin"></a><a href="#" class="bds_tsina"></a></div></div></div></div>
<div class="clearfix w1000_320 text_con"><div class="fl text_con_left"><div class="box_pic"></div>
<div class="box_con" id="rwb_zw">` + body + `
<div class="zdfy clearfix"></div></div>` + s.after + `
<div class="box_pic"></div><div class="edit clearfix">(责编：郑晓东、王丽)</div>
<div class="box_news"><h2>相关新闻</h2>` + related(true) + `</div></div>
<div class="fr text_con_right"><h2>24小时排行</h2>` + related(false) + `</div></div>
<div class="w1000 copyright">人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright &copy; 1997-2012 by www.people.com.cn. all rights reserved</div>
</body></html>`
		}},
		{name: "Chinanews 2012", gbk: true, page: func(s shape, body string) string {
			// The date and source in one line with an interaction
			// counter, an empty advertising table inside the text's block,
			// the editor in brackets after it.
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + shapeTitle + `-中新网</title>` + s.head + `</head><body>
<div id="navbar"><a href="http://www.chinanews.com/">首页</a> <a href="http://www.chinanews.com/china/">国内</a> <a href="http://www.chinanews.com/world/">国际</a> <a href="http://www.chinanews.com/society/">社会</a> <a href="http://www.chinanews.com/finance/">财经</a></div>
<div id="cont_1_1_2"><div class="left_dh"><a href="http://www.chinanews.com/">中新网</a> &gt; <a href="http://www.chinanews.com/finance/">财经</a> &gt; 正文</div>
<h1 style="display:block; position:relative; text-align:center;">` + shapeTitle + `</h1>
<div class="left-time"><div class="left-t" style="padding-left:190px;">` + s.meta + `　参与互动(<a href="#comment">0</a>)</div></div>
<div class="left_zw" style="position:relative">` + body + `<table border=0 cellspacing=0 cellpadding=0 align=left style="padding-right:10px;"><tr><td><div id=adhzh name=hzh></div></td></tr></table></div>` + s.after + `
<div id="function_code_page"></div>
<div class="adEditor"><div class="left_name right"><div class="left_name"><span>【编辑:郑晓东】</span></div></div></div>
<div class="left_xw"><h3>相关报道</h3>` + related(true) + `</div></div>
<div id="right"><h3>图片报道</h3>` + related(false) + `</div>
<div id="bottom">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。<br>Copyright &copy;1999-2012 chinanews.com. All Rights Reserved</div>
</body></html>`
		}},
		{name: "ifeng 2015", page: func(s shape, body string) string {
			// Microdata marks the title and the text; the publisher's
			// logo and the editor's tag after the text.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_资讯频道_凤凰网</title><meta name="keywords" content="减税降费">` + s.head + `</head><body>
<div class="ifengNav"><a href="http://www.ifeng.com/">凤凰网首页</a> <a href="http://news.ifeng.com/">资讯</a> <a href="http://finance.ifeng.com/">财经</a> <a href="http://ent.ifeng.com/">娱乐</a></div>
<div class="col_L" itemscope itemtype="http://schema.org/NewsArticle"><div class="theCurrent"><a href="http://www.ifeng.com/">凤凰网</a> &gt; <a href="http://news.ifeng.com/">资讯</a> &gt; 正文</div>
<div id="artical"><h1 id="artical_topic" itemprop="headline">` + shapeTitle + `</h1>
<div id="artical_sth" class="clearfix"><p class="p_time">` + s.meta + `</p><div class="ss04"><span class="comment"><a href="#">评论</a></span></div></div>
<div id="artical_real" class="js_img_share_area"><div id="main_content" class="js_selection_area" itemprop="articleBody">` + body + `</div>` + s.after + `
<span class="ifengLogo"><a href="http://www.ifeng.com/" target="_blank"><img src="http://p0.ifengimg.com/a/2015/logo.gif"></a></span>
<span class="cr">[责任编辑：郑晓东 PN024]</span></div></div>
<div class="fenxiang">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="bottom"><h3>相关新闻</h3>` + related(true) + `</div></div>
<div class="col_R"><h3>热点新闻</h3>` + related(false) + `</div>
<div class="footer">凤凰新媒体 版权所有 Copyright &copy; 2015 Phoenix New Media Limited All Rights Reserved.</div>
</body></html>`
		}},
		{name: "CCTV 2019", page: func(s shape, body string) string {
			// The text's paragraphs in the same block as the title and
			// the metadata line; the editors in a block of their own.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_新闻频道_央视网(cctv.com)</title><meta name="keywords" content="减税降费">` + s.head + `</head><body>
<div class="nav_wrap"><a href="https://www.cctv.com/">央视网</a> <a href="https://news.cctv.com/">新闻</a> <a href="https://sports.cctv.com/">体育</a> <a href="https://tv.cctv.com/">电视</a> <a href="https://tv.cctv.com/live/">直播</a></div>
<div class="column_wrapper"><div class="col_w660"><div class="cnt_nav"><a href="https://news.cctv.com/">新闻频道</a> &gt; 正文</div>
<div class="cnt_bd"><h1>` + shapeTitle + `</h1><div class="function"><span class="info"><i>` + s.meta + `</i></span><span class="ty_share">分享到：</span></div>
` + body + `
</div>` + s.after + `
<div class="zebian"><p>编辑：郑晓东 责任编辑：王丽</p></div>
<div class="xgtj"><h3>相关推荐</h3>` + related(false) + `</div></div>
<div class="col_w300"><h3>热榜</h3>` + related(false) + `</div></div>
<div class="footer">央视网 版权所有 Copyright &copy; 2019 CCTV.com All Rights Reserved. 京ICP证060535号</div>
</body></html>`
		}},
		{name: "VSB university news", page: func(s shape, body string) string {
			// 博达站群 (VSB), which most university sites run: the text in
			// a form with its pager, the hit counter a script fills.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `-温州学院新闻网</title><meta name="pageType" content="3"><meta name="pageTitle" content="` + shapeTitle + `">` + s.head + `</head><body>
<div class="header"><a href="http://www.wzxy.edu.cn/">学校首页</a> | <a href="/index.htm">新闻网首页</a> | <a href="/zhxw.htm">综合新闻</a> | <a href="/mtbd.htm">媒体报道</a> | <a href="/xyrw.htm">校园人物</a></div>
<div class="main"><div class="position">当前位置: <a href="/index.htm">首页</a>&gt;&gt;<a href="/zhxw.htm">综合新闻</a>&gt;&gt;正文</div>
<form name="_newscontent_fromname"><div class="content-title"><h3>` + shapeTitle + `</h3>
<div class="info">` + s.meta + `</div></div>
<div id="vsb_content"><div class="v_news_content">` + body + `</div></div>` + s.after + `
<div id="div_vote_id"></div>
<div class="page-pre">上一条：<a href="/info/1010/1233.htm">全县开展安全生产大检查</a><br>下一条：<a href="/info/1010/1235.htm">县协会召开年度会员大会</a></div></form>
<div class="close">【<a href="javascript:window.close()">关闭</a>】</div></div>
<div class="footer">版权所有 &copy; 温州学院 地址：浙江省温州市瓯海区 邮编：325000<br>浙ICP备05000000号</div>
</body></html>`
		}},
		{name: "county government site", page: func(s shape, body string) string {
			// A provincial cluster's county site: a font switch above the
			// text, attachments, share and print rows under it.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `-苍南县人民政府</title><meta name="SiteName" content="苍南县人民政府"><meta name="ColumnName" content="部门动态">` + s.head + `</head><body>
<div class="top"><div class="logo">苍南县人民政府</div><div class="nav"><a href="/">首页</a><a href="/col/zwdt/">政务动态</a><a href="/col/zwgk/">政府信息公开</a><a href="/col/bsfw/">办事服务</a><a href="/col/hdjl/">互动交流</a></div></div>
<div class="wz">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/zwgk/">政务公开</a> &gt; <a href="/col/bmdt/">部门动态</a></div>
<div class="article"><h2 class="article-title">` + shapeTitle + `</h2>
<div class="article-info">` + s.meta + `</div>
<div class="article-fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="article-content" id="zoom">` + body + `</div>` + s.after + `
<div class="article-attach"></div>
<div class="article-share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="article-print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="footer"><p>主办单位：苍南县人民政府办公室　承办单位：苍南县大数据发展中心</p><p>网站标识码：3303270001　浙ICP备05000000号-1　浙公网安备 33032702000000号</p><p>建议使用1920*1080分辨率 IE9以上版本浏览器</p></div>
</body></html>`
		}},
		{name: "Sina blog 2010", page: func(s shape, body string) string {
			// The time beside the title, the owner's nickname in the
			// profile column, tags and category over the text.
			return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>` + shapeTitle + `_老陈_新浪博客</title><meta name="keywords" content="` + shapeTitle + `_老陈_新浪博客" />` + s.head + `</head><body>
<div id="sinablogHead" class="sinabloghead"><h1 id="blogTitle"><span id="blogname" class="blogtitle"><a href="http://blog.sina.com.cn/laochen">老陈的博客</a></span></h1><div class="blognavInfo"><span><a href="http://blog.sina.com.cn/laochen">首页</a></span><span><a href="http://blog.sina.com.cn/s/articlelist_1.html">博文目录</a></span><span><a href="http://photo.blog.sina.com.cn/laochen">图片</a></span><span class="last"><a href="http://blog.sina.com.cn/s/profile_1.html">关于我</a></span></div></div>
<div class="sinablogbody"><div id="column_1" class="SG_colW21 SG_colFirst"><div class="SG_conn"><div class="SG_connHead"><span class="title">个人资料</span></div><div class="SG_connBody"><div class="info_nm"><strong id="ownernick">老陈</strong></div><div class="info_list">博客等级：<br>博客积分：0<br>博客访问：12,345<br>关注人气：67</div></div></div></div>
<div id="column_2" class="SG_colW73"><div class="SG_conn" id="module_920"><div class="SG_connHead"><span class="title">正文</span></div>
<div class="artical" id="articlebody"><div class="articalTitle"><h2 id="t_4a5b6c7d0100abcd" class="titName SG_txta">` + shapeTitle + `</h2><span class="time SG_txtc">` + shownTime(s, "(2006-01-02 15:04:05)", "(2006-01-02)") + `</span></div>
` + s.meta + `
<div class="articalTag"><table><tr><td class="blog_tag"><h3>标签：</h3><a href="#">减税</a></td><td class="blog_class"><h3>分类：</h3><a href="#">生活随笔</a></td></tr></table></div>
<div id="sina_keyword_ad_area2" class="articalContent">` + body + `</div>` + s.after + `
<div class="shareUp"><span>分享：</span></div>
<div class="IL"><span>阅读</span><span>(123)</span> <span>评论</span><span>(2)</span> <span>收藏</span><span>(0)</span> <span>转载</span><span>(0)</span></div>
<div class="articalfrontback SG_j_linedot1 clearfix"><div><span class="SG_txtb">前一篇：</span><a href="#">全县开展安全生产大检查</a></div><div><span class="SG_txtb">后一篇：</span><a href="#">县协会召开年度会员大会</a></div></div></div></div></div></div>
<div class="sinablogfooter">新浪BLOG意见反馈留言板　不良信息反馈　电话：95105670<br>Copyright &copy; 1996 - 2010 SINA Corporation, All Rights Reserved</div>
</body></html>`
		}},
		{name: "WebPlus university news", page: func(s shape, body string) string {
			// 博达's rival WebPlus Pro (sudy), the other system of university
			// and hospital sites: the publisher's and the counter's spans
			// around the metadata, the text in an entry block.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `</title><meta name="description" content="` + string([]rune(shapeP1)[:30]) + `">` + s.head + `</head><body>
<div class="header"><div class="logo"><a href="/main.htm"><img src="/_upload/site/logo.png" alt="温州学院新闻网"></a></div><div class="nav"><a href="/main.htm">首页</a> <a href="/xxyw/list.htm">学校要闻</a> <a href="/zhxw/list.htm">综合新闻</a> <a href="/mtjj/list.htm">媒体聚焦</a></div></div>
<div class="main"><div class="col_path"><span>当前位置：</span><a href="/main.htm">首页</a><span class="possplit">&nbsp;&nbsp;</span><a href="/zhxw/list.htm">综合新闻</a></div>
<div class="article"><h1 class="arti_title">` + shapeTitle + `</h1>
<p class="arti_metas"><span class="arti_publisher">发布者：宣传部</span>` + s.meta + `<span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=1&type=3&articleId=881">123</span></span></p>
<div class="entry"><div class="read"><div class="wp_articlecontent">` + body + `</div></div></div>` + s.after + `
<div class="arti_nav"><p>上一篇：<a href="/2019/0505/c1a880/page.htm">全县开展安全生产大检查</a></p><p>下一篇：<a href="/2019/0507/c1a882/page.htm">县协会召开年度会员大会</a></p></div></div></div>
<div class="footer">版权所有 &copy; 温州学院　地址：浙江省温州市瓯海区　邮编：325000</div>
</body></html>`
		}},
		{name: "Sina news 2012", gbk: true, page: func(s shape, body string) string {
			// The time and the outlet unlabelled beside the title's
			// tools, microblog boxes inside the text's block, the editor
			// in brackets after it.
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>` + shapeTitle + `_新闻中心_新浪网</title><meta name="keywords" content="减税降费" /><meta name="publishid" content="1,1,1" />` + s.head + `</head><body>
<div class="topNav"><a href="http://www.sina.com.cn/">新浪首页</a> &gt; <a href="http://news.sina.com.cn/">新闻中心</a> &gt; <a href="http://news.sina.com.cn/china/">国内新闻</a></div>
<div class="wrap"><div class="Main clearfix"><div class="blkContainer"><div class="blkContainerPblk"><h1 id="artibodyTitle">` + shapeTitle + `</h1>
<div class="artInfo">` + s.meta + ` <span class="page-tool"><a href="#">微博</a> <a href="#">评论</a></span></div>
<div class="blkContainerSblk"><div class="blkContainerSblkCon BSHARE_POP" id="artibody">` + body + `
<div class="otherContent_01"><div class="blk_wb">微博推荐 | 今日微博热点（编辑精选）</div></div></div>` + s.after + `
<p class="article-editor">（责任编辑：郑晓东）</p>
<div class="blkComment"><a href="#">我要评论</a></div>
<div class="corrTxt_01"><h3>相关新闻</h3>` + related(true) + `</div></div></div></div>
<div class="sidebar"><h3>新闻排行</h3>` + related(false) + `</div></div></div>
<div class="footer">新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师<br>Copyright &copy; 1996-2012 SINA Corporation, All Rights Reserved</div>
</body></html>`
		}},
		{name: "The Paper 2018", page: func(s shape, body string) string {
			// The reporter and the date in a block under the title, the
			// editor, likes and keywords after the text.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_澎湃新闻-The Paper</title><meta name="Keywords" content="减税降费"><meta name="Description" content="` + string([]rune(shapeP1)[:40]) + `">` + s.head + `</head><body>
<div class="head_banner"><div class="head_nav"><a href="/">首页</a><a href="/channel_25950">时事</a><a href="/channel_25951">财经</a><a href="/channel_36079">澎湃号</a><a href="/channel_25952">思想</a></div></div>
<div class="bdwd main clearfix"><div class="main_lt"><div class="newscontent"><h1 class="news_title">` + shapeTitle + `</h1>
<div class="news_about">` + s.meta + `</div>
<div class="news_txt" data-size="standard">` + body + `</div>` + s.after + `
<div class="news_editor">责任编辑：郑晓东</div>
<div class="news_love"><a href="javascript:void(0)" class="zan">12</a></div>
<div class="news_keyword">关键词 &gt;&gt; 减税降费</div>
<div class="news_fx"><a href="#">微信</a><a href="#">新浪微博</a><a href="#">QQ空间</a></div></div>
<div class="main_lt_bt"><h2>相关推荐</h2>` + related(true) + `</div></div>
<div class="main_rt"><h2>热新闻</h2>` + related(false) + `</div></div>
<div class="foot">澎湃新闻报料：4009-20-4009　&copy; 2014-2018 上海东方报业有限公司　沪ICP备14003370号</div>
</body></html>`
		}},
		{name: "Baijiahao 2020", page: func(s shape, body string) string {
			// An account's article: the day shown without its year beside
			// the account's name, the whole time only in a meta tag.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `</title><meta itemprop="dateUpdate" content="` + shownTime(s, "2006-01-02 15:04:05", "2006-01-02") + `">` + s.head + `</head><body>
<div id="header"><a href="https://www.baidu.com/">百度首页</a> <a href="#">登录</a></div>
<div id="article" class="article"><div class="article-title"><h2>` + shapeTitle + `</h2></div>
<div class="article-desc clearfix"><div class="author-icon"><img src="https://gips0.baidu.com/it/u=1.jpg"></div><div class="author-txt"><p class="author-name">苍南税务</p><div class="article-source"><span class="date">发布时间：` + shownTime(s, "01-02", "01-02") + `</span><span class="time">` + shownTime(s, "15:04", "") + `</span></div></div></div>
` + s.meta + `
<div class="article-content">` + body + `</div>` + s.after + `
<div class="report-article"><span>举报/反馈</span></div></div>
<div class="sidebar"><h3>相关推荐</h3>` + related(false) + `</div>
<div class="footer">&copy;2020 Baidu 京ICP证030173号</div>
</body></html>`
		}},
		{name: "Guangming 2018", page: func(s shape, body string) string {
			// The editor in a tool bar both hidden inside the text's
			// block and shown after it.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_光明网</title><meta name="keywords" content="减税降费">` + s.head + `</head><body>
<div class="g-nav"><a href="http://www.gmw.cn/">光明网</a> <a href="http://politics.gmw.cn/">时政</a> <a href="http://economy.gmw.cn/">经济</a> <a href="http://culture.gmw.cn/">文化</a> <a href="http://tech.gmw.cn/">科技</a></div>
<div class="g-main"><div class="m-breadcrumb"><a href="http://www.gmw.cn/">光明网</a> &gt; <a href="http://politics.gmw.cn/">时政频道</a> &gt; 正文</div>
<h1 class="u-title">` + shapeTitle + `</h1>
<div class="m-con-info">` + s.meta + `<span class="m-con-share">分享</span></div>
<div class="u-mainText" id="articleBox"><div id="article_inbox"><div class="m-zbTool liability" style="display:none;"><span>[责编：郑晓东]</span></div>` + body + `</div></div>` + s.after + `
<div class="m-zbTool liability"><span>[责编：郑晓东]</span></div>
<div class="m-tips-con"><h2>相关新闻</h2>` + related(true) + `</div></div>
<div class="g-footer">光明网版权所有 Copyright &copy; 1999-2018 www.gmw.cn. All rights reserved.</div>
</body></html>`
		}},
		{name: "Huanqiu 2020", page: func(s shape, body string) string {
			// The title in an <h3>, the text in a section of an article
			// element, the editor after it.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_新闻频道_环球网</title>` + s.head + `</head><body>
<div class="nav-container"><a href="https://www.huanqiu.com/">环球网</a> <a href="https://world.huanqiu.com/">国际</a> <a href="https://china.huanqiu.com/">国内</a> <a href="https://mil.huanqiu.com/">军事</a> <a href="https://finance.huanqiu.com/">财经</a></div>
<div class="t-container"><div class="t-container-title"><h3>` + shapeTitle + `</h3></div>
<div class="metadata-info">` + s.meta + `</div>
<div class="t-bottom-container"><article><section data-type="rtext">` + body + `</section></article></div>` + s.after + `
<div class="editor-box">责编：郑晓东</div>
<div class="recommend"><h2>推荐阅读</h2>` + related(false) + `</div></div>
<div class="footer">环球网版权所有，未经书面授权禁止使用 Copyright &copy; 2020 Huanqiu.com All rights reserved.</div>
</body></html>`
		}},
		{name: "China Daily Chinese 2016", page: func(s shape, body string) string {
			// The source and time in a share bar, an empty pager inside
			// the text's column, the editor in brackets, the site's
			// statement on reuse in the footer.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + ` - 中国日报网</title>` + s.head + `</head><body>
<div class="dingtou"><a href="http://cn.chinadaily.com.cn/">首页</a> <a href="http://china.chinadaily.com.cn/">时政</a> <a href="http://world.chinadaily.com.cn/">资讯</a> <a href="http://caijing.chinadaily.com.cn/">财经</a> <a href="http://fashion.chinadaily.com.cn/">生活</a></div>
<div class="main_art"><div class="da-bre"><a href="http://cn.chinadaily.com.cn/">中国日报网</a> &gt; <a href="http://china.chinadaily.com.cn/">时政</a></div>
<div class="lft_art"><h1 class="dabiaoti">` + shapeTitle + `</h1>
<div class="fenx"><div class="xinf-le">` + s.meta + `</div><div class="xinf-ri">分享到：<a href="#">微信</a> <a href="#">微博</a></div></div>
<div class="article" id="Content">` + body + `</div>` + s.after + `
<div id="div_currpage"></div>
<div class="ymfx">【责任编辑：郑晓东】</div>
<div class="lanmu"><h3>相关文章</h3>` + related(true) + `</div></div></div>
<div class="dibu">中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。<br>Copyright 1995 - 2016. All rights reserved. 京ICP备13028878号-6</div>
</body></html>`
		}},
		{name: "China Court 2015", page: func(s shape, body string) string {
			// The title in a <div>, no heading; print and close tools
			// after the editor.
			return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>` + shapeTitle + `_中国法院网</title>` + s.head + `</head><body>
<div class="nav"><a href="/">首页</a> <a href="/article/subjectdetail/type/more/id/MzAwNEiqNIABAA.shtml">新闻</a> <a href="/fabu">权威发布</a> <a href="/lawlib">法律文库</a></div>
<div class="container"><div class="detail"><div class="title">` + shapeTitle + `</div>
<div class="sth_a"><span>` + s.meta + `</span></div>
<div class="text">` + body + `</div>` + s.after + `
<div class="editor">责任编辑：郑晓东</div>
<div class="print"><a href="javascript:window.print();">打印本文</a>　<a href="javascript:window.close();">关闭窗口</a></div></div>
<div class="right"><h3>热点文章</h3>` + related(true) + `</div></div>
<div class="footer">中国法院网版权所有，未经书面授权禁止使用<br>Copyright &copy; 2002-2015 by www.chinacourt.org. all rights reserved.</div>
</body></html>`
		}},
		{name: "CSDN blog 2020", poster: "laochen", page: func(s shape, body string) string {
			// The nickname and `于 … 发布` in a bar under the title, the
			// blogger's profile column with its counters beside it.
			when := ""
			if t := shownTime(s, "2006-01-02 15:04:05", "2006-01-02"); t != "" {
				when = `<span class="time">于&nbsp;` + t + `&nbsp;发布</span>`
			}
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_laochen的博客-CSDN博客</title>` + s.head + `</head><body>
<div id="csdn-toolbar"><a href="https://www.csdn.net/">CSDN首页</a> <a href="https://blog.csdn.net/">博客</a> <a href="https://edu.csdn.net/">学院</a> <a href="https://download.csdn.net/">下载</a></div>
<div class="main_father"><aside class="blog_container_aside"><div id="asideProfile"><div class="profile-intro-name-box"><a href="https://blog.csdn.net/laochen"><span class="name">laochen</span></a></div><dl class="text-center"><dt>原创</dt><dd>42</dd></dl><dl class="text-center"><dt>周排名</dt><dd>1万+</dd></dl><dl class="text-center"><dt>访问</dt><dd>12万+</dd></dl></div></aside>
<main><div class="blog-content-box"><div class="article-header-box"><div class="article-title-box"><h1 class="title-article" id="articleContentId">` + shapeTitle + `</h1></div>
<div class="article-info-box"><div class="bar-content"><span class="article-type">原创</span><a class="follow-nickName" href="https://blog.csdn.net/laochen">laochen</a>` + when + `<span class="read-count">阅读量123</span><span class="get-collection">收藏</span></div>
<div class="blog-tags-box"><span class="label">分类专栏：</span><a class="tag-link" href="#">生活随笔</a> <span class="label">文章标签：</span><a class="tag-link" href="#">减税</a></div></div></div>
` + s.meta + `
<article class="baidu_pl"><div id="article_content" class="article_content clearfix"><div id="content_views" class="htmledit_views">` + body + `</div></div></article>` + s.after + `
<div class="more-toolbox"><ul class="toolbox-list"><li>点赞</li><li>评论</li><li>分享</li><li>收藏</li></ul></div></div>
<div class="recommend-box"><h3>相关推荐</h3>` + related(false) + `</div></main></div>
<div class="footer">&copy;1999-2020 北京创新乐知网络技术有限公司</div>
</body></html>`
		}},
		{name: "cnblogs post", poster: "laochen", below: true, page: func(s shape, body string) string {
			// The poster and the time in `posted @ …` under the post, past
			// its category, buttons and the links to the posts before and
			// after it (what follows a post comes after it), the blog's
			// name in the header's <h1>.
			when := shownTime(s, "2006-01-02 15:04", "2006-01-02")
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + ` - laochen - 博客园</title>` + s.head + `</head><body>
<div id="home"><div id="header"><h1><a id="Header1_HeaderTitle" class="headermaintitle" href="https://www.cnblogs.com/laochen/">老陈的博客</a></h1><div id="navigator"><ul id="navList"><li><a href="https://www.cnblogs.com/">博客园</a></li><li><a href="https://www.cnblogs.com/laochen/">首页</a></li><li><a href="#">新随笔</a></li><li><a href="#">联系</a></li><li><a href="#">订阅</a></li><li><a href="#">管理</a></li></ul><div class="blogStats">随笔- 42&nbsp; 文章- 0&nbsp; 评论- 12&nbsp;</div></div></div>
<div id="main"><div id="mainContent"><div class="forFlow"><div id="post_detail"><div id="topics"><div class="post"><h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2" href="https://www.cnblogs.com/laochen/p/10820000.html">` + shapeTitle + `</a></h1>
<div class="clear"></div><div class="postBody">` + s.meta + `<div id="cnblogs_post_body" class="blogpost-body">` + body + `</div><div id="MySignature"></div><div class="clear"></div><div id="blog_post_info_block"><div id="BlogPostCategory">分类: <a href="#">生活随笔</a></div><div id="green_channel"><a href="#">好文要顶</a> <a href="#">关注我</a> <a href="#">收藏该文</a></div><div id="post_next_prev"><a href="#" class="p_n_p_prefix">« </a> 上一篇： <a href="https://www.cnblogs.com/laochen/p/10810000.html">全县开展安全生产大检查</a><br><a href="#" class="p_n_p_prefix">» </a> 下一篇： <a href="https://www.cnblogs.com/laochen/p/10830000.html">市政府发布防汛防台工作通知</a></div></div></div>
<div class="postDesc">posted @ <span id="post-date">` + when + `</span> <a href="https://www.cnblogs.com/laochen/">laochen</a> 阅读(<span id="post_view_count">123</span>) 评论(<span id="post_comment_count">2</span>) <a href="#">编辑</a> <a href="#">收藏</a></div></div></div></div>
` + s.after + `<div id="blog-comments-placeholder"></div></div></div>
<div id="sideBar"><div id="sideBarMain"><div id="profile_block">昵称：<a href="https://home.cnblogs.com/u/laochen/">laochen</a><br>园龄：<a href="#">8年2个月</a><br>粉丝：<a href="#">12</a><br>关注：<a href="#">3</a></div><div id="sidebar_recentposts"><h3>最新随笔</h3>` + related(false) + `</div></div></div></div>
<div id="footer">Copyright &copy; 2019 laochen<br><span id="poweredby">Powered by .NET Core on Kubernetes</span></div>
</body></html>`
		}},
		{name: "Jianshu 2019", poster: "老陈", page: func(s shape, body string) string {
			// Hashed classes of a CSS build; the time in a <time> whose
			// datetime is in UTC, the counters beside it, the rights
			// notice and the likes after the text.
			when := ""
			if t, err := time.Parse(time.RFC3339, s.Published); err == nil {
				when = `<time datetime="` + t.UTC().Format("2006-01-02T15:04:05.000Z") + `">` + t.Format("2006.01.02 15:04:05") + `</time>`
			} else if t, err := time.Parse("2006-01-02", s.Published); err == nil {
				when = `<time>` + t.Format("2006.01.02") + `</time>`
			}
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + ` - 简书</title>` + s.head + `</head><body>
<div id="__next"><header class="_1ZQTSM"><a href="/">简书</a> <a href="/">首页</a> <a href="/apps">下载App</a> <a href="/mobile/club">会员</a> <a href="/techareas">IT技术</a></header>
<div class="_3VRLsv" role="main"><div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku">` + shapeTitle + `</h1>
<div class="rEsl9f"><div class="_2mYfmT"><a class="_1OhGeD" href="/u/a1b2c3">老陈</a><span class="_3tCVn5"><span>12</span></span><button type="button">关注</button></div><div class="s-dsoj">` + when + `<span>字数 1,234</span><span>阅读 567</span></div></div>
` + s.meta + `
<article class="_2rhmJa">` + body + `</article>` + s.after + `
<div class="_2xr8G8"><span>&copy; 著作权归作者所有,转载或内容合作请联系作者</span></div>
<div class="_1kCBjS"><span>12人点赞</span> <a href="/nb/12345">随笔</a></div></section>
<section class="ouvJEz"><h3>推荐阅读</h3>` + related(false) + `</section></div>
<aside class="_2OwGUo"><section><div class="_3Z3nHf"><a href="/u/a1b2c3">老陈</a><span>总资产12</span></div></section></aside></div></div>
</body></html>`
		}},
		{name: "Zhihu column 2020", poster: "老陈", marked: true, page: func(s shape, body string) string {
			// The author's card under the title (microdata), the time as
			// `发布于 …` after the text, the actions row.
			when := shownTime(s, "2006-01-02 15:04", "2006-01-02")
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + ` - 知乎</title>` + s.head + `</head><body>
<header class="ColumnPageHeader"><a href="//www.zhihu.com">知乎</a> <span>首发于</span><a href="//zhuanlan.zhihu.com/laochen">老陈的专栏</a> <button>写文章</button></header>
<main role="main"><div class="Post-content"><article class="Post-Main Post-NormalMain" tabindex="-1"><header class="Post-Header"><h1 class="Post-Title">` + shapeTitle + `</h1>
<div class="Post-Author"><div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="老陈"><meta itemprop="url" content="https://www.zhihu.com/people/laochen"><a class="UserLink-link" href="//www.zhihu.com/people/laochen">老陈</a><div class="AuthorInfo-badgeText">税务从业者</div></div></div>
<div><span class="Voters"><button type="button">123 人赞同了该文章</button></span></div></header>
` + s.meta + `
<div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText">` + body + `</div></div>` + s.after + `
<div class="ContentItem-time">发布于 ` + when + `</div>
<div class="Post-topicsAndReviewer"><div class="TopicList"><a href="#">减税降费</a></div></div>
<div class="RichContent-actions"><button>赞同 123</button> <button>12 条评论</button> <button>分享</button> <button>喜欢</button> <button>收藏</button></div></article>
<div class="Post-Sub Post-NormalSub"><h2>推荐阅读</h2>` + related(false) + `</div></div></main>
</body></html>`
		}},
		{name: "Douban note 2015", poster: "老陈", page: func(s shape, body string) string {
			// The author and the time under the title, the author named
			// again in the rights notice after the text.
			when := shownTime(s, "2006-01-02 15:04:05", "2006-01-02")
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `</title>` + s.head + `</head><body>
<div id="db-global-nav"><a href="#">登录</a> <a href="#">注册</a> <a href="https://www.douban.com">豆瓣</a> <a href="https://book.douban.com">读书</a> <a href="https://movie.douban.com">电影</a> <a href="https://music.douban.com">音乐</a> <a href="#">同城</a> <a href="#">小组</a></div>
<div id="wrapper"><div id="content"><div class="grid-16-8 clearfix"><div class="article"><div class="note-container"><div class="note-header note-header-container"><h1>` + shapeTitle + `</h1><div><a href="https://www.douban.com/people/laochen/" class="note-author">老陈</a> <span class="pub-date">` + when + `</span></div></div>
` + s.meta + `
<div id="link-report" class="note">` + body + `</div>` + s.after + `
<div class="copyright-claim original">&copy; 本文版权归 老陈 所有，任何形式转载请联系作者。</div>
<div class="note-footer"><div class="sns-bar"><a href="#">回应</a> <a href="#">推荐</a> <a href="#">喜欢</a></div></div></div></div>
<div class="aside"><h2>老陈的最新日记 · · · · · ·</h2>` + related(false) + `</div></div></div></div>
<div id="footer">&copy; 2005－2015 douban.com, all rights reserved 北京豆网科技有限公司</div>
</body></html>`
		}},
		{name: "Beijing News 2020", page: func(s shape, body string) string {
			// The editors after the text without a colon (编辑 X 校对 Y).
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + ` - 新京报</title>` + s.head + `</head><body>
<div class="nav"><a href="https://www.bjnews.com.cn/">首页</a> <a href="/news">时事</a> <a href="/finance">财经</a> <a href="/culture">文化</a></div>
<div class="container"><div class="bodyTitle"><div class="title"><h1>` + shapeTitle + `</h1></div>
<div class="ctdesc">` + s.meta + `</div></div>
<div class="content" id="contentStr">` + body + `</div>` + s.after + `
<div class="editorBox"><p>编辑 郑晓东 校对 王丽</p></div>
<div class="bottom_list"><h3>相关推荐</h3>` + related(true) + `</div></div>
<div class="footer">新京报 版权所有 未经书面授权禁止使用 Copyright &copy; 2020 The Beijing News All Rights Reserved 京ICP备14003337号</div>
</body></html>`
		}},
		{name: "Youth.cn 2016", page: func(s shape, body string) string {
			// The ids Baidu's news crawler reads (pubtime_baidu,
			// editor_baidu) on the time and the editor.
			return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>` + shapeTitle + `_中国青年网</title>` + s.head + `</head><body>
<div class="top"><a href="http://www.youth.cn/">中国青年网</a> <a href="http://news.youth.cn/">新闻</a> <a href="http://finance.youth.cn/">财经</a> <a href="http://edu.youth.cn/">教育</a> <a href="http://qnzz.youth.cn/">青年之声</a></div>
<div class="page_wrap"><div class="pwh_l"><a href="http://www.youth.cn/">中国青年网</a> &gt;&gt; <a href="http://news.youth.cn/">新闻</a> &gt;&gt; 正文</div>
<div class="page_title"><h1>` + shapeTitle + `</h1></div>
<div class="pwh_r"><span id="pubtime_baidu">` + shownTime(s, "2006-01-02 15:04:05", "2006-01-02") + `</span></div>
` + s.meta + `
<div class="page_text"><div class="TRS_Editor">` + body + `</div></div>` + s.after + `
<div class="page_bot"><div>责任编辑：<span id="editor_baidu">郑晓东</span></div></div>
<div class="page_share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="page_rel"><h3>相关阅读</h3>` + related(true) + `</div></div>
<div class="footer">中国青年网版权所有　未经授权不得转载<br>Copyright &copy; 1999-2016 Youth.cn All Rights Reserved 京ICP备05041473号</div>
</body></html>`
		}},
		{name: "Sina news 2022", page: func(s shape, body string) string {
			// The time and the outlet in a date-source bar, the editor
			// and a call to follow the account inside the text's block,
			// the app's promotion after it.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `|减税降费_新浪新闻</title><meta name="keywords" content="减税降费">` + s.head + `</head><body>
<div class="top-nav"><a href="https://www.sina.com.cn/">新浪首页</a> <a href="https://news.sina.com.cn/">新闻</a> <a href="https://sports.sina.com.cn/">体育</a> <a href="https://finance.sina.com.cn/">财经</a> <a href="https://ent.sina.com.cn/">娱乐</a></div>
<div class="main-content w1240"><h1 class="main-title">` + shapeTitle + `</h1>
<div class="top-bar-wrap"><div class="top-bar"><div class="date-source">` + s.meta + `</div><div class="top-bar-inner"><a class="comment" href="#">评论</a></div></div></div>
<div class="article-content clearfix"><div class="article-content-left"><div class="article" id="artibody">` + body + `
<div id="left_hzh_ad"></div><p class="show_author">责任编辑：郑晓东</p></div>` + s.after + `
<div class="article-bottom clearfix"><div class="weixin">新浪新闻公众号<br>更多猛料！欢迎扫描左方二维码关注（sinanews）</div></div>
<div class="appendQr_wrap"><p>海量资讯、精准解读，尽在新浪新闻APP</p></div>
<div class="blk-related"><h3>相关新闻</h3>` + related(true) + `</div></div>
<div class="article-content-right"><h3>热门推荐</h3>` + related(false) + `</div></div></div>
<div class="footer">新浪简介 | 广告服务 | About Sina | 联系我们 | 招聘信息 | 通行证注册 | 产品答疑<br>Copyright &copy; 1996-2022 SINA Corporation, All Rights Reserved</div>
</body></html>`
		}},
		{name: "Xinhua 2022", page: func(s shape, body string) string {
			// The title in a span of the heading, the metadata in a head
			// block beside the share tools, the editor in brackets after
			// the text with a correction link.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `-新华网</title><meta name="keywords" content="减税降费"><meta name="description" content="` + shapeTitle + `">` + s.head + `</head><body>
<div class="nav"><a href="http://www.news.cn/">新华网</a> <a href="http://www.news.cn/politics/">时政</a> <a href="http://www.news.cn/local/">地方</a> <a href="http://www.news.cn/fortune/">财经</a> <a href="http://www.news.cn/photo/">图片</a></div>
<div class="header domPC"><div class="header-cont clearfix"><div class="header-time left">` + s.meta + `</div>
<div class="head-line clearfix"><h1><span class="title">` + shapeTitle + `</span></h1><div class="pageShare"><div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div></div></div></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail"><span id="detailContent">` + body + `</span></div>` + s.after + `
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0)">【纠错】</a></span><span class="editor">【责任编辑:郑晓东】</span></div></div>
<div class="main-right right"><h3>新华推荐</h3>` + related(false) + `</div></div>
<div class="foot">Copyright &copy; 2000-2022 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</div>
</body></html>`
		}},
		{name: "IT Home 2022", page: func(s shape, body string) string {
			// Baidu's ids on the time, source, author and editor, the
			// author and the editor often one person, the site's
			// advertisement statement after the text.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + ` - IT之家</title>` + s.head + `</head><body>
<div id="nav"><a href="https://www.ithome.com/">IT之家</a> <a href="https://it.ithome.com/">业界</a> <a href="https://mobile.ithome.com/">手机</a> <a href="https://digi.ithome.com/">数码</a></div>
<div id="dt"><div class="fl content"><h1>` + shapeTitle + `</h1>
<div class="cv"><span id="pubtime_baidu">` + shownTime(s, "2006/1/2 15:04:05", "2006/1/2") + `</span> ` + s.meta + `</div>
<div class="post_content" id="paragraph">` + body + `</div>` + s.after + `
<p class="ad-tips">广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，IT之家所有文章均包含本声明。</p>
<div class="share"><a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
<div class="related_post"><h3>相关文章</h3>` + related(true) + `</div></div>
<div class="fr"><h3>日榜</h3>` + related(false) + `</div></div>
<div id="ft">&copy; 2022 IT之家 青岛软媒网络科技有限公司 鲁ICP备09020710号</div>
</body></html>`
		}},
		{name: "Eastmoney 2022", page: func(s shape, body string) string {
			// The metadata in items of a row with a comment link, the
			// outlet's credit as the text's last line, the editor in a
			// block of its own.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_东方财富网</title>` + s.head + `</head><body>
<div class="topnav"><a href="https://www.eastmoney.com/">东方财富网</a> <a href="https://finance.eastmoney.com/">财经</a> <a href="https://stock.eastmoney.com/">股票</a> <a href="https://fund.eastmoney.com/">基金</a> <a href="https://guba.eastmoney.com/">股吧</a></div>
<div class="main"><div class="contentwrap"><div class="newsContent"><h1>` + shapeTitle + `</h1>
<div class="infos"><div class="item">` + s.meta + `</div><div class="item"><a href="#comment">评论</a></div></div>
<div class="txtinfos" id="ContentBody">` + body + `</div>` + s.after + `
<div class="res-edit">责任编辑：郑晓东</div>
<div class="sourcebox">原标题：` + shapeTitle + `</div></div>
<div class="newsrel"><h3>相关资讯</h3>` + related(true) + `</div></div>
<div class="sider"><h3>热门文章</h3>` + related(false) + `</div></div>
<div class="footer">郑重声明：东方财富网发布此信息的目的在于传播更多信息，与本站立场无关。<br>Copyright &copy; 2004-2022 东方财富网 版权所有 沪ICP证:沪B2-20070217</div>
</body></html>`
		}},
		{name: "Guancha 2020", page: func(s shape, body string) string {
			// A kicker's slot over the title, the site's rights notice
			// as a sentence closing the text's block.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `</title>` + s.head + `</head><body>
<div class="header"><a href="https://www.guancha.cn/">观察者网</a> <a href="/GuoJi%C2%B7ZhanLue/list_1.shtml">国际</a> <a href="/military-affairs/list_1.shtml">军事</a> <a href="/economy/list_1.shtml">财经</a> <a href="/politics/list_1.shtml">政治</a></div>
<div class="content"><div class="main content-main"><h3></h3><h1>` + shapeTitle + `</h1>
<div class="time fix">` + s.meta + `</div>
<div class="content all-txt">` + body + `
<p>本文系观察者网独家稿件，未经授权，不得转载。</p></div>` + s.after + `
<div class="editor-intro">责任编辑：郑晓东</div>
<div class="share-box">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="module-news"><h3>相关推荐</h3>` + related(true) + `</div></div>
<div class="right"><h3>24小时排行</h3>` + related(false) + `</div></div>
<div class="footer">观察者网 版权所有 Copyright &copy; 2020 Guancha.cn All Rights Reserved 沪ICP备10213822号-2</div>
</body></html>`
		}},
		{name: "Chinatax 2020", page: func(s shape, body string) string {
			// The State Taxation Administration's TRS page: the title and
			// metadata under a breadcrumb, a tool row over the text, the
			// print and close row and the related documents after it.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_国家税务总局</title><meta name="ArticleTitle" content="` + shapeTitle + `"><meta name="ColumnName" content="税务要闻">` + s.head + `</head><body>
<div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="国家税务总局"></a></div><div class="nav"><a href="/">首页</a><a href="/chinatax/n810219/index.html">信息公开</a><a href="/chinatax/n810341/index.html">新闻发布</a><a href="/chinatax/n810346/index.html">纳税服务</a><a href="/chinatax/n810351/index.html">互动交流</a></div></div>
<div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/chinatax/n810219/index.html">新闻发布</a> &gt; <a href="/chinatax/n810219/n810724/index.html">税务要闻</a></div>
<div class="article"><div class="tit"><h1 id="Title">` + shapeTitle + `</h1></div>
<div class="bottom_tag">` + s.meta + `</div>
<div class="tool_bar"><span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span> <span><a href="javascript:window.print()">打印</a></span></div>
<div class="article_content" id="fontzoom"><div class="TRS_Editor">` + body + `</div></div>` + s.after + `
<div class="article_close">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xgwj"><h3>相关文件</h3>` + related(true) + `</div></div>
<div class="footer"><p>主办单位：国家税务总局　版权所有：国家税务总局</p><p>京ICP备05056447号　京公网安备 11010202000044号　网站标识码：bm29000002</p></div>
</body></html>`
		}},
		{name: "Toutiao 2019", page: func(s shape, body string) string {
			// Server-rendered: the account and the time in a row under
			// the title (an original mark first), the account's card
			// beside it.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + ` - 今日头条</title>` + s.head + `</head><body>
<div class="index-top"><a href="/">今日头条</a> <a href="/ch/news_hot/">热点</a> <a href="/ch/news_tech/">科技</a> <a href="/ch/news_finance/">财经</a></div>
<div class="article-box"><h1 class="article-title">` + shapeTitle + `</h1>
<div class="article-sub"><span class="original">原创</span> <span>苍南税务</span> <span>` + shownTime(s, "2006-01-02 15:04:05", "2006-01-02") + `</span></div>
` + s.meta + `
<div class="article-content"><article>` + body + `</article></div>` + s.after + `
<div class="article-tag"><ul class="tag-list"><li><a href="/search/?keyword=减税">减税</a></li><li><a href="/search/?keyword=财经">财经</a></li></ul></div>
<div class="report"><a href="#">举报</a></div></div>
<div class="right-col"><div class="user-card"><a class="user-card-name" href="/c/user/12345/">苍南税务</a><span>粉丝 1.2万</span></div><h3>24小时热文</h3>` + related(false) + `</div>
<div class="footer">&copy; 2019 今日头条 www.toutiao.com 中国互联网举报中心 京ICP证140141号</div>
</body></html>`
		}},
		{name: "ifeng 2022", page: func(s shape, body string) string {
			// A Next.js page: hashed classes, the time and the outlet in
			// a bar, the editor and the statement after the text.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `_凤凰网资讯_凤凰网</title><meta name="keywords" content="减税降费">` + s.head + `</head><body>
<div id="root"><div class="index_nav_a3Xc"><a href="https://www.ifeng.com/">凤凰网首页</a> <a href="https://news.ifeng.com/">资讯</a> <a href="https://finance.ifeng.com/">财经</a> <a href="https://ent.ifeng.com/">娱乐</a></div>
<div class="index_leftContent_IZjB"><div class="index_artical_b1D5"><h1 class="index_topic_DfVR">` + shapeTitle + `</h1>
<div class="index_timeBref_20hzr">` + s.meta + `</div>
<div class="index_main_content_j-HoG"><div class="index_text_D0U1y">` + body + `</div></div>` + s.after + `
<div class="index_editor_p7Jd"><span>责任编辑：郑晓东 NN001</span></div>
<div class="index_statement_3Xx8"><p>特别声明：以上文章内容仅代表作者本人观点，不代表凤凰网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤凰网联系。</p></div>
<div class="index_recommend_x8Ff"><h3>相关推荐</h3>` + related(false) + `</div></div></div>
<div class="index_footer_7Drl">凤凰网版权所有 Copyright &copy; 2022 Phoenix New Media Limited All Rights Reserved.</div></div>
</body></html>`
		}},
		{name: "People 2022", page: func(s shape, body string) string {
			// The paper's site a decade on: kicker and subtitle slots, the
			// date and source line with an outlet's link, the editors.
			return `<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8"><title>` + shapeTitle + `--财经--人民网</title><meta name="keywords" content="减税降费"><meta name="description" content="` + string([]rune(shapeP1)[:40]) + `">` + s.head + `</head><body>
<div class="header"><a href="http://www.people.com.cn/">人民网</a> <a href="http://politics.people.com.cn/">时政</a> <a href="http://finance.people.com.cn/">财经</a> <a href="http://society.people.com.cn/">社会</a></div>
<div class="main"><div class="col col-1 fl"><div class="route">人民网&gt;&gt;<a href="http://finance.people.com.cn/">财经</a></div>
<div class="layout rm_txt cf"><h3 class="pre"></h3><h1>` + shapeTitle + `</h1><h4 class="sub"></h4><div class="author cf"></div>
<div class="channel cf"><div class="col-1-1 fl">` + s.meta + `</div><div class="col-1-2 fr"><a href="#">分享到</a></div></div>
<div class="rm_txt_con cf">` + body + `
<div class="edit cf">(责编：郑晓东、王丽)</div></div>` + s.after + `
<div class="rm_relevant cf"><h2>相关新闻</h2>` + related(true) + `</div></div></div>
<div class="col col-2 fr"><h2>热点排行</h2>` + related(false) + `</div></div>
<div class="footer">人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright &copy; 1997-2022 by www.people.com.cn. all rights reserved</div>
</body></html>`
		}},
		{name: "hospital site", page: func(s shape, body string) string {
			// A county hospital's site built by a local web company: the
			// title in a <div>, a hit counter in the line, the text in a
			// table cell, the company's credit in the footer.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `-苍南县人民医院</title>` + s.head + `</head><body>
<div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="苍南县人民医院"></a></div><div class="nav"><a href="/">网站首页</a><a href="/yygk/">医院概况</a><a href="/xwzx/">新闻中心</a><a href="/ksdh/">科室导航</a><a href="/zjjs/">专家介绍</a><a href="/jzzn/">就诊指南</a></div></div>
<div class="main"><div class="left"><div class="ltitle">新闻中心</div><ul><li><a href="/xwzx/yydt/">医院动态</a></li><li><a href="/xwzx/mtbd/">媒体报道</a></li><li><a href="/xwzx/tzgg/">通知公告</a></li></ul></div>
<div class="right"><div class="rtitle"><span>医院动态</span><em>当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 医院动态</em></div>
<div class="show_t">` + shapeTitle + `</div>
<div class="show_info">` + s.meta + ` 点击：<span id="hits">123</span></div>
<table width="100%"><tr><td class="show_con">` + body + `</td></tr></table>` + s.after + `
<div class="show_page"><p>上一篇：<a href="/xwzx/yydt/880.html">全县开展安全生产大检查</a></p><p>下一篇：<a href="/xwzx/yydt/882.html">县协会召开年度会员大会</a></p></div></div></div>
<div class="foot"><p>苍南县人民医院 版权所有 地址：浙江省温州市苍南县灵溪镇 电话：0577-12345678</p><p>浙ICP备12345678号 技术支持：温州某某网络科技有限公司</p></div>
</body></html>`
		}},
		{name: "Huxiu 2021", poster: "老陈", page: func(s shape, body string) string {
			// A platform's article: the author's card linked to their
			// member page, the time beside it, the rights notice and
			// counters after the text.
			when := shownTime(s, "2006-01-02 15:04", "2006-01-02")
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `-虎嗅网</title>` + s.head + `</head><body>
<div class="header"><a href="https://www.huxiu.com/">虎嗅</a> <a href="/channel/104.html">资讯</a> <a href="/moment/">24小时</a> <a href="/event/">虎嗅智库</a></div>
<div class="article-wrap"><h1 class="article__title">` + shapeTitle + `</h1>
<div class="article__author-info-box"><a class="author-info__username" href="/member/2184437.html">老陈</a><span class="article__time">` + when + `</span></div>
` + s.meta + `
<div id="article-content" class="article__content">` + body + `</div>` + s.after + `
<div class="article__bottom-content"><p>本文来自虎嗅，原文链接：https://www.huxiu.com/article/881.html</p></div>
<div class="article__bottom-operation"><span>12</span> <span>收藏</span> <span>评论</span></div>
<div class="related-article"><h3>相关推荐</h3>` + related(false) + `</div></div>
<div class="footer">&copy; 2021 虎嗅网 京ICP备12013432号-1</div>
</body></html>`
		}},
		{name: "BBC Chinese 2022", poster: "张建国", byline: true, page: func(s shape, body string) string {
			// The byline as a list (作者, X / Role, …), the day in a
			// <time>, the minute only in JSON-LD and in UTC, the
			// publisher an organisation there.
			ld := ""
			if t, err := time.Parse(time.RFC3339, s.Published); err == nil {
				ld = `<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","headline":"` + shapeTitle + `","datePublished":"` + t.UTC().Format("2006-01-02T15:04:05.000Z") + `","author":{"@type":"NewsMediaOrganization","name":"BBC News 中文"}}</script>`
			}
			return `<!DOCTYPE html><html lang="zh-hans"><head><meta charset="utf-8"><title>` + shapeTitle + ` - BBC News 中文</title><meta property="og:title" content="` + shapeTitle + ` - BBC News 中文">` + ld + s.head + `</head><body>
<header><nav><a href="/zhongwen/simp">主页</a> <a href="/zhongwen/simp/world">国际</a> <a href="/zhongwen/simp/chinese-news">两岸</a> <a href="/zhongwen/simp/uk">英国</a> <a href="/zhongwen/simp/business">财经</a></nav></header>
<main role="main"><div class="bbc-1151pbn"><h1 id="content" class="bbc-csfoy5" tabindex="-1">` + shapeTitle + `</h1></div>
` + ownByline(s, `<div class="bbc-19j92fr"><ul role="list"><li><div class="bbc-1a3w4ok"><span class="bbc-1o9jzj9">作者,</span> 张建国</div><div class="bbc-1a3w4ok"><span class="bbc-1o9jzj9">Role,</span> BBC中文记者</div></li></ul></div>`) + `
<div class="bbc-1qdcvv9"><time class="bbc-1dafq0j" datetime="` + shownTime(s, "2006-01-02", "2006-01-02") + `">` + shownTime(s, "2006年1月2日", "2006年1月2日") + `</time></div>
` + s.meta + `
<div dir="ltr" class="bbc-19j92fr">` + body + `</div>` + s.after + `
<section class="bbc-1l3ks4k"><h2>相关内容</h2>` + related(false) + `</section></main>
<footer><p>&copy; 2022 BBC. BBC对外部网站内容不负责任。 阅读了解我们对待外部链接的做法。</p></footer>
</body></html>`
		}},
		{name: "VOA Chinese 2022", poster: "张建国", byline: true, page: func(s shape, body string) string {
			// The author linked to the author's page, the time in a
			// <time datetime> with its zone, share links over the text.
			return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>` + shapeTitle + `</title>` + s.head + `</head><body>
<header><div class="nav"><a href="/">首页</a> <a href="/z/1739">美国</a> <a href="/z/1757">中国</a> <a href="/z/1746">国际</a> <a href="/z/1769">港澳台</a></div></header>
<div class="container"><div class="col-title"><h1 class="title pg-title">` + shapeTitle + `</h1></div>
` + ownByline(s, `<div class="links"><ul class="links__list"><li class="links__item"><a class="links__item-link" href="/author/zhang-jianguo/mqzvy">张建国</a></li></ul></div>`) + `
<div class="published"><span class="date"><time pubdate="pubdate" datetime="` + shownTime(s, time.RFC3339, "2006-01-02") + `">` + shownTime(s, "2006年1月2日 15:04", "2006年1月2日") + `</time></span></div>
<div class="share--box"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
` + s.meta + `
<div class="wsw" id="article-content">` + body + `</div>` + s.after + `
<div class="media-block-wrap"><h2 class="section-head">相关</h2>` + related(false) + `</div></div>
<footer><p>美国之音 &copy; 2022 VOA</p></footer>
</body></html>`
		}},
		{name: "Sohu 2005", gbk: true, page: func(s shape, body string) string {
			// A table layout: the title in an <h1>, the time and source
			// in a line under it, the tools in brackets and related
			// links after the text, a sidebar of today's hot news.
			return `<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312"><title>` + shapeTitle + `-搜狐新闻</title>` + s.head + `</head><body>
<table width=760 align=center><tr><td><a href="http://www.sohu.com">搜狐首页</a> - <a href="http://news.sohu.com">新闻</a> - <a href="http://sports.sohu.com">体育</a> - <a href="http://yule.sohu.com">娱乐</a> - <a href="http://business.sohu.com">财经</a></td></tr></table>
<table width=760 align=center><tr><td width=560 valign=top>
<div class="location"><a href="http://news.sohu.com">搜狐新闻</a> &gt; <a href="http://news.sohu.com/guonei/">国内新闻</a> &gt; <a href="http://news.sohu.com/shizheng/">时政要闻</a></div>
<h1>` + shapeTitle + `</h1>
<div class="time">` + s.meta + `</div>
<div id="sohu_content">` + body + `</div>` + s.after + `
<div class="editor">(责任编辑：郑晓东)</div>
<div class="share">【<a href="#">我来说两句</a>】【<a href="#">推荐给朋友</a>】【<a href="#">打印文章</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related"><b>相关链接</b>` + related(true) + `</div>
</td><td width=190 valign=top><b>今日搜狐热点</b>` + related(false) + `</td></tr></table>
<table width=760 align=center><tr><td align=center>Copyright &copy; 2005 Sohu.com Inc. All rights reserved. 搜狐公司 版权所有</td></tr></table>
</body></html>`
		}},
		{name: "TOM 2005", gbk: true, page: func(s shape, body string) string {
			// The title in a <div>, the time to the minute in Chinese
			// under it, the text in a content block, a comment form and
			// a hot list after it.
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + shapeTitle + `_TOM新闻</title>` + s.head + `</head><body>
<div class="top"><a href="http://www.tom.com">TOM首页</a> | <a href="http://news.tom.com">新闻</a> | <a href="http://sports.tom.com">体育</a> | <a href="http://ent.tom.com">娱乐</a> | <a href="http://post.tom.com">邮箱</a></div>
<div class="main"><div class="path">您现在的位置：<a href="http://news.tom.com">TOM新闻</a> &gt;&gt; <a href="http://news.tom.com/china/">国内</a></div>
<div class="title">` + shapeTitle + `</div>
<div class="info">` + s.meta + `</div>
<div class="content">` + body + `</div>` + s.after + `
<div class="comment"><form action="/comment/post.php"><b>发表评论</b><br><textarea name="c"></textarea><input type="submit" value="发表"></form></div>
<div class="hot"><b>热点新闻</b>` + related(true) + `</div></div>
<div class="footer">Copyright &copy; 1999-2005 TOM.COM Limited. All Rights Reserved</div>
</body></html>`
		}},
		{name: "digital paper 2019", page: func(s shape, body string) string {
			// A paper's digital edition (方正 e-paper): the issue's date
			// in the top bar, the page's other articles in a column, the
			// kicker, title and subtitle slots, the edition's line
			// (《 X 》（ 2019年05月06日 第 01 版）) over the text.
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + shapeTitle + `--温州日报</title>` + s.head + `</head><body>
<div class="paper-top"><span class="logo"><a href="/html/index.htm">温州日报</a></span> <span class="date">` + shownTime(s, "2006年01月02日", "2006年01月02日") + `</span> <a href="/html/layout.htm">版面导航</a> <a href="/html/history.htm">往期回顾</a></div>
<div class="paper-left"><h3>第01版：要闻</h3><ul><li><a href="/html/content_881.htm">` + shapeTitle + `</a></li><li><a href="/html/content_882.htm">县委召开全体扩大会议部署全年工作</a></li><li><a href="/html/content_883.htm">市政府发布防汛防台工作通知</a></li></ul>
<p><a href="/html/node_1.htm">上一版</a> <a href="/html/node_3.htm">下一版</a></p></div>
<div class="paper-right"><div class="article"><h3></h3><h1>` + shapeTitle + `</h1><h2></h2>
` + s.meta + `
<p class="edition">` + shownTime(s, "《 温州日报 》（ 2006年01月02日 第 01 版）", "《 温州日报 》（ 2006年01月02日 第 01 版）") + `</p>
<div id="ozoom">` + body + `</div>` + s.after + `
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div></div></div>
<div class="footer">温州日报社版权所有 未经授权不得转载<br>浙ICP备05000000号</div>
</body></html>`
		}},
		{name: "WordPress 2020", poster: "老陈", marked: true, page: func(s shape, body string) string {
			// A block theme: the byline's author linked to /author/, the
			// time in <time class="entry-date published">, the category
			// and tags in the footer, the comment form after it.
			return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>` + shapeTitle + ` &#8211; 老陈的博客</title>` + s.head + `</head><body class="post-template-default single single-post">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://laochen.example.com/" rel="home">老陈的博客</a></p><nav><a href="/">首页</a> <a href="/about/">关于</a> <a href="/archives/">归档</a></nav></header>
<main id="main" class="site-main"><article id="post-881" class="post-881 post type-post status-publish"><header class="entry-header"><h1 class="entry-title">` + shapeTitle + `</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="https://laochen.example.com/author/laochen/">老陈</a></span></span> <span class="posted-on"><a href="/2019/05/06/881/" rel="bookmark"><time class="entry-date published" datetime="` + shownTime(s, time.RFC3339, "2006-01-02") + `">` + shownTime(s, "2006年1月2日", "2006年1月2日") + `</time></a></span></div></header>
` + s.meta + `
<div class="entry-content">` + body + `</div>` + s.after + `
<footer class="entry-footer"><span class="cat-links">发布于 <a href="/category/life/" rel="category tag">生活随笔</a></span> <span class="tags-links">标签 <a href="/tag/jianshui/" rel="tag">减税</a></span></footer></article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/2019/05/05/880/" rel="prev">全县开展安全生产大检查</a></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表回复</h3><p class="comment-notes">您的电子邮箱地址不会被公开。</p></div></div></main>
<footer id="colophon" class="site-footer"><a href="https://cn.wordpress.org/">自豪地采用WordPress</a></footer>
</body></html>`
		}},
		{name: "ASP.NET school site 2015", page: func(s shape, body string) string {
			// A school's site on an ASP.NET CMS: the title in a span of
			// a table cell, a publisher field the software fills with
			// its account (admin), the hit counter, a print row.
			return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>` + shapeTitle + `-苍南县灵溪镇第一小学</title>` + s.head + `</head><body>
<form method="post" action="./ShowArticle.aspx?id=881" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk1" /></div>
<div class="top"><a href="/">学校首页</a> <a href="/List.aspx?cid=1">学校概况</a> <a href="/List.aspx?cid=2">校园新闻</a> <a href="/List.aspx?cid=3">教学教研</a> <a href="/List.aspx?cid=4">德育之窗</a></div>
<table width="980" align="center"><tr><td class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/List.aspx?cid=2">校园新闻</a></td></tr>
<tr><td align="center"><span id="lblTitle" class="ArticleTitle">` + shapeTitle + `</span></td></tr>
<tr><td align="center" class="info">发布者：admin　<span id="lblMeta">` + s.meta + `</span>　浏览次数：<span id="lblHits">123</span></td></tr>
<tr><td class="content"><span id="lblContent">` + body + `</span></td></tr>
<tr><td>` + s.after + `</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></form>
<div class="foot">版权所有：苍南县灵溪镇第一小学　地址：苍南县灵溪镇　技术支持：温州某某网络<br>浙ICP备12345678号</div>
</body></html>`
		}},
		{name: "Discuz! X3 thread", gbk: true, poster: "laochen", page: func(s shape, body string) string {
			// The thread's subject over the posts, the poster's column
			// with their counters, 发表于 over the post, a later reply.
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>` + shapeTitle + ` - 税务论坛 - 苍南论坛 -  Powered by Discuz!</title><meta name="keywords" content="` + shapeTitle + `" />` + s.head + `</head><body>
<div id="hd"><div class="hdc"><h2><a href="./" title="苍南论坛"><img src="static/image/common/logo.png" alt="苍南论坛"></a></h2><a href="member.php?mod=logging&action=login">登录</a> <a href="member.php?mod=register">立即注册</a></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./">苍南论坛</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&fid=2">税务论坛</a> <em>&rsaquo;</em> <a href="forum.php?mod=viewthread&tid=881">` + shapeTitle + `</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1234</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">2</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">` + shapeTitle + `</span></h1></td></tr></table>
<div id="post_881"><table id="pid881" class="plhin"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=12" target="_blank" class="xw1">laochen</a></div></div>
<div class="tns xg2"><table><tr><th><p><a href="home.php?mod=space&uid=12&do=thread">12</a></p>主题</th><th><p><a href="home.php?mod=space&uid=12&do=thread&type=reply">120</a></p>帖子</th><td><p><a href="home.php?mod=space&uid=12&do=profile">300</a></p>积分</td></tr></table></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&ptid=881" id="postnum881">楼主</a></strong><div class="pti"><div class="authi"><em id="authorposton881">` + shownTime(s, "发表于 2006-1-2 15:04", "发表于 2006-1-2") + `</em> ` + s.meta + `<span class="pipe">|</span><a href="forum.php?mod=viewthread&tid=881&page=1&authorid=12">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_881">` + body + `</td></tr></table></div></div></div>` + s.after + `</td></tr></table></div>
<div id="post_882"><table id="pid882" class="plhin"><tr><td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid=13" class="xw1">xiaowang</a></div></td>
<td class="plc"><div class="pi"><strong>沙发</strong><div class="authi"><em id="authorposton882">发表于 2019-5-7 08:12</em></div></div><div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_882">支持一下，政策确实好。</td></tr></table></div></div></div></td></tr></table></div></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="./">苍南论坛</a></strong></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net">Discuz!</a></strong> <em>X3.2</em></p><p class="xs0">&copy; 2001-2013 <a href="http://www.comsenz.com">Comsenz Inc.</a></p></div></div>
</body></html>`
		}},
		{name: "phpwind thread", gbk: true, poster: "laochen", page: func(s shape, body string) string {
			// phpwind 8: the poster's name over their counters, the post's
			// time in a tip bar, the text in a read_tpc block.
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>` + shapeTitle + `|税务论坛 - 苍南社区 - Powered by phpwind</title>` + s.head + `</head><body>
<div id="head"><a href="index.php">苍南社区</a> <a href="login.php">登录</a> <a href="register.php">注册</a></div>
<div id="breadCrumb"><a href="index.php">苍南社区</a> &raquo; <a href="thread.php?fid=2">税务论坛</a> &raquo; ` + shapeTitle + `</div>
<div class="t5 t2"><table width="100%"><tr class="tr1"><td class="floot_left"><div class="readName b"><a href="u.php?uid=12">laochen</a></div>
<div class="user-pic"><img src="images/face/none.gif"></div><div class="tiptop">级别: 论坛版主</div><div>精华: <span class="s1">3</span><br>发帖: 120<br>威望: 30 点<br>注册时间: 2008-03-01</div></td>
<td class="floot_right" id="td_tpc"><div class="tipTop s6"><span class="fr">楼主</span><span>` + shownTime(s, "发表于: 2006-01-02 15:04", "发表于: 2006-01-02") + `</span> ` + s.meta + `</div>
<h1 class="read_h1" id="subject_tpc">` + shapeTitle + `</h1>
<div class="tpc_content"><div class="f14" id="read_tpc">` + body + `</div></div>` + s.after + `
<div class="tipBottom"><a href="#">引用</a> <a href="#">回复</a> <a href="#">举报</a></div></td></tr></table></div>
<div class="t5 t2"><table width="100%"><tr class="tr1"><td class="floot_left"><div class="readName b"><a href="u.php?uid=13">xiaowang</a></div></td>
<td class="floot_right"><div class="tipTop s6"><span class="fr">沙发</span><span>发表于: 2019-05-07 08:12</span></div><div class="tpc_content"><div class="f14">支持一下，政策确实好。</div></div></td></tr></table></div>
<div id="footer">Powered by <a href="http://www.phpwind.net">phpwind v8.7</a> Certificate Code &copy; 2003-11 phpwind.com</div>
</body></html>`
		}},
		{name: "Discuz! thread", gbk: true, poster: "laochen", page: func(s shape, body string) string {
			return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>` + shapeTitle + ` - 税务论坛 - 苍南论坛 - Powered by Discuz!</title>` + s.head + `</head><body>
<div id="nav"><a href="index.php">苍南论坛</a> &raquo; <a href="forumdisplay.php?fid=2">税务论坛</a> &raquo; ` + shapeTitle + `</div>
<div class="mainbox viewthread"><h1>` + shapeTitle + `</h1>
<table id="pid881" summary="pid881"><tr><td class="postauthor"><cite><a href="space.php?uid=12">laochen</a></cite><p>帖子 120</p><p>积分 300</p></td>
<td class="postcontent"><div class="postinfo"><strong>楼主</strong> ` + s.meta + `</div>
<div class="postmessage defaultpost"><div class="t_msgfont" id="postmessage_881">` + body + `</div>` + s.after + `</div></td></tr></table>
<table id="pid882"><tr><td class="postauthor"><cite><a href="space.php?uid=13">xiaowang</a></cite></td>
<td class="postcontent"><div class="postinfo"><strong>2#</strong> 发表于 2019-5-7 08:12</div><div class="postmessage"><div class="t_msgfont">支持一下，政策确实好。</div></div></td></tr></table></div>
<div id="footer">Powered by <a href="http://www.discuz.net">Discuz!</a> 6.0.0 &copy; 2001-2007 Comsenz Inc.</div>
</body></html>`
		}},
	}
}

// TestShapesInTemplates: every shape of shapes(), laid out by every
// template of cmsTemplates() with a short body (the shape's two
// paragraphs) and a long one (five more paragraphs between them), reads
// the same title, author, date and body ends as the shape's own page. A
// rule that holds only for the markup it was written against fails
// here.
func TestShapesInTemplates(t *testing.T) {
	t.Parallel()
	more := moreParas
	failed := 0
	for _, tpl := range cmsTemplates() {
		for _, long := range []bool{false, true} {
			for _, s := range shapes() {
				body := s.body
				if long {
					body = strings.Replace(body, shapeP1+"</p>", shapeP1+"</p>\n<p>"+strings.Join(more, "</p>\n<p>")+"</p>", 1)
				}
				page := tpl.page(s, body)
				page = tpl.served(t, page)
				pageURL := s.URL
				if pageURL == "" {
					pageURL = "http://www.example.org/a/xinwen/881.html"
				}
				u, _ := url.Parse(pageURL)
				a, err := Generic(Decode([]byte(page), "").Text, u)
				if err != nil {
					t.Errorf("%s, %s: %v", tpl.name, s.Name, err)
					failed++
					continue
				}
				starts, ends := s.BodyStarts, s.BodyEnds
				if starts == "" {
					starts = string([]rune(shapeP1)[:20])
				}
				if ends == "" {
					ends = string([]rune(shapeP2)[utf8.RuneCountInString(shapeP2)-20:])
				}
				var bad []string
				if a.Title != shapeTitle {
					bad = append(bad, fmt.Sprintf("title %q", a.Title))
				}
				if want := tpl.author(s); a.Meta.Author != want {
					bad = append(bad, fmt.Sprintf("author %q, want %q", a.Meta.Author, want))
				}
				if a.Meta.PublishedAt != s.Published {
					bad = append(bad, fmt.Sprintf("published %q, want %q", a.Meta.PublishedAt, s.Published))
				}
				if !strings.HasPrefix(a.BodyText, starts) || !endsWith(a.BodyText, ends) {
					bad = append(bad, fmt.Sprintf("body %q, want it to start %q and end %q", a.BodyText, starts, ends))
				}
				if len(bad) > 0 {
					failed++
					t.Errorf("%s, long %v, %s:\n  %s", tpl.name, long, s.Name, strings.Join(bad, "\n  "))
				}
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, 2*len(cmsTemplates())*len(shapes()))
	}
}

// TestMetaLinesInTemplates: the metadata line each content system of the
// era writes under the title, in every template: its date, author and
// source read the same wherever it stands.
func TestMetaLinesInTemplates(t *testing.T) {
	t.Parallel()
	count := `<script src="/plus/count.php?view=yes&aid=881&mid=1"></script>`
	lines := []struct {
		name, line           string
		date, author, source string
	}{
		{"DedeCMS", `<div class="info"><small>时间:</small>2019-05-06 09:30<small>来源:</small>县税务局 <small>作者:</small>周建国 <small>点击:</small>` + count + `次</div>`,
			"2019-05-06T09:30:00+08:00", "周建国", "县税务局"},
		{"PowerEasy", `文章作者：周建国　　文章来源：县税务局　　点击数：` + count + `　　更新时间：2019-5-6`, "2019-05-06", "周建国", "县税务局"},
		{"PHPCMS", `2019-05-06 09:30:00　来源：县税务局　评论：<a href="#comment">0</a> 点击：<span id="hits"></span>`, "2019-05-06T09:30:00+08:00", "", "县税务局"},
		{"EmpireCMS", `<div class="info">发布时间：2019-05-06 09:30:00 &nbsp;作者：周建国 &nbsp;来源：县税务局 &nbsp;浏览次数：` + count + `</div>`, "2019-05-06T09:30:00+08:00", "周建国", "县税务局"},
		{"TRS WCM", `<span>发布日期：2019-05-06</span>　<span>来源：县税务局</span>　<span>作者：周建国</span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】`, "2019-05-06", "周建国", "县税务局"},
		{"2005 portal", `<a href="http://www.sina.com.cn">http://www.sina.com.cn</a> 2005年07月31日12:30　<a href="http://www.thebeijingnews.com">新京报</a>`, "2005-07-31T12:30:00+08:00", "", ""},
		{"WordPress", `<span class="meta-prep">发表于</span> <a href="/archives/881" rel="bookmark"><span class="entry-date">2019年5月6日</span></a> <span class="meta-sep">由</span> <span class="author vcard"><a class="url fn n" href="/archives/author/laochen" title="查看所有由老陈发表的文章" rel="author">老陈</a></span>`, "2019-05-06", "老陈", ""},
		{"a government site", `<div class="xxgk">信息来源：县税务局　　发布日期：2019-05-06　　浏览次数：1234</div>`, "2019-05-06", "", "县税务局"},
		{"piped", `<div class="info">作者:周建国 | 来源:县税务局 | 2019-05-06 09:30</div>`, "2019-05-06T09:30:00+08:00", "周建国", "县税务局"},
		{"ASP clock", `<div class="info">来源：县税务局　作者：周建国　时间：2019/5/6 9:30:00</div>`, "2019-05-06T09:30:00+08:00", "周建国", "县税务局"},
		{"Chinese clock", `<div class="info">发布时间：2019年05月06日 09时30分　来源：县税务局</div>`, "2019-05-06T09:30:00+08:00", "", "县税务局"},
		{"a paper's site", `<div class="info">2019年05月06日09:30　来源：<a href="http://paper.example.cn/">人民网－人民日报</a></div>`, "2019-05-06T09:30:00+08:00", "", "人民网－人民日报"},
		{"bracketed", `<div class="info">【作者：周建国】【来源：县税务局】【时间：2019-05-06】</div>`, "2019-05-06", "周建国", "县税务局"},
		{"a date alone in brackets", `<div class="date">[ 2019-05-06 ]</div>`, "2019-05-06", "", ""},
		{"year, day and time in blocks of their own (Tencent)", `<div class="left-stick-wp"><div class="year through"><span>2019</span></div><div class="md">05/06</div><div class="time">09:30</div></div>`, "2019-05-06T09:30:00+08:00", "", ""},
		{"source and date by a bar (CCTV)", `来源：央视网 | 2019年05月06日 09:30`, "2019-05-06T09:30:00+08:00", "", "央视网"},
		{"a wire's time to the second and its source in an element", `<span class="time">2019年05月06日 09:30:12</span> <span>来源： <em id="source">新华网</em></span>`, "2019-05-06T09:30:12+08:00", "", "新华网"},
		{"a university's line with a counter a script fills (VSB)", `作者：周建国　来源：学生处　发布时间：2019-05-06　浏览次数：<script>_showDynClicks("wbnews", 1234, 5678)</script>`, "2019-05-06", "周建国", "学生处"},
		{"the weekday after the date", `<div class="info">发布时间：2019-05-06 09:30 星期一　来源：县税务局</div>`, "2019-05-06T09:30:00+08:00", "", "县税务局"},
		{"a bar between date and source", `2019年05月06日09:30 | 来源：<a href="http://paper.example.cn/">人民网－人民日报</a>`, "2019-05-06T09:30:00+08:00", "", "人民网－人民日报"},
		{"an unlabelled date and outlet (a portal's time-source)", `<span class="time-source">2019年05月06日 09:30 <span class="source"><a href="http://www.chinanews.com/">中国新闻网</a></span></span>`, "2019-05-06T09:30:00+08:00", "", ""},
		{"year, day and time in spans (Xinhua)", `<div class="header-time left"><span class="year"><em> 2019</em></span><span class="day"><em> 05</em>/<em>06</em></span><span class="time"> 09:30:12</span></div>`, "2019-05-06T09:30:12+08:00", "", ""},
	}
	p1 := "<p>" + shapeP1 + "</p>\n<p>" + shapeP2 + "</p>"
	failed, total := 0, 0
	for _, tpl := range cmsTemplates() {
		if tpl.forum() {
			continue // a post's header is not a content system's metadata line
		}
		for _, l := range lines {
			total++
			page := tpl.page(shape{meta: l.line, Author: l.author, Published: l.date}, p1) // a template's own place for the time shows the line's
			page = tpl.served(t, page)
			u, _ := url.Parse("http://www.example.org/a/xinwen/881.html")
			a, err := Generic(Decode([]byte(page), "").Text, u)
			if err != nil {
				t.Errorf("%s, %s: %v", tpl.name, l.name, err)
				failed++
				continue
			}
			author := tpl.author(shape{Author: l.author, meta: l.line})
			if a.Meta.PublishedAt != l.date || a.Meta.Author != author || a.Meta.Source != l.source || a.Title != shapeTitle ||
				!strings.HasPrefix(a.BodyText, shapeP1[:30]) {
				failed++
				t.Errorf("%s, %s: date %q author %q source %q title %q, want %q %q %q\n  body %.60q", tpl.name, l.name,
					a.Meta.PublishedAt, a.Meta.Author, a.Meta.Source, a.Title, l.date, author, l.source, a.BodyText)
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, total)
	}
}

// TestTitlesInTemplates: a <title> that does not hold the article's
// title (the site's name alone, a column and the site, a title cut
// short, none) leaves the heading of every template to name it.
func TestTitlesInTemplates(t *testing.T) {
	t.Parallel()
	titleRe := regexp.MustCompile(`<title>[^<]*</title>`)
	forms := []struct{ name, title string }{
		{"the site's name", "苍南县税务协会"},
		{"a column and the site", "新闻动态 - 苍南县税务协会"},
		{"cut short", string([]rune(shapeTitle)[:10]) + "...-苍南县税务协会"},
		{"none", ""},
	}
	body := twoParas
	meta := timeSourceLine
	failed, total := 0, 0
	for _, tpl := range cmsTemplates() {
		for _, f := range forms {
			total++
			page := titleRe.ReplaceAllString(tpl.page(metaShape(meta), body), "<title>"+f.title+"</title>")
			a, err := Generic(page, nil)
			if err != nil {
				t.Errorf("%s, %s: %v", tpl.name, f.name, err)
				failed++
				continue
			}
			if a.Title != shapeTitle {
				failed++
				t.Errorf("%s, <title> %s: title %q", tpl.name, f.name, a.Title)
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, total)
	}
}

// TestDatedTitlesInTemplates: a title that holds a day (a press
// conference's, a meeting's) does not date the page: the day shown beside
// it does, in every template; with none shown, the title's day is the
// nearest there is.
func TestDatedTitlesInTemplates(t *testing.T) {
	t.Parallel()
	body := twoParas
	cases := []struct{ title, meta, want string }{
		{"2022年1月20日外交部发言人主持例行记者会", `<div class="info">2022-01-21 08:00　来源：外交部</div>`, "2022-01-21T08:00:00+08:00"},
		{"2022年1月20日外交部发言人主持例行记者会", `<div class="info">2022-01-21 08:00</div>`, "2022-01-21T08:00:00+08:00"},
		{"国务院2022年1月20日常务会议部署稳就业工作", `<div class="info">发布时间：2022-01-21　来源：新华社</div>`, "2022-01-21"},
		{"2022年1月20日外交部发言人主持例行记者会", `<div class="info">来源：外交部</div>`, "2022-01-20"},
	}
	for _, tpl := range cmsTemplates() {
		if tpl.forum() {
			continue // a reply's stamp dates a thread with no other
		}
		for _, c := range cases {
			page := strings.ReplaceAll(tpl.page(shape{meta: c.meta}, body), shapeTitle, c.title)
			a, err := Generic(Decode([]byte(tpl.served(t, page)), "").Text, nil)
			if err != nil {
				t.Fatalf("%s: %v", tpl.name, err)
			}
			if a.Title != c.title || a.Meta.PublishedAt != c.want {
				t.Errorf("%s, %q under %q: title %q, date %q, want %q", tpl.name, c.meta, c.title, a.Title, a.Meta.PublishedAt, c.want)
			}
		}
	}
}

// TestTitleSpellingsInTemplates: a title <title> spells otherwise than
// the heading (straight quotes and half-width marks, full-width
// figures, a different quote, a space for the colon), leaves out the
// heading's tail (（附清单）), or a heading that runs on with a summary
// after a space, in every template: the title is the heading's, as the
// page shows it, and never the summary.
func TestTitleSpellingsInTemplates(t *testing.T) {
	t.Parallel()
	const heading = "苍南县“非接触式”办税清单扩围至200项：小微企业受益（附清单）"
	const summary = "年过五十的她带领学校民乐团的孩子们一路快乐前行，在比赛中拿下不俗的成绩"
	forms := []struct{ name, title, shown string }{
		{"straight quotes, half-width marks", `苍南县"非接触式"办税清单扩围至200项:小微企业受益(附清单)`, heading},
		{"full-width figures", "苍南县“非接触式”办税清单扩围至２００项：小微企业受益（附清单）", heading},
		{"the heading's tail left out", "苍南县“非接触式”办税清单扩围至200项：小微企业受益", heading},
		{"other quotes, a space for the colon", "苍南县‘非接触式’办税清单扩围至200项 小微企业受益（附清单）", heading},
		{"a summary after the heading, in it", heading, heading + ` <span class="summary">` + summary + `</span>`},
	}
	body := twoParas
	meta := timeSourceLine
	failed, total := 0, 0
	for _, tpl := range cmsTemplates() {
		for _, f := range forms {
			total++
			page := tpl.page(metaShape(meta), body)
			i := strings.Index(page, "</title>")
			// <title> spells it one way; og:title, ArticleTitle and the
			// heading as the page shows it.
			page = strings.ReplaceAll(page[:i], shapeTitle, f.title) + strings.ReplaceAll(page[i:], shapeTitle, f.shown)
			page = strings.ReplaceAll(page, `content="`+f.title, `content="`+heading)
			a, err := Generic(Decode([]byte(tpl.served(t, page)), "").Text, nil)
			if err != nil {
				t.Fatalf("%s: %v", tpl.name, err)
			}
			if a.Title != heading {
				failed++
				t.Errorf("%s, %s: title %q", tpl.name, f.name, a.Title)
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, total)
	}
}

// TestTitleWordsInTemplates: titles of words a title line could be
// taken for something else by (a day, a label and a bar, a bracketed
// column, a colon, a space, a two-word heading, Latin words), in every
// template: the title is read whole, the date is the metadata line's,
// the body starts and ends with the text.
func TestTitleWordsInTemplates(t *testing.T) {
	t.Parallel()
	titles := []string{
		"苍南县人民政府办公室关于印发苍南县2019年深化“放管服”改革优化营商环境工作要点的通知",
		"2019年5月份全县税收收入完成情况",
		"二〇一九年一季度全县税收收入快报",
		"县税务局：减税降费红利持续释放",
		"减税降费 惠企利民",
		"【党史学习教育】县税务局开展主题党日活动",
		"视频｜县税务局开展纳税服务月活动",
		"工作简报",
		"Windows 10 下如何设置 Go 开发环境",
	}
	failed, total := 0, 0
	for _, tpl := range cmsTemplates() {
		for _, title := range titles {
			total++
			page := strings.ReplaceAll(tpl.page(metaShape(timeSourceLine), twoParas), shapeTitle, title)
			a, err := Generic(Decode([]byte(tpl.served(t, page)), "").Text, nil)
			if err != nil {
				t.Fatalf("%s: %v", tpl.name, err)
			}
			if a.Title != title || a.Meta.PublishedAt != "2019-05-06T09:30:00+08:00" || !strings.HasPrefix(a.BodyText, shapeP1[:30]) || !endsWith(a.BodyText, shapeP2[len(shapeP2)-30:]) {
				failed++
				t.Errorf("%s, %q: title %q date %q body %.40q", tpl.name, title, a.Title, a.Meta.PublishedAt, a.BodyText)
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, total)
	}
}

// TestBrokenTitlesInTemplates: a title the markup breaks over two lines
// (a <br>, a line break in the source, both with the next line indented),
// in every template, reads as <title> holds it, without the space a
// browser would show: Chinese is written without spaces. A space the
// editor wrote, <title> holding it too, stays.
func TestBrokenTitlesInTemplates(t *testing.T) {
	t.Parallel()
	body := twoParas
	meta := timeSourceLine
	half := len("全县小微企业减税降费")
	failed, total := 0, 0
	for _, tpl := range cmsTemplates() {
		for _, br := range []string{"<br>", "\n", "<br/>\n            "} {
			total++
			page := tpl.page(metaShape(meta), body)
			i := strings.Index(page, "</title>") // the heading after <title>, not <title> itself
			page = page[:i] + strings.ReplaceAll(page[i:], shapeTitle, shapeTitle[:half]+br+shapeTitle[half:])
			a, err := Generic(Decode([]byte(tpl.served(t, page)), "").Text, nil)
			if err != nil {
				t.Fatalf("%s: %v", tpl.name, err)
			}
			if a.Title != shapeTitle || a.Meta.PublishedAt != "2019-05-06T09:30:00+08:00" || !strings.HasPrefix(a.BodyText, shapeP1[:30]) {
				failed++
				t.Errorf("%s, broken by %q: title %q date %q body %.40q", tpl.name, br, a.Title, a.Meta.PublishedAt, a.BodyText)
			}
		}
		// A space the editor wrote, in <title> too, stays.
		total++
		spaced := shapeTitle[:half] + " " + shapeTitle[half:]
		page := strings.ReplaceAll(tpl.page(metaShape(meta), body), shapeTitle, spaced)
		a, err := Generic(Decode([]byte(tpl.served(t, page)), "").Text, nil)
		if err != nil {
			t.Fatalf("%s: %v", tpl.name, err)
		}
		if a.Title != spaced || a.Meta.PublishedAt != "2019-05-06T09:30:00+08:00" || !strings.HasPrefix(a.BodyText, shapeP1[:30]) {
			failed++
			t.Errorf("%s, a space written in the title: title %q date %q body %.40q", tpl.name, a.Title, a.Meta.PublishedAt, a.BodyText)
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, total)
	}
}

// chromeBelow and chromeAbove are lines of chrome a CMS sets under and
// over an article inside its block.
var chromeBelow = []string{
	"【打印本页】【关闭窗口】",
	"[ 打印 ]　[ 关闭 ]",
	"【字体：大 中 小】【打印】【关闭】",
	"打印本页 | 关闭窗口",
	"【我要纠错】 【打印】 【关闭】",
	"分享到：",
	"扫一扫在手机打开当前页",
	"上一篇：全县开展安全生产大检查",
	"下一篇：没有了",
	"浏览次数：1234",
	"阅读次数：<span>1234</span>次",
	"版权所有：苍南县人民政府 未经许可不得转载",
	"(c) 2012 苍南县税务协会",
	"相关新闻：",
	"网友评论",
	"返回顶部",
	"收藏本页 | 推荐给朋友",
	"【大 中 小】",
	"视力保护色：",
	"上一条：全县开展安全生产大检查",
	"扫描二维码分享到微信",
	"免责声明：本站部分内容转自网络，如有侵权请联系删除。",
	"主办单位：苍南县人民政府办公室　承办单位：苍南县大数据发展中心",
	"浙ICP备05000000号",
	"写留言",
	"喜欢此内容的人还喜欢",
	// The notices and links portals and self-media platforms of the
	// 2020s append inside the article's block.
	"特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
	"Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.",
	"特别声明：以上文章内容仅代表作者本人观点，不代表凤凰网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤凰网联系。",
	"本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。",
	"<a href=\"//www.sohu.com/?strategyid=00001\" title=\"点击进入搜狐首页\">返回搜狐，查看更多</a>",
	"声明：本文系转载，版权归原作者所有，如有侵权请联系删除。",
	"海量资讯、精准解读，尽在新浪财经APP",
	"举报/反馈",
	"点击进入专题：全国两会",
	"打开APP阅读更多精彩内容",
	"版权声明：本文为原创，转载请注明出处。",
	"[1] [2] [3] [4] [5] [6]",
	// A WeChat account's foot.
	"- END -",
	"往期推荐",
	"点击蓝字 关注我们",
	"分享收藏点赞在看",
	"▼",
	// Found with the 2015–2022 templates.
	"更多精彩内容请关注新华网",
	"登录后参与评论",
	"阅读 1.2万",
	"欢迎转发分享",
	"点击“阅读原文”了解更多",
	"广告声明：文内含有的对外跳转链接，用于传递更多信息，节省甄选时间，结果仅供参考。",
	"原标题：县里减税降费成效显著",
	"本文版权归 老陈 所有，任何形式转载请联系作者。",
	"新浪新闻公众号",
	// Found with a probe of 2005–2012 CMS templates' foot lines.
	"本文共被浏览 123 次",
	"没有相关文章",
	"TOP",
	"[返回]",
	"本页网址：http://www.example.gov.cn/news/1.html",
	"请文明上网，理性发言",
	"查看全部评论",
	"我要留言",
	"扫码分享",
	"手机看新闻",
	// A ranking box's heading, found with an article split in two.
	"日榜",
	"排行榜",
	// A photo box's heading and a news site's licence and complaint
	// lines, found with a real page in a column beside summaries.
	"图片新闻",
	"ICP许可证号：浙B2-20040032",
	"互联网新闻信息服务许可证编号：33120170001",
	"违法和不良信息举报电话：0577-12345678",
	"网站投诉：tousu@example.com 电话：0577-12345678",
}

var chromeAbove = []string{
	"【字体：大 中 小】",
	"字号：T|T",
	"[ 打印 ]　[ 关闭 ]",
	"分享到：",
	"浏览次数：1234",
	"当前位置：首页 > 新闻中心 > 正文",
	"发布时间：2019-05-06　　来源：县税务局",
	"【大 中 小】",
	"视力保护色：",
	"信息来源：县税务局",
	"点击上方蓝字关注我们",
	"点击上方“苍南税务”关注我们",
	// What a video player shows before its script has run.
	"视频加载中，请稍候...",
	"您的浏览器不支持 video 标签。",
	"00:00 / 01:32",
	"点击播放",
	// Found with a probe of 2005–2012 CMS templates' tool rows: font
	// size and background colour switches, reading aloud, a source line
	// with 本文 before its label.
	"A+ A-",
	"默认 大 超大",
	"放大 缩小 默认",
	"【背景色 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 灰 银河白(默认色)】",
	"听新闻",
	"语音播报",
	"阅读模式",
	"加载中...",
	"本文来源：县税务局",
}

// TestChromeInTemplates: lines of a page's chrome that templates put
// inside the article's block, above or below its text (tools, counters,
// share rows, a pager, the publisher's notice), in every template, under
// a short article and a long one: the body starts and ends with the
// article's text.
func TestChromeInTemplates(t *testing.T) {
	t.Parallel()
	below, above := chromeBelow, chromeAbove
	more := []string{moreParas[0], moreParas[2], moreParas[4]}
	meta := timeSourceLine
	failed, total := 0, 0
	for _, tpl := range cmsTemplates() {
		if tpl.forum() {
			continue
		}
		for _, long := range []bool{false, true} {
			text := []string{shapeP1, shapeP2}
			if long {
				text = append(append([]string{shapeP1}, more...), shapeP2)
			}
			for i, c := range append(above, below...) {
				top := i < len(above)
				paras := append([]string{}, text...)
				if top {
					paras = append([]string{c}, paras...)
				} else {
					paras = append(paras, c)
				}
				total++
				page := tpl.page(metaShape(meta), "<p>"+strings.Join(paras, "</p>\n<p>")+"</p>")
				a, err := Generic(page, nil)
				if err != nil {
					t.Errorf("%s: %v", tpl.name, err)
					failed++
					continue
				}
				if !strings.HasPrefix(a.BodyText, shapeP1[:30]) || !endsWith(a.BodyText, shapeP2[len(shapeP2)-30:]) {
					failed++
					t.Errorf("%s, long %v, top %v, %q: body %q", tpl.name, long, top, c, a.BodyText)
				}
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, total)
	}
}

// TestMidArticleLinesInTemplates: lines inside an article that look like
// where a page's chrome begins (a schedule's rows stamped with times, a
// table of dated figures, a section named 相关链接 or 读者留言, a reply
// quoted, a bracketed notice with a day and time) do not end the body
// when the article goes on after them.
func TestMidArticleLinesInTemplates(t *testing.T) {
	t.Parallel()
	more := []string{moreParas[0], moreParas[2]}
	mids := []struct{ name, html string }{
		{"a schedule's table", `<table><tr><td>2019-05-10 09:00</td><td>报到</td></tr><tr><td>2019-05-10 14:30</td><td>开幕式</td></tr><tr><td>2019-05-11 08:30</td><td>分组讨论</td></tr></table>`},
		{"a table of dated figures", `<table><tr><td>日期</td><td>户数</td><td>金额（万元）</td></tr><tr><td>2019-05-06</td><td>123</td><td>45.6</td></tr><tr><td>2019-05-07</td><td>98</td><td>33.1</td></tr></table>`},
		{"a section named 相关链接", `<p>相关链接：</p>`},
		{"a section named 读者留言", `<p><strong>读者留言</strong></p>`},
		{"a section named 评论", `<p>评论</p>`},
		{"a pager's words", `<p>第1页 共2页</p>`},
		{"a reply quoted", `<p>回复：这个政策好</p>`},
		{"times of a day", `<p>上午 9:00 报到</p><p>下午 14:30 开会</p>`},
		{"a bracketed notice", `<p>【重要】 05-11 16:06 报名截止</p>`},
		{"a slogan like a comment box's hint", `<p>文明上网，从我做起。</p>`},
		{"a heading like a counter", `<p>共被浏览的政策</p>`},
	}
	meta := timeSourceLine
	for _, tpl := range cmsTemplates() {
		if tpl.forum() {
			continue
		}
		for _, m := range mids {
			body := "<p>" + shapeP1 + "</p><p>" + more[0] + "</p>" + m.html + "<p>" + more[1] + "</p><p>" + shapeP2 + "</p>"
			a, err := Generic(tpl.page(metaShape(meta), body), nil)
			if err != nil {
				t.Errorf("%s, %s: %v", tpl.name, m.name, err)
				continue
			}
			if !strings.Contains(a.BodyText, more[1][:30]) || !endsWith(a.BodyText, shapeP2[len(shapeP2)-30:]) {
				t.Errorf("%s, %s: the body ends early: %q", tpl.name, m.name, a.BodyText)
			}
		}
	}
}

// TestSidebarSummariesInTemplates: a column of summaries after the page
// (five headlines with a sentence each, more prose than a short
// article), in every template: readability takes the column over a
// short article, and the title <title> gives, shown as a line of its own
// but in no heading's markup (a TRS page's <div class="bt">, a
// hospital's <div class="show_t">), must not give way to the column's
// heading: the title, date and text stay the article's. First run: 3 of
// 116 pages wrong (the column's 热点文章 or the pager's 下一篇 taken for
// the title, the column for the text). A WeChat article as served is
// left out: its text is hidden until its scripts run, and no account's
// page has more prose beside it.
func TestSidebarSummariesInTemplates(t *testing.T) {
	t.Parallel()
	summary := "县税务局日前召开座谈会，听取企业对减税降费政策落实的意见建议，现场解答了企业关心的发票领用、留抵退税等问题，与会代表纷纷表示受益匪浅，希望今后多举办此类活动。"
	side := `<div class="sidebar"><h3>热点文章</h3>`
	for i, h := range []string{"县委召开全体扩大会议", "市政府发布防汛工作通知", "省税务局开展纳税服务月活动", "全市开展安全生产大检查", "县政协召开常委会议"} {
		side += `<h4><a href="/n/` + string(rune('a'+i)) + `.html">` + h + `</a></h4><p>` + summary + `</p>`
	}
	side += `</div>`
	long := "<p>" + shapeP1 + "</p><p>" + strings.Join(moreParas, "</p><p>") + "</p><p>" + shapeP2 + "</p>"
	for _, tpl := range cmsTemplates() {
		if tpl.forum() || tpl.name == "WeChat article" {
			continue
		}
		for _, body := range []string{twoParas, long} {
			page := tpl.page(metaShape(timeSourceLine), body)
			i := strings.LastIndex(page, "</body>")
			a, err := Generic(Decode([]byte(tpl.served(t, page[:i]+side+page[i:])), "").Text, nil)
			if err != nil {
				t.Fatalf("%s: %v", tpl.name, err)
			}
			if a.Title != shapeTitle || a.Meta.PublishedAt != "2019-05-06T09:30:00+08:00" || !strings.HasPrefix(a.BodyText, shapeP1[:30]) || !endsWith(a.BodyText, shapeP2[len(shapeP2)-30:]) {
				t.Errorf("%s, %d paragraphs: title %q, date %q, body %.30q … %q", tpl.name, strings.Count(body, "<p>"), a.Title, a.Meta.PublishedAt, a.BodyText, a.BodyText[max(0, len(a.BodyText)-60):])
			}
		}
	}
}

// TestSplitTextInTemplates: an article's text in parts (two blocks with
// an advertisement between, a photo and its caption, a page break,
// section headings as <h3> or <strong>, a video, a quotation, a list), in
// every template: the body holds every part, from the first to the last.
// First run: 1 of 464 pages wrong (IT Home: readability took the page's
// whole column, and the ranking box beside it, 日榜, stayed under the
// text).
func TestSplitTextInTemplates(t *testing.T) {
	t.Parallel()
	p := func(s ...string) string { return "<p>" + strings.Join(s, "</p><p>") + "</p>" }
	m := moreParas
	splits := []struct{ name, html string }{
		{"two blocks and an advertisement", `<div class="text">` + p(shapeP1, m[0], m[1]) + `</div><div class="adv"><a href="http://ad.example.com/"><img src="/ad/1.jpg"></a></div><div class="text">` + p(m[2], m[3], shapeP2) + `</div>`},
		{"a photo and its caption", p(shapeP1, m[0], m[1]) + `<div class="pic"><img src="/u/1.jpg"><p class="caption">图为县税务局工作人员上门辅导纳税人。</p></div>` + p(m[2], m[3], shapeP2)},
		{"a page break", p(shapeP1, m[0], m[1]) + `<!-- page break --><div style="page-break-after: always"><span style="display:none">&nbsp;</span></div>` + p(m[2], m[3], shapeP2)},
		{"<h3> sections", `<h3>一、基本情况</h3>` + p(shapeP1, m[0]) + `<h3>二、主要做法</h3>` + p(m[1], m[2]) + `<h3>三、下一步打算</h3>` + p(m[3], shapeP2)},
		{"<strong> sections", p("<strong>一、基本情况</strong>", shapeP1, m[0], "<strong>二、主要做法</strong>", m[1], m[2], "<strong>三、下一步打算</strong>", m[3], shapeP2)},
		{"a video", p(shapeP1, m[0]) + `<div class="video"><video src="/v/1.mp4" controls></video></div>` + p(m[1], m[2], m[3], shapeP2)},
		{"a quotation", p(shapeP1, m[0]) + `<blockquote>` + p(m[1]) + `</blockquote>` + p(m[2], m[3], shapeP2)},
		{"a list", p(shapeP1) + `<ul><li>` + m[0] + `</li><li>` + m[1] + `</li></ul>` + p(m[2], shapeP2)},
	}
	for _, tpl := range cmsTemplates() {
		if tpl.forum() {
			continue
		}
		for _, sp := range splits {
			a, err := Generic(Decode([]byte(tpl.served(t, tpl.page(metaShape(timeSourceLine), sp.html))), "").Text, nil)
			if err != nil {
				t.Fatalf("%s, %s: %v", tpl.name, sp.name, err)
			}
			first := shapeP1[:30]
			if strings.HasPrefix(sp.html, "<h3>") || strings.Contains(sp.html, "<strong>一") {
				first = "一、基本情况"
			}
			if !strings.HasPrefix(a.BodyText, first) || !endsWith(a.BodyText, shapeP2[len(shapeP2)-30:]) || !strings.Contains(a.BodyText, m[0][:30]) || !strings.Contains(a.BodyText, m[2][:30]) {
				t.Errorf("%s, %s: body %.30q … %q", tpl.name, sp.name, a.BodyText, a.BodyText[max(0, len(a.BodyText)-90):])
			}
		}
	}
}

// TestPartialDatesInTemplates: a day shown without its year or relative
// to now (05-06 09:30, 昨天, 3小时前, 5月6日), the year given by the URL, a
// meta tag, JSON-LD or a <time datetime>, the day in the title attribute
// of a relative stamp (3天前); a day only the URL or the
// metadata gives; in every template: the day is read, and no year is
// made up where nothing gives one. First run: 3 of 696 pages wrong (a
// template's empty <time datetime=""> before the article's).
func TestPartialDatesInTemplates(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, head, meta, url, want string }{
		{"月-日 and the URL's /2019/5/6/", "", `<div class="info">05-06 09:30　来源：县税务局</div>`, "http://www.example.gov.cn/art/2019/5/6/art_123_456.html", "2019-05-06"},
		{"月-日 and TRS's /201905/t20190506_", "", `<div class="info">05-06 09:30　来源：县税务局</div>`, "http://www.example.gov.cn/xwzx/201905/t20190506_123.html", "2019-05-06"},
		{"昨天 and article:published_time", `<meta property="article:published_time" content="2019-05-06T09:30:00+08:00">`, `<div class="info">昨天 09:30　来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"3小时前 and JSON-LD", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2019-05-06T09:30:00+08:00"}</script>`, `<div class="info">3小时前　来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"5月6日 and publishdate", `<meta name="publishdate" content="2019-05-06">`, `<div class="info">5月6日 09:30　来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"the URL alone, People's /2019/0506/", "", `<div class="info">来源：县税务局</div>`, "http://www.example.com/n1/2019/0506/c123-456.html", "2019-05-06"},
		{"the URL alone, Xinhua's /2019-05/06/", "", `<div class="info">来源：县税务局</div>`, "http://www.example.com/2019-05/06/c_123.htm", "2019-05-06"},
		{"the URL alone, /20190506/", "", `<div class="info">来源：县税务局</div>`, "http://www.example.com/a/20190506/123.htm", "2019-05-06"},
		{"3天前 with its day in the title attribute", "", `<div class="info"><span title="2019-05-06 09:30">3天前</span>　来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"PubDate alone", `<meta name="PubDate" content="2019-05-06 09:30">`, `<div class="info">来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"itemprop=datePublished alone", `<meta itemprop="datePublished" content="2019-05-06T09:30:00+08:00">`, `<div class="info">来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"a <time datetime> showing 5月6日", "", `<div class="info"><time datetime="2019-05-06T09:30:00+08:00">5月6日</time>　来源：县税务局</div>`, "http://www.example.com/a/123.html", "2019-05-06"},
		{"月-日 and nothing to give the year", "", `<div class="info">05-06 09:30　来源：县税务局</div>`, "http://www.example.com/a/123.html", ""},
	}
	for _, tpl := range cmsTemplates() {
		if tpl.forum() {
			continue
		}
		for _, c := range cases {
			u, err := url.Parse(c.url)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Generic(Decode([]byte(tpl.served(t, tpl.page(shape{meta: c.meta, head: c.head}, twoParas))), "").Text, u)
			if err != nil {
				t.Fatalf("%s, %s: %v", tpl.name, c.name, err)
			}
			if c.want == "" && a.Meta.PublishedAt != "" && !strings.HasPrefix(a.Meta.PublishedAt, "2019") || c.want != "" && !strings.HasPrefix(a.Meta.PublishedAt, c.want) {
				t.Errorf("%s, %s: date %q", tpl.name, c.name, a.Meta.PublishedAt)
			}
		}
	}
}

// TestWeChatAsServed: a WeChat article as its server sends it (what a
// crawl keeps, not what a browser saves once its scripts have run): the
// text hidden, the day only in the script's ct, the author's name beside
// the account's above the text, the date's element empty.
func TestWeChatAsServed(t *testing.T) {
	t.Parallel()
	var wx cmsTemplate
	for _, tpl := range cmsTemplates() {
		if tpl.name == "WeChat article" {
			wx = tpl
		}
	}
	account := `<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">苍南税务</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>`
	cases := []struct{ name, meta, author string }{
		{"the author and the account", `<span class="rich_media_meta rich_media_meta_text">陈晓东</span> ` + account, "陈晓东"},
		{"an original mark first", `<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span> <span class="rich_media_meta rich_media_meta_text">欧阳建华</span> ` + account, "欧阳建华"},
		{"the account alone", account, ""},
		{"an account named like a person's column", `<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">税务小陈</a></span> <em id="publish_time"></em>`, ""},
	}
	for _, c := range cases {
		for _, long := range []bool{false, true} {
			paras := []string{shapeP1, shapeP2}
			if long {
				paras = slices.Insert(paras, 1, moreParas...)
			}
			s := shape{meta: c.meta, Published: "2019-05-06T09:30:00+08:00"}
			a, err := Generic(wx.page(s, "<p>"+strings.Join(paras, "</p>\n<p>")+"</p>"), nil)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if a.Title != shapeTitle || a.Meta.Author != c.author || a.Meta.PublishedAt != s.Published ||
				!strings.HasPrefix(a.BodyText, shapeP1) || !endsWith(a.BodyText, shapeP2) {
				t.Errorf("%s, long %v: title %q author %q (want %q) date %q\n  body %q", c.name, long, a.Title, a.Meta.Author, c.author, a.Meta.PublishedAt, a.BodyText)
			}
		}
	}
}

// editorCredit is the editor's credit closing a body (责任编辑：X,
// (责编：X、Y), 【编辑:X】): the article's where the page signs it in the
// text's block, as the open half's gold keeps it.
var editorCredit = regexp.MustCompile(`\n\n[（(【\[]?\s*(?:责任编辑|责编|编辑)\s*[:：\s]\s*[^\n]{1,30}$`)

// endsWith: body ends with end, the editor's credit after it or not.
func endsWith(body, end string) bool {
	return strings.HasSuffix(body, end) || strings.HasSuffix(editorCredit.ReplaceAllString(body, ""), end)
}

// TestShortArticlesInTemplates: articles too short for readability's
// scoring (a photo and its caption, two short sentences, a notice with
// its attachment, one paragraph, a data table alone), in every template: the body is the
// article, not the metadata line readability may take, not a platform's
// statement, and ends before the page's chrome.
func TestShortArticlesInTemplates(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, html, starts, ends string }{
		{"one paragraph", "<p>" + shapeP1 + "</p>", shapeP1, shapeP1},
		{"a photo and its caption", `<p style="text-align:center"><img src="/uploads/2019/a.jpg"></p><p style="text-align:center">图为县税务局工作人员上门辅导纳税人。</p>`,
			"图为县税务局工作人员上门辅导纳税人。", "图为县税务局工作人员上门辅导纳税人。"},
		{"two short sentences", "<p>近日，县税务局召开专题会议，部署下一阶段工作。</p><p>会议要求，各单位要抓好落实。</p>", "近日，县税务局召开专题会议", "各单位要抓好落实。"},
		{"a notice and its attachment", `<p>各有关单位：</p><p>根据工作安排，现将2019年度纳税信用评价结果予以公告，详见附件。</p><p>附件：<a href="/uploads/2019xy.xls">2019年度纳税信用A级纳税人名单.xls</a></p><p style="text-align:right">苍南县税务局</p><p style="text-align:right">2019年5月6日</p>`,
			"各有关单位：", "2019年5月6日"},
		{"a data table alone", `<table><tr><td>日期</td><td>户数</td><td>金额（万元）</td></tr><tr><td>2019-05-06</td><td>123</td><td>45.6</td></tr><tr><td>2019-05-07</td><td>98</td><td>33.1</td></tr><tr><td>合计</td><td>221</td><td>78.7</td></tr></table>`,
			"日期 户数 金额（万元）", "合计 221 78.7"},
	}
	meta := timeSourceLine
	failed, total := 0, 0
	for _, tpl := range cmsTemplates() {
		for _, c := range cases {
			total++
			page := tpl.served(t, tpl.page(metaShape(meta), c.html))
			a, err := Generic(Decode([]byte(page), "").Text, nil)
			if err != nil {
				t.Errorf("%s, %s: %v", tpl.name, c.name, err)
				failed++
				continue
			}
			// The editor's credit closes the text where the page signs it
			// (NetEase): it is the article's.
			body := editorCredit.ReplaceAllString(a.BodyText, "")
			if a.Title != shapeTitle || a.Meta.PublishedAt != "2019-05-06T09:30:00+08:00" ||
				!strings.HasPrefix(body, c.starts) || !strings.HasSuffix(body, c.ends) {
				failed++
				t.Errorf("%s, %s: title %q date %q\n  body %q", tpl.name, c.name, a.Title, a.Meta.PublishedAt, a.BodyText)
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, total)
	}
}

// TestGovInfoTables: a government document as a 政府信息公开 page shows
// it, under the catalogue's table (索引号, the issuing organ, the day it
// was written or entered, its number), in the layouts such sites use:
// the table above the title or below it, label and value in cells of
// their own or in one. The day is the table's (成文日期 over 发布日期, as
// the document is dated), the author the issuing organ, the body the
// document from its addressees to its date.
func TestGovInfoTables(t *testing.T) {
	t.Parallel()
	const title = "苍南县人民政府关于做好2019年度减税降费工作的通知"
	doc := `<p>各乡镇人民政府，县政府直属各单位：</p><p>` + shapeP1 + `</p><p>` + moreParas[0] + `</p><p>` + shapeP2 + `</p><p style="text-align:right">苍南县人民政府</p><p style="text-align:right">2019年5月6日</p>`
	cell := func(label, value string) string { return `<td class="t">` + label + `：</td><td>` + value + `</td>` }
	cases := []struct {
		name, table, date, author string
		above                     bool
	}{
		{"gov.cn's policy table above the title", `<table class="bd1"><tr>` + cell("索 引 号", "000014349/2019-00123") + cell("主题分类", "财政、金融、审计\\税务") + `</tr><tr>` + cell("发文机关", "苍南县人民政府") + cell("成文日期", "2019年05月06日") + `</tr><tr>` + cell("标　　题", title) + `</tr><tr>` + cell("发文字号", "苍政发〔2019〕12号") + cell("发布日期", "2019年05月08日") + `</tr></table>`,
			"2019-05-06", "苍南县人民政府", true},
		{"a province's catalogue table, label and value in one cell", `<table class="xxgk_table"><tr><td>索引号：002482365/2019-12345</td><td>公开方式：主动公开</td></tr><tr><td>发布机构：苍南县人民政府</td><td>生成日期：2019-05-06</td></tr><tr><td>文号：苍政发〔2019〕12号</td><td>有效性：有效</td></tr></table>`,
			"2019-05-06", "苍南县人民政府", true},
		{"a county's table under the title", `<div class="xxgk"><table><tr>` + cell("信息索引号", "11330327002482365Q/2019-00123") + cell("信息分类", "通知") + `</tr><tr>` + cell("发布机构", "苍南县人民政府") + cell("发文日期", "2019-05-06") + `</tr></table></div>`,
			"2019-05-06", "苍南县人民政府", false},
	}
	for _, c := range cases {
		head, under := c.table, ""
		if !c.above {
			head, under = "", c.table
		}
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `_政府信息公开_苍南县人民政府</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/col/zwgk/">政府信息公开</a> <a href="/col/bsfw/">办事服务</a></div>
<div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/col/zwgk/">政府信息公开</a> &gt; <a href="/col/wj/">政府文件</a></div>
<div class="main">` + head + `<h1 class="title">` + title + `</h1>` + under + `
<div class="content" id="zoom">` + doc + `</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="footer">主办：苍南县人民政府办公室<br>浙ICP备05000000号</div></body></html>`
		a, err := Generic(page, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Title != title || a.Meta.PublishedAt != c.date || a.Meta.Author != c.author ||
			!strings.HasPrefix(a.BodyText, "各乡镇人民政府") || !strings.HasSuffix(a.BodyText, "2019年5月6日") {
			t.Errorf("%s: title %q date %q author %q\n  body %q", c.name, a.Title, a.Meta.PublishedAt, a.Meta.Author, a.BodyText)
		}
	}
}

// TestKickerOverTitleInTemplates: a kicker (引题) the page sets over the
// title, in every template: the title stays the title and the body
// starts with the article's text, not the kicker, the title and the
// metadata line.
func TestKickerOverTitleInTemplates(t *testing.T) {
	t.Parallel()
	body := "<p>" + shapeP1 + "</p>\n<p>" + moreParas[0] + "</p>\n<p>" + shapeP2 + "</p>"
	meta := timeSourceLine
	for _, tpl := range cmsTemplates() {
		page := tpl.page(metaShape(meta), body)
		i := strings.Index(page, "</title>")
		j := i + strings.Index(page[i:], shapeTitle)
		k := strings.LastIndex(page[:j], "<") // the heading's opening tag
		page = page[:k] + `<div class="pre">减税降费进行时</div>` + page[k:]
		a, err := Generic(Decode([]byte(tpl.served(t, page)), "").Text, nil)
		if err != nil {
			t.Fatalf("%s: %v", tpl.name, err)
		}
		if a.Title != shapeTitle || a.Meta.PublishedAt != "2019-05-06T09:30:00+08:00" || !strings.HasPrefix(a.BodyText, shapeP1) || !endsWith(a.BodyText, shapeP2) {
			t.Errorf("%s: title %q date %q body %.80q", tpl.name, a.Title, a.Meta.PublishedAt, a.BodyText)
		}
	}
}

// TestSidebarHeadingFirstInTemplates: a sidebar before the article, its
// box's heading marked as a title (<h3 class="title">热点新闻</h3>) over
// one link or two, in every template, under two metadata lines: the
// article's title stays the title.
func TestSidebarHeadingFirstInTemplates(t *testing.T) {
	t.Parallel()
	body := twoParas
	item := `<li><a href="/a/1.html">县委召开全体扩大会议部署全年工作</a></li>`
	failed, total := 0, 0
	for _, tpl := range cmsTemplates() {
		for _, meta := range []string{`<div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div>`, `<div class="info">作者：周建国　发布时间：2019-05-06 09:30</div>`} {
			for _, items := range []string{item, item + `<li><a href="/a/2.html">市政府发布防汛防台工作通知</a></li>`} {
				total++
				page := tpl.page(metaShape(meta), body)
				i := strings.Index(page, "<body")
				i += strings.Index(page[i:], ">") + 1
				page = page[:i] + `<div class="side"><h3 class="title">热点新闻</h3><ul>` + items + `</ul></div>` + page[i:]
				a, err := Generic(Decode([]byte(tpl.served(t, page)), "").Text, nil)
				if err != nil {
					t.Fatalf("%s: %v", tpl.name, err)
				}
				if a.Title != shapeTitle || !strings.HasPrefix(a.BodyText, shapeP1[:30]) {
					failed++
					t.Errorf("%s, %s: title %q body %.60q", tpl.name, meta, a.Title, a.BodyText)
				}
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, total)
	}
}

// TestDateBarInTemplates: a date bar at the top of the page (the day the
// page was served or saved, 2023年3月12日 星期日) over the template's menu
// is never the article's date: with it each page gives the date it gives
// without it, whether the article shows its date labelled, as a bare day
// or not at all. The digital edition is left out: its top bar is the
// issue's date, and it has no other.
func TestDateBarInTemplates(t *testing.T) {
	t.Parallel()
	bars := []string{"2023年3月12日 星期日", "2023-03-12 星期日", "今天是：2023年3月12日 星期日 农历二月廿一", "欢迎访问苍南县人民政府网站 2023年3月12日", "当前日期：2023-03-12"}
	metas := []string{timeSourceLine, `<div class="info">2019-05-06　来源：县税务局</div>`, `<div class="info">来源：县税务局</div>`, "", `<div class="info">来源：县税务局</div>`}
	failed, total := 0, 0
	for _, tpl := range cmsTemplates() {
		if tpl.forum() || tpl.name == "digital paper 2019" {
			continue
		}
		for j, meta := range metas {
			body := twoParas
			if j%2 == 1 { // a long article: the lines under it out of the title's reach
				body = "<p>" + shapeP1 + "</p>\n<p>" + strings.Join(moreParas, "</p>\n<p>") + "</p>\n<p>" + shapeP2 + "</p>"
			}
			page := tpl.page(metaShape(meta), body)
			want, err := Generic(page, nil)
			if err != nil {
				t.Fatal(err)
			}
			i := strings.Index(page, "<body")
			i += strings.Index(page[i:], ">") + 1
			for _, bar := range bars {
				total++
				a, err := Generic(page[:i]+`<div class="topbar">`+bar+`</div>`+page[i:], nil)
				if err != nil {
					t.Fatal(err)
				}
				if a.Meta.PublishedAt != want.Meta.PublishedAt {
					failed++
					t.Errorf("%s, %q, bar %q: published %q, want %q", tpl.name, meta, bar, a.Meta.PublishedAt, want.Meta.PublishedAt)
				}
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d pages read wrong", failed, total)
	}
}

// TestWeChat2016Head: a WeChat article as saved in 2016 dates itself and
// names its author only on the line under its title (2016-05-06 张建国
// 苍南税务 苍南税务: the day, the author's field, the account as a link
// and as a name).
func TestWeChat2016Head(t *testing.T) {
	i := slices.IndexFunc(cmsTemplates(), func(tpl cmsTemplate) bool { return tpl.name == "WeChat article 2016" })
	tpl := cmsTemplates()[i]
	for _, author := range []string{"张建国", ""} {
		a, err := Generic(tpl.page(shape{Published: "2019-05-06", Author: author}, twoParas), nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Meta.PublishedAt != "2019-05-06" || a.Meta.Author != author || !strings.HasPrefix(a.BodyText, shapeP1[:30]) {
			t.Errorf("author %q: got published %q, author %q, body %.40q", author, a.Meta.PublishedAt, a.Meta.Author, a.BodyText)
		}
	}
}
