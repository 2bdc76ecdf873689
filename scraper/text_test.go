package scraper

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

func TestVisibleText(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"nbsp paragraphs", "<p>&nbsp;&nbsp;&nbsp;&nbsp;甲。</p>\n<p>&nbsp;&nbsp;乙。</p>", "甲。\n\n乙。"},
		{"br br with U+3000", "\n　　甲。<br />\n<br />\n　　乙。<br />\n<br />\n", "甲。\n\n乙。"},
		{"single br is a line break", "<p>地址：甲<br>电话：乙</p>", "地址：甲\n电话：乙"},
		{"source newline is a space", "<p>hello\nworld</p>", "hello world"},
		{"word paste", `<p class="MsoNormal"><span style="font-family:仿宋_GB2312">甲。<span lang="EN-US"><o:p></o:p></span></span></p>`, "甲。"},
		{"caption and table", `<p align="center"><img src="a.jpg" alt="x"></p><p align="center">会议现场</p><table><tr><td>项目</td><td>户数</td></tr><tr><td>甲</td><td>1</td></tr></table>`, "会议现场\n\n项目 户数\n\n甲 1"},
		{"scripts and hidden", `<p>甲<script>var x="乙";</script></p><div style="display: none">丙</div><style>p{}</style>`, "甲"},
		{"attachment", `<p>附件：<a href="x.doc">名.doc</a></p>`, "附件：名.doc"},
		{"empty paragraphs", "<p>&nbsp;</p><p>　　</p><p>甲</p>", "甲"},
		{"a table as Word pastes it: a paragraph in each cell", `<table><tr><td><p>序号</p></td><td><p align="center"><span>单位</span></p></td></tr><tr><td><p>1</p></td><td><p>灵溪分局</p></td></tr></table>`, "序号 单位\n\n1 灵溪分局"},
		{"a cell of two paragraphs keeps its lines", `<table><tr><td><p>甲</p><p>乙</p></td><td><p>丙</p></td></tr></table>`, "甲\n\n乙\n\n丙"},
		{"a poster's column keeps its lines", `<table><tr><td><cite>laochen</cite><p>帖子 120</p><p>积分 300</p></td><td><p>正文。</p></td></tr></table>`, "laochen\n\n帖子 120\n\n积分 300\n\n正文。"},
		{"a layout cell of prose keeps its paragraphs", `<table><tr><td><p>` + strings.Repeat("甲", 50) + `</p></td></tr></table>`, strings.Repeat("甲", 50)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<div>" + tt.html + "</div>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := VisibleText(doc); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzCleanLine: cleanLine, with its shortcut for lines that need no
// collapsing and its copying of whole characters, says what collapsing
// one character at a time says.
func FuzzCleanLine(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "\u3000标题\u3000", "a\u00a0\u00a0b", "x\u200by", "\ufeffz",
		"\t制表\t", "a\xffb", "\xc2", "正文 第一段", "\u2003em\u2003", "a\nb", "\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		space := false
		for _, r := range s {
			if r == ' ' || r == '\t' || r == '\r' || r == '\f' || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
		want := strings.TrimFunc(b.String(), func(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' })
		if got := cleanLine(s); got != want {
			t.Fatalf("cleanLine(%q) = %q, want %q", s, got, want)
		}
	})
}
