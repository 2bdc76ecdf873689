package scraper

import (
	"fmt"
	"net/url"
	"testing"
)

// TestDateGrammar: every spelling of a publication date the pages of the
// field show, under every label, generated; the article's date chosen
// over an update time, a date bar and dates below the body.
func TestDateGrammar(t *testing.T) {
	spellings := []struct{ written, want string }{
		{"2019-05-06 09:30", "2019-05-06T09:30:00+08:00"},
		{"2019-5-6 9:30", "2019-05-06T09:30:00+08:00"},
		{"2019/05/06 09:30:00", "2019-05-06T09:30:00+08:00"},
		{"2019.05.06 09:30", "2019-05-06T09:30:00+08:00"},
		{"2019年05月06日 09:30", "2019-05-06T09:30:00+08:00"},
		{"2019年5月6日09:30", "2019-05-06T09:30:00+08:00"},
		{"2019年5月6日 09时30分", "2019-05-06T09:30:00+08:00"},
		{"2019-05-06T09:30", "2019-05-06T09:30:00+08:00"},
		{"2019 05/06 09:30:00", "2019-05-06T09:30:00+08:00"},
		{"06/05/2019 09:30", "2019-05-06T09:30:00+08:00"},
		{"2019-05-06", "2019-05-06"},
		{"2019年5月6日", "2019-05-06"},
		{"二〇一九年五月六日", "2019-05-06"},
		{"二○一九年十二月三十一日", "2019-12-31"},
		{"二〇一九年十月二十日", "2019-10-20"},
		{"May 6th, 2019 9:30 am", "2019-05-06T09:30:00+08:00"},
		{"Monday, May 6, 2019", "2019-05-06"},
		{"6 May 2019 21:30", "2019-05-06T21:30:00+08:00"},
		{"September 6th, 2019 at 7:32 pm", "2019-09-06T19:32:00+08:00"},
		{"２０１９年０５月０６日　０９：３０", "2019-05-06T09:30:00+08:00"},
		{"２０１９－５－６", "2019-05-06"},
		{"2019-05-06　09:30", "2019-05-06T09:30:00+08:00"},
		{"19-05-06 09:30", "2019-05-06T09:30:00+08:00"},
		{"05-7-31 10:20:05", "2005-07-31T10:20:05+08:00"},
		{"99.12.31 23:59", "1999-12-31T23:59:00+08:00"},
	}
	labels := []string{"%s", "发布时间：%s", "发布日期: %s", "时间：%s", "日期：%s", "发表于 %s", "发表时间：%s",
		"来源：县税务局　发布时间：%s", "[%s]", "（%s）", "发布时间:%s 来源:县税务局 浏览次数:12", "作者：王志强 | %s | 来源：县税务局"}
	for _, s := range spellings {
		for _, l := range labels {
			line := fmt.Sprintf(l, s.written)
			window := []string{"全县小微企业减税降费政策落实情况通报", line}
			if got, _ := pubDate(window, window, nil, ""); got != s.want {
				t.Errorf("%q: got %q, want %q", line, got, s.want)
			}
		}
	}
	for _, tt := range []struct {
		name           string
		window, header []string
		want           string
	}{
		{"when it takes effect before when it was published", []string{"施行日期：2019-06-01 发布日期：2019-05-06"}, nil, "2019-05-06"},
		{"only when it takes effect", []string{"全县小微企业减税降费政策落实情况通报", "实施日期：2019-06-01"}, []string{"全县小微企业减税降费政策落实情况通报", "实施日期：2019-06-01"}, ""},
		{"an update time before the publication's", []string{"更新时间：2023-01-01 10:00 发布时间：2019-05-06 09:30"}, nil, "2019-05-06T09:30:00+08:00"},
		{"a date bar above the title", []string{"今天是2023年3月12日 星期日", "全县小微企业减税降费政策落实情况通报", "2019-05-06 09:30"},
			[]string{"今天是2023年3月12日 星期日", "全县小微企业减税降费政策落实情况通报", "2019-05-06 09:30"}, "2019-05-06T09:30:00+08:00"},
		{"an unlabelled date below the body is a sidebar's", []string{"全县小微企业减税降费政策落实情况通报", "正文。", "县委召开全体扩大会议 2023-01-10"},
			[]string{"全县小微企业减税降费政策落实情况通报"}, ""},
		{"a labelled date below the body is the post's", []string{"正文。", "发表于 2019-05-06 09:30"}, nil, "2019-05-06T09:30:00+08:00"},
		{"a two-digit year labelled, no time", []string{"全县小微企业减税降费政策落实情况通报", "发布时间：19-05-06 来源：县税务局"}, nil, "2019-05-06"},
		{"a two-digit year, neither labelled nor timed: a number", []string{"全县小微企业减税降费政策落实情况通报", "版本 10.12.15"}, nil, ""},
		{"a two-digit year of no day", []string{"全县小微企业减税降费政策落实情况通报", "发布时间：19-02-30 09:30"}, nil, ""},
	} {
		if got, _ := pubDate(tt.window, tt.header, nil, ""); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	for _, tt := range []struct{ path, want string }{
		{"/2019/05/06/a123.html", "2019-05-06"},
		{"/news/2019-05-06/doc-123.shtml", "2019-05-06"},
		{"/20190506/123.html", "2019-05-06"},
		{"/rain/a/20190506A0ABCD00", "2019-05-06"},
		{"/art/2019/5/6/art_1229_123.html", "2019-05-06"},
		{"/zwgk/201905/t20190506_123456.html", "2019-05-06"},
		{"/zhengce/content/2019-05/06/content_5388.htm", "2019-05-06"},
		{"/show.asp?id=20190506", ""},
		{"/2019/13/45/a.html", ""},
		{"/news/1234.html", ""},
	} {
		u := &url.URL{Path: tt.path}
		if got := urlDate(u); got != tt.want {
			t.Errorf("urlDate(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// TestMetaDateForms: the publication date of structured metadata as the
// field's sites write it: meta names in many spellings and value
// formats, microdata and hAtom in the body, script data; an update time
// is never the publication's.
func TestShortURLDate(t *testing.T) {
	for _, tt := range []struct{ path, want string }{
		{"/05/0427/10/1HQ6ABCD0001122E.html", "2005-04-27"},
		{"/19/0506/09/EF5A8ABC0001875O.html", "2019-05-06"},
		{"/99/0315/12/a.html", "1999-03-15"},
		{"/200502/article/2005-07/4651.htm", ""}, // a month, 2005-02, as likely as a day
		{"/050427/1005/2b4xy.html", ""},
		{"/05/0427/a.html", ""},       // nothing after the day's segment but the page: an id as likely
		{"/news/051399/1/a.html", ""}, // no month 13
		{"/12/3456/7/a.html", ""},
		{"/a/123456.html", ""},
	} {
		u := &url.URL{Path: tt.path}
		if got := shortURLDate(u); got != tt.want {
			t.Errorf("shortURLDate(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestMetaDateForms(t *testing.T) {
	for _, tt := range []struct{ html, want string }{
		{`<meta name="firstpublishedtime" content="2022-05-06-10:20:33">`, "2022-05-06T10:20:33+08:00"},
		{`<meta itemprop="datePublished" content="2022-05-06 10:20">`, "2022-05-06T10:20:00+08:00"},
		{`<meta property="article:published_time" content="2022-05-05T20:00:00Z">`, "2022-05-06T04:00:00+08:00"},
		{`<meta property="article:published_time" content="2022-05-06T10:20:33.000+08:00">`, "2022-05-06T10:20:33+08:00"},
		{`<script>var DATA = {"newsTime":"2022-05-06 10:20:33"}</script>`, "2022-05-06T10:20:33+08:00"},
		{`<script>window.__INITIAL_STATE__ = {"article":{"publish_time":1651803633,"title":"x"}}</script>`, "2022-05-06T10:20:33+08:00"},
		{`<script>var pageData = {publishTime: 1651803633000};</script>`, "2022-05-06T10:20:33+08:00"},
		{`<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"publishedAt":"2022-05-06T02:20:33.000Z"}}}}</script>`, "2022-05-06T10:20:33+08:00"},
		{`<script type="application/ld+json">{"@type":"WebPage","publishedAt":"2021-01-01T00:00:00Z"}</script>`, ""},
		{`<meta name="publishdate" content="20220506">`, "2022-05-06"},
		{`<meta name="PubDate" content="2022/5/6 10:20:33">`, "2022-05-06T10:20:33+08:00"},
		{`<meta name="publish_time" content="2022-05-06 10:20:33">`, "2022-05-06T10:20:33+08:00"},
		{`<meta name="apub:time" content="2022/5/6 10:20:33">`, "2022-05-06T10:20:33+08:00"},
		{`<abbr class="published" title="2022-05-06T10:20:33+08:00">2022年5月6日</abbr>`, "2022-05-06T10:20:33+08:00"},
		{`<span itemprop="datePublished" content="2022-05-06T10:20:33+08:00">5月6日</span>`, "2022-05-06T10:20:33+08:00"},
		{`<meta name="pubdate" content="2022-05-06 10:20:33 +0800">`, "2022-05-06T10:20:33+08:00"},
		{`<meta name="pubdate" content="Fri, 06 May 2022 10:20:33 +0800">`, "2022-05-06T10:20:33+08:00"},
		{`<meta property="og:updated_time" content="2022-05-08T10:20:33+08:00">`, ""},
		{`<meta name="lastmodifiedtime" content="2022-05-08 10:20:33">`, ""},
		{`<span class="time" id="news-time" data-val="1651803633000"></span>`, "2022-05-06T10:20:33+08:00"},
		{`<div class="info"><span data-publish-time="2022-05-06 10:20:33"></span></div>`, "2022-05-06T10:20:33+08:00"},
		{`<em data-time="1651803633">2小时前</em>`, "2022-05-06T10:20:33+08:00"},
		{`<ul><li><span data-time="1651000000">x</span></li></ul>`, ""},
		{`<span class="count" data-val="1234"></span>`, ""},
		{`<time datetime="2022-05-06T10:20:33+08:00">2小时前</time>`, "2022-05-06T10:20:33+08:00"},
		{`<div class="byline"><time datetime=""></time></div><time datetime="2022-05-06T10:20:33+08:00">5月6日</time>`, "2022-05-06T10:20:33+08:00"},
	} {
		doc, err := ParseHTML("<html><head>" + tt.html + "</head><body><p>x</p></body></html>")
		if err != nil {
			t.Fatal(err)
		}
		if got := metaDate(doc); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.html, got, tt.want)
		}
	}
}

// TestDayLines: lines that are a day and little else, read as what they
// are. A day and its weekday alone is how a date bar at the top of a page
// shows the day it was served (with a time, or without the weekday, it
// may be an article's); a day and its weather is a diary's first line,
// its text (a date bar's forecast, a stamp or a day alone is not); a day
// with a name at most, in figures or in Chinese numerals, is a dateline;
// a day written against the words around it, with no time, a title's.
func TestDayLines(t *testing.T) {
	for _, tt := range []struct {
		kind string
		is   func(string) bool
		line string
		want bool
	}{
		{"weekdayBar", weekdayBar, "2023年3月12日 星期日", true},
		{"weekdayBar", weekdayBar, "2023-03-12 周日", true},
		{"weekdayBar", weekdayBar, "２０２３年３月１２日　星期日", true},
		{"weekdayBar", weekdayBar, "2019-05-06 09:30 星期一", false},
		{"weekdayBar", weekdayBar, "2019年5月6日", false},
		{"weekdayBar", weekdayBar, "发布时间：2019年5月6日 星期一", false},
		{"diaryDay", diaryDay, "2019年5月6日 星期一 晴", true},
		{"diaryDay", diaryDay, "2019年5月6日　星期一　阴转小雨", true},
		{"diaryDay", diaryDay, "２０１９年５月６日 多云", true},
		{"diaryDay", diaryDay, "2019-05-06 天气：晴", true},
		{"diaryDay", diaryDay, "2019年5月6日 雨夹雪", true},
		{"diaryDay", diaryDay, "2019年5月6日 星期一 晴 12℃~20℃", false},
		{"diaryDay", diaryDay, "2019年5月6日 星期一 杭州 多云", false},
		{"diaryDay", diaryDay, "2019年5月6日 星期一", false},
		{"diaryDay", diaryDay, "2019-05-06 09:30 来源：县税务局", false},
		{"diaryDay", diaryDay, "晴", false},
		{"mostlyDate", mostlyDate, "2019年5月6日", true},
		{"mostlyDate", mostlyDate, "二〇一九年五月六日", true},
		{"mostlyDate", mostlyDate, "二○一二年十二月三十一日", true},
		{"mostlyDate", mostlyDate, "张建国　2019年5月6日", true},
		{"mostlyDate", mostlyDate, "二〇一九年五月六日，县政府召开全县减税降费工作会议。", false},
		{"mostlyDate", mostlyDate, "苍南县人民政府办公室", false},
		{"shownStamp", shownStamp.MatchString, "3小时前", true},
		{"shownStamp", shownStamp.MatchString, "3小时前　来源：县税务局", true},
		{"shownStamp", shownStamp.MatchString, "昨天 10:20", true},
		{"shownStamp", shownStamp.MatchString, "昨天10:20", true},
		{"shownStamp", shownStamp.MatchString, "5月6日 09:30", true},
		{"shownStamp", shownStamp.MatchString, "昨天，县税务局召开全县减税降费工作推进会。", false},
		{"shownStamp", shownStamp.MatchString, "昨天上午，县税务局召开会议。", false},
		{"shownStamp", shownStamp.MatchString, "刚刚过去的一季度，全县新增减税降费一点二亿元。", false},
		{"datedTitle", datedTitle, "2019年5月份全县税收收入完成情况", true},
		{"datedTitle", datedTitle, "国务院2022年1月20日常务会议部署稳就业工作", true},
		{"datedTitle", datedTitle, "二〇一九年一季度全县税收收入快报", true},
		{"datedTitle", datedTitle, "2005年07月18日 千龙网", false},
		{"datedTitle", datedTitle, "2005年7月18日星期一", false},
		{"datedTitle", datedTitle, "今天是2023年3月12日 欢迎访问苍南县人民政府网站", false},
		{"datedTitle", datedTitle, "2019年5月6日 09:30 县税务局召开全县减税降费工作会议", false},
		{"datedTitle", datedTitle, "2019-05-06 全县税收收入完成情况通报", false},
	} {
		if got := tt.is(tt.line); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.kind, tt.line, got, tt.want)
		}
	}
}

// TestSignedDate: the day under a document's signature, as its issuer
// writes it (figures, Chinese numerals with 〇 or ○), is the day it closes
// with; a day inside its last sentence is not.
func TestSignedDate(t *testing.T) {
	text := shapeP1 + "\n\n" + shapeP2 + "\n\n"
	for _, tt := range []struct{ body, want string }{
		{text + "苍南县税务局\n\n2019年5月6日", "2019-05-06"},
		{text + "苍南县人民政府办公室\n\n二〇一九年五月六日", "2019-05-06"},
		{text + "苍南县国家税收纳税人权益维护协会\n二○一二年三月五日", "2012-03-05"},
		{text + "二〇一九年五月六日，县政府召开全县减税降费工作会议。", ""},
		{text + "苍南县税务局", ""},
	} {
		if got := signedDate(tt.body); got != tt.want {
			t.Errorf("signedDate(…%q) = %q, want %q", tt.body[len(text):], got, tt.want)
		}
	}
}
