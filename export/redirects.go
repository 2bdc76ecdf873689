package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

// A redirect: the legacy URLs one rule matches, and where to.
type rule struct {
	path, query string // PCRE of the request's path and query ("" none)
	capture     bool   // the target takes the id the rule captures
	target      string // the new URL; with capture, its {id} is the capture
	comment     string
}

// Redirects writes every legacy URL of the archive in dir to its new URL,
// in format nginx (a map for the http context: an exact entry per
// article's legacy URL, then one rule per URL pattern that takes every
// other spelling — case, extra parameters, print views), apache (rewrite
// rules, the same rules) or csv (old,new: each article's and column's
// legacy URL as the site gave it). prof is the profile whose URL scheme
// the legacy URLs follow. It gives the bytes and the number of entries.
func Redirects(dir string, prof *scraper.Profile, format string) ([]byte, int, error) {
	store, err := archive.OpenExisting(dir)
	if err != nil {
		return nil, 0, err
	}
	defer store.Close()
	m, err := archive.ReadManifest(dir)
	if err != nil {
		return nil, 0, err
	}
	type exact struct{ old, new string }
	var exacts []exact
	err = store.EachJSONL(func(r *archive.Record) error {
		if u, err := url.Parse(r.URL); err == nil {
			exacts = append(exacts, exact{u.RequestURI(), ArticleURL(r)})
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	var rules []rule
	article := func(p *scraper.URLPattern, what string) {
		path, query := p.Regexps("id", nil)
		rules = append(rules, rule{path: path, query: query, capture: true, target: "/articles/{id}/", comment: what + " " + p.String()})
	}
	article(prof.ArticleURLPattern(), "article")
	for _, p := range prof.PrintURLPatterns() {
		article(p, "print view")
	}
	for _, c := range m.Columns {
		target := ColumnURL(c.Name)
		if c.Kind == "page" {
			target = "/pages/" + scraper.PageID(c.ClassID) + "/"
		}
		if c.Kind == "empty" {
			continue // no page on the new site
		}
		if u, err := url.Parse(c.URL); err == nil {
			exacts = append(exacts, exact{u.RequestURI(), target})
		}
		for _, p := range prof.ListURLPatterns() {
			path, query := p.Regexps("", map[string]string{"column": c.ClassID})
			rules = append(rules, rule{path: path, query: query, target: target, comment: "column " + c.Name + " " + p.String()})
		}
	}
	sort.SliceStable(exacts, func(i, j int) bool { return exacts[i].old < exacts[j].old })
	var b bytes.Buffer
	switch format {
	case "nginx":
		b.WriteString("# sitearchive export redirects: the legacy site's URLs to the new site's. For the http\n" +
			"# context; in the server block: if ($sitearchive_new_uri) { return 301 $sitearchive_new_uri; }\n" +
			"map $request_uri $sitearchive_new_uri {\n    default \"\";\n")
		seen := map[string]bool{}
		for _, e := range exacts {
			if !seen[e.old] {
				seen[e.old] = true
				fmt.Fprintf(&b, "    %s %s;\n", nginxString(e.old), nginxString(e.new))
			}
		}
		for _, r := range rules {
			re := "~*^" + r.path
			if r.query != "" {
				re += `\?` + r.query + ".*$"
			} else {
				re += `(?:\?.*)?$`
			}
			target := r.target
			if r.capture {
				target = strings.ReplaceAll(target, "{id}", "$1")
			}
			fmt.Fprintf(&b, "    # %s\n    %s %s;\n", r.comment, nginxString(re), nginxString(target))
		}
		b.WriteString("}\n")
		return b.Bytes(), len(seen) + len(rules), nil
	case "apache":
		b.WriteString("# sitearchive export redirects: the legacy site's URLs to the new site's (mod_rewrite,\n" +
			"# server or virtual-host context).\nRewriteEngine On\n")
		for _, r := range rules {
			path := strings.TrimPrefix(r.path, "/")
			target := r.target
			fmt.Fprintf(&b, "# %s\n", r.comment)
			if r.query != "" {
				fmt.Fprintf(&b, "RewriteCond %%{QUERY_STRING} ^%s [NC]\n", r.query)
				if r.capture {
					target = strings.ReplaceAll(target, "{id}", "%1")
				}
			} else if r.capture {
				target = strings.ReplaceAll(target, "{id}", "$1")
			}
			fmt.Fprintf(&b, "RewriteRule ^/?%s$ %s? [R=301,L,NC,NE]\n", path, target)
		}
		return b.Bytes(), len(rules), nil
	case "csv":
		w := csv.NewWriter(&b)
		w.Write([]string{"old", "new"})
		for _, e := range exacts {
			w.Write([]string{e.old, e.new})
		}
		w.Flush()
		return b.Bytes(), len(exacts), w.Error()
	}
	return nil, 0, fmt.Errorf("--format %q: want nginx, apache or csv", format)
}

// nginxString quotes s for an nginx configuration file.
func nginxString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
