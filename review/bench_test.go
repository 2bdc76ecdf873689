package review

import (
	"bufio"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/archive"
)

// BenchmarkList50000: the list of a 50,000-record archive, its first
// page, a column's page deep in it, and a filter, answer in well under
// 200 ms each (the records are held small; no body is read).
func BenchmarkList50000(b *testing.B) {
	dir := b.TempDir()
	f, err := os.Create(filepath.Join(dir, archive.JSONLFile))
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	cols := []string{"税务要闻", "会务动态", "政策法规", "通知公告", "财经微观"}
	for i := range 50000 {
		r := archive.Record{ID: fmt.Sprint(i + 1), Kind: archive.KindArticle, URL: fmt.Sprintf("http://h/show.asp?id=%d", i+1),
			Columns: []string{cols[i%len(cols)]}, Title: fmt.Sprintf("关于开展第%d期纳税人权益维护工作的通知", i),
			PublishedAt: fmt.Sprintf("20%02d-%02d-%02dT10:00:00+08:00", 5+i%18, 1+i%12, 1+i%28), BodyText: "正文。全要素生产率是新常态下唯一可持续的增长动力。",
			Extractor: "profile", Charset: "gbk", Images: []archive.Image{}, Attachments: []archive.Attachment{}, Warnings: []string{}}
		if i%50 == 0 {
			r.Extractor = "generic"
		}
		line, _ := archive.MarshalRecord(&r, false)
		w.Write(line)
	}
	w.Flush()
	f.Close()
	a, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	h := a.Handler()
	for _, path := range []string{"/", "/?column=%E6%94%BF%E7%AD%96%E6%B3%95%E8%A7%84&page=150", "/?extractor=generic&warnings=1"} {
		b.Run(path, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
				if rec.Code != 200 {
					b.Fatalf("%s: %d", path, rec.Code)
				}
			}
		})
	}
}
