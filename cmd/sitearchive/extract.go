package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

// extracted is what `sitearchive extract` prints.
type extracted struct {
	Title       string `json:"title"`
	PublishedAt string `json:"published_at"`
	Author      string `json:"author"`
	Source      string `json:"source"`
	BodyText    string `json:"body_text"`
	Charset     string `json:"charset"`
	Extractor   string `json:"extractor"`
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pageURL := fs.String("url", "", "the page's URL (resolves its links, may date it; default: the URL the saved page gives (saved from url, a crawl's <text id=URL> wrapper, canonical, og:url, base), else file:///FILE)")
	contentType := fs.String("content-type", "", "the Content-Type header the page was served with, if known")
	profile := fs.String("profile", "", "site profile (YAML) to try before the generic extractor (default: the embedded one)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: sitearchive extract [--url URL] FILE\n\n"+
			"Reads one saved page (raw bytes, any encoding the crawl handles, or a web archive: .mhtml, .mht)\n"+
			"and prints one JSON object:\n"+
			"title, published_at, author, source, body_text, charset, extractor (profile or generic).\n\nFlags:\n")
		printFlags(fs)
	}
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "sitearchive extract: want one FILE")
		return exitFatal
	}
	raw, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive extract: %v\n", err)
		return exitFatal
	}
	u := &url.URL{Scheme: "file", Path: "/" + filepath.Base(fs.Arg(0))}
	if page, ct, from, ok := scraper.SavedArchive(raw); ok {
		// A web archive (.mhtml, .mht): its page, as it was saved.
		raw = page
		if *contentType == "" {
			*contentType = ct
		}
		if from != nil {
			u = from
		}
	} else if kind := scraper.NotPage(raw); kind != "" {
		fmt.Fprintf(stderr, "sitearchive extract: %s: not a web page (%s)\n", fs.Arg(0), kind)
		return exitFatal
	}
	if saved := scraper.SavedURL(raw); saved != nil && u.Scheme == "file" {
		u = saved // where the saved page says it came from
	}
	if *pageURL != "" {
		if u, err = url.Parse(*pageURL); err != nil {
			fmt.Fprintf(stderr, "sitearchive extract: --url: %v\n", err)
			return exitFatal
		}
	}
	prof, err := loadProfile(*profile)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive extract: %v\n", err)
		return exitFatal
	}
	res, err := scraper.ExtractPage(raw, *contentType, u, prof)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive extract: %s: %v\n", fs.Arg(0), err)
		return exitFatal
	}
	out := extracted{Title: res.Article.Title, PublishedAt: res.Article.Meta.PublishedAt, Author: res.Article.Meta.Author,
		Source: res.Article.Meta.Source, BodyText: res.Article.BodyText, Charset: res.Decoded.Charset, Extractor: res.Extractor}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(stderr, "sitearchive extract: %v\n", err)
		return exitFatal
	}
	return exitOK
}
