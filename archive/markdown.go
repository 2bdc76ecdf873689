package archive

import (
	"bytes"
	"encoding/json"
	"strings"
)

// RenderMarkdown gives a record's Markdown file: YAML front matter with
// Hugo's keys (title, date — left out when the page shows none —, author,
// categories from the columns) plus source, columns, legacy_url, id and
// kind, then the body. Fetch times are kept out so that an unchanged site
// gives identical files.
//
// Every string is written as a YAML double-quoted scalar, which is also a
// JSON string: no value from the site can break the front matter.
func RenderMarkdown(r *Record) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	field := func(key, val string) {
		b.WriteString(key)
		b.WriteString(": ")
		b.WriteString(yamlString(val))
		b.WriteByte('\n')
	}
	list := func(key string, vals []string) {
		b.WriteString(key)
		b.WriteByte(':')
		if len(vals) == 0 {
			b.WriteString(" []\n")
			return
		}
		b.WriteByte('\n')
		for _, v := range vals {
			b.WriteString("  - ")
			b.WriteString(yamlString(v))
			b.WriteByte('\n')
		}
	}
	field("title", r.Title)
	if r.PublishedAt != "" {
		field("date", r.PublishedAt)
	}
	field("author", r.Author)
	list("categories", r.Columns)
	field("source", r.Source)
	list("columns", r.Columns)
	field("legacy_url", r.URL)
	field("id", r.ID)
	field("kind", r.Kind)
	b.WriteString("---\n\n")
	body := strings.TrimSpace(r.BodyMarkdown)
	if body != "" {
		b.WriteString(body)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func yamlString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(buf.String(), "\n")
}
