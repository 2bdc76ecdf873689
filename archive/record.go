package archive

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Kinds of record.
const (
	KindArticle = "article" // an article page (show.asp?id=N)
	KindPage    = "page"    // a single-page column (联系我们)
)

// Record is one archived article or single page. Its JSON keys are the
// archive format documented in docs/FORMAT.md; key order is fixed by the
// struct so that the same site always gives the same bytes.
type Record struct {
	ID           string   `json:"id"`
	Kind         string   `json:"kind"`
	URL          string   `json:"url"`
	Columns      []string `json:"columns"`
	Title        string   `json:"title"`
	PublishedAt  string   `json:"published_at"`
	Source       string   `json:"source"`
	Author       string   `json:"author"`
	BodyText     string   `json:"body_text"`
	MarkdownPath string   `json:"markdown_path"`
	// MarkdownSHA256 is the hash of the Markdown file, for verify.
	MarkdownSHA256 string       `json:"markdown_sha256"`
	Images         []Image      `json:"images"`
	Attachments    []Attachment `json:"attachments"`
	Charset        string       `json:"charset"`
	Extractor      string       `json:"extractor"`
	FetchedAt      string       `json:"fetched_at"`
	Warnings       []string     `json:"warnings"`
	// WARC names the WARC file and response record the record was
	// extracted from.
	WARC *WARCRef `json:"warc,omitempty"`
	// RemovedAt is set when the site no longer has the page (404, soft
	// 404, no longer listed); the record is kept.
	RemovedAt     string `json:"removed_at,omitempty"`
	RemovedReason string `json:"removed_reason,omitempty"`

	// BodyMarkdown is the body converted to Markdown; it is written to
	// the Markdown file, not to the JSON.
	BodyMarkdown string `json:"-"`
	// Partial: some asset failed; the next run archives the record again.
	Partial bool `json:"-"`
}

// Asset is a file on the site that a body links: where it was, where the
// archive keeps it (relative to the archive root), and what it holds. Path
// and the rest are empty when the file is on another host or could not be
// downloaded (the record's warnings say why).
type Asset struct {
	URL         string `json:"url"`
	Path        string `json:"path,omitempty"`
	SHA256      string `json:"sha256,omitempty"`
	Size        int64  `json:"size,omitempty"`
	ContentType string `json:"content_type,omitempty"`
}

// WARCRef names a WARC response record.
type WARCRef struct {
	File     string `json:"file"`      // relative to the archive root
	RecordID string `json:"record_id"` // <urn:uuid:...>
}

// SameContent says whether two records hold the same page: everything
// extracted, ignoring when and from which WARC record it was fetched, and
// the scheme, host and port of its URLs (the same server may move).
func SameContent(a, b *Record) bool {
	x, y := *a, *b
	for _, r := range []*Record{&x, &y} {
		r.FetchedAt, r.WARC, r.MarkdownPath, r.MarkdownSHA256, r.Partial = "", nil, "", "", false
		r.RemovedAt, r.RemovedReason = "", ""
		r.Normalize()
		r.URL = pathOf(r.URL)
		r.Images = append([]Image(nil), r.Images...)
		for i := range r.Images {
			r.Images[i].URL = pathOf(r.Images[i].URL)
		}
		r.Attachments = append([]Attachment(nil), r.Attachments...)
		for i := range r.Attachments {
			r.Attachments[i].URL = pathOf(r.Attachments[i].URL)
		}
	}
	xj, err1 := MarshalRecord(&x, false)
	yj, err2 := MarshalRecord(&y, false)
	return err1 == nil && err2 == nil && string(xj) == string(yj) && x.BodyMarkdown == y.BodyMarkdown
}

// pathOf is a URL without its scheme, host and port.
func pathOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return u.RequestURI()
}

// Image is an image the body shows.
type Image struct {
	Asset
}

// Attachment is a file the body links to (.doc .xls .pdf .rar ...), with
// its link text.
type Attachment struct {
	Asset
	Name string `json:"name"`
}

var validID = regexp.MustCompile(`^(?:[0-9]{1,18}|page-[0-9]{1,18}|page-[a-z][0-9a-z_-]{0,39})$`)

// ValidateID reports whether id is safe to use as a file name: article ids
// are decimal numbers, page ids are "page-" and the column's number (or,
// on a site whose columns are directories named by words, that name in
// lower case). Ids come from the site and are never trusted as paths.
func ValidateID(id string) error {
	if !validID.MatchString(id) {
		return fmt.Errorf("invalid record id %q", id)
	}
	return nil
}

// Normalize fills nil slices so that JSON shows [] rather than null.
func (r *Record) Normalize() {
	if r.Columns == nil {
		r.Columns = []string{}
	}
	if r.Images == nil {
		r.Images = []Image{}
	}
	if r.Attachments == nil {
		r.Attachments = []Attachment{}
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
}

// LessID orders ids as articles.jsonl lists them: numeric article ids by
// value, then page ids by their number, then anything else by string.
func LessID(a, b string) bool {
	ka, na := idKey(a)
	kb, nb := idKey(b)
	if ka != kb {
		return ka < kb
	}
	if na != nb {
		return na < nb
	}
	return a < b
}

func idKey(id string) (int, uint64) {
	if n, err := strconv.ParseUint(id, 10, 64); err == nil {
		return 0, n
	}
	if rest, ok := strings.CutPrefix(id, "page-"); ok {
		if n, err := strconv.ParseUint(rest, 10, 64); err == nil {
			return 1, n
		}
	}
	return 2, 0
}

// SortIDs sorts ids in archive order (see LessID).
func SortIDs(ids []string) {
	sort.Slice(ids, func(i, j int) bool { return LessID(ids[i], ids[j]) })
}
