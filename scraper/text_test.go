package scraper

import (
	"strings"
	"testing"

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
