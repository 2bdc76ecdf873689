package scraper

import (
	"bytes"
	"encoding/binary"
	"mime"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Decoded is a page turned into UTF-8.
type Decoded struct {
	Text     string // the page as UTF-8
	Charset  string // the charset that decoded it: "utf-8", "gbk", "gb18030", ...
	Replaced int    // invalid byte sequences replaced by U+FFFD
	Declared string // the charset the header or the page claimed, "" if none
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// Decode turns a page into UTF-8. The header charset, a BOM and the meta
// charset are hints checked against the bytes: a label that the bytes
// contradict (a header claiming UTF-8 over GBK bytes) loses. GB labels
// (gb2312, gbk, gb18030) decode as GB18030, a superset, as browsers do.
// Invalid byte sequences become U+FFFD where they stand and are counted;
// they never cost the rest of the page.
func Decode(body []byte, contentType string) Decoded {
	if enc, name, n := bomEncoding(body); enc != nil {
		return decodeWith(body[n:], enc, name, name)
	}

	var labels []string
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		labels = append(labels, params["charset"])
	}
	head := body
	if len(head) > 4096 {
		head = head[:4096]
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		labels = append(labels, string(m[1]))
	}
	declared := ""
	if len(labels) > 0 {
		declared = strings.ToLower(labels[0])
	}

	// The whole scan only when a question needs it: whether GB bytes are
	// convincing UTF-8 is settled at their first character.
	var u *utf8Stats
	plausible := func() bool {
		if u == nil {
			s := scanUTF8(body)
			u = &s
		}
		return u.plausible()
	}
	for i, label := range labels {
		enc, name := charset.Lookup(label)
		if enc == nil {
			continue
		}
		if westernLabel(name) {
			// A server's default (charset=ISO-8859-1) over a Chinese
			// page: the page's own label, or its GB bytes, say better.
			if i+1 < len(labels) {
				continue
			}
			if !convincingUTF8(body) {
				if d, ok := hanGB(body, declared); ok {
					return d
				}
			}
		}
		switch family(name) {
		case "utf-8":
			if plausible() {
				return decodeUTF8(body, declared)
			}
		case "gb":
			if !convincingUTF8(body) {
				return decodeGB(body, declared)
			}
		default:
			if !convincingUTF8(body) {
				return decodeWith(body, enc, name, declared)
			}
		}
	}
	// No hint fits the bytes: valid UTF-8 is UTF-8, Big5 bytes are Big5,
	// anything else on a Chinese site is GB.
	if plausible() {
		return decodeUTF8(body, declared)
	}
	if big5Bytes(body) {
		return decodeWith(body, traditionalchinese.Big5, "big5", declared)
	}
	return decodeGB(body, declared)
}

// big5Bytes: the double-byte characters of body are Big5's, not GB's.
// GB text keeps nearly all of them (97% and more on the real pages of
// the corpus) in GB2312's rows of symbols and of its 3,755 common
// characters, whose bytes are both 0xA1–0xFE; Big5's trail bytes run
// from 0x40, so read as GB about half its characters fall outside those
// rows (39% inside on a page of traditional text), while its common
// characters and symbols (lead bytes 0xA1–0xC6) hold nearly all of it.
func big5Bytes(b []byte) bool {
	pairs, gbCommon, big5Common := 0, 0, 0
	for i := 0; i+1 < len(b); i++ {
		lead := b[i]
		if lead < 0x81 {
			continue
		}
		trail := b[i+1]
		i++
		pairs++
		if (lead >= 0xA1 && lead <= 0xA9 || lead >= 0xB0 && lead <= 0xD7) && trail >= 0xA1 && trail <= 0xFE {
			gbCommon++
		}
		if lead >= 0xA1 && lead <= 0xC6 && (trail >= 0x40 && trail <= 0x7E || trail >= 0xA1 && trail <= 0xFE) {
			big5Common++
		}
	}
	return pairs >= 20 && gbCommon*10 < pairs*7 && big5Common*10 > pairs*9
}

// westernLabel: a single-byte Western charset, as servers of the era
// sent by default whatever their pages were written in.
func westernLabel(name string) bool {
	return name == "windows-1252" || strings.HasPrefix(name, "iso-8859-")
}

// hanGB is the bytes decoded as GB18030, and whether they decode without a
// fault and hold Chinese text (ten Han characters or more).
func hanGB(body []byte, declared string) (Decoded, bool) {
	d := decodeGB(body, declared)
	if d.Replaced > 0 {
		return d, false
	}
	han := 0
	for _, r := range d.Text {
		if r >= 0x4E00 && r <= 0x9FFF { // CJK Unified Ideographs
			if han++; han >= 10 {
				return d, true
			}
		}
	}
	return d, false
}

func family(name string) string {
	switch name {
	case "utf-8":
		return "utf-8"
	case "gbk", "gb18030", "gb2312", "hz-gb-2312":
		return "gb"
	}
	return name
}

func bomEncoding(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	case bytes.HasPrefix(b, []byte{0x84, 0x31, 0x95, 0x33}):
		return simplifiedchinese.GB18030, "gb18030", 4
	}
	return nil, "", 0
}

// utf8Stats counts well-formed multi-byte UTF-8 sequences and runs of
// invalid bytes (scanUTF8 stops counting once the bytes cannot be UTF-8).
type utf8Stats struct{ multi, invalid int }

func scanUTF8(b []byte) utf8Stats {
	var s utf8Stats
	bad := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			bad = false
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			if !bad {
				s.invalid++
				// Past this point neither plausible nor convincing can
				// hold, whatever the rest is (it holds at most one
				// multi-byte sequence per two bytes): GB text stops here.
				if s.invalid > 2 && s.invalid*20 > s.multi+(len(b)-i)/2 {
					return s
				}
			}
			bad = true
		} else {
			s.multi++
			bad = false
		}
		i += n
	}
	return s
}

