package capture

import (
	"os"
	"strconv"
	"testing"
	"time"
)

// BenchmarkWrite measures writing one exchange (a request and a 7 KB
// GB-encoded page) to WARC: records serialised and digested, gzip
// members, the file append. ns/op, B/op and allocs/op.
func BenchmarkWrite(b *testing.B) {
	page, err := os.ReadFile("../testdata/extract/sample-show-image/page.html")
	if err != nil {
		b.Fatal(err)
	}
	response := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "+
		strconv.Itoa(len(page))+"\r\nServer: Microsoft-IIS/6.0\r\n\r\n"), page...)
	request := []byte("GET /show.asp?id=1234 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: sitearchive/dev\r\nAccept-Encoding: gzip\r\n\r\n")
	w, err := NewWriter(b.TempDir(), "bench", time.Now(), 1<<30)
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	b.ReportAllocs()
	b.SetBytes(int64(len(request) + len(response)))
	for b.Loop() {
		if _, err := w.Write("http://127.0.0.1:8080/show.asp?id=1234", time.Now(), request, response, "127.0.0.1:8080"); err != nil {
			b.Fatal(err)
		}
	}
}
