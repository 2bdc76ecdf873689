package scraper

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/goccy/go-yaml"
)

//go:embed profiles/default.yaml
var defaultProfileYAML []byte

// Profile is what the scraper knows about the legacy site: URL scheme,
// column discovery, list and pager, article template, chrome. It is read
// from YAML (profiles/default.yaml, embedded, documents every key) so that
// an operator who finds the real site different adapts a file, not code.
type Profile struct {
	Name string `yaml:"name"`
	URLs struct {
		Article struct {
			Script  string `yaml:"script,omitempty"`
			ID      string `yaml:"id,omitempty"`
			Pattern string `yaml:"pattern,omitempty"`
		} `yaml:"article"`
		List struct {
			Script   string   `yaml:"script,omitempty"`
			Column   string   `yaml:"column,omitempty"`
			Page     string   `yaml:"page,omitempty"`
			Patterns []string `yaml:"patterns,omitempty"`
		} `yaml:"list"`
		Print      string   `yaml:"print"`
		NeverFetch []string `yaml:"never_fetch"`
		Files      string   `yaml:"files"`
	} `yaml:"urls"`
	Home struct {
		SidebarTitle string   `yaml:"sidebar_title"`
		NotNames     []string `yaml:"not_names"`
	} `yaml:"home"`
	List struct {
		Breadcrumb string   `yaml:"breadcrumb"`
		Items      string   `yaml:"items"`
		Pictures   string   `yaml:"pictures"`
		Pager      string   `yaml:"pager"`
		PageOf     []string `yaml:"page_of"`
		Total      string   `yaml:"total"`
		Next       []string `yaml:"next"`
		Empty      []string `yaml:"empty"`
		SinglePage string   `yaml:"single_page"`
	} `yaml:"list"`
	Article struct {
		Title      string   `yaml:"title"`
		Meta       string   `yaml:"meta"`
		Body       string   `yaml:"body"`
		Breadcrumb string   `yaml:"breadcrumb"`
		Chrome     []string `yaml:"chrome"`
	} `yaml:"article"`
	Soft404 struct {
		Alert string `yaml:"alert"`
	} `yaml:"soft_404"`

	// compiled
	article    *URLPattern
	lists      []*URLPattern
	prints     []*URLPattern
	neverFetch *regexp.Regexp
	pageOf     []*regexp.Regexp
	total      *regexp.Regexp
	alert      *regexp.Regexp
	selectors  map[string]goquery.Matcher // every selector above, compiled
	links      *linkCache                 // what Classify said of the links pages repeat
}

// DefaultProfile is the embedded profile of the legacy site.
func DefaultProfile() *Profile {
	p, err := ParseProfile(strings.NewReader(string(defaultProfileYAML)))
	if err != nil {
		panic("embedded profile: " + err.Error()) // a build defect, caught by every test
	}
	return p
}

// ParseProfile reads a profile and checks it: every selector parses,
// every pattern compiles, the URL scheme is complete.
func ParseProfile(r io.Reader) (*Profile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	var p Profile
	if err := yaml.UnmarshalWithOptions(data, &p, yaml.Strict()); err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	if err := p.compile(); err != nil {
		return nil, fmt.Errorf("profile %q: %w", p.Name, err)
	}
	return &p, nil
}

