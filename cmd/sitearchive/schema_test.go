package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemas compiles docs/record.schema.json and docs/change.schema.json,
// formats asserted (date-time is RFC 3339).
func schemas(t *testing.T) (record, change *jsonschema.Schema) {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	compile := func(file string) *jsonschema.Schema {
		f, err := os.Open(filepath.Join("../../docs", file))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if err := c.AddResource(file, doc); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		s, err := c.Compile(file)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		return s
	}
	return compile("record.schema.json"), compile("change.schema.json")
}

// checkSchemas validates every record of an archive (articles.jsonl and
// the record files) and every line of changes.jsonl against the
// published schemas.
func checkSchemas(t *testing.T, out string) {
	t.Helper()
	record, change := schemas(t)
	validate := func(s *jsonschema.Schema, what string, data []byte) {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s: %v", what, err)
			return
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("%s does not match the schema: %v", what, err)
		}
	}
	lines := func(file string, s *jsonschema.Schema) int {
		f, err := os.Open(filepath.Join(out, file))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 4<<20), 4<<20)
		n := 0
		for sc.Scan() {
			n++
			validate(s, file+" line "+strconv.Itoa(n), sc.Bytes())
		}
		return n
	}
	if lines("articles.jsonl", record) == 0 {
		t.Error("articles.jsonl is empty")
	}
	lines("changes.jsonl", change)
	files, _ := filepath.Glob(filepath.Join(out, "records", "*", "*.json"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		validate(record, f, data)
	}
}

// TestSchemaRefusesBrokenRecords: the record schema refuses a record
// without a title, with a date that is not RFC 3339, with an unknown
// kind, with images that are not a list; the change schema an unknown
// change and an update without its version.
func TestSchemaRefusesBrokenRecords(t *testing.T) {
	record, change := schemas(t)
	good := map[string]any{
		"id": "107", "kind": "article", "url": "http://h/show.asp?id=107", "columns": []any{"通知公告"},
		"title": "关于开展纳税信用等级评价工作", "published_at": "2017-03-28T08:20:26+08:00", "source": "本站", "author": "杨博野",
		"body_text": "正文", "markdown_path": "records/000/107.md", "markdown_sha256": "",
		"images":      []any{map[string]any{"url": "http://h/UploadFile/a.jpg", "path": "assets/uploadfile/a.jpg"}},
		"attachments": []any{map[string]any{"url": "http://h/UploadFile/a.doc", "name": "a.doc"}},
		"charset":     "gbk", "extractor": "profile", "fetched_at": "2026-12-04T10:00:00Z", "warnings": []any{},
	}
	if err := record.Validate(good); err != nil {
		t.Fatalf("a sound record refused: %v", err)
	}
	for name, change := range map[string]func(map[string]any){
		"no title":             func(r map[string]any) { delete(r, "title") },
		"empty title":          func(r map[string]any) { r["title"] = "" },
		"a date not RFC 3339":  func(r map[string]any) { r["published_at"] = "2017/3/28 8:20:26" },
		"an unknown kind":      func(r map[string]any) { r["kind"] = "post" },
		"images not a list":    func(r map[string]any) { r["images"] = "a.jpg" },
		"an unknown key":       func(r map[string]any) { r["extra"] = 1 },
		"an id that is a path": func(r map[string]any) { r["id"] = "../../etc/passwd" },
		"an unknown extractor": func(r map[string]any) { r["extractor"] = "magic" },
	} {
		r := map[string]any{}
		for k, v := range good {
			r[k] = v
		}
		change(r)
		if err := record.Validate(r); err == nil {
			t.Errorf("a record with %s is accepted", name)
		}
	}
	if err := record.Validate(map[string]any{"id": "page-40", "kind": "page"}); err == nil {
		t.Error("a record without its keys is accepted")
	}
	okChange := map[string]any{"id": "107", "change": "added", "run": "2026-12-04T10:00:00Z", "url": "http://h/show.asp?id=107", "title": "t"}
	if err := change.Validate(okChange); err != nil {
		t.Fatalf("a sound change refused: %v", err)
	}
	for name, bad := range map[string]map[string]any{
		"an unknown change":         {"id": "107", "change": "moved", "run": "2026-12-04T10:00:00Z", "url": "http://h/x", "title": "t"},
		"an update without version": {"id": "107", "change": "updated", "run": "2026-12-04T10:00:00Z", "url": "http://h/x", "title": "t"},
		"a run that is no date":     {"id": "107", "change": "added", "run": "yesterday", "url": "http://h/x", "title": "t"},
	} {
		if err := change.Validate(bad); err == nil {
			t.Errorf("a change with %s is accepted", name)
		}
	}
}
