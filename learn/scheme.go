// Package learn learns a site's URL scheme and page templates from a few
// dozen of its pages, and writes what it learned as a site profile.
package learn

import (
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

// link is an <a href> of a page, resolved.
type link struct {
	u     *url.URL
	text  string // its text, or its title attribute when longer
	full  string // the title attribute, else the text unless cut short (...)
	cut   string // the text without its ... when cut short and no title attribute
	shape string
}

var (
	numRun = regexp.MustCompile(`[0-9]+`)
	// Never content, whatever the scheme: scripts and areas of these names.
	notContent = regexp.MustCompile(`(?i)(^|[/_.-])(search|admin|login|logout|reg|register|member|user|count|counter|hits|vote|guestbook|feedback|comment|rss|feed|sitemap|print)[^/]*$|/admin/|/member/|/user/`)
	fileExt    = map[string]bool{
		".jpg": true, ".jpeg": true, ".gif": true, ".png": true, ".bmp": true, ".webp": true, ".css": true, ".js": true,
		".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".pdf": true, ".rar": true, ".zip": true, ".7z": true,
		".ppt": true, ".pptx": true, ".txt": true, ".swf": true, ".flv": true, ".mp4": true, ".mp3": true, ".wps": true,
	}
	cutShort  = regexp.MustCompile(`(\.\.\.|…+|。。。)$`)
	printWord = regexp.MustCompile(`打印|print`)
	nextWord  = regexp.MustCompile(`^(下一页|下页|后页|next|Next|>|›|»)$`)
)

// shape is a URL with its numbers abstracted and case folded as IIS
// folds it: the path (directories named by words as *: a static site
// files each column in a directory of its own, /a/news/12.html and
// /a/notice/13.html), then the query's keys in order with their values
// (numbers as #, other values kept: a=show is part of a PHPCMS scheme).
func shape(u *url.URL) string {
	segs := strings.Split(strings.ToLower(u.Path), "/")
	for i := range segs {
		if wordDir(segs, i) {
			segs[i] = "*"
		}
	}
	s := numRun.ReplaceAllString(strings.Join(segs, "/"), "#")
	if u.RawQuery == "" {
		return s
	}
	var kv []string
	for k, vs := range u.Query() {
		v := ""
		if len(vs) > 0 {
			v = vs[0]
		}
		if numRun.ReplaceAllString(v, "") == "" && v != "" {
			v = "#"
		} else {
			v = strings.ToLower(v)
		}
		kv = append(kv, strings.ToLower(k)+"="+v)
	}
	sort.Strings(kv)
	return s + "?" + strings.Join(kv, "&")
}

// links gives the page's same-host links that may be content: not
// files, not scripts that never are (search, admin, counters), not
// javascript: or mail.
func links(doc *goquery.Document, base *url.URL) []link {
	var out []link
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href := strings.TrimSpace(a.AttrOr("href", ""))
		low := strings.ToLower(href)
		if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "mailto:") {
			return
		}
		u, err := base.Parse(href)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.EqualFold(u.Host, base.Host) {
			return
		}
		u.Fragment = ""
		if fileExt[strings.ToLower(path.Ext(u.Path))] || strings.Contains(strings.ToLower(u.Path), "/uploadfile/") {
			return
		}
		text := scraper.CollapseSpace(a.Text())
		title := scraper.CollapseSpace(a.AttrOr("title", ""))
		full := title
		if full == "" && !cutShort.MatchString(text) {
			full = text
		}
		if utf8.RuneCountInString(title) > utf8.RuneCountInString(text) {
			text = title
		}
		cut := ""
		if full == "" {
			cut = strings.TrimSpace(cutShort.ReplaceAllString(text, ""))
		}
		out = append(out, link{u: u, text: text, full: full, cut: cut, shape: shape(u)})
	})
	return out
}

// neverContent: a link to a script or area that never holds content.
func neverContent(l link) bool {
	return notContent.MatchString(strings.ToLower(l.u.Path)) || printWord.MatchString(strings.ToLower(l.text))
}

