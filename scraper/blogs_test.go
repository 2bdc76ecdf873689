package scraper

import (
	"strings"
	"testing"
)

// TestBlogPostsOfTheEra: a post as the blog hosts of 2005–2008 showed it:
// the blog's name and its owner's profile around it, the day over the
// post or beside its title, the time and the counters in the line under
// it, the comments after. The post's day is the one its lines give;
// its author only the one a post's line names (Posted by X), never the
// blog's name or the owner's profile.
func TestBlogPostsOfTheEra(t *testing.T) {
	t.Parallel()
	const title = "减税以后的小店"
	post := "<p>" + shapeP1 + "</p><p>" + moreParas[1] + "</p><p>" + shapeP2 + "</p>"
	profile := `<div class="profile"><h3>个人资料</h3><p><img src="/avatar.jpg"></p><p>老陈</p><p>职业：会计</p><p>所在地：浙江温州</p></div>`
	archive := `<div class="archive"><h3>日志存档</h3><ul><li><a href="/2005/08/">2005年08月</a></li><li><a href="/2005/07/">2005年07月</a></li></ul></div>`
	comments := `<div class="comments"><h3>评论</h3><div class="comment"><p>小王 2005-08-23 08:12</p><p>写得真好，支持！</p></div></div>`
	cases := []struct{ name, page, author, date string }{
		{"BlogBus 2006: the day over the post, Posted by under it", `<html><head><meta charset="utf-8"><title>` + title + ` - 老陈的小屋 - BlogBus.com</title></head><body>
<div id="header"><h1><a href="http://laochen.blogbus.com/">老陈的小屋</a></h1><p>记账人的日子</p></div>
<div id="main"><h2 class="date">2006-08-22</h2><div class="post"><h3 class="title">` + title + `</h3>` + post + `
<div class="postFoot">Posted by 老陈 at 19:13 | <a href="#">评论(1)</a> | <a href="#">引用</a> | 分类：<a href="#">生活</a></div></div>` + comments + `</div>
<div id="sidebar">` + profile + archive + `</div><div id="footer">Powered by BlogBus</div></body></html>`,
			"老陈", "2006-08-22T19:13:00+08:00"},
		{"网易博客 2008: the day and time, category and tags under the title", `<html><head><meta charset="gbk"><title>` + title + ` - 老陈的日志 - 网易博客</title></head><body>
<div class="g-hd"><div class="blogname"><a href="http://laochen.blog.163.com/">老陈的小屋</a></div><div class="nav"><a href="/">首页</a> <a href="/blog/">日志</a> <a href="/album/">相册</a> <a href="/profile/">关于我</a></div></div>
<div class="g-bd"><div class="main"><div class="title"><h3 class="tit">` + title + `</h3></div>
<div class="tinfo"><span class="pleft">2008-08-22 19:13:18 | 分类： <a href="#">默认分类</a> | 标签：<a href="#">减税</a></span> <span class="pright">字号<a>大</a><a>中</a><a>小</a> <a>订阅</a></span></div>
<div class="nbw-blog-start"></div><div class="bct">` + post + `</div><div class="nbw-blog-end"></div>
<div class="vote">阅读(123) | 评论(1)</div>
<div class="prev">上一篇：<a href="#">记账人的日子</a></div>` + comments + `</div>
<div class="side">` + profile + archive + `</div></div><div class="g-ft">网易公司版权所有 &copy;1997-2008</div></body></html>`,
			"", "2008-08-22T19:13:18+08:00"},
		{"百度空间 2008: the day under the title, counters under the post", `<html><head><meta charset="gb2312"><title>` + title + `_老陈的空间_百度空间</title></head><body>
<div id="top"><div id="space_name"><a href="/laochen/">老陈的空间</a></div><div id="tabs"><a href="/laochen/">主页</a> <a href="/laochen/blog/">博客</a> <a href="/laochen/album/">相册</a> | <a href="/laochen/profile/">个人档案</a></div></div>
<div id="m_blog" class="modbox"><div class="tit">` + title + `</div><div class="date">2008年08月22日 星期五 下午 07:13</div>
<table style="table-layout:fixed"><tr><td><div id="blog_text" class="cnt">` + post + `</div></td></tr></table>
<div class="opt">类别：<a href="#">默认分类</a> | <a href="#">添加到搜藏</a> | 分享到i贴吧 | 浏览(123) | <a href="#">评论</a>&nbsp;(1)</div>
<div class="opt">上一篇：<a href="#">记账人的日子</a> &nbsp; 下一篇：<a href="#">夏天的雨</a></div>` + comments + `</div>
<div id="side">` + profile + `</div><div id="ft">&copy;2008 Baidu</div></body></html>`,
			"", "2008-08-22T19:13:00+08:00"},
		{"博客中国 2005: the author's line and the day under the title", `<html><head><meta charset="gb2312"><title>` + title + ` - 博客中国 - 老陈专栏</title></head><body>
<div class="top"><a href="http://www.blogchina.com/">博客中国</a> | <a href="http://www.blogchina.com/column/">专栏</a> | <a href="http://laochen.blogchina.com/">老陈专栏</a></div>
<table width="760"><tr><td width="560" valign="top"><div class="title"><b>` + title + `</b></div>
<div class="meta">作者：老陈　发表于 2005-8-22 19:13:00</div><div class="content">` + post + `</div>
<div class="foot">阅读全文(123) | 回复(1) | 引用通告(0) | <a href="#">编辑</a></div>` + comments + `</td>
<td width="200" valign="top">` + profile + archive + `</td></tr></table><div class="bottom">Copyright &copy; 2002-2005 博客中国 版权所有</div></body></html>`,
			"老陈", "2005-08-22T19:13:00+08:00"},
	}
	for _, c := range cases {
		a, err := Generic(c.page, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Title != title || a.Meta.Author != c.author || a.Meta.PublishedAt != c.date ||
			!strings.HasPrefix(a.BodyText, shapeP1[:30]) || !strings.HasSuffix(a.BodyText, shapeP2) {
			t.Errorf("%s: title %q author %q (want %q) date %q (want %q)\n  body %q", c.name, a.Title, a.Meta.Author, c.author, a.Meta.PublishedAt, c.date, a.BodyText)
		}
	}
}
