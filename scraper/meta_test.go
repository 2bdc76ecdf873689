package scraper

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestParseMeta(t *testing.T) {
	tests := []struct {
		line string
		want Meta
	}{
		{"时间:2017/3/28 8:20:26 来源:本站 作者:杨博野 ", Meta{"2017-03-28T08:20:26+08:00", "本站", "杨博野"}},
		{"发布时间：2012-07-25 10:07\u00a0\u00a0\u00a0来源：本站\u00a0\u00a0\u00a0作者：章祎\u00a0\u00a0\u00a0浏览次数：", Meta{"2012-07-25T10:07:00+08:00", "本站", "章祎"}},
		{"日期:2013年8月12日 信息来源:中国税务报 撰稿:章祎 【字体：大 中 小】", Meta{"2013-08-12T00:00:00+08:00", "中国税务报", "章祎"}},
		{"作者:李琤 来源:温州市国家税务局 编辑:郑玥 发布时间:2014-3-2 11:06:57 点击:", Meta{"2014-03-02T11:06:57+08:00", "温州市国家税务局", "李琤"}},
		{"作者：李琤 来源：温州市国家税务局 编辑：郑玥 发布时间：2014-3-2 11:06:57 点击：", Meta{"2014-03-02T11:06:57+08:00", "温州市国家税务局", "李琤"}},
		{"时间:2012/10/31 16:47:47 来源: 作者:张博野 ", Meta{"2012-10-31T16:47:47+08:00", "", "张博野"}},
		{"时间:2012/10/26 9:01:15 来源:中国税务报 作者:李琤 郑秀英 ", Meta{"2012-10-26T09:01:15+08:00", "中国税务报", "李琤 郑秀英"}},
		{"作者:佚名   来源:国家税务总局网站", Meta{"", "国家税务总局网站", "佚名"}},
		{"发布时间：2013-01-13 09:22 更新时间：2013-02-16 09:22 来源：温州日报 作者：林秀英", Meta{"2013-01-13T09:22:00+08:00", "温州日报", "林秀英"}},
		{"更新时间：2013-02-16 09:22 作者：林秀英", Meta{"2013-02-16T09:22:00+08:00", "", "林秀英"}},
		{"文章来源：浙江日报 撰稿人：王堃 发布日期：2019-05-07", Meta{"2019-05-07T00:00:00+08:00", "浙江日报", "王堃"}},
		{"發布時間：2005-07-31 10:20 來源：聯合報 記者：張三 編輯：李四", Meta{"2005-07-31T10:20:00+08:00", "聯合報", "張三"}}, // Big5 sites' traditional labels
		{"", Meta{}},
	}
	for _, tt := range tests {
		if got := ParseMeta(tt.line); got != tt.want {
			t.Errorf("ParseMeta(%q)\n got %+v\nwant %+v", tt.line, got, tt.want)
		}
	}
}

func TestParseChinaTime(t *testing.T) {
	tests := map[string]string{
		"2017/3/28 8:20:26":    "2017-03-28T08:20:26+08:00",
		"2012-07-25 10:07":     "2012-07-25T10:07:00+08:00",
		"2013年8月12日":           "2013-08-12T00:00:00+08:00",
		"2005年7月31日 12:30":     "2005-07-31T12:30:00+08:00",
		"2017/3/28 下午 2:05:09": "2017-03-28T14:05:09+08:00",
		"2012.7.20":            "2012-07-20T00:00:00+08:00",
		"2014-3-2T11:06:57":    "2014-03-02T11:06:57+08:00",
		"2014-13-02":           "",
		"no date":              "",
	}
	for in, want := range tests {
		got, _ := ParseChinaTime(in)
		if got != want {
			t.Errorf("ParseChinaTime(%q) = %q, want %q", in, got, want)
		}
	}
}

// labelRE is the regular expression findLabels stands for.
var labelRE = regexp.MustCompile(`(` + strings.Join(metaLabels, "|") + `)\s*[:：]`)

func labelsByRE(line string) []labelMatch {
	var out []labelMatch
	for _, m := range labelRE.FindAllStringSubmatchIndex(line, -1) {
		out = append(out, labelMatch{start: m[2], labelEnd: m[3], end: m[1]})
	}
	return out
}

func TestFindLabelsAsRegexp(t *testing.T) {
	lines := []string{
		"", ":", "：：", "时间", "时间:", "时间 \t:x", "发布时间：2012 更新时间：2013 来源：本站",
		"审核时间:2012", "点击数:3 点击:4 点击量：5", "来源:作者:编辑:", "作者 来源:x", "来源::作者:",
		"撰稿人：王堃 撰稿:李", "信息来源 ： 中国税务报", "x时间:y", "时间\u3000:", "时间\u00a0：",
		"阅读次数阅读数:1", "时:间:", "浏览浏览:", "作者:\xff时间:", "\xe6\x97\xb6间:",
		"發布時間：2005 來源：聯合報 記者：張三", "更新時間:x 時間:y", "點擊數:3 點擊:4", "責任編輯：李 編輯:王",
	}
	for _, l := range lines {
		if got, want := findLabels(l), labelsByRE(l); !reflect.DeepEqual(got, want) {
			t.Errorf("findLabels(%q) = %v, regexp %v", l, got, want)
		}
	}
}

func FuzzFindLabels(f *testing.F) {
	f.Add("发布时间：2012-07-25 10:07 来源：本站 作者：章祎 浏览次数：")
	f.Add("作者:李琤 来源:温州市国家税务局 编辑:郑玥 发布时间:2014-3-2 11:06:57 点击:")
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := findLabels(l), labelsByRE(l); !reflect.DeepEqual(got, want) {
			t.Errorf("findLabels(%q) = %v, regexp %v", l, got, want)
		}
	})
}

func BenchmarkParseMeta(b *testing.B) {
	line := "发布时间：2017-03-28 08:20:26 信息来源：苍南县国家税务局 作者：杨博野 点击数：123 【字体：大 中 小】"
	for b.Loop() {
		ParseMeta(line)
	}
}
