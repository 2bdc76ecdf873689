package capture

import (
	"bytes"
	"crypto/sha1"
	"encoding/base32"
	"io"
	"strconv"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// exchangeRecord is a request or response record of one exchange, ready to
// serialise: its WARC header fields in order, and its block (the HTTP
// message as sent or received). It is written as gowarc's record builder
// and marshaler write the same record — the same fields in the same
// order, the same digests (TestRecordAsGowarc) — without their copies of
// the block (a memory buffer filled by appending, then a second one for
// the payload: a fifth of all a crawl allocated).
type exchangeRecord struct {
	fields  []field
	block   []byte
	payload int // where the HTTP message's body starts in block
}

type field struct{ name, value string }

// newExchangeRecord makes the record of type typ ("request" or
// "response") for block. ip and concurrentTo may be empty; the record's
// WARC-Warcinfo-ID is set by setWarcinfo.
func newExchangeRecord(typ, id, uri string, date time.Time, ip, concurrentTo string, block []byte) *exchangeRecord {
	r := &exchangeRecord{block: block, payload: httpHeaderEnd(block), fields: make([]field, 0, 11)}
	r.add(gowarc.WarcType, typ)
	r.add(gowarc.WarcTargetURI, uri)
	r.add(gowarc.WarcDate, date.UTC().Format(time.RFC3339Nano))
	r.add(gowarc.ContentType, "application/http;msgtype="+typ)
	if ip != "" {
		r.add(gowarc.WarcIPAddress, ip)
	}
	if concurrentTo != "" {
		r.add(gowarc.WarcConcurrentTo, "<"+concurrentTo+">")
	}
	r.add(gowarc.WarcRecordID, "<"+id+">")
	r.add(gowarc.ContentLength, strconv.Itoa(len(block)))
	r.add(gowarc.WarcBlockDigest, sha1Digest(block))
	r.add(gowarc.WarcPayloadDigest, sha1Digest(block[r.payload:]))
	r.add(gowarc.WarcWarcinfoID, "")
	return r
}

func (r *exchangeRecord) add(name, value string) { r.fields = append(r.fields, field{name, value}) }

// setWarcinfo names the warcinfo record of the file the record goes to.
func (r *exchangeRecord) setWarcinfo(id string) { r.fields[len(r.fields)-1].value = "<" + id + ">" }

// writeTo serialises the record: version line, header fields, block, two
// CRLFs.
func (r *exchangeRecord) writeTo(w io.Writer, head *bytes.Buffer) error {
	head.Reset()
	head.WriteString("WARC/1.1\r\n")
	for _, f := range r.fields {
		head.WriteString(f.name)
		head.WriteString(": ")
		head.WriteString(f.value)
		head.WriteString("\r\n")
	}
	head.WriteString("\r\n")
	if _, err := w.Write(head.Bytes()); err != nil {
		return err
	}
	if _, err := w.Write(r.block); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\r\n\r\n")
	return err
}

// compressed says whether the record's payload is a file already
// compressed — a JPEG, PNG, GIF or WebP image, a ZIP (docx, xlsx), RAR,
// 7-Zip, gzip or bzip2 archive — which gzip would spend time on for
// nothing: its magic number.
func (r *exchangeRecord) compressed() bool {
	p := r.block[r.payload:]
	for _, magic := range compressedMagic {
		if bytes.HasPrefix(p, magic) {
			return true
		}
	}
	return len(p) >= 12 && bytes.HasPrefix(p, []byte("RIFF")) && bytes.Equal(p[8:12], []byte("WEBP"))
}

var compressedMagic = [][]byte{
	{0xFF, 0xD8, 0xFF},     // JPEG
	{0x89, 'P', 'N', 'G'},  // PNG
	[]byte("GIF8"),         // GIF
	{'P', 'K', 0x03, 0x04}, // ZIP, docx, xlsx, pptx
	[]byte("Rar!"),         // RAR
	{'7', 'z', 0xBC, 0xAF}, // 7-Zip
	{0x1F, 0x8B},           // gzip
	[]byte("BZh"),          // bzip2
}

// httpHeaderEnd is where an HTTP message's header ends, as gowarc reads
// it: after the first line (up to and including its LF) shorter than 3
// bytes, the blank line; the whole block when there is none.
func httpHeaderEnd(b []byte) int {
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return len(b)
		}
		i += j + 1
		if j+1 < 3 {
			return i
		}
	}
}

// sha1Digest is a WARC digest value: sha1 and the hash in base32.
func sha1Digest(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}
