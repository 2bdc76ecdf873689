package review

import (
	"bytes"
	"html/template"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// pageSize is how many records a page of the list shows.
const pageSize = 50

// Handler serves the archive: / the records, newest first, filtered and
// searched; /records/{id} a record beside its original;
// /records/{id}/original the original page, sandboxed; POST
// /records/{id}/notes a note; the archive's images and attachments at
// their legacy paths, for the originals.
func (a *Archive) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", a.list)
	mux.HandleFunc("GET /records/{id}", a.record)
	mux.HandleFunc("GET /records/{id}/original", a.original)
	mux.HandleFunc("POST /records/{id}/notes", a.note)
	mux.HandleFunc("GET /", a.asset)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A path that climbs (.., %2e%2e, %2F..) is refused before any
		// route sees it (the mux would answer it with a redirect).
		if p, err := url.PathUnescape(r.URL.EscapedPath()); err != nil || slices.Contains(strings.Split(strings.ReplaceAll(p, `\`, "/"), "/"), "..") {
			http.Error(w, "invalid path", http.StatusBadRequest)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// The reviewer's own pages: no script, no frame of them anywhere else.
func ownHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin") // no-referrer would make a form POST's Origin "null"
}

type row struct {
	ID, Title, Published, Kind, Extractor string
	Columns                               []string
	Warnings, Removed, Reviewed           bool
}

type count struct {
	Value string
	N     int
}

func (a *Archive) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	column, year, extractor := q.Get("column"), q.Get("year"), q.Get("extractor")
	warned, removed, reviewed := q.Get("warnings") == "1", q.Get("removed") == "1", q.Get("reviewed")
	search := strings.TrimSpace(q.Get("q"))
	var hits map[string]bool
	if search != "" {
		var err error
		if hits, err = a.search(search); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
	}
	columns, years := map[string]int{}, map[string]int{}
	var rows []row
	for _, e := range a.entries {
		if hits != nil && !hits[e.id] || extractor != "" && e.extractor != extractor || warned && !e.warnings ||
			removed && !e.removed || reviewed == "yes" && !a.reviewed(e.id) || reviewed == "no" && a.reviewed(e.id) {
			continue
		}
		for _, c := range e.columns {
			columns[c]++
		}
		years[e.year]++
		if column != "" && !slices.Contains(e.columns, column) || year != "" && e.year != year {
			continue
		}
		rows = append(rows, row{ID: e.id, Title: e.title, Published: e.published, Kind: e.kind, Extractor: e.extractor,
			Columns: e.columns, Warnings: e.warnings, Removed: e.removed})
	}
	page, _ := strconv.Atoi(q.Get("page"))
	pages := max((len(rows)+pageSize-1)/pageSize, 1)
	page = min(max(page, 1), pages)
	shown := rows[min((page-1)*pageSize, len(rows)):min(page*pageSize, len(rows))]
	for i := range shown {
		shown[i].Reviewed = a.reviewed(shown[i].ID)
	}
	link := func(p int) string {
		v := url.Values{}
		for k, vs := range q {
			v[k] = vs
		}
		v.Set("page", strconv.Itoa(p))
		return "/?" + v.Encode()
	}
	data := map[string]any{"Rows": shown, "Total": len(rows), "All": len(a.entries), "Page": page, "Pages": pages,
		"Q": search, "Column": column, "Year": year, "Extractor": extractor, "Warned": warned, "Removed": removed, "Reviewed": reviewed,
		"Columns": sorted(columns), "Years": sorted(years)}
	if page > 1 {
		data["Prev"] = link(page - 1)
	}
	if page < pages {
		data["Next"] = link(page + 1)
	}
	ownHeaders(w)
	render(w, listPage, data)
}

func sorted(m map[string]int) []count {
	var out []count
	for v, n := range m {
		out = append(out, count{v, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Value > out[j].Value })
	return out
}

// lookup validates the id of a request and reads its record.
func (a *Archive) lookup(w http.ResponseWriter, r *http.Request) *archive.Record {
	id := r.PathValue("id")
	if archive.ValidateID(id) != nil {
		http.Error(w, "invalid record id", http.StatusBadRequest)
		return nil
	}
	rec, err := a.Record(id)
	if err != nil {
		http.NotFound(w, r)
		return nil
	}
	return rec
}

var (
	md        = goldmark.New(goldmark.WithExtensions(extension.Table))
	sanitizer = bluemonday.UGCPolicy()
)

func (a *Archive) record(w http.ResponseWriter, r *http.Request) {
	rec := a.lookup(w, r)
	if rec == nil {
		return
	}
	var body bytes.Buffer
	// The Markdown links assets as ../../assets/...: here /assets/... of
	// the archive, under their legacy paths.
	src := strings.ReplaceAll(rec.BodyMarkdown, "](../../"+archive.AssetsDir+"/", "](/"+archive.AssetsDir+"/")
	if err := md.Convert([]byte(src), &body); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_, header, _, err := a.Original(rec)
	var headers []string
	for k, vs := range header {
		for _, v := range vs {
			headers = append(headers, k+": "+v)
		}
	}
	sort.Strings(headers)
	i := a.byID[rec.ID]
	data := map[string]any{"R": rec, "Body": template.HTML(sanitizer.SanitizeBytes(body.Bytes())), "Headers": headers, "OriginalErr": err,
		"Notes": a.Notes(rec.ID), "Fields": Fields, "History": history(a.dir, rec.ID)}
	if i > 0 {
		data["Prev"] = a.entries[i-1].id
	}
	if i+1 < len(a.entries) {
		data["Next"] = a.entries[i+1].id
	}
	for j := i + 1; j < len(a.entries); j++ {
		if a.entries[j].warnings {
			data["NextWarned"] = a.entries[j].id
			break
		}
	}
	ownHeaders(w)
	render(w, recordPage, data)
}

func history(dir, id string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "history", id, "*.json"))
	var out []string
	for _, f := range files {
		out = append(out, strings.TrimSuffix(filepath.Base(f), ".json"))
	}
	return out
}

// charsets: the name a browser knows for the charset a record was
// decoded with.
func charsetLabel(c string) string {
	switch strings.ToLower(c) {
	case "gbk", "gb2312", "gb18030":
		return "gb18030"
	case "":
		return "utf-8"
	}
	return c
}

func (a *Archive) original(w http.ResponseWriter, r *http.Request) {
	rec := a.lookup(w, r)
	if rec == nil {
		return
	}
	_, _, body, err := a.Original(rec)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	h := w.Header()
	// An archived page is untrusted: no script of its own runs, it is no
	// origin of its own, nothing but the archive's images is fetched.
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
	h.Set("X-Content-Type-Options", "nosniff")
	// The charset that decoded it, whatever the server said then.
	h.Set("Content-Type", "text/html; charset="+charsetLabel(rec.Charset))
	w.Write(body)
}

// note appends a reviewer's note. Only a form of this server's own pages
// may post one: another site's page in the reviewer's browser must not.
func (a *Archive) note(w http.ResponseWriter, r *http.Request) {
	if !sameOrigin(r) {
		http.Error(w, "forbidden: the request does not come from this server's pages", http.StatusForbidden)
		return
	}
	rec := a.lookup(w, r)
	if rec == nil {
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	n := Note{ID: rec.ID, Verdict: r.PostForm.Get("verdict"), Field: r.PostForm.Get("field"), Text: strings.TrimSpace(r.PostForm.Get("text"))}
	if n.Verdict != "ok" && n.Verdict != "wrong" || !slices.Contains(Fields, n.Field) || len(n.Text) > 4000 {
		http.Error(w, "a note is a verdict (ok or wrong), a field and a text", http.StatusBadRequest)
		return
	}
	if err := a.AddNote(n); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/records/"+rec.ID, http.StatusSeeOther)
}

// sameOrigin: the request's Origin (or, without one, its Referer) is
// this server.
func sameOrigin(r *http.Request) bool {
	src := r.Header.Get("Origin")
	if src == "" {
		src = r.Header.Get("Referer")
	}
	u, err := url.Parse(src)
	return err == nil && src != "" && u.Scheme == "http" && u.Host == r.Host
}

// asset serves the archive's images and attachments at their legacy
// paths (as an original's links ask for them: /UploadFile/a.jpg, or
// relative to /records/{id}/original) and at /assets/...; nothing else.
func (a *Archive) asset(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	var file string
	switch {
	case a.files[strings.TrimPrefix(p, "/")]:
		file = strings.TrimPrefix(p, "/")
	default:
		file = a.Asset(p)
		if rest, ok := strings.CutPrefix(p, "/records/"); file == "" && ok {
			if _, after, ok := strings.Cut(rest, "/"); ok {
				file = a.Asset("/" + after) // relative to /records/{id}/original
			}
			if file == "" {
				file = a.Asset("/" + rest) // ../UploadFile/... from it
			}
		}
	}
	if file == "" || strings.Contains(file, "..") {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "sandbox; default-src 'none'")
	http.ServeFile(w, r, filepath.Join(a.dir, filepath.FromSlash(file)))
}

func render(w http.ResponseWriter, t *template.Template, data any) {
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
}