func (p *Profile) compile() error {
	var errs []error
	p.selectors = map[string]goquery.Matcher{}
	need := func(name, v string) {
		if strings.TrimSpace(v) == "" {
			errs = append(errs, fmt.Errorf("%s is empty", name))
		}
	}
	errs = append(errs, p.compileURLs()...)
	for name, sel := range map[string]string{
		"list.breadcrumb": p.List.Breadcrumb, "list.items": p.List.Items, "list.pictures": p.List.Pictures,
		"list.pager": p.List.Pager, "list.single_page": p.List.SinglePage, "article.title": p.Article.Title,
		"article.meta": p.Article.Meta, "article.body": p.Article.Body, "article.breadcrumb": p.Article.Breadcrumb,
	} {
		if sel == "" {
			continue
		}
		if err := p.compileSelector(sel); err != nil {
			errs = append(errs, fmt.Errorf("%s: selector %q: %w", name, sel, err))
		}
	}
	need("article.title", p.Article.Title)
	need("article.body", p.Article.Body)
	for _, c := range p.Article.Chrome {
		if err := p.compileSelector(c); err != nil {
			errs = append(errs, fmt.Errorf("article.chrome: selector %q: %w", c, err))
		}
	}
	compile := func(name, pat string) *regexp.Regexp {
		if pat == "" {
			return nil
		}
		re, err := regexp.Compile(pat)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
		return re
	}
	skip := append([]string{}, p.URLs.NeverFetch...)
	if p.URLs.Print != "" && !strings.Contains(p.URLs.Print, "{") {
		skip = append(skip, "/"+regexp.QuoteMeta(p.URLs.Print))
	}
	if len(skip) > 0 {
		p.neverFetch = compile("urls.never_fetch", "(?i)"+strings.Join(skip, "|"))
	}
	for _, pat := range p.List.PageOf {
		if re := compile("list.page_of", pat); re != nil {
			if re.NumSubexp() != 2 {
				errs = append(errs, fmt.Errorf("list.page_of %q: want two groups (page, pages)", pat))
			}
			p.pageOf = append(p.pageOf, re)
		}
	}
	p.total = compile("list.total", p.List.Total)
	p.alert = compile("soft_404.alert", p.Soft404.Alert)
	p.links = &linkCache{}
	return errors.Join(errs...)
}

// compileURLs compiles the URL scheme: urls.article.pattern, else
// <script>?<id>={id}; urls.list.patterns, else
// <script>?<column>={column}&<page>={page}; urls.print, a pattern or the
// name of a script taking the article's parameter.
func (p *Profile) compileURLs() []error {
	var errs []error
	u := &p.URLs
	art := u.Article.Pattern
	if art == "" {
		if u.Article.Script == "" || u.Article.ID == "" {
			errs = append(errs, errors.New("urls.article: give a pattern, or script and id"))
		}
		art = u.Article.Script + "?" + u.Article.ID + "={id}"
	}
	var err error
	if p.article, err = ParseURLPattern(art); err != nil {
		errs = append(errs, fmt.Errorf("urls.article: %w", err))
	} else if !p.article.Has("id") {
		errs = append(errs, fmt.Errorf("urls.article: %q has no {id}", art))
	}
	lists := u.List.Patterns
	if len(lists) == 0 {
		if u.List.Script == "" || u.List.Column == "" || u.List.Page == "" {
			errs = append(errs, errors.New("urls.list: give patterns, or script, column and page"))
		}
		lists = []string{u.List.Script + "?" + u.List.Column + "={column}&" + u.List.Page + "={page}"}
	}
	p.lists = nil
	for _, l := range lists {
		lp, err := ParseURLPattern(l)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("urls.list: %w", err))
		case !lp.Has("column"):
			errs = append(errs, fmt.Errorf("urls.list: %q has no {column}", l))
		default:
			p.lists = append(p.lists, lp)
		}
	}
	// The most specific first: list_{column}_{page}.html before
	// list_{column}.html, which would take "7_2" for a column.
	sort.SliceStable(p.lists, func(i, j int) bool { return len(p.lists[i].names) > len(p.lists[j].names) })
	p.prints = nil
	switch pr := u.Print; {
	case strings.Contains(pr, "{"):
		pp, err := ParseURLPattern(pr)
		if err != nil {
			errs = append(errs, fmt.Errorf("urls.print: %w", err))
		} else {
			p.prints = append(p.prints, pp)
		}
	case pr != "" && u.Article.ID != "":
		if pp, err := ParseURLPattern(pr + "?" + u.Article.ID + "={id}"); err == nil {
			p.prints = append(p.prints, pp)
		}
	}
	return errs
}

func (p *Profile) compileSelector(sel string) error {
	m, err := cascadia.Compile(sel)
	if err != nil {
		return err
	}
	p.selectors[sel] = m
	return nil
}

// NeverFetch says whether a URL is never to be fetched.
func (p *Profile) NeverFetch(u string) bool {
	return p.neverFetch != nil && p.neverFetch.MatchString(u)
}
