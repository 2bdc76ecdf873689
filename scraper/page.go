package scraper

import (
	"net/url"
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
	if a, err := p.ExtractArticle(doc, pageURL); err == nil {
		return &Extraction{Decoded: dec, Extractor: "profile", Article: a}, nil
	}
	a, err := Generic(dec.Text, pageURL)
	if err != nil {
		return nil, err
	}
	return &Extraction{Decoded: dec, Extractor: "generic", Article: a}, nil
}

// NotFoundError is a page that says its article is gone (a soft 404).
type NotFoundError struct{ Reason string }

func (e *NotFoundError) Error() string { return e.Reason }