// plausible: the bytes read as UTF-8, allowing a few broken sequences
// (a truncated character in the chrome) among many good ones. GBK text
// read as UTF-8 breaks at almost every character.
func (s utf8Stats) plausible() bool {
	switch {
	case s.invalid == 0:
		return true
	case s.invalid <= 2:
		return s.multi >= 20
	}
	return s.invalid*20 <= s.multi
}

// convincingUTF8: the bytes are UTF-8 beyond reasonable doubt, whatever
// a label says — valid, with at least four multi-byte sequences (each
// starts with a byte of 0xC0 or more). GBK text that happens to be valid
// UTF-8 does not run long: the check stops at the first invalid
// sequence, for GB text its first character.
func convincingUTF8(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	multi := 0
	for _, c := range b {
		if c >= 0xC0 {
			if multi++; multi >= 4 {
				return true
			}
		}
	}
	return false
}

func decodeUTF8(body []byte, declared string) Decoded {
	return decodeWith(body, unicode.UTF8, "utf-8", declared)
}

func decodeGB(body []byte, declared string) Decoded {
	name := "gbk"
	if hasGB18030FourByte(body) {
		name = "gb18030"
	}
	return decodeWith(body, simplifiedchinese.GB18030, name, declared)
}

// decodeGB18030 is x/text's GB18030 decoder on src, into dst, with the
// markup (most of a page) copied rather than decoded: runs of ASCII are
// copied eight bytes at a time, and only the bytes between them go
// through x/text. Two ASCII bytes in a row end any GB sequence (a
// sequence holds ASCII bytes only as its second and fourth, each after a
// byte of 0x81 or more), so at the second x/text starts a new character
// whatever came before and the pieces decode as the whole does (the fuzz
// test compares them). False when dst is too small.
func decodeGB18030(d *encoding.Decoder, dst, src []byte) ([]byte, bool) {
	n := 0
	for i := 0; i < len(src); {
		j := i
		for j+8 <= len(src) && binary.LittleEndian.Uint64(src[j:])&0x8080808080808080 == 0 {
			j += 8
		}
		for j < len(src) && src[j] < utf8.RuneSelf {
			j++
		}
		if n+j-i > len(dst) {
			return nil, false
		}
		n += copy(dst[n:], src[i:j])
		if j == len(src) {
			break
		}
		k := j + 1
		for k < len(src) && (src[k-1] >= utf8.RuneSelf || src[k] >= utf8.RuneSelf) {
			k++
		}
		nDst, nSrc, err := d.Transform(dst[n:], src[j:k], true)
		if err != nil || nSrc != k-j {
			return nil, false
		}
		n += nDst
		i = k
	}
	return dst[:n], true
}

func decodeWith(body []byte, enc encoding.Encoding, name, declared string) Decoded {
	buf := decodeBuffers.Get().(*[]byte)
	defer func() {
		if cap(*buf) <= maxPooledDecode {
			decodeBuffers.Put(buf)
		}
	}()
	out, err := decodeBytes(enc.NewDecoder(), body, buf, enc == simplifiedchinese.GB18030)
	if err != nil {
		// x/text decoders replace rather than fail; keep what decodes.
		out = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	literal := 0
	if name == "utf-8" {
		literal = bytes.Count(body, []byte("\uFFFD"))
	}
	replaced := bytes.Count(out, []byte("\uFFFD")) - literal
	if replaced < 0 {
		replaced = 0
	}
	return Decoded{Text: string(out), Charset: name, Replaced: replaced, Declared: declared}
}

// decodeBuffers hold decoded bytes until they are copied into the
// page's text.
var decodeBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledDecode: the buffer of a larger page is left to the collector.
const maxPooledDecode = 1 << 20

// decodeBytes is d.Bytes(body) into a buffer sized once for what the
// decoders here can make of it: a GB two-byte character becomes three
// bytes of UTF-8, a four-byte one four, anything else at most three per
// byte (x/text starts at the input's size and grows). It decodes into
// *buf, first replaced by a larger buffer if it is too small; gb says d
// is GB18030's decoder (decodeGB18030 then copies the ASCII runs).
func decodeBytes(d *encoding.Decoder, body []byte, buf *[]byte, gb bool) ([]byte, error) {
	need := len(body)*3/2 + utf8.UTFMax
	if cap(*buf) < need {
		*buf = make([]byte, need)
	}
	dst := (*buf)[:need]
	if gb {
		if out, ok := decodeGB18030(d, dst, body); ok {
			return out, nil
		}
		d.Reset()
		return d.Bytes(body)
	}
	nDst, _, err := d.Transform(dst, body, true)
	if err == nil {
		return dst[:nDst], nil
	}
	d.Reset()
	return d.Bytes(body) // the estimate fell short (UTF-16, single bytes): as before
}

// hasGB18030FourByte reports whether b holds a four-byte GB18030 sequence,
// which GBK lacks.
func hasGB18030FourByte(b []byte) bool { return fourByte(b, true) }

// fourByte is hasGB18030FourByte; skipASCII reads markup, most of a page,
// eight bytes at a time (the tests compare it with a byte at a time).
func fourByte(b []byte, skipASCII bool) bool {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
			for skipASCII && i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
				i += 8
			}
		case c >= 0x81 && c <= 0xFE && i+1 < len(b):
			if t := b[i+1]; t >= 0x30 && t <= 0x39 {
				if i+3 < len(b) && b[i+2] >= 0x81 && b[i+2] <= 0xFE && b[i+3] >= 0x30 && b[i+3] <= 0x39 {
					return true
				}
				i++
				continue
			}
			i += 2
		default:
			i++
		}
	}
	return false
}
