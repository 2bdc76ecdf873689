// Package export turns an archive into what the stores after it take: a
// Hugo site of its own and maps from the legacy URLs to the new ones.
package export

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/cangnan-nsrxh/sitearchive/archive"
)

// The new site's URLs, stable whatever the legacy scheme was: an article
// at /articles/<id>/ (its id the site's own number), a single page at
// /pages/<id>/, a column at /columns/<name>/ (Hugo's taxonomy term).

// ArticleURL is the new URL of a record.
func ArticleURL(r *archive.Record) string {
	if r.Kind == archive.KindPage {
		return "/pages/" + r.ID + "/"
	}
	return "/articles/" + r.ID + "/"
}

// ColumnURL is the new URL of a column's list (escaped for a Location
// header; Hugo writes the directory unescaped).
func ColumnURL(name string) string {
	return "/columns/" + url.PathEscape(strings.ToLower(name)) + "/"
}

//go:embed all:hugo
var hugoFiles embed.FS

// HugoStats says what an export wrote.
type HugoStats struct {
	Pages, Written, Unchanged, Assets int
}

// Hugo writes the archive in dir as a Hugo site in out: hugo.toml and
// layouts of its own (no theme to install), one content file per record
// (content/articles/<id>.md, content/pages/<id>.md) whose front matter
// holds the legacy URL and id, and the images and attachments under
// static/assets/ with the body's links made root-relative. A record the
// site removed stays, marked, out of the lists. A file whose content is
// already there is not written again: exporting after a scheduled crawl
// changes only what changed.
func Hugo(dir, out string) (HugoStats, error) {
	var st HugoStats
	store, err := archive.OpenExisting(dir)
	if err != nil {
		return st, err
	}
	defer store.Close()
	m, err := archive.ReadManifest(dir)
	if err != nil {
		return st, err
	}
	put := func(rel string, data []byte) error {
		path := filepath.Join(out, filepath.FromSlash(rel))
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
			st.Unchanged++
			return nil
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		st.Written++
		return archive.WriteFileAtomic(path, data)
	}
	// Site config and layouts.
	err = fs.WalkDir(hugoFiles, "hugo", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := hugoFiles.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(p, "hugo.toml") {
			host := m.Site
			if u, err := url.Parse(m.Site); err == nil && u.Host != "" {
				host = u.Host
			}
			data = bytes.ReplaceAll(data, []byte("{{SITE}}"), []byte(tomlString(host)))
		}
		return put(strings.TrimPrefix(p, "hugo/"), data)
	})
	if err != nil {
		return st, err
	}
	err = store.EachJSONL(func(r *archive.Record) error {
		st.Pages++
		body := store.ReadMarkdownBody(r.ID)
		page, assets := hugoPage(r, body)
		section := "articles"
		if r.Kind == archive.KindPage {
			section = "pages"
		}
		if err := put("content/"+section+"/"+r.ID+".md", page); err != nil {
			return err
		}
		for _, a := range assets {
			n, err := copyAsset(filepath.Join(dir, filepath.FromSlash(a)), filepath.Join(out, "static", filepath.FromSlash(a)))
			if err != nil {
				return err
			}
			st.Assets += n
		}
		return nil
	})
	return st, err
}

// hugoPage is a record as a Hugo content file, and the archive paths of
// the assets it links.
func hugoPage(r *archive.Record, body string) ([]byte, []string) {
	var b bytes.Buffer
	b.WriteString("---\n")
	field := func(k string, v any) {
		j, _ := json.Marshal(v) // JSON is YAML: no title can break the front matter
		fmt.Fprintf(&b, "%s: %s\n", k, j)
	}
	field("title", r.Title)
	if r.PublishedAt != "" {
		field("date", r.PublishedAt)
	}
	field("url", ArticleURL(r))
	field("record_kind", r.Kind)
	field("legacy_id", r.ID)
	field("legacy_url", r.URL)
	columns := r.Columns
	if columns == nil {
		columns = []string{}
	}
	field("columns", columns)
	field("author", r.Author)
	field("source", r.Source)
	var assets []string
	type file struct {
		Name string `json:"name,omitempty"`
		URL  string `json:"url"`
	}
	var images, atts []file
	for _, im := range r.Images {
		if im.Path != "" {
			images = append(images, file{URL: "/" + im.Path})
			assets = append(assets, im.Path)
		}
	}
	for _, a := range r.Attachments {
		if a.Path != "" {
			atts = append(atts, file{Name: a.Name, URL: "/" + a.Path})
			assets = append(assets, a.Path)
		}
	}
	if images == nil {
		images = []file{}
	}
	if atts == nil {
		atts = []file{}
	}
	field("images", images)
	field("attachments", atts)
	if r.RemovedAt != "" {
		// Kept (the archive keeps it), said on its page, out of every list.
		field("removed_at", r.RemovedAt)
		field("removed_reason", r.RemovedReason)
		b.WriteString("_build:\n  list: never\n")
	}
	b.WriteString("---\n\n")
	// The record's Markdown links its assets from records/<shard>/:
	// ../../assets/... is /assets/... on the new site.
	b.WriteString(strings.ReplaceAll(body, "](../../"+archive.AssetsDir+"/", "](/"+archive.AssetsDir+"/"))
	if !strings.HasSuffix(body, "\n") {
		b.WriteString("\n")
	}
	return b.Bytes(), assets
}

// copyAsset puts the archive's file at from to, linked when the file
// system allows it, copied otherwise; a file already there with the same
// size is left. It says whether it wrote.
func copyAsset(from, to string) (int, error) {
	src, err := os.Stat(from)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return 0, nil // an asset that failed: its link stays the legacy URL
		}
		return 0, err
	}
	if dst, err := os.Stat(to); err == nil && dst.Size() == src.Size() {
		return 0, nil
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return 0, err
	}
	os.Remove(to)
	if err := os.Link(from, to); err == nil {
		return 1, nil
	}
	in, err := os.Open(from)
	if err != nil {
		return 0, err
	}
	defer in.Close()
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, in); err != nil {
		return 0, err
	}
	return 1, archive.WriteFileAtomic(to, buf.Bytes())
}

func tomlString(s string) string {
	j, _ := json.Marshal(s)
	return strings.Trim(string(j), `"`)
}
