package replica

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Response is what the server sends for one request.
type Response struct {
	Status      int
	ContentType string
	Body        []byte
	Location    string // for redirects
}

// Truth is a record a perfect crawl produces from the replica. Images and
// attachments are absolute paths on the site's host.
type Truth struct {
	ID          string       `json:"id"`
	Kind        string       `json:"kind"`
	Columns     []string     `json:"columns"`
	Title       string       `json:"title"`
	PublishedAt string       `json:"published_at"`
	Source      string       `json:"source"`
	Author      string       `json:"author"`
	BodyText    string       `json:"body_text"`
	Images      []string     `json:"images"`
	Attachments []Attachment `json:"attachments"`
	Charset     string       `json:"charset"`
}

// Attachment is a linked file in the truth.
type Attachment struct {
	Path string `json:"path"`
	Name string `json:"name"`
}

// Site is a replica: responses by request key (see Key) and the truth.
type Site struct {
	Responses map[string]*Response
	ListPages map[string]int // classid -> number of list pages
	Truth     []Truth
	Missing   []string // ids listed or linked that are gone (404, soft 404)
	Scheme    string   // the URL scheme served ("" the model's; see Schemes)
}

// Key is how the replica files a request: the lower-cased path and the
// lower-cased parameter names that matter, as IIS compares them.
func Key(path string, params ...string) string {
	k := strings.ToLower(path)
	if len(params) > 0 {
		k += "?" + strings.Join(params, "&")
	}
	return k
}

// Write stores the site in dir: one file per response (the raw bytes),
// an index (RESPONSES.tsv: key, file, status, content type), truth.jsonl
// and missing.txt.
func (s *Site) Write(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "raw"), 0o755); err != nil {
		return err
	}
	keys := make([]string, 0, len(s.Responses))
	for k := range s.Responses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var idx bytes.Buffer
	idx.WriteString("key\tfile\tstatus\tcontent-type\n")
	for i, k := range keys {
		r := s.Responses[k]
		name := fmt.Sprintf("%05d%s", i, fileExt(k))
		if err := os.WriteFile(filepath.Join(dir, "raw", name), r.Body, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(&idx, "%s\traw/%s\t%d\t%s\n", k, name, r.Status, r.ContentType)
	}
	if err := os.WriteFile(filepath.Join(dir, "RESPONSES.tsv"), idx.Bytes(), 0o644); err != nil {
		return err
	}
	var truth bytes.Buffer
	enc := json.NewEncoder(&truth)
	enc.SetEscapeHTML(false)
	for _, t := range s.Truth {
		if err := enc.Encode(t); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "truth.jsonl"), truth.Bytes(), 0o644); err != nil {
		return err
	}
	var lp bytes.Buffer
	cids := make([]string, 0, len(s.ListPages))
	for c := range s.ListPages {
		cids = append(cids, c)
	}
	sort.Strings(cids)
	for _, c := range cids {
		fmt.Fprintf(&lp, "%s\t%d\n", c, s.ListPages[c])
	}
	if err := os.WriteFile(filepath.Join(dir, "listpages.tsv"), lp.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "missing.txt"), []byte(strings.Join(s.Missing, "\n")+"\n"), 0o644)
}

func fileExt(key string) string {
	p, _, _ := strings.Cut(key, "?")
	switch ext := filepath.Ext(p); ext {
	case ".asp", ".txt", ".jpg", ".gif", ".pdf", ".doc", ".xls", ".rar", ".css", ".js":
		return ext
	}
	return ".bin"
}

// Load reads a site written by Write from fsys.
func Load(fsys fs.FS) (*Site, error) {
	s := &Site{Responses: map[string]*Response{}, ListPages: map[string]int{}}
	idx, err := fs.ReadFile(fsys, "RESPONSES.tsv")
	if err != nil {
		return nil, fmt.Errorf("load replica: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(idx))
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("load replica: bad index line %q", sc.Text())
		}
		body, err := fs.ReadFile(fsys, f[1])
		if err != nil {
			return nil, fmt.Errorf("load replica: %w", err)
		}
		st, _ := strconv.Atoi(f[2])
		s.Responses[f[0]] = &Response{Status: st, ContentType: f[3], Body: body}
	}
	if lp, err := fs.ReadFile(fsys, "listpages.tsv"); err == nil {
		for _, line := range strings.Split(strings.TrimSpace(string(lp)), "\n") {
			c, n, ok := strings.Cut(line, "\t")
			if ok {
				s.ListPages[c], _ = strconv.Atoi(n)
			}
		}
	}
	if t, err := fs.ReadFile(fsys, "truth.jsonl"); err == nil {
		dec := json.NewDecoder(bytes.NewReader(t))
		for dec.More() {
			var tr Truth
			if err := dec.Decode(&tr); err != nil {
				return nil, fmt.Errorf("load replica truth: %w", err)
			}
			s.Truth = append(s.Truth, tr)
		}
	}
	if m, err := fs.ReadFile(fsys, "missing.txt"); err == nil {
		for _, id := range strings.Fields(string(m)) {
			s.Missing = append(s.Missing, id)
		}
	}
	return s, nil
}
