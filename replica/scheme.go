package replica

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Schemes are the URL schemes a replica can be served under besides the
// model's (show.asp?id=N, list.asp?classid=C&page=P, print.asp?id=N),
// each after a CMS of the site's era:
//
//   - "powereasy": PowerEasy (动易) ASP scripts in a directory of their
//     own, other script and parameter names, links in two spellings:
//     /Article/ShowArticle.asp?ArticleID=N (also showarticle.asp?articleid=N
//     and &ClassID=C), /Article/ShowClass.asp?ClassID=C&page=P,
//     /Article/Print.asp?ArticleID=N.
//   - "static": pages generated as static files, as 帝国CMS writes them:
//     /html/YYYYMM/N.html (the month of publication), /html/list_C.html
//     then /html/list_C_P.html, the print view /html/YYYYMM/N_print.html,
//     the home page /index.html.
//   - "dede": DedeCMS's static files, each column in a directory named by
//     a word: /a/DIR/ then /a/DIR/list_C_P.html, articles
//     /a/DIR/YYYYMMDD/N.html, the print view /plus/view.php?aid=N&print=1.
var Schemes = []string{"powereasy", "static", "dede"}

// dedeDirs names the replica's columns' directories as DedeCMS sites do
// (pinyin initials); another column is named from its number in letters.
var dedeDirs = map[string]string{
	"20": "xhgk", "14": "gzzd", "26": "hwdt", "9": "swyw", "2": "qyzc", "4": "wqzn", "13": "zlhb", "40": "lxwm",
	"37": "cjwg", "6": "zcfg", "16": "rwfc", "19": "yqfk", "41": "jb", "23": "hzqy", "28": "tzgg", "36": "hk",
}

func dedeDir(cid string) string {
	if d := dedeDirs[cid]; d != "" {
		return d
	}
	return "lm" + strings.Map(func(r rune) rune { return 'a' + r - '0' }, cid)
}

func dedeColumn(dir string) string {
	for cid, d := range dedeDirs {
		if d == dir {
			return cid
		}
	}
	if rest, ok := strings.CutPrefix(dir, "lm"); ok {
		return strings.Map(func(r rune) rune { return '0' + r - 'a' }, rest)
	}
	return ""
}

var (
	modelLink = regexp.MustCompile(`(?i)(["'=])((?:\.\./)*)(show|print|list)\.asp\?([^"'<>\s|]*)`)
	// relative links of the model's pages that a page in another
	// directory must write from the root.
	relLink = regexp.MustCompile(`(?i)((?:href|src)=["'])(?:\.\./)*(index\.asp|css/|js/|images/|uploadfile/|admin/)`)
)

// applyScheme rewrites every model URL of the site's pages into scheme's
// spelling, and makes the server map them back.
func applyScheme(s *Site, scheme string) error {
	switch scheme {
	case "", "model":
		return nil
	case "powereasy", "static", "dede":
	default:
		return fmt.Errorf("replica: unknown URL scheme %q (want %s)", scheme, strings.Join(Schemes, ", "))
	}
	s.Scheme = scheme
	if scheme == "dede" { // a column is a directory: a single page's id is its name
		for i, t := range s.Truth {
			if cid, ok := strings.CutPrefix(t.ID, "page-"); ok {
				s.Truth[i].ID = "page-" + dedeDir(cid)
			}
		}
	}
	days := map[string]string{} // article id -> YYYYMMDD
	for _, t := range s.Truth {
		if len(t.PublishedAt) >= 10 {
			days[t.ID] = t.PublishedAt[:4] + t.PublishedAt[5:7] + t.PublishedAt[8:10]
		}
	}
	// article id -> the column whose list gives it first (a column is in
	// a DedeCMS article's path)
	cols := map[string]string{}
	var listKeys []string
	for key := range s.Responses {
		if strings.HasPrefix(key, "/list.asp?") {
			listKeys = append(listKeys, key)
		}
	}
	sort.Strings(listKeys)
	for _, key := range listKeys {
		cid := lowerQuery(strings.TrimPrefix(key, "/list.asp?")).Get("classid")
		for _, m := range listedID.FindAllSubmatch(s.Responses[key].Body, -1) {
			if cols[string(m[1])] == "" {
				cols[string(m[1])] = cid
			}
		}
	}
	for key, r := range s.Responses {
		if !strings.HasPrefix(r.ContentType, "text/html") {
			continue
		}
		body := modelLink.ReplaceAllFunc(r.Body, func(m []byte) []byte {
			sub := modelLink.FindSubmatch(m)
			q := lowerQuery(strings.ReplaceAll(string(sub[4]), "&amp;", "&"))
			upper := strings.ContainsAny(string(sub[3]), "SLP") // the other spelling (Show.asp?ID=N)
			return []byte(string(sub[1]) + siteURL(scheme, strings.ToLower(string(sub[3])), q, upper, days, cols))
		})
		body = relLink.ReplaceAllFunc(body, func(m []byte) []byte {
			sub := relLink.FindSubmatch(m)
			if strings.EqualFold(string(sub[2]), "index.asp") {
				return append(sub[1], '/')
			}
			return append(append(sub[1], '/'), sub[2]...)
		})
		s.Responses[key] = &Response{Status: r.Status, ContentType: r.ContentType, Body: body, Location: r.Location}
	}
	return nil
}

func lowerQuery(raw string) url.Values {
	q := url.Values{}
	for _, kv := range strings.Split(raw, "&") {
		k, v, _ := strings.Cut(kv, "=")
		q.Set(strings.ToLower(k), v)
	}
	return q
}

