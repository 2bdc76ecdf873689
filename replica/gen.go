package replica

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// GenConfig says what replica to build.
type GenConfig struct {
	Seed     uint64
	Articles int // generated articles, besides the samples
	// SamplesDir, when set, is shared/legacy-site/samples: its article
	// pages, single page and soft 404 join the replica byte for byte.
	SamplesDir string

	// Design "redesign" serves the same content under other markup:
	// other class names, another title element, other breadcrumb wording,
	// other list and pagination containers.
	// Design "portal" is another div layout: the site's name in an <h1>
	// on every page, the title in a plain div, list titles cut short with
	// no title attribute, a related-articles block after the body, a
	// sidebar of most-read titles on every page.
	Design string

	// Scheme serves the site under another CMS's URLs (see Schemes);
	// "" is the model's.
	Scheme string

	// The same site later: Added new articles (newer than all others),
	// Edited older articles (a paragraph changed), Removed older articles
	// (gone: no longer listed, 404). The first Articles stay as they were
	// otherwise.
	Added, Edited, Removed int
}

type column struct {
	name, classID string
	kind          string // list, pictures, page, empty
	pageSize      int
	inNav         bool
	linkStyle     int // 0 show.asp?id=N, 1 show.asp?id=N&classid=C, 2 Show.asp?ID=N
	weight        int
	articles      []*article
}

type imageRef struct{ src, path, caption string }

type article struct {
	id           int
	col, second  int // second: another column listing it, -1 if none
	date         time.Time
	title        string
	metaForm     int
	metaVariant  int
	bodyForm     int
	oldTitle     bool
	utf8         bool
	wrongHeader  bool
	badByte      bool
	author       string
	source       string
	editor       string
	blocks       []block
	gone         int // 0 live, 1 hard 404, 2 soft 404
	unlisted     bool
	raw          []byte
	contentType  string
	truthColumns []string
	truthBody    string
	truth        *Truth
}

type block struct {
	kind  string // para, image, table, attach
	text  string
	img   imageRef
	table [][]string
	href  string
	name  string
}

type gen struct {
	cfg  GenConfig
	rnd  *rand.Rand
	cols []*column
	site *Site
	arts []*article
	byID map[int]*article
}

// Generate builds a replica.
func Generate(cfg GenConfig) (*Site, error) {
	g := &gen{cfg: cfg, rnd: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x5eed)), byID: map[int]*article{},
		site: &Site{Responses: map[string]*Response{}, ListPages: map[string]int{}}}
	g.columns()
	if cfg.SamplesDir != "" {
		if err := g.samples(); err != nil {
			return nil, err
		}
	}
	g.articles()
	g.evolve()
	for _, c := range g.cols {
		sort.SliceStable(c.articles, func(i, j int) bool { return c.articles[i].date.After(c.articles[j].date) })
	}
	if err := g.render(); err != nil {
		return nil, err
	}
	sort.Slice(g.site.Truth, func(i, j int) bool { return lessID(g.site.Truth[i].ID, g.site.Truth[j].ID) })
	if err := applyScheme(g.site, cfg.Scheme); err != nil {
		return nil, err
	}
	sort.Slice(g.site.Missing, func(i, j int) bool { return lessID(g.site.Missing[i], g.site.Missing[j]) })
	return g.site, nil
}

func lessID(a, b string) bool {
	na, ea := strconv.Atoi(a)
	nb, eb := strconv.Atoi(b)
	switch {
	case ea == nil && eb == nil:
		return na < nb
	case ea == nil:
		return true
	case eb == nil:
		return false
	}
	return a < b
}

func (g *gen) columns() {
	defs := []struct {
		name, id, kind string
		size           int
		nav            bool
		style, weight  int
	}{
		{"协会概况", "20", "list", 20, true, 0, 2},
		{"工作指导", "14", "list", 15, true, 0, 5},
		{"会务动态", "26", "list", 18, true, 1, 12},
		{"税务要闻", "9", "list", 20, true, 0, 14},
		{"企业之窗", "2", "list", 12, true, 0, 5},
		{"维权指南", "4", "list", 20, true, 0, 6},
		{"资料汇编", "13", "list", 10, true, 0, 4},
		{"联系我们", "40", "page", 0, true, 0, 0},
		{"财经微观", "37", "list", 18, false, 0, 8},
		{"政策法规", "6", "list", 20, false, 1, 12},
		{"人物风采", "16", "pictures", 8, false, 0, 5},
		{"疫情防控", "19", "list", 15, true, 2, 5},
		{"简报", "41", "empty", 20, false, 0, 0},
		{"会长企业", "23", "list", 16, false, 0, 4},
		{"通知公告", "28", "list", 20, false, 0, 12},
		{"会刊", "36", "list", 10, false, 0, 3},
	}
	for _, d := range defs {
		g.cols = append(g.cols, &column{name: d.name, classID: d.id, kind: d.kind, pageSize: d.size,
			inNav: d.nav, linkStyle: d.style, weight: d.weight})
	}
}

func (g *gen) colIndex(name string) int {
	for i, c := range g.cols {
		if c.name == name {
			return i
		}
	}
	return -1
}

