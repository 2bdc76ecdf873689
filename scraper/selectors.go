package scraper

import (
	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Selectors the extractors use on every page, compiled once (goquery's
// Find compiles its selector at each call). Compiled selectors are
// immutable: safe to share.
var (
	matchLinks    = cascadia.MustCompile("a[href]")
	matchImages   = cascadia.MustCompile("img[src]")
	matchImg      = cascadia.MustCompile("img")
	matchBody     = cascadia.MustCompile("body")
	matchH1       = cascadia.MustCompile("h1")
	matchScript   = cascadia.MustCompile("script")
	matchScripts  = cascadia.MustCompile("script, style")
	matchItemDate = cascadia.MustCompile(".date, span")
)

// matcher gives the profile's selector sel compiled: every selector of a
// profile is compiled by ParseProfile; another is compiled now.
func (p *Profile) matcher(sel string) goquery.Matcher {
	if m, ok := p.selectors[sel]; ok {
		return m
	}
	m, err := cascadia.Compile(sel)
	if err != nil {
		return cascadia.Selector(func(*html.Node) bool { return false })
	}
	return m
}

// first is s.FindMatcher(m).First() without collecting every match: the
// first descendant of s's nodes, in document order, that m matches.
func first(s *goquery.Selection, m goquery.Matcher) *goquery.Selection {
	for _, n := range s.Nodes {
		if found := cascadia.Query(n, m); found != nil {
			return s.FindNodes(found)
		}
	}
	return s.FindNodes()
}
