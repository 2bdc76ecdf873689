package scraper

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// URLPattern is a URL template of the site: a path, and optionally a
// query, with placeholders {id} (an article's number), {column} (a
// column's number or name), {page} (a list page's number) and {*} (any
// one path segment part, such as a date directory). Examples:
//
//	show.asp?id={id}                          a query scheme
//	ArticleList.asp?ClassID={column}&Page={page}
//	/html/news/{*}/{id}.html                  a static path scheme
//	list_{column}_{page}.html
//
// A path that starts with "/" is matched whole; any other path matches
// the end of a URL's path (the script in any directory). Paths and query
// keys are compared without case, as IIS does; parameters the pattern
// does not name are ignored; a {page} parameter may be absent (page 1).
type URLPattern struct {
	raw   string
	abs   bool
	path  *regexp.Regexp // (?i)^(dir)tail$: group 1 the directory, then one group per placeholder
	names []string       // placeholder of each path group after the directory
	query []queryPart
	tail  string // the pattern's path, as written (rendered)
	hint  string // a literal every matching href contains (a cheap test), "" when none
}

type queryPart struct {
	key   string // as written
	value string // a literal, or a placeholder name in braces
}

var placeholder = regexp.MustCompile(`\{(id|column|page|\*)\}`)

// ParseURLPattern compiles a pattern.
func ParseURLPattern(s string) (*URLPattern, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("empty URL pattern")
	}
	p := &URLPattern{raw: s}
	rawPath, rawQuery, _ := strings.Cut(s, "?")
	p.abs = strings.HasPrefix(rawPath, "/")
	p.tail = rawPath
	var re strings.Builder
	re.WriteString(`(?i)^`)
	if p.abs {
		re.WriteString(`()`)
	} else {
		re.WriteString(`(.*/)`)
	}
	last := 0
	for _, m := range placeholder.FindAllStringSubmatchIndex(rawPath, -1) {
		re.WriteString(regexp.QuoteMeta(rawPath[last:m[0]]))
		name := rawPath[m[2]:m[3]]
		switch name {
		case "id", "page":
			re.WriteString(`([0-9]{1,12})`)
		case "column":
			re.WriteString(`([0-9A-Za-z_-]{1,40})`)
		case "*":
			re.WriteString(`([^/]*)`)
		}
		p.names = append(p.names, name)
		last = m[1]
	}
	re.WriteString(regexp.QuoteMeta(rawPath[last:]))
	re.WriteString(`$`)
	var err error
	if p.path, err = regexp.Compile(re.String()); err != nil {
		return nil, fmt.Errorf("URL pattern %q: %w", s, err)
	}
	if strings.ContainsAny(placeholder.ReplaceAllString(rawPath, ""), "{}") {
		return nil, fmt.Errorf("URL pattern %q: unknown placeholder (want {id}, {column}, {page} or {*})", s)
	}
	if rawQuery != "" {
		for _, kv := range strings.Split(rawQuery, "&") {
			k, v, _ := strings.Cut(kv, "=")
			if k == "" {
				return nil, fmt.Errorf("URL pattern %q: empty parameter name", s)
			}
			if strings.ContainsAny(v, "{}") && !placeholder.MatchString(v) || placeholder.MatchString(v) && placeholder.FindString(v) != v {
				return nil, fmt.Errorf("URL pattern %q: parameter %s: a value is a literal or one placeholder", s, k)
			}
			p.query = append(p.query, queryPart{key: k, value: v})
		}
	}
	// The longest literal of the last path segment: every href to such a
	// URL, relative or not, contains it.
	seg := rawPath[strings.LastIndexByte(rawPath, '/')+1:]
	for _, lit := range placeholder.Split(seg, -1) {
		if len(lit) > len(p.hint) {
			p.hint = lit
		}
	}
	return p, nil
}

// Matches says whether u is a URL of the pattern.
func (p *URLPattern) Matches(u *url.URL) bool {
	_, _, _, ok := p.match(u.Path, lowerQuery(u.RawQuery))
	return ok
}

// String is the pattern as written.
func (p *URLPattern) String() string { return p.raw }

// Has says whether the pattern has a placeholder.
func (p *URLPattern) Has(name string) bool {
	for _, n := range p.names {
		if n == name {
			return true
		}
	}
	for _, q := range p.query {
		if q.value == "{"+name+"}" {
			return true
		}
	}
	return false
}

