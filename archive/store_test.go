package archive

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
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

// The lines a store spools while writing records are the lines the
// record files give (what another store, or a later run, reads back), and
// what visit sees of each record is the same either way.
func TestJSONLFromSpoolAsFromFiles(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recs := []*Record{
		{ID: "page-40", Kind: KindPage, Title: "联系我们", Columns: []string{"联系我们"}, URL: "http://h/list.asp?classid=40"},
		{ID: "1234", Kind: KindArticle, Title: `山海协作: "打赢" <b>&</b> \u2028`, Columns: []string{"财经微观", "通知公告"},
			PublishedAt: "2017-03-28T08:20:26+08:00", Author: "杨博野", Source: "本站", URL: "http://h/show.asp?id=1234",
			BodyText: "甲\n\n乙\t\"<>&\"", BodyMarkdown: "甲\n\n乙", Warnings: []string{"decode: 1"},
			Images: []Image{{Asset: Asset{URL: "http://h/a.jpg", Path: "assets/a.jpg", Size: 3}}}},
		{ID: "107", Kind: KindArticle, Title: "- [x] 列表?: yes #no", Columns: []string{"通知公告"}, URL: "http://h/show.asp?id=107"},
	}
	for _, r := range recs {
		if err := s.WriteRecord(r); err != nil {
			t.Fatal(err)
		}
	}
	// A second version of a record in the same run replaces the first.
	removed := *recs[2]
	removed.RemovedAt, removed.RemovedReason = "2026-01-01T00:00:00Z", "http 404"
	if err := s.WriteRecord(&removed); err != nil {
		t.Fatal(err)
	}
	type seen struct {
		ID, Kind, URL, Title, Columns, PublishedAt, Author, Warnings, RemovedAt, RemovedReason string
	}
	jsonl := func(s *Store) (string, []seen) {
		var got []seen
		if _, err := s.WriteJSONL(func(r *Record) error {
			got = append(got, seen{r.ID, r.Kind, r.URL, r.Title, strings.Join(r.Columns, "|"), r.PublishedAt, r.Author,
				strings.Join(r.Warnings, "|"), r.RemovedAt, r.RemovedReason})
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, JSONLFile))
		if err != nil {
			t.Fatal(err)
		}
		return string(data), got
	}
	spooled, spooledSeen := jsonl(s)
	other, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	fromFiles, filesSeen := jsonl(other)
	if spooled != fromFiles {
		t.Errorf("articles.jsonl from the spool:\n%s\nfrom the files:\n%s", spooled, fromFiles)
	}
	if !reflect.DeepEqual(spooledSeen, filesSeen) {
		t.Errorf("visit saw\n%v\nfrom the spool,\n%v\nfrom the files", spooledSeen, filesSeen)
	}
	if !strings.Contains(spooled, `"removed_reason":"http 404"`) {
		t.Errorf("the record's second version is not the one listed:\n%s", spooled)
	}
	// The indented file is what MarshalRecord(r, true) gives.
	for _, r := range recs[:2] {
		jp, _ := RecordPaths(r.ID)
		data, _ := os.ReadFile(filepath.Join(dir, jp))
		want, _ := MarshalRecord(r, true)
		if !bytes.Equal(data, want) {
			t.Errorf("%s: file\n%s\nwant\n%s", r.ID, data, want)
		}
	}
	// The spool file is gone from the directory.
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); len(left) > 0 {
		t.Errorf("left in the archive: %v", left)
	}
}

// Open leaves temporaries alone (they may be a running crawl's, whose
// lock this opener has not got yet); RemoveTemporaries removes them.
func TestRemoveTemporariesOnlyWhenAsked(t *testing.T) {
	dir := t.TempDir()
	tmp := filepath.Join(dir, RecordsDir, "001", ".1001.json.tmp-42")
	os.MkdirAll(filepath.Dir(tmp), 0o755)
	os.WriteFile(tmp, []byte("{"), 0o644)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tmp); err != nil {
		t.Fatalf("Open removed a temporary: %v", err)
	}
	s.RemoveTemporaries()
	if _, err := os.Stat(tmp); err == nil {
		t.Fatal("RemoveTemporaries left a temporary")
	}
}

// FuzzIndentJSON: indentJSON gives json.Indent's bytes for any valid
// JSON, for records as MarshalRecord writes them (strings with quotes,
// backslashes, brackets) and for JSON spaced otherwise.
func FuzzIndentJSON(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[1,2,{"c":null}]}`, "{\"a\": 1}\n", ` [ 1 , "x" ] `,
		`"plain"`, `"a\\"`, `"\"\\\""`, `[true,false,-1.5e3]`, `{"k":"{[,:]}"}`} {
		f.Add(s, "")
	}
	f.Add("", `正文 "引号" \ 反斜杠 {[:,]}`)
	f.Fuzz(func(t *testing.T, raw, text string) {
		check := func(src []byte) {
			var want, got bytes.Buffer
			werr := json.Indent(&want, src, "", "  ")
			gerr := indentJSON(&got, src)
			if (werr == nil) != (gerr == nil) || werr == nil && !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Fatalf("indentJSON(%q) = %q, %v; json.Indent gives %q, %v", src, got.Bytes(), gerr, want.Bytes(), werr)
			}
		}
		if json.Valid([]byte(raw)) {
			check([]byte(raw))
		}
		r := &Record{ID: "1", Kind: KindArticle, Title: text, BodyText: text + "\n" + text, Columns: []string{text, ""},
			Warnings: []string{}, Images: []Image{{Asset: Asset{URL: text}}}}
		line, err := MarshalRecord(r, false)
		if err != nil {
			t.Fatal(err)
		}
		check(line)
	})
}
