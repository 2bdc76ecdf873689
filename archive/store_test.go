package archive

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

func TestValidateID(t *testing.T) {
	for _, id := range []string{"1", "1234", "page-40"} {
		if err := ValidateID(id); err != nil {
			t.Errorf("ValidateID(%q) = %v", id, err)
		}
	}
	for _, id := range []string{"", "../x", "1/2", "page-", "page-../1", "-1", "1.json", "/etc/passwd", "12345678901234567890"} {
		if err := ValidateID(id); err == nil {
			t.Errorf("ValidateID(%q) accepted", id)
		}
	}
}

func TestStoreWritesRecordsAndJSONL(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	recs := []*Record{
		{ID: "page-40", Kind: KindPage, Title: "联系我们", Columns: []string{"联系我们"}},
		{ID: "1234", Kind: KindArticle, Title: `山海协作: "打赢" 脱贫攻坚战 <b>&</b>`, Columns: []string{"财经微观", "通知公告"},
			PublishedAt: "2017-03-28T08:20:26+08:00", Author: "杨博野", Source: "本站", URL: "http://h/show.asp?id=1234",
			BodyText: "甲\n\n乙", BodyMarkdown: "甲\n\n乙"},
		{ID: "107", Kind: KindArticle, Title: "- [x] 列表?: yes #no", Columns: []string{"通知公告"}},
	}
	for _, r := range recs {
		if err := s.WriteRecord(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.WriteRecord(&Record{ID: "../../evil"}); err == nil {
		t.Fatal("a record with a path for an id was written")
	}
	n, err := s.WriteJSONL(nil)
	if err != nil || n != 3 {
		t.Fatalf("WriteJSONL = %d, %v", n, err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, JSONLFile))
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var r Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad line %q: %v", line, err)
		}
		ids = append(ids, r.ID)
		if r.Images == nil || r.Attachments == nil || r.Warnings == nil || r.Columns == nil {
			t.Errorf("%s: null list in JSON", r.ID)
		}
	}
	if got := strings.Join(ids, " "); got != "107 1234 page-40" {
		t.Errorf("order %q", got)
	}
	// No temporary files are left behind.
	leftovers, _ := filepath.Glob(filepath.Join(dir, RecordsDir, "*", ".*"))
	for _, e := range leftovers {
		t.Errorf("leftover %s", e)
	}
	// The front matter is valid YAML that says what the JSON says.
	for _, r := range recs {
		_, mp := RecordPaths(r.ID)
		md, err := os.ReadFile(filepath.Join(dir, mp))
		if err != nil {
			t.Fatal(err)
		}
		parts := bytes.SplitN(md, []byte("---\n"), 3)
		if len(parts) != 3 {
			t.Fatalf("%s: no front matter", r.ID)
		}
		var fm struct {
			Title     string   `yaml:"title"`
			Date      string   `yaml:"date"`
			Author    string   `yaml:"author"`
			Source    string   `yaml:"source"`
			Columns   []string `yaml:"columns"`
			Cats      []string `yaml:"categories"`
			LegacyURL string   `yaml:"legacy_url"`
			ID        string   `yaml:"id"`
		}
		if err := yaml.Unmarshal(parts[1], &fm); err != nil {
			t.Fatalf("%s: front matter: %v", r.ID, err)
		}
		if fm.Title != r.Title || fm.Date != r.PublishedAt || fm.Author != r.Author || fm.Source != r.Source ||
			strings.Join(fm.Columns, "|") != strings.Join(r.Columns, "|") || strings.Join(fm.Cats, "|") != strings.Join(r.Columns, "|") || fm.LegacyURL != r.URL || fm.ID != r.ID {
			t.Errorf("%s: front matter %+v does not match the record", r.ID, fm)
		}
	}
}

func TestOpenUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		// root writes anywhere; a file in the way still fails.
		f := filepath.Join(t.TempDir(), "file")
		os.WriteFile(f, nil, 0o644)
		if _, err := Open(filepath.Join(f, "sub")); err == nil {
			t.Fatal("Open under a file succeeded")
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o500)
	if _, err := Open(filepath.Join(dir, "x")); err == nil {
		t.Fatal("Open in a read-only directory succeeded")
	}
}
