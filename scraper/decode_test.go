package scraper

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func gbk(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const text = "作者:李琤 王堃 李喆 朱镕基 章祎 《稅收徵收管理法》"
	metaGB := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /></head><body>`
	metaUTF8 := `<html><head><meta charset="utf-8"></head><body>`
	big5, _ := traditionalchinese.Big5.NewEncoder().Bytes([]byte(metaGB[:0] + `<meta charset="big5">` + "稅收徵收管理法"))
	gb18030, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(metaGB + "𠮷野家 " + text))
	// A Taiwan or Hong Kong page of the era that declares nothing.
	const trad = "本局將於明年一月起調整各項規費收費標準，請市民留意相關公告。臺灣與香港的網站當時多以大五碼編寫。"
	big5Bare, _ := traditionalchinese.Big5.NewEncoder().Bytes([]byte("<html><head><title>公告</title></head><body><p>" + trad + "</p></body></html>"))
	tests := []struct {
		name        string
		body        []byte
		contentType string
		want        string // substring of the decoded text
		charset     string
		replaced    int
	}{
		{"meta gb2312, no header charset", append([]byte(metaGB), gbk(t, text)...), "text/html", text, "gbk", 0},
		{"header gbk", gbk(t, text), "text/html; charset=GBK", text, "gbk", 0},
		{"header and meta utf-8", []byte(metaUTF8 + text), "text/html; charset=utf-8", text, "utf-8", 0},
		{"header utf-8 over GBK bytes, meta gb2312", append([]byte(metaGB), gbk(t, text)...), "text/html; charset=utf-8", text, "gbk", 0},
		{"header utf-8 over GBK bytes, no meta", gbk(t, text+text), "text/html; charset=UTF-8", text, "gbk", 0},
		{"no charset anywhere, GBK bytes", gbk(t, "<p>"+text+"</p>"), "text/html", text, "gbk", 0},
		{"no charset anywhere, UTF-8 bytes", []byte("<p>" + text + "</p>"), "", text, "utf-8", 0},
		{"meta gb2312 over UTF-8 bytes", []byte(metaGB + text + text), "text/html", text, "utf-8", 0},
		{"UTF-8 BOM", append([]byte("\xEF\xBB\xBF"), text...), "text/html; charset=gbk", text, "utf-8", 0},
		{"GB18030 four-byte sequence", gb18030, "text/html", "𠮷野家", "gb18030", 0},
		{"big5 label", big5, "text/html", "稅收徵收管理法", "big5", 0},
		{"no charset anywhere, Big5 bytes", big5Bare, "text/html", trad, "big5", 0},
		{"no charset anywhere, GBK bytes of traditional characters", gbk(t, "<p>"+trad+"</p>"), "", trad, "gbk", 0},
		{"truncated GBK character in the chrome", append(append([]byte(metaGB), gbk(t, "传真：(0577) 68716388<br />")...), append([]byte("\xd5 \xd5</td>"), gbk(t, text)...)...), "text/html", text, "gbk", 2},
		{"truncated UTF-8 character among many good ones", []byte(metaUTF8 + strings.Repeat(text, 3) + "\xe7\x94 " + text), "text/html; charset=utf-8", text, "utf-8", 1},
		{"header iso-8859-1 over GBK bytes, meta gb2312", append([]byte(metaGB), gbk(t, text)...), "text/html; charset=ISO-8859-1", text, "gbk", 0},
		{"header iso-8859-1 over GBK bytes, no meta", gbk(t, "<p>"+text+"</p>"), "text/html; charset=iso-8859-1", text, "gbk", 0},
		{"header windows-1252 over UTF-8 bytes", []byte(metaUTF8 + text), "text/html; charset=windows-1252", text, "utf-8", 0},
		{"header iso-8859-1 over a Latin-1 page", []byte("<p>caf\xe9 cr\xe8me</p>"), "text/html; charset=iso-8859-1", "café crème", "windows-1252", 0},
		{"empty body", nil, "text/html", "", "utf-8", 0},
		{"ascii only", []byte("<p>hello</p>"), "", "hello", "utf-8", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Decode(tt.body, tt.contentType)
			if !strings.Contains(d.Text, tt.want) {
				t.Errorf("text %q does not hold %q", d.Text, tt.want)
			}
			if d.Charset != tt.charset {
				t.Errorf("charset = %q, want %q", d.Charset, tt.charset)
			}
			if d.Replaced != tt.replaced {
				t.Errorf("replaced = %d, want %d", d.Replaced, tt.replaced)
			}
		})
	}
}

// TestDecodeSamplesBadByte: the model's page with a truncated character
// keeps everything else.
func TestDecodeBadByteKeepsRest(t *testing.T) {
	body := append(gbk(t, "<td>传真"), 0xd5)
	body = append(body, gbk(t, "</td><div id=zoom>协会常务副会长带队走访</div>")...)
	d := Decode(body, "text/html")
	if !strings.Contains(d.Text, "协会常务副会长带队走访") || d.Replaced != 1 {
		t.Fatalf("got %q, replaced %d", d.Text, d.Replaced)
	}
}

// TestDecodeBytesAsXText: decoding into a buffer sized once gives what
// x/text's Decoder.Bytes gives, also when the estimate falls short (every
// byte invalid: three bytes of U+FFFD each).
func TestDecodeBytesAsXText(t *testing.T) {
	gbk := func(s string) []byte {
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		enc  encoding.Encoding
		in   []byte
	}{
		{"gbk", simplifiedchinese.GB18030, gbk("<p>苍南县国家税收纳税人权益维护协会</p>")},
		{"four-byte", simplifiedchinese.GB18030, gbk("琤堃喆镕€😀")},
		{"all invalid", simplifiedchinese.GB18030, bytes.Repeat([]byte{0xFF}, 300)},
		{"ascii trails", simplifiedchinese.GB18030, []byte("<a>\x81\x40A\x81\x30AB\x81\x30\x81BC\x81\x30\x81\x30DE\xd6\xd0")},
		{"cut at the end", simplifiedchinese.GB18030, []byte("ab\xd6\xd0cd\x81\x30\x81")},
		{"invalid utf-8", unicode.UTF8, bytes.Repeat([]byte{0xC0}, 300)},
		{"utf-16", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), []byte{'a', 0, 0x2d, 0x4e}},
		{"empty", simplifiedchinese.GB18030, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, werr := tt.enc.NewDecoder().Bytes(tt.in)
			got, err := decodeBytes(tt.enc.NewDecoder(), tt.in, new([]byte), tt.enc == simplifiedchinese.GB18030)
			if !bytes.Equal(got, want) || (err == nil) != (werr == nil) {
				t.Errorf("got %q (%v), x/text gives %q (%v)", got, err, want, werr)
			}
		})
	}
}