// match matches u's path and query (keys lower-cased in q); it gives the
// directory before the pattern's path, the placeholders' values and the
// path's {*} parts in order (for render: a date directory belongs to the
// URL).
func (p *URLPattern) match(upath string, q url.Values) (dir string, vals map[string]string, stars []string, ok bool) {
	m := p.path.FindStringSubmatch(upath)
	if m == nil {
		return "", nil, nil, false
	}
	vals = map[string]string{}
	for i, name := range p.names {
		if name == "*" {
			stars = append(stars, m[i+2])
		} else {
			vals[name] = m[i+2]
		}
	}
	for _, part := range p.query {
		v := q.Get(strings.ToLower(part.key))
		switch part.value {
		case "{id}", "{column}":
			if v == "" || part.value == "{id}" && !digits.MatchString(v) || !columnValue.MatchString(v) {
				return "", nil, nil, false
			}
			vals[strings.Trim(part.value, "{}")] = v
		case "{page}":
			if v != "" {
				if !digits.MatchString(v) {
					return "", nil, nil, false
				}
				vals["page"] = v
			}
		case "{*}":
		default:
			if !strings.EqualFold(v, part.value) {
				return "", nil, nil, false
			}
		}
	}
	return m[1], vals, stars, true
}

var columnValue = regexp.MustCompile(`^[0-9A-Za-z_-]{1,40}$`)

// render writes the pattern with vals in directory dir (ignored for a
// pattern whose path is absolute); a {page} parameter of 1 is left out,
// the {*} placeholders take stars in order (the segments as the matched
// URL had them: a date directory belongs to the article), or nothing.
func (p *URLPattern) render(dir string, vals map[string]string, stars []string) string {
	path := placeholder.ReplaceAllStringFunc(p.tail, func(ph string) string {
		if ph == "{*}" {
			if len(stars) == 0 {
				return ""
			}
			s := stars[0]
			stars = stars[1:]
			return s
		}
		return vals[strings.Trim(ph, "{}")]
	})
	if !p.abs {
		path = dir + path
	}
	var params []string
	for _, part := range p.query {
		switch part.value {
		case "{id}", "{column}":
			params = append(params, part.key+"="+vals[strings.Trim(part.value, "{}")])
		case "{page}":
			if n := vals["page"]; n != "" && n != "1" {
				params = append(params, part.key+"="+n)
			}
		case "{*}":
		default:
			params = append(params, part.key+"="+part.value)
		}
	}
	if len(params) > 0 {
		return path + "?" + strings.Join(params, "&")
	}
	return path
}

func pageNumber(v string) int {
	if v == "" {
		return 1
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n >= 1_000_000 {
		return 1
	}
	return n
}

// Regexps writes the pattern as PCRE regular expressions (nginx, Apache;
// to be matched without case, as IIS matches): one of a request's path,
// and one of its query string ("" when the pattern has no query). The
// placeholder capture is group 1 (an id or page without its leading
// zeros, as Classify reads it); placeholders in fixed match that value
// only; the others anything of their kind. An absent {page} parameter
// is allowed, as Classify allows it. Neither is anchored.
func (p *URLPattern) Regexps(capture string, fixed map[string]string) (path, query string) {
	value := func(name string) string {
		if v, ok := fixed[name]; ok {
			if digits.MatchString(v) {
				return "0*" + regexp.QuoteMeta(trimZeros(v))
			}
			return regexp.QuoteMeta(v)
		}
		var re string
		switch name {
		case "id", "page":
			re = "[0-9]+"
			if name == capture {
				return "0*([0-9]+)"
			}
		case "column":
			re = "[0-9A-Za-z_-]+"
		default:
			return "[^/]*"
		}
		if name == capture {
			return "(" + re + ")"
		}
		return re
	}
	var b strings.Builder
	if !p.abs {
		b.WriteString("/(?:.*/)?")
	}
	last := 0
	for _, m := range placeholder.FindAllStringSubmatchIndex(p.tail, -1) {
		b.WriteString(regexp.QuoteMeta(p.tail[last:m[0]]))
		b.WriteString(value(p.tail[m[2]:m[3]]))
		last = m[1]
	}
	b.WriteString(regexp.QuoteMeta(p.tail[last:]))
	var q strings.Builder
	for _, part := range p.query {
		name := strings.Trim(part.value, "{}")
		v := regexp.QuoteMeta(part.value)
		if placeholder.MatchString(part.value) {
			if _, ok := fixed[name]; name == "page" && !ok && capture != "page" {
				continue // any page, or none
			}
			v = value(name)
		}
		q.WriteString("(?=(?:.*&)?" + regexp.QuoteMeta(part.key) + "=" + v + "(?:&|$))")
	}
	return b.String(), q.String()
}

// ArticleURLPattern, ListURLPatterns and PrintURLPatterns are the
// profile's URL scheme, compiled.
func (p *Profile) ArticleURLPattern() *URLPattern { return p.article }

// ListURLPatterns: see ArticleURLPattern.
func (p *Profile) ListURLPatterns() []*URLPattern { return p.lists }

// PrintURLPatterns: see ArticleURLPattern.
func (p *Profile) PrintURLPatterns() []*URLPattern { return p.prints }