var (
	surnames  = []string{"李", "王", "张", "郑", "章", "缪", "苏", "黄", "林", "徐", "蔡", "吴", "杨", "陈", "周", "朱"}
	given     = []string{"琤", "堃", "喆", "玥", "祎", "镕基", "秀英", "博野", "海燕", "建国", "国平", "珺瑶", "晓东", "丽华", "志强"}
	sources   = []string{"本站", "中国税务报", "温州日报", "温州市国家税务局", "协会秘书处", "国家税务总局网站", "浙江日报", "苍南县国税局", ""}
	editors   = []string{"郑玥", "章祎", "李琤"}
	prefixes  = []string{"关于开展", "关于做好", "关于进一步加强", "扎实推进", "聚焦", "解读", "我会召开", "协会组织会员企业学习", "苍南县国税局部署", "浙江省出台", "2019年度", "2021年度"}
	topics    = []string{"纳税人权益维护", "全要素生产率提升", "营改增试点", "税收优惠政策宣传", "个人所得税汇算清缴", "社会保险费征收", "纳税信用等级评价", "增值税发票管理", "出口退税", "减税降费政策落实", "山海协作", "小微企业普惠性税收减免", "疫情防控期间税费优惠"}
	suffixes  = []string{"工作会议", "座谈会", "工作的通知", "的实施意见", "专题培训", "经验交流会", "若干问题", "工作纪实", "宣传月活动", "情况通报", "政策解读"}
	people    = []string{"用心服务每一位纳税人", "企业家的诚信纳税之路", "税收宣传志愿者的故事", "三十年坚守办税一线"}
	captions  = []string{"会议现场", "培训现场", "座谈会现场", "颁奖仪式", "志愿者宣传", "签约仪式"}
	trailers  = []string{"（来源：浙江日报）", "来源：中国税务报", "（责任编辑：郑玥）", "（来源：温州日报）"}
	attExt    = []string{".doc", ".xls", ".pdf", ".rar"}
	sentences = []string{
		"全要素生产率是新常态下唯一可持续的增长动力。",
		"协会常务副会长带队走访了灵溪、龙港、钱库等地的十余家会员企业。",
		"纳税人对税务机关作出的具体行政行为不服的，可以依法申请行政复议。",
		"截至2016年7月底，10个产业园引进项目236个，其中亿元以上项目138个，占58.5%。",
		"各会员单位要高度重视，认真组织学习，确保各项政策不折不扣落到实处。",
		"会议还通报了上半年全县税收收入完成情况，同比增长百分之十二点五。",
		"发挥经济强县技术培训优势，共建山海协作职业技能实训基地。",
		"与会代表围绕优化营商环境、减轻企业负担等议题进行了热烈讨论。",
		"通知要求，各地要加强组织领导，明确责任分工，确保工作有序推进。",
		"培训内容包括增值税专用发票开具、进项税额抵扣以及常见涉税风险防范等。",
		"座谈会上，企业代表反映了发票领用、出口退税进度等方面的具体问题。",
		"“为政之要，唯在得人”，领导干部是加快发展的“关键少数”。",
		"协会秘书处组织会员企业财务负责人参加了本次培训，共计一百二十余人到会。",
		"据统计，今年以来全县累计为小微企业减免税款三点二亿元，惠及纳税人一万余户。",
		"活动期间，志愿者深入企业车间，面对面宣传纳税信用管理办法。",
		"全县共有一千二百余家企业参加了此次纳税信用等级评价，其中A级企业八十六家。",
		"会长在讲话中指出，要把维护纳税人权益作为协会工作的出发点和落脚点。",
		"企业应当按照规定期限办理纳税申报，并如实报送财务会计报表。",
		"税务部门将对反映的问题逐一梳理，限期答复，做到件件有回音、事事有着落。",
		"疫情防控期间，纳税人可通过电子税务局办理绝大部分涉税事项，做到“非接触式”办税。",
		"本办法自发布之日起施行，由县国家税务局负责解释。",
		"会上学习了《中華人民共和國稅收徵收管理法》的有关条款。",
		"朱镕基同志曾强调：“不做假账”，这是财会人员的基本操守。",
		"王堃、李喆两位会员代表介绍了企业依法纳税的经验。",
		"下一步，协会将围绕中心、服务大局，为地方经济发展作出新的更大贡献。",
		"江山开发区过去重复遇到地下污水管网漏水的问题，参照先进经验后立马解决。",
	}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func (g *gen) name() string { return pick(g.rnd, surnames) + pick(g.rnd, given) }

func (g *gen) paragraph() string {
	n := 1 + g.rnd.IntN(3)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pick(g.rnd, sentences))
	}
	return b.String()
}

