package replica

import (
	"fmt"
	"strings"
)

// The page chrome, as the samples show it. {{CHARSET}} {{TITLE}} {{MAIN}}
// and {{BADBYTE}} are filled per page.
const chromeHead = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={{CHARSET}}" />
<title>{{TITLE}}</title>
<meta name="keywords" content="苍南县国家税收纳税人权益维护协会,纳税人,维权" />
<meta name="description" content="苍南县国家税收纳税人权益维护协会" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/common.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td height="30" class="welcome">欢迎来到苍南县国家税收纳税人权益维护协会</td>
    <td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage(location.href);">设为首页</a>&nbsp;&nbsp;&nbsp;&nbsp;<a href="javascript:window.external.AddFavorite(location.href,'苍南县国家税收纳税人权益维护协会')">加入收藏</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/banner.gif" width="1000" height="160" /></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr><td>
{{NAV}}
</td><td width="230"><form name="search" action="search.asp" method="get"><input type="text" name="keyword" size="16" /><input type="submit" value="搜索" /></form></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main"><tr>
<td width="230" valign="top" class="left">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td class="lm_title">&nbsp;&nbsp;网站栏目</td></tr>
    <tr><td class="lm_list"><ul>
{{SIDEBAR}}    </ul></td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lm_title">&nbsp;&nbsp;联系方式</td></tr>
  <tr><td class="lm_list">电话：(0577) 68717111<br />传真：(0577) 68716388<br />{{BADBYTE}}</td></tr></table>
</td>
<td width="10"></td>
<td valign="top" class="right">
`

const chromeFoot = `
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="links"><tr><td>友情链接:
<select name="link" onchange="if(this.value!='')window.open(this.value);">
<option value="">--请选择--</option>
<option value="http://www.chinatax.gov.cn/">国家税务总局</option>
<option value="http://zhejiang.chinatax.gov.cn/">国家税务总局浙江省税务局</option>
<option value="http://www.cncn.gov.cn/">苍南县人民政府</option>
</select> <a href="http://www.wzta.gov.cn/" target="_blank">温州市税务学会</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer"><tr><td align="center">
{{FOOTNAV}}&nbsp;|&nbsp;<a href="admin/login.asp">管理登录</a><br />
Copyright ? 2012 苍南县国家税收纳税人权益维护协会 All rights reserved。 技术支持:<a href="http://www.3cnet.cn/" target="_blank">三创网络</a><br />
电话/传真:(0577) 68717111 26658777 68751855 68716388 <a href="http://www.miibeian.gov.cn/" target="_blank">浙ICP备12037378号-1</a> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33032702000730" target="_blank">浙公网安备 33032702000730号</a>
</td></tr></table>
<script type="text/javascript" src="js/tongji.js"></script>
</body>
</html>
`

const siteName = "苍南县国家税收纳税人权益维护协会"

// badByteMark is replaced by bytes that no decoder accepts (a truncated
// character) on the pages that carry one.
const badByteMark = "<!--BADBYTE-->"

const redesignHead = `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={{CHARSET}}" />
<title>{{TITLE}}</title>
<link href="css/new.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="header"><div class="logo">苍南县国家税收纳税人权益维护协会</div>
<ul class="mainmenu">{{NAV}}</ul>
<form action="search.asp" method="get"><input type="text" name="keyword" /><input type="submit" value="搜索" /></form></div>
<div id="wrap">
<div class="sidecol">
<div class="box"><h3>栏目导航</h3><ul>
{{SIDEBAR}}</ul></div>
<div class="box"><h3>联系方式</h3><p>电话：(0577) 68717111<br />传真：(0577) 68716388<br />{{BADBYTE}}</p></div>
</div>
<div class="maincol">
`

const redesignFoot = `
</div>
</div>
<div id="footer">{{FOOTNAV}} | <a href="admin/login.asp">管理登录</a><br />
Copyright &copy; 2012 苍南县国家税收纳税人权益维护协会 技术支持:<a href="http://www.3cnet.cn/">三创网络</a></div>
</body>
</html>
`

func (g *gen) page(title, charset, main string) string {
	if g.divLayout() {
		var nav, side, foot strings.Builder
		head := redesignHead
		if g.cfg.Design == "portal" {
			head = strings.Replace(head, `<div class="logo">苍南县国家税收纳税人权益维护协会</div>`,
				`<h1 class="logo"><a href="index.asp">苍南县国家税收纳税人权益维护协会</a></h1>`, 1)
			head = strings.Replace(head, `<div class="box"><h3>联系方式</h3>`, g.mostRead()+`<div class="box"><h3>联系方式</h3>`, 1)
		}
		nav.WriteString(`<li><a href="index.asp">首页</a></li>`)
		for i, c := range g.cols {
			fmt.Fprintf(&side, "<li><a href=\"list.asp?classid=%s\">%s</a></li>\n", c.classID, c.name)
			if c.inNav {
				fmt.Fprintf(&nav, `<li><a href="list.asp?classid=%s">%s</a></li>`, c.classID, c.name)
			}
			if i > 0 {
				foot.WriteString(" | ")
			}
			fmt.Fprintf(&foot, `<a href="list.asp?classid=%s">%s</a>`, c.classID, c.name)
		}
		r := strings.NewReplacer("{{CHARSET}}", charset, "{{TITLE}}", title, "{{NAV}}", nav.String(),
			"{{SIDEBAR}}", side.String(), "{{BADBYTE}}", badByteMark)
		return r.Replace(head) + main + strings.Replace(redesignFoot, "{{FOOTNAV}}", foot.String(), 1)
	}
	var nav, side, foot strings.Builder
	nav.WriteString(`<a href="index.asp">网站首页</a>`)
	first := true
	for _, c := range g.cols {
		fmt.Fprintf(&side, "      <li><a href=\"list.asp?classid=%s\">%s</a></li>\n", c.classID, c.name)
		if c.inNav {
			fmt.Fprintf(&nav, ` <a href="list.asp?classid=%s">%s</a>`, c.classID, c.name)
			if !first {
				foot.WriteString("&nbsp;|&nbsp;")
			}
			first = false
			fmt.Fprintf(&foot, `<a href="list.asp?classid=%s">%s</a>`, c.classID, c.name)
		}
	}
	r := strings.NewReplacer("{{CHARSET}}", charset, "{{TITLE}}", title, "{{NAV}}", nav.String(),
		"{{SIDEBAR}}", side.String(), "{{BADBYTE}}", badByteMark)
	return r.Replace(chromeHead) + main + strings.Replace(chromeFoot, "{{FOOTNAV}}", foot.String(), 1)
}

// mostRead is the portal's sidebar of most-read titles, the same on
// every page: eight live articles, whole titles.
func (g *gen) mostRead() string {
	var b strings.Builder
	b.WriteString(`<div class="box hot"><h3>阅读排行</h3><ol>`)
	n := 0
	for i := len(g.arts) - 1; i >= 0 && n < 8; i -= 7 {
		if a := g.arts[i]; a.gone == 0 && !a.unlisted {
			fmt.Fprintf(&b, `<li><a href="show.asp?id=%d" title="%s">%s</a></li>`, a.id, a.title, a.title)
			n++
		}
	}
	b.WriteString("</ol></div>\n")
	return b.String()
}

const softNotFound = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /></head><body><script language="javascript">alert("该信息不存在或已被删除！");history.back();</script></body></html>`

const robotsTxt = "User-agent: *\r\nDisallow: /admin/\r\nDisallow: /search.asp\r\n"
