package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/learn"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

// learnedProfile reads the profile an earlier crawl of dir learned, nil
// when there is none.
func learnedProfile(dir string) (*scraper.Profile, error) {
	f, err := os.Open(filepath.Join(dir, archive.ProfileFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := scraper.ParseProfile(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (remove it to learn the site again)", f.Name(), err)
	}
	return p, nil
}

// learner gives the crawl's Learn hook: it learns the site with prior as
// the starting point, logs what it found, and writes the profile into
// dir ("" for nowhere); result, when not nil, is given the result.
func learner(prior *scraper.Profile, opt learn.Options, dir string, log *slog.Logger, result func(*learn.Result)) func(context.Context, scraper.Getter, *url.URL, *goquery.Document, string) (*scraper.Profile, error) {
	return func(ctx context.Context, get scraper.Getter, home *url.URL, doc *goquery.Document, text string) (*scraper.Profile, error) {
		g := func(ctx context.Context, u string) (*learn.Page, error) {
			doc, text, final, err := get(ctx, u)
			if err != nil {
				return nil, err
			}
			return &learn.Page{URL: final, Text: text, Doc: doc}, nil
		}
		res, err := learn.Learn(ctx, g, &learn.Page{URL: home, Text: text, Doc: doc}, prior, opt)
		if err != nil {
			return nil, err
		}
		p := res.Profile
		log.Info("learned the site", "scheme", res.Scheme, "template", res.Template, "article", p.ArticlePattern(),
			"lists", strings.Join(p.ListPatterns(), " "), "fit", fmt.Sprintf("%.0f%%", 100*res.Fit), "requests", res.Requests)
		if result != nil {
			result(res)
		}
		if dir != "" {
			data, err := res.ProfileYAML()
			if err != nil {
				return nil, err
			}
			if err := archive.WriteFileAtomic(filepath.Join(dir, archive.ProfileFile), data); err != nil {
				return nil, err
			}
			if err := archive.WriteLearned(dir, res.Summary(time.Now())); err != nil {
				return nil, err
			}
		}
		return p, nil
	}
}

// writeProbe prints what probe learned.
func writeProbe(w io.Writer, res *learn.Result, profilePath string) {
	p := res.Profile
	fmt.Fprintf(w, "URL scheme (%s):\n  article  %s\n", res.Scheme, p.ArticlePattern())
	for _, l := range p.ListPatterns() {
		fmt.Fprintf(w, "  list     %s\n", l)
	}
	for _, l := range p.PrintPatterns() {
		fmt.Fprintf(w, "  print    %s (never fetched)\n", l)
	}
	fmt.Fprintf(w, "templates (%s): title %q, metadata %q, body %q, breadcrumb %q\n",
		res.Template, p.Article.Title, p.Article.Meta, p.Article.Body, p.Article.Breadcrumb)
	fmt.Fprintf(w, "columns (%d):\n", len(res.Columns))
	for _, c := range res.Columns {
		n := "not sampled"
		if c.Articles >= 0 {
			n = fmt.Sprintf("about %d articles", c.Articles)
		}
		fmt.Fprintf(w, "  %-10s %-20s %s\n", c.Name, n, c.URL)
	}
	fmt.Fprintf(w, "sampled articles: %d, read with the template: %.0f%%\n", len(res.Samples), 100*res.Fit)
	for _, f := range []string{"title", "published_at", "source", "author", "body"} {
		fmt.Fprintf(w, "  %-13s found in %d of %d\n", f, res.Fields[f], len(res.Samples))
	}
	for i, s := range res.Samples {
		if i == 3 {
			break
		}
		body := []rune(s.Article.BodyText)
		if len(body) > 60 {
			body = append(body[:60], '…')
		}
		fmt.Fprintf(w, "sample %d: %s\n  title %q\n  published_at %q source %q author %q (%s extractor)\n  body %q\n",
			i+1, s.URL, s.Article.Title, scraper.FullTime(s.Article.Meta.PublishedAt), s.Article.Meta.Source, s.Article.Meta.Author, s.Extractor, string(body))
	}
	fmt.Fprintf(w, "profile written to %s (review it, then: sitearchive crawl --profile %s ...)\n", profilePath, profilePath)
}