func (g *gen) articles() {
	total := 0
	for _, c := range g.cols {
		total += c.weight
	}
	start := time.Date(2012, 3, 1, 0, 0, 0, 0, time.UTC)
	span := time.Date(2023, 4, 20, 0, 0, 0, 0, time.UTC).Sub(start)
	ids := map[int]bool{}
	for id := range g.byID {
		ids[id] = true
	}
	dates := make([]time.Time, g.cfg.Articles)
	for i := range dates {
		dates[i] = start.Add(time.Duration(g.rnd.Int64N(int64(span)))).Truncate(time.Second)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	id := 2000
	for i := 0; i < g.cfg.Articles; i++ {
		id += 1 + g.rnd.IntN(3)
		a := &article{id: id, second: -1, date: dates[i]}
		w := g.rnd.IntN(total)
		for ci, c := range g.cols {
			if w < c.weight {
				a.col = ci
				break
			}
			w -= c.weight
		}
		col := g.cols[a.col]
		if col.name == "疫情防控" && a.date.Year() < 2020 {
			a.date = a.date.AddDate(2020-a.date.Year(), 0, 0)
		}
		g.fill(a)
		g.arts = append(g.arts, a)
		g.byID[a.id] = a
		col.articles = append(col.articles, a)
		if a.second >= 0 {
			g.cols[a.second].articles = append(g.cols[a.second].articles, a)
		}
	}
}

// fill chooses an article's variants and content.
func (g *gen) fill(a *article) {
	r := g.rnd
	col := g.cols[a.col]
	if col.name == "人物风采" {
		a.title = g.name() + "：" + pick(r, people)
	} else {
		a.title = pick(r, prefixes) + pick(r, topics) + pick(r, suffixes)
	}
	a.metaForm = r.IntN(4)
	a.metaVariant = r.IntN(3)
	a.bodyForm = r.IntN(4)
	a.oldTitle = r.IntN(7) == 0
	switch {
	case col.name == "疫情防控":
		a.utf8 = true
	case a.date.Year() >= 2020 && r.IntN(5) == 0:
		a.utf8 = true
	}
	if !a.utf8 && r.IntN(25) == 0 {
		a.wrongHeader = true
	}
	a.badByte = r.IntN(20) == 0
	switch r.IntN(12) {
	case 0:
		a.author = "佚名"
	case 1:
		a.author = g.name() + " " + g.name()
	default:
		a.author = g.name()
	}
	a.source = pick(r, sources)
	a.editor = pick(r, editors)
	if r.IntN(30) == 0 {
		a.gone = 1 + r.IntN(2)
	}
	if r.IntN(25) == 0 && col.kind == "list" {
		other := g.colIndex("通知公告")
		if other == a.col {
			other = g.colIndex("会务动态")
		}
		a.second = other
	}
	n := 2 + r.IntN(6)
	var blocks []block
	for i := 0; i < n; i++ {
		blocks = append(blocks, block{kind: "para", text: g.paragraph()})
	}
	stamp := a.date.Format("200601021504")
	if r.IntN(4) == 0 || col.kind == "pictures" {
		k := 1 + r.IntN(3)
		at := 1 + r.IntN(len(blocks))
		var imgs []block
		for i := 0; i < k; i++ {
			p := fmt.Sprintf("/UploadFile/%s/%s%02d%d.jpg", stamp[:6], stamp, a.id%100, i)
			src := []string{".." + p, p, p[1:]}[r.IntN(3)]
			imgs = append(imgs, block{kind: "image", img: imageRef{src: src, path: p, caption: pick(r, captions)}})
		}
		blocks = append(blocks[:at], append(imgs, blocks[at:]...)...)
	}
	if r.IntN(8) == 0 {
		rows := [][]string{{"项目", "户数", "金额（万元）"}}
		for i := 0; i < 1+r.IntN(3); i++ {
			rows = append(rows, []string{pick(r, topics), strconv.Itoa(100 + r.IntN(900)), fmt.Sprintf("%d.%d", 1000+r.IntN(9000), r.IntN(10))})
		}
		blocks = append(blocks, block{kind: "para", text: "下面就有关事项通知如下："}, block{kind: "table", table: rows})
	}
	if r.IntN(7) == 0 {
		p := fmt.Sprintf("/UploadFile/%s/%s%d%s", stamp[:6], stamp, a.id%1000, pick(r, attExt))
		href := []string{".." + p, p, p[1:]}[r.IntN(3)]
		blocks = append(blocks, block{kind: "attach", href: href, name: a.title + p[strings.LastIndexByte(p, '.'):], text: p})
	}
	if r.IntN(6) == 0 {
		blocks = append(blocks, block{kind: "para", text: pick(r, trailers)})
	}
	a.blocks = blocks
}

// samples adds the model's sample pages byte for byte.
func (g *gen) samples() error {
	f, err := os.Open(filepath.Join(g.cfg.SamplesDir, "EXPECTED.jsonl"))
	if err != nil {
		return fmt.Errorf("samples: %w", err)
	}
	defer f.Close()
	types := map[string]string{}
	if idx, err := os.ReadFile(filepath.Join(g.cfg.SamplesDir, "RESPONSES.tsv")); err == nil {
		for _, line := range strings.Split(string(idx), "\n") {
			c := strings.Split(line, "\t")
			if len(c) == 4 {
				types[c[0]] = c[2]
			}
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e struct {
			File string `json:"file"`
			Truth
			Attachments []Attachment `json:"attachments"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return fmt.Errorf("samples: %w", err)
		}
		raw, err := os.ReadFile(filepath.Join(g.cfg.SamplesDir, e.File))
		if err != nil {
			return fmt.Errorf("samples: %w", err)
		}
		t := e.Truth
		t.Attachments = e.Attachments
		if t.Kind == "page" {
			g.site.Responses[Key("/list.asp", "classid="+strings.TrimPrefix(t.ID, "page-"))] = &Response{Status: 200, ContentType: types[e.File], Body: raw}
			g.site.Truth = append(g.site.Truth, t)
			continue
		}
		id, _ := strconv.Atoi(t.ID)
		date, _ := time.Parse(time.RFC3339, t.PublishedAt)
		a := &article{id: id, col: g.colIndex(t.Columns[0]), second: -1, date: date.UTC(), title: t.Title,
			raw: raw, contentType: types[e.File], truth: &t}
		g.arts = append(g.arts, a)
		g.byID[id] = a
		g.cols[a.col].articles = append(g.cols[a.col].articles, a)
	}
	soft, err := os.ReadFile(filepath.Join(g.cfg.SamplesDir, "soft-404.asp"))
	if err == nil {
		g.site.Responses[Key("/show.asp", "id=999999")] = &Response{Status: 200, ContentType: "text/html", Body: soft}
	}
	return sc.Err()
}

// encode turns a page into the bytes the server sends.
func encode(s string, utf8 bool, badByte bool) []byte {
	if utf8 {
		bad := ""
		if badByte {
			bad = "\xe7\x94 \xe8"
		}
		return []byte(strings.Replace(s, badByteMark, bad, 1))
	}
	parts := strings.SplitN(s, badByteMark, 2)
	var out bytes.Buffer
	for i, p := range parts {
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(p))
		if err != nil {
			panic(fmt.Sprintf("replica text not encodable in GBK: %v", err))
		}
		out.Write(b)
		if i == 0 && len(parts) == 2 && badByte {
			out.WriteString("\xd5 \xd5")
		}
	}
	return out.Bytes()
}

func (g *gen) render() error {
	g.site.Responses[Key("/robots.txt")] = &Response{Status: 200, ContentType: "text/plain", Body: []byte(robotsTxt)}
	g.site.Responses[Key("/index.asp")] = &Response{Status: 200, ContentType: "text/html", Body: encode(g.home(), false, false)}
	for _, c := range g.cols {
		g.renderColumn(c)
	}
	for _, a := range g.arts {
		g.renderArticle(a)
	}
	return nil
}

func (g *gen) gbPage(title, main string) []byte {
	return encode(g.page(title, "gb2312", main), false, false)
}

func truncTitle(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "..."
}

func (g *gen) articleHref(c *column, a *article) string {
	switch c.linkStyle {
	case 1:
		return fmt.Sprintf("show.asp?id=%d&amp;classid=%s", a.id, c.classID)
	case 2:
		return fmt.Sprintf("Show.asp?ID=%d", a.id)
	}
	return fmt.Sprintf("show.asp?id=%d", a.id)
}

func (g *gen) home() string {
	var b strings.Builder
	b.WriteString(`<marquee direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">`)
	if c := g.cols[g.colIndex("通知公告")]; len(c.articles) > 0 {
		for _, a := range c.articles[:min(5, len(c.articles))] {
			fmt.Fprintf(&b, `<a href="show.asp?id=%d">%s</a>&nbsp;&nbsp;`, a.id, a.title)
		}
	}
	b.WriteString("</marquee>\n")
	b.WriteString(`<div class="slide"><script type="text/javascript">var pics="",links="";`)
	for i, a := range g.arts {
		if i%37 == 0 {
			fmt.Fprintf(&b, `links+="show.asp?id=%d|";`, a.id)
		}
	}
	b.WriteString("</script></div>\n")
	for _, name := range []string{"税务要闻", "会务动态", "政策法规", "财经微观", "维权指南", "人物风采"} {
		c := g.cols[g.colIndex(name)]
		fmt.Fprintf(&b, `<table width="100%%" class="block"><tr><td class="block_title">%s</td><td align="right"><a href="list.asp?classid=%s">更多&gt;&gt;</a></td></tr><tr><td colspan="2"><ul>`, c.name, c.classID)
		for _, a := range c.articles[:min(8, len(c.articles))] {
			fmt.Fprintf(&b, `<li><a href="show.asp?id=%d" target="_blank">%s</a> <span>%s</span></li>`, a.id, truncTitle(a.title, 16), a.date.Format("01-02"))
		}
		b.WriteString("</ul></td></tr></table>\n")
	}
	return g.page(siteName, "gb2312", b.String())
}

func (g *gen) renderColumn(c *column) {
	crumb := fmt.Sprintf(`<div class="position">您当前位置的: <a href="index.asp">网站首页</a> &gt; %s</div>`+"\n", c.name)
	if g.divLayout() {
		crumb = fmt.Sprintf(`<div class="crumbs">当前位置：<a href="index.asp">首页</a> &raquo; %s</div>`+"\n", c.name)
	}
	title := c.name + "-" + siteName
	switch c.kind {
	case "page":
		if _, ok := g.site.Responses[Key("/list.asp", "classid="+c.classID)]; ok {
			g.site.ListPages[c.classID] = 1
			return // the sample's page
		}
		body := "<p>地址：苍南县灵溪镇春晖路555号国税大楼三楼</p>\n<p>邮编：325800</p>\n<p>联系人：协会秘书处 郑玥</p>\n"
		wrapped := `<div class="content"><div class="text">` + "\n" + body + "</div></div>"
		if g.divLayout() {
			wrapped = `<div class="pagebody">` + "\n" + body + "</div>"
		}
		g.site.Responses[Key("/list.asp", "classid="+c.classID)] = &Response{Status: 200, ContentType: "text/html",
			Body: g.gbPage(title, crumb+wrapped)}
		g.site.ListPages[c.classID] = 1
		g.site.Truth = append(g.site.Truth, Truth{ID: "page-" + c.classID, Kind: "page", Columns: []string{c.name}, Title: c.name,
			BodyText: "地址：苍南县灵溪镇春晖路555号国税大楼三楼\n\n邮编：325800\n\n联系人：协会秘书处 郑玥", Images: []string{}, Attachments: []Attachment{}, Charset: "gbk"})
		return
	}
	items := c.articles
	pages := (len(items) + c.pageSize - 1) / c.pageSize
	if pages == 0 {
		pages = 1
	}
	g.site.ListPages[c.classID] = pages
	for p := 1; p <= pages; p++ {
		var b strings.Builder
		b.WriteString(crumb)
		chunk := items[min((p-1)*c.pageSize, len(items)):min(p*c.pageSize, len(items))]
		switch {
		case g.divLayout():
			g.redesignList(&b, c, chunk)
		case len(items) == 0:
			b.WriteString(`<div class="nodata">暂无信息</div><ul class="newslist">` + "\n</ul>\n")
		case c.kind == "pictures":
			b.WriteString(`<table width="100%" class="piclist"><tr>`)
			for i, a := range chunk {
				if i > 0 && i%4 == 0 {
					b.WriteString("</tr><tr>")
				}
				img := fmt.Sprintf("UploadFile/%s/%s%d.jpg", a.date.Format("200601"), a.date.Format("20060102150405"), a.id%100)
				fmt.Fprintf(&b, `<td align="center"><a href="%s" target="_blank"><img src="%s" width="150" height="110" border="0" /><br />%s</a></td>`,
					g.articleHref(c, a), img, truncTitle(a.title, 10))
			}
			b.WriteString("</tr></table>\n")
		default:
			b.WriteString(`<ul class="newslist">` + "\n")
			for _, a := range chunk {
				fmt.Fprintf(&b, `<li><span class="date">%s</span><a href="%s" title="%s" target="_blank">%s</a></li>`+"\n",
					a.date.Format("2006-01-02"), g.articleHref(c, a), a.title, truncTitle(a.title, 18))
			}
			b.WriteString("</ul>\n")
		}
		if g.divLayout() {
			b.WriteString(redesignPager(c, p, pages, len(items)))
		} else {
			b.WriteString(pager(c, p, pages, len(items)))
		}
		params := []string{"classid=" + c.classID}
		if p > 1 {
			params = append(params, "page="+strconv.Itoa(p))
		}
		g.site.Responses[Key("/list.asp", params...)] = &Response{Status: 200, ContentType: "text/html", Body: g.gbPage(title, b.String())}
	}
}

func pager(c *column, p, pages, total int) string {
	link := func(n int, text string) string {
		return fmt.Sprintf(`<a href="list.asp?classid=%s&amp;page=%d">%s</a>`, c.classID, n, text)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="page">共%d条记录&nbsp;页次:%d/%d&nbsp;每页%d条&nbsp;`, total, p, pages, c.pageSize)
	if p > 1 {
		b.WriteString(link(1, "首页") + " " + link(p-1, "上一页") + " ")
	} else {
		b.WriteString("首页 上一页 ")
	}
	if p < pages {
		b.WriteString(link(p+1, "下一页") + " " + link(pages, "尾页"))
	} else {
		b.WriteString("下一页 尾页")
	}
	fmt.Fprintf(&b, `&nbsp;转到:<select onchange="location.href='list.asp?classid=%s&page='+this.value">`, c.classID)
	for i := 1; i <= pages; i++ {
		sel := ""
		if i == p {
			sel = ` selected="selected"`
		}
		fmt.Fprintf(&b, `<option value="%d"%s>第%d页</option>`, i, sel, i)
	}
	b.WriteString("</select></div>\n")
	return b.String()
}

func (g *gen) renderArticle(a *article) {
	key := Key("/show.asp", "id="+strconv.Itoa(a.id))
	cols := []string{g.cols[a.col].name}
	if a.second >= 0 {
		cols = append(cols, g.cols[a.second].name)
	}
	if a.raw != nil { // a sample, byte for byte
		g.site.Responses[key] = &Response{Status: 200, ContentType: a.contentType, Body: a.raw}
		t := *a.truth
		g.site.Truth = append(g.site.Truth, t)
		g.files(t)
		return
	}
	switch a.gone {
	case 1:
		g.site.Missing = append(g.site.Missing, strconv.Itoa(a.id))
		return // the server's 404
	case 2:
		g.site.Missing = append(g.site.Missing, strconv.Itoa(a.id))
		g.site.Responses[key] = &Response{Status: 200, ContentType: "text/html", Body: encode(softNotFound, false, false)}
		return
	}
	main, truth := g.articleMain(a)
	truth.Columns = cols
	charset, ct := "gb2312", "text/html"
	switch {
	case a.utf8:
		charset, ct = "utf-8", "text/html; charset=utf-8"
		truth.Charset = "utf-8"
	case a.wrongHeader:
		ct = "text/html; charset=utf-8"
	}
	body := encode(g.page(a.title+"-"+siteName, charset, main), a.utf8, a.badByte)
	g.site.Responses[key] = &Response{Status: 200, ContentType: ct, Body: body}
	g.files(truth)
	g.site.Responses[Key("/print.asp", "id="+strconv.Itoa(a.id))] = &Response{Status: 200, ContentType: "text/html",
		Body: encode(fmt.Sprintf(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s" /><title>%s</title></head><body><h2>%s</h2>%s</body></html>`,
			charset, a.title, a.title, a.truthBody), a.utf8, false)}
	g.site.Truth = append(g.site.Truth, truth)
}

// neighbours gives the previous and next article of a's column.
func (g *gen) neighbours(a *article) (prev, next *article) {
	list := g.cols[a.col].articles
	for i, x := range list {
		if x == a {
			if i+1 < len(list) {
				prev = list[i+1]
			}
			if i > 0 {
				next = list[i-1]
			}
		}
	}
	return prev, next
}

func (g *gen) articleMain(a *article) (string, Truth) {
	col := g.cols[a.col]
	t := Truth{ID: strconv.Itoa(a.id), Kind: "article", Title: a.title, Source: a.source, Author: a.author,
		Charset: "gbk", Images: []string{}, Attachments: []Attachment{}}
	var b strings.Builder
	re := g.divLayout()
	if g.cfg.Design == "portal" {
		fmt.Fprintf(&b, `<div class="loc">位置：<a href="index.asp">首页</a> - <a href="list.asp?classid=%s">%s</a></div>`+"\n", col.classID, col.name)
		b.WriteString(`<div class="article">` + "\n")
		fmt.Fprintf(&b, `<div class="newstitle">%s</div>`+"\n", a.title)
	} else if re {
		fmt.Fprintf(&b, `<div class="crumbs">当前位置：<a href="index.asp">首页</a> &raquo; <a href="list.asp?classid=%s">%s</a> &raquo; 正文</div>`+"\n", col.classID, col.name)
		b.WriteString(`<div class="article">` + "\n")
		fmt.Fprintf(&b, `<div class="arttitle"><h2>%s</h2></div>`+"\n", a.title)
	} else {
		fmt.Fprintf(&b, `<div class="position">您当前位置的: <a href="index.asp">网站首页</a> &gt; <a href="list.asp?classid=%s">%s</a> &gt; 正文</div>`+"\n", col.classID, col.name)
		b.WriteString(`<div class="content">` + "\n")
	}
	if re {
	} else if a.oldTitle {
		fmt.Fprintf(&b, `<table width="96%%" border="0" align="center"><tr><td align="center" class="title" height="40"><strong><font size="4">%s</font></strong></td></tr></table>`+"\n", a.title)
	} else {
		fmt.Fprintf(&b, `<h1 class="title">%s</h1>`+"\n", a.title)
	}
	d := a.date
	var pub time.Time
	switch a.metaForm {
	case 0:
		pub = d
		src := a.source
		line := fmt.Sprintf("时间:%s 来源:%s 作者:%s ", d.Format("2006/1/2 15:04:05"), src, a.author)
		if a.metaVariant == 1 {
			line = fmt.Sprintf("时间:%s 作者:%s 来源:%s ", d.Format("2006/1/2 15:04:05"), a.author, src)
		}
		fmt.Fprintf(&b, `<div class="info">%s</div>`+"\n", line)
	case 1:
		pub = d.Truncate(time.Minute)
		sep := "&nbsp;&nbsp;&nbsp;"
		line := "发布时间：" + d.Format("2006-01-02 15:04") + sep
		if a.metaVariant == 1 {
			line += "更新时间：" + d.AddDate(0, 1, 3).Format("2006-01-02 15:04") + sep
		}
		line += "来源：" + a.source + sep + "作者：" + a.author + sep
		fmt.Fprintf(&b, `<div class="info">%s浏览次数：<script type="text/javascript" src="count.asp?id=%d"></script></div>`+"\n", line, a.id)
	case 2:
		pub = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		fmt.Fprintf(&b, `<div class="info">日期:%s &nbsp;信息来源:%s &nbsp;撰稿:%s &nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>`+"\n",
			d.Format("2006年1月2日"), a.source, a.author)
	case 3:
		pub = d
		hits := fmt.Sprintf(`<span id="hits"><script type="text/javascript" src="count.asp?id=%d"></script></span>`, a.id)
		if a.metaVariant == 1 {
			fmt.Fprintf(&b, `<table width="96%%" border="0" align="center" class="info"><tr><td>作者：%s</td><td>来源：%s</td><td>编辑：%s</td><td>发布时间：%s</td><td>点击：%s</td></tr></table>`+"\n",
				a.author, a.source, a.editor, d.Format("2006-1-2 15:04:05"), hits)
		} else {
			fmt.Fprintf(&b, `<table width="96%%" border="0" align="center" class="info"><tr><td align="center">作者:%s &nbsp; 来源:%s &nbsp; 编辑:%s &nbsp; 发布时间:%s &nbsp; 点击:%s</td></tr></table>`+"\n",
				a.author, a.source, a.editor, d.Format("2006-1-2 15:04:05"), hits)
		}
	}
	if re {
		// The same metadata under other containers.
		meta := b.String()[strings.LastIndex(b.String(), "</h2></div>\n")+len("</h2></div>\n"):]
		base := b.String()[:strings.LastIndex(b.String(), "</h2></div>\n")+len("</h2></div>\n")]
		meta = strings.Replace(meta, `<div class="info">`, `<div class="artmeta">`, 1)
		meta = strings.Replace(meta, `class="info"`, `class="artinfo"`, 1)
		b.Reset()
		b.WriteString(base + meta)
	}
	t.PublishedAt = time.Date(pub.Year(), pub.Month(), pub.Day(), pub.Hour(), pub.Minute(), pub.Second(), 0, time.FixedZone("CST", 8*3600)).Format(time.RFC3339)
	if re {
		b.WriteString(`<div class="artbody">` + "\n")
	} else {
		b.WriteString(`<div class="text" id="zoom">` + "\n")
	}
	var paras []string
	for _, bl := range a.blocks {
		switch bl.kind {
		case "para":
			b.WriteString(paraHTML(a.bodyForm, bl.text))
			paras = append(paras, bl.text)
		case "image":
			fmt.Fprintf(&b, `<p align="center"><img src="%s" border="0" alt="" width="500" onload="if(this.width>600)this.width=600" /></p>`+"\n"+`<p align="center">%s</p>`+"\n", bl.img.src, bl.img.caption)
			paras = append(paras, bl.img.caption)
			t.Images = append(t.Images, bl.img.path)
		case "table":
			b.WriteString(`<table border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:collapse">` + "\n")
			for _, row := range bl.table {
				b.WriteString("<tr>")
				for _, cell := range row {
					fmt.Fprintf(&b, "<td>%s</td>", cell)
				}
				b.WriteString("</tr>\n")
				paras = append(paras, strings.Join(row, " "))
			}
			b.WriteString("</table>\n")
		case "attach":
			fmt.Fprintf(&b, `<p>附件：<a href="%s" target="_blank">%s</a></p>`+"\n", bl.href, bl.name)
			paras = append(paras, "附件："+bl.name)
			t.Attachments = append(t.Attachments, Attachment{Path: bl.text, Name: bl.name})
		}
	}
	b.WriteString("</div>\n")
	prev, next := g.neighbours(a)
	link := func(x *article) string {
		if x == nil {
			return "没有了"
		}
		return fmt.Sprintf(`<a href="Show.asp?ID=%d">%s</a>`, x.id, x.title)
	}
	if g.cfg.Design == "portal" {
		b.WriteString(`<div class="related"><h3>相关文章</h3><ul>`)
		for _, x := range g.cols[a.col].articles {
			if x != a && x.gone == 0 && strings.Count(b.String(), "<li>") < 5 {
				fmt.Fprintf(&b, `<li><a href="show.asp?id=%d">%s</a></li>`, x.id, x.title)
			}
		}
		b.WriteString("</ul></div>\n")
	}
	if re {
		fmt.Fprintf(&b, `<ul class="prenext"><li>上一篇：%s</li><li>下一篇：%s</li></ul>`+"\n", link(prev), link(next))
		fmt.Fprintf(&b, `<div class="arttools">【<a href="print.asp?id=%d" target="_blank">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>`+"\n", a.id)
	} else {
		fmt.Fprintf(&b, `<div class="pn">上一篇：%s<br />下一篇：%s</div>`+"\n", link(prev), link(next))
		fmt.Fprintf(&b, `<div class="tools">【<a href="print.asp?id=%d" target="_blank">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>`+"\n", a.id)
	}
	b.WriteString("</div>")
	t.BodyText = strings.Join(paras, "\n\n")
	a.truthBody = "<p>" + strings.Join(paras, "</p><p>") + "</p>"
	return b.String(), t
}

func paraHTML(form int, text string) string {
	switch form {
	case 1:
		return "　　" + text + "<br />\n<br />\n"
	case 2:
		return `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">` + text + `<span lang="EN-US"><o:p></o:p></span></span></p>` + "\n"
	case 3:
		return "<P><FONT face=宋体 size=3>&nbsp;&nbsp;&nbsp;&nbsp;" + text + "</FONT></P>\n"
	}
	return "<p>&nbsp;&nbsp;&nbsp;&nbsp;" + text + "</p>\n"
}

// files gives every image and attachment of t some bytes to serve, with
// the ETag and Last-Modified a static file has on IIS.
func (g *gen) files(t Truth) {
	paths := append([]string(nil), t.Images...)
	for _, a := range t.Attachments {
		paths = append(paths, a.Path)
	}
	for _, p := range paths {
		ct := "application/octet-stream"
		switch strings.ToLower(filepath.Ext(p)) {
		case ".jpg", ".jpeg":
			ct = "image/jpeg"
		case ".gif":
			ct = "image/gif"
		case ".pdf":
			ct = "application/pdf"
		case ".doc":
			ct = "application/msword"
		case ".xls":
			ct = "application/vnd.ms-excel"
		}
		sum := sha1.Sum([]byte(p))
		body := fmt.Appendf(nil, "%s %s %x\n", ct, p, sum)
		g.site.Responses[Key(p)] = &Response{Status: 200, ContentType: ct, Body: body}
	}
}

// evolve applies Added, Edited and Removed: the site some time later.
func (g *gen) evolve() {
	var base []*article
	for _, a := range g.arts {
		if a.raw == nil && a.gone == 0 {
			base = append(base, a)
		}
	}
	if len(base) == 0 {
		return
	}
	// Edited and removed articles are spread over the older ones.
	pickEvery := func(n, offset int) []*article {
		var out []*article
		if n <= 0 {
			return nil
		}
		step := max(len(base)/(n+1), 1)
		for i := offset; i < len(base) && len(out) < n; i += step {
			out = append(out, base[i])
		}
		return out
	}
	for _, a := range pickEvery(g.cfg.Edited, 1) {
		for i, b := range a.blocks {
			if b.kind == "para" {
				a.blocks[i].text = b.text + "（本文已更新）"
				break
			}
		}
	}
	for _, a := range pickEvery(g.cfg.Removed, 2) {
		if a.edited() {
			continue
		}
		a.gone = 1
		a.unlisted = true
	}
	last := base[len(base)-1]
	id := 0
	for _, a := range g.arts {
		id = max(id, a.id)
	}
	r := rand.New(rand.NewPCG(g.cfg.Seed+1, 0xadd))
	saved := g.rnd
	g.rnd = r
	for i := 0; i < g.cfg.Added; i++ {
		id += 1 + r.IntN(3)
		a := &article{id: id, second: -1, date: last.date.Add(time.Duration(i+1) * 26 * time.Hour)}
		a.col = 1 + r.IntN(len(g.cols)-1)
		for g.cols[a.col].kind != "list" {
			a.col = 1 + r.IntN(len(g.cols)-1)
		}
		g.fill(a)
		a.gone, a.second = 0, -1
		g.arts = append(g.arts, a)
		g.byID[a.id] = a
		g.cols[a.col].articles = append(g.cols[a.col].articles, a)
	}
	g.rnd = saved
	for _, c := range g.cols {
		kept := c.articles[:0]
		for _, a := range c.articles {
			if !a.unlisted {
				kept = append(kept, a)
			}
		}
		c.articles = kept
	}
}

func (a *article) edited() bool {
	for _, b := range a.blocks {
		if b.kind == "para" && strings.HasSuffix(b.text, "（本文已更新）") {
			return true
		}
	}
	return false
}

// divLayout: the page is one of the div layouts (redesign, portal).
func (g *gen) divLayout() bool { return g.cfg.Design == "redesign" || g.cfg.Design == "portal" }

// redesignList writes a list in the redesigned markup.
func (g *gen) redesignList(b *strings.Builder, c *column, chunk []*article) {
	switch {
	case len(chunk) == 0:
		b.WriteString(`<div class="empty">暂无信息</div>` + "\n")
	case c.kind == "pictures":
		b.WriteString(`<div class="photolist">`)
		for _, a := range chunk {
			img := fmt.Sprintf("UploadFile/%s/%s%d.jpg", a.date.Format("200601"), a.date.Format("20060102150405"), a.id%100)
			fmt.Fprintf(b, `<span class="photo"><a href="%s"><img src="%s" /><br />%s</a></span>`, g.articleHref(c, a), img, truncTitle(a.title, 10))
		}
		b.WriteString("</div>\n")
	default:
		b.WriteString(`<div class="artlist"><dl>` + "\n")
		for _, a := range chunk {
			if g.cfg.Design == "portal" { // titles cut short, no title attribute
				fmt.Fprintf(b, `<dd><em>%s</em><a href="%s">%s</a></dd>`+"\n", a.date.Format("2006-01-02"), g.articleHref(c, a), truncTitle(a.title, 6))
				continue
			}
			fmt.Fprintf(b, `<dd><em>%s</em><a href="%s" title="%s">%s</a></dd>`+"\n", a.date.Format("2006-01-02"), g.articleHref(c, a), a.title, truncTitle(a.title, 18))
		}
		b.WriteString("</dl></div>\n")
	}
}

// redesignPager is the redesigned pager: 第P页/共T页.
func redesignPager(c *column, p, pages, total int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="pagination">第%d页/共%d页 共%d条记录 `, p, pages, total)
	link := func(n int, text string) {
		fmt.Fprintf(&b, `<a href="list.asp?classid=%s&amp;page=%d">%s</a> `, c.classID, n, text)
	}
	if p > 1 {
		link(1, "首页")
		link(p-1, "上一页")
	}
	if p < pages {
		link(p+1, "下一页")
		link(pages, "尾页")
	}
	b.WriteString("</div>\n")
	return b.String()
}
