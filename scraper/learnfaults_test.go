package scraper

import (
	"net/url"
	"testing"
)

// TestGenericLogoAndEmptyLabels: the faults a layout nobody tuned for
// showed. A heading every page repeats (the site's name in an <h1>, a
// link to the home page) is never the title; a label whose value is empty
// is empty, never the next label, a font-size switch or the editor.
func TestGenericLogoAndEmptyLabels(t *testing.T) {
	const title = "关于开展纳税信用等级评价工作"
	const body = `<div class="c"><p>全要素生产率是新常态下唯一可持续的增长动力。协会常务副会长带队走访了灵溪、龙港、钱库等地的十余家会员企业。纳税人对税务机关作出的具体行政行为不服的，可以依法申请行政复议。</p><p>截至2016年7月底，10个产业园引进项目236个，其中亿元以上项目138个，占58.5%。各会员单位要高度重视，认真组织学习。</p></div>`
	tests := []struct {
		name, logo, meta     string
		date, source, author string
	}{
		{"logo h1 with a home link, author blank before 更新时间", `<h1 class="logo"><a href="/">苍南县国家税收纳税人权益维护协会</a></h1>`,
			`<div class="info">发布时间：2012-07-25 10:07&nbsp;&nbsp;作者：&nbsp;&nbsp;更新时间：2012-08-01 10:00&nbsp;&nbsp;浏览次数：<script>document.write(5)</script></div>`,
			"2012-07-25T10:07:00+08:00", "", ""},
		{"og:site_name, author blank before 【字体】", `<meta property="og:site_name" content="苍南县国家税收纳税人权益维护协会"><h1>苍南县国家税收纳税人权益维护协会</h1>`,
			`<div class="info">日期:2013年8月12日 &nbsp;信息来源: &nbsp;撰稿: &nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>`,
			"2013-08-12", "", ""},
		{"labels in cells, author blank before 浏览次数", `<div id="logo"><h1><a href="index.asp">苍南县国家税收纳税人权益维护协会</a></h1></div>`,
			`<div class="info"><span>作者：</span><span>浏览次数：23</span><span>来源：</span><span>时间：2014-3-2</span></div>`,
			"2014-03-02", "", ""},
		{"author blank, an editor named", `<div id="logo"><a href="/">苍南县国家税收纳税人权益维护协会</a></div>`,
			`<table class="info"><tr><td>作者：</td><td>来源：本站</td><td>编辑：郑玥</td><td>发布时间：2014-3-2 11:06:57</td><td>点击：5</td></tr></table>`,
			"2014-03-02T11:06:57+08:00", "本站", ""},
		{"author given", `<h1 class="logo">苍南县国家税收纳税人权益维护协会</h1><a href="http://h/">苍南县国家税收纳税人权益维护协会</a>`,
			`<div class="info">时间:2017/3/28 8:20:26 来源:本站 作者:杨博野</div>`,
			"2017-03-28T08:20:26+08:00", "本站", "杨博野"},
	}
	for _, tt := range tests {
		page := `<html><head><title>` + title + `-苍南县国家税收纳税人权益维护协会</title></head><body>` + tt.logo +
			`<div class="main"><div class="t">` + title + `</div>` + tt.meta + body + `</div></body></html>`
		a, err := Generic(page, nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Title != title || a.Meta.PublishedAt != tt.date || a.Meta.Source != tt.source || a.Meta.Author != tt.author {
			t.Errorf("%s: title %q date %q source %q author %q, want %q %q %q %q", tt.name, a.Title, a.Meta.PublishedAt, a.Meta.Source, a.Meta.Author,
				title, tt.date, tt.source, tt.author)
		}
	}
}

// TestSinglePageWithoutItsBreadcrumb: a single page's breadcrumb found
// by its wording (no selector of the profile names it) is not its body.
func TestSinglePageWithoutItsBreadcrumb(t *testing.T) {
	page := `<html><body><div id="nav"><a href="/">首页</a></div><div class="main"><div class="where">当前位置：<a href="/">首页</a> » 联系我们</div>` +
		`<div class="pagebody"><p>地址：苍南县灵溪镇春晖路555号</p><p>邮编：325800</p></div></div></body></html>`
	doc, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("http://h/list.asp?classid=40")
	lp := testProfile.ParseList(doc, u)
	if !lp.Single {
		t.Fatalf("not read as a single page: %+v", lp)
	}
	if got, want := VisibleText(lp.BodyNodes...), "地址：苍南县灵溪镇春晖路555号\n\n邮编：325800"; got != want {
		t.Errorf("body %q, want %q", got, want)
	}
}
