package scraper

import (
	"net/url"
	"strings"
	"testing"
)

func TestToMarkdown(t *testing.T) {
	base, _ := url.Parse("http://h/show.asp?id=1")
	local := func(abs string) (string, bool) {
		if abs == "http://h/UploadFile/a.jpg" {
			return "../assets/uploadfile/a.jpg", true
		}
		return "", false
	}
	tests := []struct{ name, html, want string }{
		{"nbsp paragraphs", "<p>&nbsp;&nbsp;&nbsp;&nbsp;甲。</p><p>&nbsp;</p><p>&nbsp;&nbsp;乙。</p>", "甲。\n\n乙。"},
		{"br br paragraphs", "\n　　甲。<br />\n<br />\n　　乙。<br />\n<br />\n", "甲。\n\n乙。"},
		{"single br is a hard break", "<p>地址：甲<br>电话：乙</p>", "地址：甲  \n电话：乙"},
		{"word paste", `<p class="MsoNormal" style="text-indent:32.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312">甲。<span lang="EN-US"><o:p></o:p></span></span></p>`, "甲。"},
		{"upper-case font", "<P><FONT face=宋体 size=3>&nbsp;&nbsp;&nbsp;&nbsp;甲。</FONT></P>", "甲。"},
		{"image and caption", `<p align="center"><img src="../UploadFile/a.jpg" border="0" onload="x()" /></p><p align="center">会议现场</p>`, "![](../assets/uploadfile/a.jpg)\n\n会议现场"},
		{"attachment link", `<p>附件：<a href="/UploadFile/b.doc" target="_blank">名.doc</a></p>`, "附件：[名.doc](http://h/UploadFile/b.doc)"},
		{"table", `<table border="1"><tr><td>项目</td><td>户数</td></tr><tr><td>甲</td><td>1</td></tr></table>`, "| 项目 | 户数 |\n|----|----|\n| 甲  | 1  |"},
		{"active content", `<p onclick="x()">甲<script>alert(1)</script><iframe src="http://e/"></iframe><a href="javascript:alert(2)">乙</a><img src="x.jpg" onerror="alert(3)"></p>`, "甲乙![](http://h/x.jpg)"},
		{"markdown-looking text is escaped", "<p>1. 不是列表</p>", `1\. 不是列表`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ToMarkdown(tt.html, base, local)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
			for _, bad := range []string{"script", "iframe", "onerror", "javascript:", "style=", "仿宋"} {
				if strings.Contains(got, bad) {
					t.Errorf("%q left in %q", bad, got)
				}
			}
		})
	}
}
