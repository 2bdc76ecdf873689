package scraper

import (
	"strings"
	"testing"
)

func TestZZTitles(t *testing.T) {
	titles := []string{
		"苍南县人民政府办公室关于印发苍南县2019年深化“放管服”改革优化营商环境工作要点的通知",
		"2019年5月份全县税收收入完成情况",
		"二〇一九年一季度全县税收收入快报",
		"县税务局：减税降费红利持续释放",
		"减税降费 惠企利民",
		"“非接触式”办税成为常态",
		"关于2019年度个人所得税综合所得汇算清缴的公告（2019年第44号）",
		"【党史学习教育】县税务局开展主题党日活动",
		"视频｜县税务局开展纳税服务月活动",
		"图文：县税务局开展纳税服务月活动",
		"苍南：减税降费助力小微企业发展",
		"工作简报",
		"Windows 10 下如何设置 Go 开发环境",
		"县税务局召开2019年第一次党组会议",
		"减税降费政策问答（一）",
		"致全县纳税人的一封信",
	}
	n, bad := 0, 0
	for _, tpl := range cmsTemplates() {
		for _, title := range titles {
			page := tpl.page(metaShape(timeSourceLine), twoParas)
			page = strings.ReplaceAll(page, shapeTitle, title)
			n++
			a, err := Generic(Decode([]byte(tpl.served(t, page)), "").Text, nil)
			if err != nil {
				bad++
				t.Errorf("%s %q: %v", tpl.name, title, err)
				continue
			}
			if a.Title != title || !strings.HasPrefix(a.Meta.PublishedAt, "2019-05-06") || !strings.HasPrefix(a.BodyText, shapeP1[:30]) || !endsWith(a.BodyText, shapeP2[len(shapeP2)-30:]) {
				bad++
				t.Errorf("%s, %q: title %q date %q body %q", tpl.name, title, a.Title, a.Meta.PublishedAt, head(a.BodyText, 40))
			}
		}
	}
	t.Logf("%d of %d wrong", bad, n)
}
