package replica

import (
	"fmt"
	"net/url"
	"regexp"
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
//   - "static": pages generated as static files, as DedeCMS and 帝国CMS
//     write them: /html/YYYYMM/N.html (the month of publication),
//     /html/list_C.html then /html/list_C_P.html, the print view
//     /html/YYYYMM/N_print.html, the home page /index.html.
var Schemes = []string{"powereasy", "static"}

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
	case "powereasy", "static":
	default:
		return fmt.Errorf("replica: unknown URL scheme %q (want %s)", scheme, strings.Join(Schemes, ", "))
	}
	s.Scheme = scheme
	months := map[string]string{} // article id -> YYYYMM
	for _, t := range s.Truth {
		if len(t.PublishedAt) >= 7 {
			months[t.ID] = t.PublishedAt[:4] + t.PublishedAt[5:7]
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
			return []byte(string(sub[1]) + siteURL(scheme, strings.ToLower(string(sub[3])), q, upper, months))
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
func siteURL(scheme, script string, q url.Values, upper bool, months map[string]string) string {
	id, cid, page := q.Get("id"), q.Get("classid"), q.Get("page")
	switch scheme {
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
		month := months[id]
		if month == "" {
			month = "201001"
		}
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
	m := staticList.FindStringSubmatch(strings.ToLower(u.Path))
	if m == nil || m[2] == "" {
		return false
	}
	n, _ := strconv.Atoi(m[2])
	return n > s.ListPages[m[1]]
}