// siteURL spells a model URL (script show, print or list, its query) in
// scheme.
func siteURL(scheme, script string, q url.Values, upper bool, days, cols map[string]string) string {
	id, cid, page := q.Get("id"), q.Get("classid"), q.Get("page")
	day := days[id]
	if day == "" {
		day = "20100101"
	}
	switch scheme {
	case "dede":
		switch script {
		case "show":
			return "/a/" + dedeDir(cols[id]) + "/" + day + "/" + id + ".html"
		case "print":
			return "/plus/view.php?aid=" + id + "&amp;print=1"
		default:
			if page == "" || page == "1" {
				return "/a/" + dedeDir(cid) + "/"
			}
			return "/a/" + dedeDir(cid) + "/list_" + cid + "_" + page + ".html"
		}
	case "powereasy":
		switch script {
		case "show":
			if upper {
				return "/Article/showarticle.asp?articleid=" + id
			}
			u := "/Article/ShowArticle.asp?ArticleID=" + id
			if cid != "" {
				u += "&amp;ClassID=" + cid
			}
			return u
		case "print":
			return "/Article/Print.asp?ArticleID=" + id
		default:
			u := "/Article/ShowClass.asp?ClassID=" + cid
			if page != "" {
				u += "&amp;page=" + page
			}
			return u
		}
	default: // static
		month := day[:6]
		switch script {
		case "show":
			return "/html/" + month + "/" + id + ".html"
		case "print":
			return "/html/" + month + "/" + id + "_print.html"
		default:
			if page == "" || page == "1" {
				return "/html/list_" + cid + ".html"
			}
			return "/html/list_" + cid + "_" + page + ".html"
		}
	}
}

var (
	listedID      = regexp.MustCompile(`(?i)show\.asp\?id=(\d+)`)
	dedeArticle   = regexp.MustCompile(`^/a/([a-z]+)/\d{8}/(\d+)\.html$`)
	dedeList      = regexp.MustCompile(`^/a/([a-z]+)/(?:list_(\d+)_(\d+)\.html)?$`)
	staticArticle = regexp.MustCompile(`^/html/\d+/(\d+)(_print)?\.html$`)
	staticList    = regexp.MustCompile(`^/html/list_(\d+)(?:_(\d+))?\.html$`)
)

// modelURL maps a request in the site's scheme to the model's URL (path
// lower-cased, parameters by their model names); other URLs (files,
// robots.txt, the admin area) are the same in every scheme.
func modelURL(scheme string, u *url.URL) *url.URL {
	p := strings.ToLower(u.Path)
	q := url.Values{}
	for k, v := range u.Query() {
		q[strings.ToLower(k)] = v
	}
	to := func(path string, params ...string) *url.URL {
		return &url.URL{Path: path, RawQuery: strings.Join(params, "&")}
	}
	switch scheme {
	case "powereasy":
		switch p {
		case "/index.asp", "/article/index.asp":
			return to("/index.asp")
		case "/article/showarticle.asp":
			return to("/show.asp", "id="+q.Get("articleid"))
		case "/article/print.asp":
			return to("/print.asp", "id="+q.Get("articleid"))
		case "/article/showclass.asp":
			return to("/list.asp", "classid="+q.Get("classid"), "page="+q.Get("page"))
		case "/show.asp", "/list.asp", "/print.asp":
			return to("/not-in-this-scheme")
		}
	case "dede":
		if m := dedeArticle.FindStringSubmatch(p); m != nil {
			return to("/show.asp", "id="+m[2])
		}
		if p == "/plus/view.php" && q.Get("print") != "" {
			return to("/print.asp", "id="+q.Get("aid"))
		}
		if m := dedeList.FindStringSubmatch(p); m != nil {
			cid := dedeColumn(m[1])
			switch {
			case cid == "" || m[2] != "" && m[2] != cid || m[3] == "1":
				return to("/not-in-this-scheme")
			}
			return to("/list.asp", "classid="+cid, "page="+m[3])
		}
		switch {
		case p == "/index.html":
			return to("/index.asp")
		case strings.HasSuffix(p, ".asp") && p != "/search.asp" && !strings.HasPrefix(p, "/admin/"):
			return to("/not-in-this-scheme")
		}
	case "static":
		if m := staticArticle.FindStringSubmatch(p); m != nil {
			if m[2] != "" {
				return to("/print.asp", "id="+m[1])
			}
			return to("/show.asp", "id="+m[1])
		}
		if m := staticList.FindStringSubmatch(p); m != nil {
			if m[2] == "1" {
				return to("/not-in-this-scheme") // page 1 is list_C.html
			}
			return to("/list.asp", "classid="+m[1], "page="+m[2])
		}
		switch {
		case p == "/index.html":
			return to("/index.asp")
		case strings.HasSuffix(p, ".asp") && p != "/search.asp" && !strings.HasPrefix(p, "/admin/"):
			return to("/not-in-this-scheme")
		}
	}
	return u
}

// staticPastLast: a static site has no page past the last list page.
func staticPastLast(s *Site, u *url.URL) bool {
	p := strings.ToLower(u.Path)
	var cid, page string
	if m := staticList.FindStringSubmatch(p); s.Scheme == "static" && m != nil {
		cid, page = m[1], m[2]
	} else if m := dedeList.FindStringSubmatch(p); s.Scheme == "dede" && m != nil {
		cid, page = dedeColumn(m[1]), m[3]
	}
	if page == "" {
		return false
	}
	n, _ := strconv.Atoi(page)
	return n > s.ListPages[cid]
}
