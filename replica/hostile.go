package replica

import (
	"bytes"
	"fmt"
	"strings"
)

// Hostile pages added by AddHostile, by id.
const (
	HostileDeep        = 900001 // body nested 5,000 elements deep
	HostileHuge        = 900002 // a 50 MB page
	HostileGarbage     = 900003 // nothing but invalid bytes
	HostileLoop        = 900004 // redirects to itself
	HostileOffsite     = 900005 // redirects to another host
	HostileActive      = 900006 // script, iframe, onerror=, javascript: links in the body
	HostileDotDot      = 900007 // linked as ../../show.asp?id=N
	HostileHugeSize    = 50 << 20
	HostileActiveTitle = "含有脚本的文章"
)

// AddHostile adds pathological pages to a site and links them from the
// home page, with links to ../ paths and absurd ids. offsite is the URL a
// page redirects to on another host. The pages are built in memory: the
// 50 MB one is never committed.
func AddHostile(s *Site, offsite string) {
	wrap := func(title, body string) []byte {
		return []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>` + title + `</title></head><body>` +
			`<td class="right"><div class="position">您当前位置的: <a href="index.asp">网站首页</a> &gt; <a href="list.asp?classid=28">通知公告</a> &gt; 正文</div>` +
			`<div class="content"><h1 class="title">` + title + `</h1><div class="info">时间:2020/1/2 3:04:05 来源:本站 作者:测试</div>` +
			`<div class="text" id="zoom">` + body + `</div></div></td></body></html>`)
	}
	add := func(id int, r *Response) { s.Responses[Key("/show.asp", fmt.Sprintf("id=%d", id))] = r }
	html := "text/html; charset=utf-8"

	deep := strings.Repeat("<div><font>", 2500) + "<p>深层嵌套的正文。</p>" + strings.Repeat("</font></div>", 2500)
	add(HostileDeep, &Response{Status: 200, ContentType: html, Body: wrap("深层嵌套的文章", "<p>第一段。</p>"+deep)})

	var huge bytes.Buffer
	huge.Write(wrap("巨大的页面", "<p>"))
	for huge.Len() < HostileHugeSize {
		huge.WriteString("巨大的页面内容。")
	}
	add(HostileHuge, &Response{Status: 200, ContentType: html, Body: huge.Bytes()})

	garbage := make([]byte, 64<<10)
	for i := range garbage {
		garbage[i] = byte(0x80 + (i*7919)%0x7f)
	}
	add(HostileGarbage, &Response{Status: 200, ContentType: "text/html", Body: garbage})

	add(HostileLoop, &Response{Status: 302, ContentType: "text/html", Location: fmt.Sprintf("show.asp?id=%d&again=1", HostileLoop)})
	add(HostileOffsite, &Response{Status: 302, ContentType: "text/html", Location: offsite})

	active := `<p>正文第一段。<script>alert("x")</script></p>` +
		`<iframe src="http://evil.example/"></iframe>` +
		`<p><img src="x.jpg" onerror="alert(1)">图片</p>` +
		`<p><a href="javascript:alert(2)">点我</a> <a href="JaVaScRiPt:alert(3)">再点</a></p>` +
		`<p onclick="alert(4)">正文第二段。</p><object data="x.swf"></object><embed src="x.swf">`
	add(HostileActive, &Response{Status: 200, ContentType: html, Body: wrap(HostileActiveTitle, active)})
	add(HostileDotDot, &Response{Status: 200, ContentType: html, Body: wrap("相对路径的文章", "<p>经由../链接到达。</p>")})

	links := fmt.Sprintf(`<a href="show.asp?id=%d">a</a><a href="show.asp?id=%d">b</a><a href="show.asp?id=%d">c</a>`+
		`<a href="show.asp?id=%d">d</a><a href="show.asp?id=%d">e</a><a href="show.asp?id=%d">f</a>`+
		`<a href="../../show.asp?id=%d">g</a><a href="show.asp?id=99999999999999999999">h</a>`+
		`<a href="show.asp?id=../../etc/passwd">i</a><a href="show.asp?id=-5">j</a><a href="../../../../etc/passwd">k</a></body>`,
		HostileDeep, HostileHuge, HostileGarbage, HostileLoop, HostileOffsite, HostileActive, HostileDotDot)
	home := s.Responses[Key("/index.asp")]
	body := bytes.Replace(home.Body, []byte("</body>"), []byte(links), 1)
	s.Responses[Key("/index.asp")] = &Response{Status: home.Status, ContentType: home.ContentType, Body: body}
}
