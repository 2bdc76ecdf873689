package review

import (
	"net/http/httptest"
	"testing"
)

func TestSameOrigin(t *testing.T) {
	for _, tt := range []struct {
		origin, referer string
		want            bool
	}{
		{"http://127.0.0.1:8080", "", true},
		{"", "http://127.0.0.1:8080/records/107", true},
		{"http://evil.example", "", false},
		{"null", "", false},
		{"", "", false},
		{"http://127.0.0.1:8080.evil.example", "", false},
		{"https://127.0.0.1:8080", "", false},
	} {
		r := httptest.NewRequest("POST", "http://127.0.0.1:8080/records/107/notes", nil)
		if tt.origin != "" {
			r.Header.Set("Origin", tt.origin)
		}
		if tt.referer != "" {
			r.Header.Set("Referer", tt.referer)
		}
		if got := sameOrigin(r); got != tt.want {
			t.Errorf("Origin %q Referer %q: %v, want %v", tt.origin, tt.referer, got, tt.want)
		}
	}
}

func TestCharsetLabelAndMarkdownBody(t *testing.T) {
	for in, want := range map[string]string{"gbk": "gb18030", "GB2312": "gb18030", "utf-8": "utf-8", "": "utf-8", "big5": "big5"} {
		if got := charsetLabel(in); got != want {
			t.Errorf("charsetLabel(%q) = %q, want %q", in, got, want)
		}
	}
	if got := markdownBody([]byte("---\ntitle: \"x\"\n---\n\n正文\n")); got != "\n正文\n" {
		t.Errorf("markdownBody: %q", got)
	}
	if got := markdownBody([]byte("正文 --- 无\n")); got != "正文 --- 无\n" {
		t.Errorf("markdownBody without front matter: %q", got)
	}
}
