package scraper

import (
	"bytes"
	"encoding/base64"
	"mime/quotedprintable"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestSavedURL(t *testing.T) {
	for _, tt := range []struct{ page, want string }{
		{"<!-- saved from url=(0052)http://news.example.com.cn/c/2005-07-31/1230123.shtml -->\n<html>", "http://news.example.com.cn/c/2005-07-31/1230123.shtml"},
		{`<html><head><link rel="canonical" href="https://www.example.gov.cn/art/2019/5/6/art_1_2.html"></head>`, "https://www.example.gov.cn/art/2019/5/6/art_1_2.html"},
		{`<html><head><link href="https://a.example/x/1.html" rel="canonical" /></head>`, "https://a.example/x/1.html"},
		{`<meta property="og:url" content="https://mp.weixin.qq.com/s/AbC">`, "https://mp.weixin.qq.com/s/AbC"},
		{`<base href="http://www.example.com/news/">`, "http://www.example.com/news/"},
		{`<text id="http://news.example.com/2005/07/31/1.htm" title="t" encoding="gb2312">` + "\n<html>", "http://news.example.com/2005/07/31/1.htm"},
		{`<html><body><text id="http://x.example/in-body.html">`, ""},
		{`<link rel="canonical" href="/relative.html">`, ""},
		{`<html><body>no mark</body></html>`, ""},
	} {
		got := ""
		if u := SavedURL([]byte(tt.page)); u != nil {
			got = u.String()
		}
		if got != tt.want {
			t.Errorf("SavedURL(%.40q) = %q, want %q", tt.page, got, tt.want)
		}
	}
}

// mhtml writes a page as a browser saves it as one file: the MIME
// header (saved by, the location, related parts), the HTML part in the
// given transfer encoding and Content-Type, an image part after it.
func mhtml(t *testing.T, header, partType, transfer string, page []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	const boundary = "----MultipartBoundary--gkN5Q1vVvQ----"
	b.WriteString(header + "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n\r\n")
	b.WriteString("--" + boundary + "\r\nContent-Type: " + partType + "\r\nContent-Transfer-Encoding: " + transfer + "\r\nContent-Location: http://www.example.gov.cn/art/2019/5/6/art_1_881.html\r\n\r\n")
	switch transfer {
	case "quoted-printable":
		w := quotedprintable.NewWriter(&b)
		if _, err := w.Write(page); err != nil {
			t.Fatal(err)
		}
		w.Close()
	case "base64":
		enc := base64.StdEncoding.EncodeToString(page)
		for len(enc) > 76 {
			b.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		b.WriteString(enc)
	}
	b.WriteString("\r\n--" + boundary + "\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: http://www.example.gov.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n--" + boundary + "--\r\n")
	return b.Bytes()
}

// TestSavedArchive: a page saved as a web archive (Chrome's .mhtml, in
// UTF-8 quoted-printable; Internet Explorer's .mht of a GBK page; base64)
// reads as the page itself, from the location the archive gives.
func TestSavedArchive(t *testing.T) {
	page := shapePage(shape{meta: `<div class="info">发布时间：2019-05-06 09:30　来源：县税务局</div>`, body: "<p>" + shapeP1 + "</p><p>" + shapeP2 + "</p>"})
	gb, err := simplifiedchinese.GBK.NewEncoder().String(strings.Replace(strings.ReplaceAll(page, "©", "(C)"), `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, 1))
	if err != nil {
		t.Fatal(err)
	}
	chrome := "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/art/2019/5/6/art_1_881.html\r\nSubject: =?utf-8?Q?x?=\r\nDate: Mon, 6 May 2019 09:30:00 +0800\r\n"
	ie := "From: <Saved by Windows Internet Explorer 8>\r\nSubject: x\r\nDate: Mon, 6 May 2019 09:30:00 +0800\r\n"
	for _, c := range []struct {
		name    string
		archive []byte
	}{
		{"Chrome, UTF-8, quoted-printable", mhtml(t, chrome, "text/html", "quoted-printable", []byte(page))},
		{"Chrome, UTF-8 while the page's own label still says gb2312", mhtml(t, chrome, "text/html", "quoted-printable", []byte(strings.Replace(page, `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, 1)))},
		{"Internet Explorer, GBK, quoted-printable", mhtml(t, ie, `text/html; charset="gb2312"`, "quoted-printable", []byte(gb))},
		{"base64, GBK, the charset in the page alone", mhtml(t, ie, "text/html", "base64", []byte(gb))},
	} {
		raw, ct, from, ok := SavedArchive(c.archive)
		if !ok {
			t.Errorf("%s: not read as an archive", c.name)
			continue
		}
		if from == nil || from.String() != "http://www.example.gov.cn/art/2019/5/6/art_1_881.html" {
			t.Errorf("%s: saved from %v", c.name, from)
		}
		a, err := Generic(Decode(raw, ct).Text, from)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Title != shapeTitle || a.Meta.PublishedAt != "2019-05-06T09:30:00+08:00" || !strings.HasPrefix(a.BodyText, shapeP1) || !strings.HasSuffix(a.BodyText, shapeP2) {
			t.Errorf("%s: title %q date %q body %.60q", c.name, a.Title, a.Meta.PublishedAt, a.BodyText)
		}
	}
	for _, notArchive := range []string{page, "From: someone\r\nSubject: mail\r\n\r\nhello", "Content-Type: multipart/related; boundary=x\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\nxx\r\n--x--\r\n"} {
		if _, _, _, ok := SavedArchive([]byte(notArchive)); ok {
			t.Errorf("%.30q read as an archive with a page", notArchive)
		}
	}
}
