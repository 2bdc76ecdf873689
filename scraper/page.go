package scraper

import (
	"net/url"

	"github.com/PuerkitoBio/goquery"
)

// Extraction is one page read: how it was decoded, which extractor read
// it, and what it holds.
type Extraction struct {
	Decoded   Decoded
	Extractor string // "profile" or "generic"
	Article   *Article
}

// ExtractPage decodes a page and extracts its article: with the site
// profile when the page matches it, else with the generic extractor.
func ExtractPage(raw []byte, contentType string, pageURL *url.URL, p *Profile) (*Extraction, error) {
	dec := Decode(raw, contentType)
	doc, err := ParseHTML(dec.Text)
	if err != nil {
		return nil, err
	}
	if p == nil {
		p = DefaultProfile()
	}
	if reason, ok := p.SoftNotFound(doc); ok {
		return nil, &NotFoundError{Reason: reason}
	}
	a, extractor, err := p.extract(doc, dec.Text, pageURL)
	if err != nil {
		return nil, err
	}
	return &Extraction{Decoded: dec, Extractor: extractor, Article: a}, nil
}

// extract reads an article with the profile when the page matches it,
// else with the generic extractor (and the breadcrumb and links the
// profile can still find). It says which one read it.
func (p *Profile) extract(doc *goquery.Document, text string, pageURL *url.URL) (*Article, string, error) {
	if a, err := p.ExtractArticle(doc, pageURL); err == nil {
		return a, "profile", nil
	}
	a, err := generic(doc, text, pageURL)
	if err != nil {
		return nil, "", err
	}
	a.CrumbName, a.CrumbClassID = p.crumbColumn(p.crumb(doc, p.Article.Breadcrumb), pageURL)
	a.Links = p.articleLinks(doc, pageURL)
	return a, "generic", nil
}

// NotFoundError is a page that says its article is gone (a soft 404).
type NotFoundError struct{ Reason string }

func (e *NotFoundError) Error() string { return e.Reason }
