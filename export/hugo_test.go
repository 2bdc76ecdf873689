package export

import (
	"strings"
	"testing"

	"github.com/cangnan-nsrxh/sitearchive/archive"
)

// TestHugoPage: a record's content file: front matter with the legacy URL
// and id and the new URL, the body's asset links root-relative, and a
// removed record kept, said, out of every list.
func TestHugoPage(t *testing.T) {
	r := &archive.Record{ID: "107", Kind: archive.KindArticle, URL: "http://h/show.asp?id=107", Title: `标题 "引号" : 冒号`,
		PublishedAt: "2012-06-20T00:00:00+08:00", Columns: []string{"通知公告"}, Author: "苏秀英", Source: "本站",
		Images:      []archive.Image{{Asset: archive.Asset{URL: "http://h/UploadFile/a.jpg", Path: "assets/uploadfile/a.jpg"}}},
		Attachments: []archive.Attachment{{Asset: archive.Asset{URL: "http://h/x.doc"}, Name: "x.doc"}}}
	page, assets := hugoPage(r, "正文\n\n![](../../assets/uploadfile/a.jpg)\n")
	got := string(page)
	for _, want := range []string{
		"title: \"标题 \\\"引号\\\" : 冒号\"\n", "date: \"2012-06-20T00:00:00+08:00\"\n", "url: \"/articles/107/\"\n",
		"legacy_id: \"107\"\n", "legacy_url: \"http://h/show.asp?id=107\"\n", "columns: [\"通知公告\"]\n",
		`images: [{"url":"/assets/uploadfile/a.jpg"}]`, "attachments: []\n", "![](/assets/uploadfile/a.jpg)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("content lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "_build") || strings.Contains(got, "../../") {
		t.Errorf("a live record's page:\n%s", got)
	}
	if len(assets) != 1 || assets[0] != "assets/uploadfile/a.jpg" {
		t.Errorf("assets %v (an attachment that failed is not one)", assets)
	}
	r.RemovedAt, r.RemovedReason, r.PublishedAt = "2026-12-01T00:00:00Z", "http 404", ""
	page, _ = hugoPage(r, "正文")
	got = string(page)
	if !strings.Contains(got, "removed_at: \"2026-12-01T00:00:00Z\"\n") || !strings.Contains(got, "_build:\n  list: never\n") || strings.Contains(got, "date:") {
		t.Errorf("a removed record's page:\n%s", got)
	}
	r.Kind, r.ID = archive.KindPage, "page-40"
	if u := ArticleURL(r); u != "/pages/page-40/" {
		t.Errorf("a page's URL %s", u)
	}
}
