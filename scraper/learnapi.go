package scraper

import (
	"bytes"
	"net/url"

	"github.com/PuerkitoBio/goquery"
	"github.com/goccy/go-yaml"
	"golang.org/x/net/html"
)

// What package learn needs of the scraper to learn a site: the
// extractors as a crawl runs them, the body block readability would
// choose, and a profile written back as YAML.

// Extract reads an article page as a crawl does: with the profile's
// template when the page fits it, else with the generic extractor; it
// says which ("profile" or "generic").
func (p *Profile) Extract(doc *goquery.Document, text string, pageURL *url.URL) (*Article, string, error) {
	return p.extract(doc, text, pageURL)
}

// BodyBlock is the element of doc (the parse of text) that holds the
// article's body as readability scores the page, nil when it finds none.
func BodyBlock(doc *goquery.Document, text string, pageURL *url.URL) *html.Node {
	body, err := readabilityBody(text, pageURL)
	if err != nil || body == nil {
		return densestBlock(doc)
	}
	if orig := originalNode(doc, body); orig != nil {
		return orig
	}
	return densestBlock(doc)
}

// MetaLabels counts the metadata labels (时间: 来源: 作者: ...) of a line.
func MetaLabels(line string) int { return labelCount(line) }

// Recompile checks and compiles a profile changed in place.
func (p *Profile) Recompile() error { return p.compile() }

// Clone is a copy of the profile to change (compiled anew).
func (p *Profile) Clone() *Profile {
	data, err := p.YAML()
	if err != nil {
		panic("profile: " + err.Error())
	}
	c, err := ParseProfile(bytes.NewReader(data))
	if err != nil {
		panic("profile: " + err.Error())
	}
	return c
}

// YAML writes the profile in the schema ParseProfile reads.
func (p *Profile) YAML() ([]byte, error) {
	return yaml.MarshalWithOptions(p, yaml.UseLiteralStyleIfMultiline(true))
}

// ArticlePattern, ListPatterns and PrintPatterns are the profile's URL
// scheme as patterns (the script and parameter spelling written out).
func (p *Profile) ArticlePattern() string { return p.article.String() }

// ListPatterns: see ArticlePattern.
func (p *Profile) ListPatterns() []string {
	var out []string
	for _, l := range p.lists {
		out = append(out, l.String())
	}
	return out
}

// PrintPatterns: see ArticlePattern.
func (p *Profile) PrintPatterns() []string {
	var out []string
	for _, l := range p.prints {
		out = append(out, l.String())
	}
	return out
}