// slot is a place of a shape that may vary: a number in the path (by its
// index among the path's numbers), a directory named by a word (seg, by
// its index among the path's segments) or a query parameter.
type slot struct {
	inPath bool
	seg    bool
	index  int    // the path's index-th number, or segment when seg
	key    string // the query key (as the site spells it)
}

// wordDir: segment i of a path is a directory whose name holds no digit
// (the last segment is the file, never one).
func wordDir(segs []string, i int) bool {
	return i > 0 && i < len(segs)-1 && segs[i] != "" && numRun.FindStringIndex(segs[i]) == nil
}

// values gives each slot of u with its value, in order: path numbers,
// then query parameters whose value is a number.
func slots(u *url.URL) ([]slot, []string) {
	var ss []slot
	var vs []string
	segs := strings.Split(u.Path, "/")
	for i := range segs {
		if wordDir(segs, i) {
			ss = append(ss, slot{inPath: true, seg: true, index: i})
			vs = append(vs, segs[i])
		}
	}
	for i, m := range numRun.FindAllString(u.Path, -1) {
		ss = append(ss, slot{inPath: true, index: i})
		vs = append(vs, m)
	}
	for _, kv := range strings.Split(u.RawQuery, "&") {
		k, v, _ := strings.Cut(kv, "=")
		if k != "" && v != "" && numRun.ReplaceAllString(v, "") == "" {
			ss = append(ss, slot{key: k})
			vs = append(vs, v)
		}
	}
	return ss, vs
}

// pattern writes u as a URL pattern: each slot named in names takes its
// placeholder, the other path numbers become {*} when vary says they
// differ between URLs of the shape (a date directory), and stay as
// written otherwise; query parameters not named are left out unless
// they are not numbers (a=show), which stay literal; a name "=V" writes
// the parameter with the literal V.
func pattern(u *url.URL, names map[slot]string, vary map[slot]bool) string {
	i := 0
	segs := strings.Split(u.Path, "/")
	for k := range segs {
		s := slot{inPath: true, seg: true, index: k}
		if n, ok := names[s]; ok && wordDir(segs, k) {
			segs[k] = "{" + n + "}"
			continue
		}
		if vary[s] && wordDir(segs, k) {
			segs[k] = "{*}"
			continue
		}
		segs[k] = numRun.ReplaceAllStringFunc(segs[k], func(m string) string {
			s := slot{inPath: true, index: i}
			i++
			if n, ok := names[s]; ok {
				return "{" + n + "}"
			}
			if vary[s] {
				return "{*}"
			}
			return m
		})
	}
	p := strings.Join(segs, "/")
	var params []string
	for _, kv := range strings.Split(u.RawQuery, "&") {
		k, v, _ := strings.Cut(kv, "=")
		if k == "" {
			continue
		}
		if n, ok := names[slot{key: k}]; ok && strings.HasPrefix(n, "=") {
			params = append(params, k+n) // a literal kept
		} else if ok {
			params = append(params, k+"={"+n+"}")
		} else if v != "" && numRun.ReplaceAllString(v, "") != "" {
			params = append(params, k+"="+v)
		}
	}
	// {page} last: a pager adds it to the column's URL.
	sort.SliceStable(params, func(a, b int) bool {
		return !strings.HasSuffix(params[a], "{page}") && strings.HasSuffix(params[b], "{page}")
	})
	if len(params) > 0 {
		p += "?" + strings.Join(params, "&")
	}
	return p
}

// numbers counts the numeric slots of u.
func numbers(u *url.URL) int {
	ss, _ := slots(u)
	n := 0
	for _, s := range ss {
		if !s.seg {
			n++
		}
	}
	return n
}

// slotIndex finds slot s's counterpart in another URL of the same shape
// (query keys compared without case).
func slotIndex(ss []slot, s slot) int {
	for i, x := range ss {
		if x.inPath == s.inPath && x.seg == s.seg && x.index == s.index && strings.EqualFold(x.key, s.key) {
			return i
		}
	}
	return -1
}
