package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestExtractSavedPage: a page saved by a browser is dated by the URL it
// says it was saved from when it shows no date; --url overrides it; a
// missing file is one line and exit 1.
func TestExtractSavedPage(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	body := "<!-- saved from url=(0045)http://news.example.cn/2019/05/06/a123.html -->\n<html><head><meta charset=\"utf-8\"><title>全县小微企业减税降费政策落实情况通报</title></head><body>" +
		"<h1>全县小微企业减税降费政策落实情况通报</h1><div class=\"content\"><p>今年以来，全县税务部门认真落实各项减税降费政策，累计为小微企业减免税款三点二亿元，惠及纳税人一万余户。</p>" +
		"<p>下一步，县税务局将继续优化纳税服务，确保各项政策不折不扣落到实处，切实减轻企业负担。</p></div></body></html>"
	if err := os.WriteFile(page, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", page}, "2019-05-06"},
		{[]string{"extract", "--url", "http://news.example.cn/2020/01/02/a123.html", page}, "2020-01-02"},
	} {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), tt.args, &out, &errOut); code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errOut.String())
		}
		var got struct {
			Title       string `json:"title"`
			PublishedAt string `json:"published_at"`
		}
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatalf("%v: %v\n%s", tt.args, err, out.String())
		}
		if got.PublishedAt != tt.want || got.Title != "全县小微企业减税降费政策落实情况通报" {
			t.Errorf("%v: title %q, published_at %q, want %q", tt.args, got.Title, got.PublishedAt, tt.want)
		}
	}
	// The same page saved by Chrome as one file (.mhtml): its location
	// dates it, as the saved-from comment does.
	stripped := body[strings.Index(body, "\n")+1:]
	archive := "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://news.example.cn/2019/05/07/a124.html\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----b----\"\r\n\r\n\r\n------b----\r\nContent-Type: text/html\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + strings.ReplaceAll(stripped, "=", "=3D") + "\r\n------b------\r\n"
	saved := filepath.Join(dir, "page.mhtml")
	if err := os.WriteFile(saved, []byte(archive), 0o644); err != nil {
		t.Fatal(err)
	}
	var arcOut, arcErr bytes.Buffer
	if code := run(context.Background(), []string{"extract", saved}, &arcOut, &arcErr); code != 0 ||
		!strings.Contains(arcOut.String(), `"published_at":"2019-05-07"`) || !strings.Contains(arcOut.String(), `"title":"全县小微企业减税降费政策落实情况通报"`) {
		t.Errorf("page.mhtml: exit %d, stdout %s, stderr %q", code, arcOut.String(), arcErr.String())
	}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"extract", filepath.Join(dir, "missing.html")}, &out, &errOut); code != 1 || bytes.Count(errOut.Bytes(), []byte("\n")) != 1 {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut.String())
	}
	// Not a page at all: one line naming what it is, exit 1, nothing
	// printed; a GBK page with no markup is still read, and a saved page
	// with a few stray control bytes (two real ones of the corpus have).
	gb, err := simplifiedchinese.GBK.NewEncoder().String("全县小微企业减税降费政策落实情况通报\n今年以来，全县税务部门认真落实各项减税降费政策。")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, content string
		code          int
		errWant       string
	}{
		{"doc.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", 1, "not a web page (application/pdf)"},
		{"photo.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00", 1, "not a web page (image/jpeg)"},
		{"bytes.html", "\x00\x01\x02\x03binary", 1, "not a web page (application/octet-stream)"},
		{"plain.html", gb, 0, ""},
		{"stray.html", "<text id=\"http://news.example.cn/a.html\">\x08\x1a" + body, 0, ""}, // a crawl's stray control bytes
		// No article, and why: a frameset's text is in its frames, a
		// refresh sends the reader on, an empty page is a soft 404.
		{"frames.html", `<html><head><title>苍南税务</title></head><frameset rows="80,*"><frame src="top.htm"><frame src="main.htm"></frameset></html>`, 1, "a frameset: its text is in its frames (top.htm, main.htm)"},
		{"refresh.html", `<html><head><meta http-equiv="Refresh" content="0; URL='/news/1.html'"></head><body></body></html>`, 1, "redirects to /news/1.html (meta refresh)"},
		{"empty.html", `<html><head><title>x</title></head><body> </body></html>`, 1, "soft 404: empty page"},
	} {
		f := filepath.Join(dir, tt.name)
		if err := os.WriteFile(f, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		code := run(context.Background(), []string{"extract", f}, &out, &errOut)
		if code != tt.code || !bytes.Contains(errOut.Bytes(), []byte(tt.errWant)) || tt.code != 0 && (out.Len() > 0 || bytes.Count(errOut.Bytes(), []byte("\n")) != 1) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", tt.name, code, out.String(), errOut.String())
		}
	}
}
