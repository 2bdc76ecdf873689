package scraper

import (
	"net/url"
	"testing"
)

func TestClassify(t *testing.T) {
	base, _ := url.Parse("http://site.example/show.asp?id=5")
	tests := []struct {
		ref  string
		kind LinkKind
		url  string
		id   string
	}{
		{"show.asp?id=12", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"Show.asp?ID=12", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"SHOW.ASP?Id=012&classid=9", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"show.asp?classid=9&id=12#top", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"/show.asp?id=12", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"../show.asp?id=12", LinkArticle, "http://site.example/show.asp?id=12", "12"},
		{"show.asp?id=abc", LinkOther, "", ""},
		{"show.asp?id=-1", LinkOther, "", ""},
		{"show.asp?id=99999999999999999999999", LinkOther, "", ""},
		{"print.asp?id=12", LinkPrint, "http://site.example/print.asp?id=12", "12"},
		{"count.asp?id=12", LinkCounter, "http://site.example/count.asp?id=12", ""},
		{"list.asp?classid=9", LinkList, "http://site.example/list.asp?classid=9", ""},
		{"List.asp?ClassID=9&Page=3", LinkList, "http://site.example/list.asp?classid=9&page=3", ""},
		{"list.asp?classid=9&page=1", LinkList, "http://site.example/list.asp?classid=9", ""},
		{"index.asp", LinkHome, "http://site.example/", ""},
		{"http://other.example/show.asp?id=1", LinkOffsite, "http://other.example/show.asp?id=1", ""},
		{"javascript:window.close()", LinkOther, "", ""},
		{"#", LinkOther, "", ""},
		{"../UploadFile/201301/a.jpg", LinkFile, "http://site.example/UploadFile/201301/a.jpg", ""},
	}
	for _, tt := range tests {
		l := testProfile.Classify(base, tt.ref)
		if l.Kind != tt.kind || (tt.url != "" && l.URL != tt.url) || l.ID != tt.id {
			t.Errorf("testProfile.Classify(%q) = %+v, want kind %d url %q id %q", tt.ref, l, tt.kind, tt.url, tt.id)
		}
	}
}
