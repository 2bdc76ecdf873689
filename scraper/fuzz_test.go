package scraper

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// fuzzSeeds adds the replica's pages, the golden cases, the shapes and the real pages
// of shared/corpus/real-zh (when present) to a fuzz corpus.
func fuzzSeeds(f *testing.F, add func([]byte, string)) {
	var files []string
	for _, pattern := range []string{"../testdata/extract/*/page.html", "../testdata/shapes/*.html", "../../shared/corpus/real-zh/pages/*.html"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	raw, _ := filepath.Glob("../testdata/site/raw/*.asp")
	if len(raw) > 40 {
		raw = raw[:40]
	}
	files = append(files, raw...)
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		add(data, "text/html")
	}
	add([]byte("\xd5 \xd5<p>\xff\xfe\x80"), "text/html; charset=utf-8")
	add([]byte(strings.Repeat("<div>", 2000)), "text/html; charset=gbk")
	add([]byte{0xEF, 0xBB, 0xBF, 0xC3}, "")
}

// FuzzDecode: any bytes, any Content-Type: no panic, valid UTF-8 out;
// the early-stopping UTF-8 check answers as the whole scan does.
func FuzzDecode(f *testing.F) {
	fuzzSeeds(f, func(b []byte, ct string) { f.Add(b, ct) })
	f.Add([]byte("中文í 字"), "")                                                    // a surrogate: invalid
	f.Add([]byte("À¯中文字符"), "")                                                    // an overlong sequence: invalid
	f.Add([]byte("中文字符"), "text/html; charset=gbk")                                // four sequences: convincing
	f.Add([]byte("中文字"), "text/html; charset=gbk")                                 // three: not
	f.Add([]byte("<p>abcdefgh\x81\x30\x81\x30</p>"), "text/html; charset=gb18030") // a four-byte sequence after ASCII
	f.Add([]byte("<p>abcdefg\xd6\xd0\x81\x30\x81\x30"), "")                        // ... after a two-byte one
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		s := scanUTF8(body)
		if got, want := convincingUTF8(body), s.multi >= 4 && s.invalid == 0; got != want {
			t.Fatalf("convincingUTF8 = %v, the whole scan says %v", got, want)
		}
		if got, want := hasGB18030FourByte(body), fourByte(body, false); got != want {
			t.Fatalf("hasGB18030FourByte = %v, a byte at a time %v", got, want)
		}
		want, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(body)
		dst := make([]byte, len(body)*3+utf8.UTFMax)
		if got, ok := decodeGB18030(simplifiedchinese.GB18030.NewDecoder(), dst, body); !ok || !bytes.Equal(got, want) {
			t.Fatalf("decodeGB18030 = %q (%v), x/text gives %q", got, ok, want)
		}
		d := Decode(body, contentType)
		if !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 out of charset %s", d.Charset)
		}
		if d.Replaced < 0 {
			t.Fatal("negative count")
		}
	})
}

// FuzzExtract: decoding, parsing, extraction and conversion of any bytes:
// no panic, no hang, bounded memory.
func FuzzExtract(f *testing.F) {
	fuzzSeeds(f, func(b []byte, _ string) { f.Add(b) })
	base, _ := url.Parse("http://legacy.example/show.asp?id=1")
	f.Fuzz(func(t *testing.T, body []byte) {
		d := Decode(body, "text/html")
		doc, err := ParseHTML(d.Text)
		if err != nil {
			return
		}
		testProfile.SoftNotFound(doc)
		testProfile.ParseList(doc, base)
		testProfile.Columns(doc, base)
		if a, err := testProfile.ExtractArticle(doc, base); err == nil {
			if _, err := BodyMarkdown(a.Body, base, nil); err != nil {
				t.Fatalf("markdown: %v", err)
			}
		}
		if a, err := Generic(d.Text, base); err == nil {
			if _, err := BodyMarkdown(a.Body, base, nil); err != nil {
				t.Fatalf("markdown of the generic body: %v", err)
			}
		}
	})
}
