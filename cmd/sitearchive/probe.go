package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/learn"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

// runProbe takes a short, polite look at a site (about --pages requests)
// and prints what it learned; the profile goes to --write for review.
func runProbe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg := scraper.DefaultConfig()
	fs := flag.NewFlagSet("probe", flag.ContinueOnError)
	fs.SetOutput(stderr)
	site := fs.String("site", "", "URL of the site's home page (required)")
	pages := fs.Int("pages", 50, "requests to spend, at most (robots.txt and the home page included)")
	write := fs.String("write", "profile.learned.yaml", "file to write the learned profile to")
	fs.DurationVar(&cfg.Delay, "delay", cfg.Delay, "pause between the starts of two requests")
	fs.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "time limit of one request attempt")
	fs.IntVar(&cfg.Attempts, "attempts", cfg.Attempts, "attempts per URL")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: sitearchive probe --site URL [--pages N] [--write FILE]\n\n"+
			"A short look at a site before a long migration: the URL patterns found, the columns\n"+
			"with estimated article counts, how many sampled articles show each field, three\n"+
			"sample records. Exit status 0 when it found articles, 1 when not.\n\nFlags:\n")
		printFlags(fs)
	}
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if *site == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "sitearchive probe: --site is required, and nothing else")
		return exitFatal
	}
	if *pages < 8 {
		fmt.Fprintln(stderr, "sitearchive probe: --pages must be at least 8")
		return exitFatal
	}
	u, err := url.Parse(*site)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive probe: --site: %v\n", err)
		return exitFatal
	}
	cfg.Site, cfg.Version = u, version
	logger, _ := newLogger(stderr, "warn", "text")
	cfg.Logger = logger
	// The crawl's machinery needs an archive: a scratch one.
	tmp, err := os.MkdirTemp("", "sitearchive-probe-")
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive probe: %v\n", err)
		return exitFatal
	}
	defer os.RemoveAll(tmp)
	store, err := archive.Open(tmp)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive probe: %v\n", err)
		return exitFatal
	}
	defer store.Close()
	ledger, err := archive.OpenLedger(tmp)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive probe: %v\n", err)
		return exitFatal
	}
	defer ledger.Close()
	budget := *pages - 2
	opt := learn.Options{Lists: max(budget/3, 2)}
	opt.Articles = budget - opt.Lists
	var res *learn.Result
	cfg.Learn = learner(scraper.DefaultProfile(), opt, "", logger, func(r *learn.Result) { res = r })
	cr, err := scraper.New(ctx, cfg, store, ledger, nil)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive probe: %v\n", err)
		return exitFatal
	}
	if _, err := cr.Probe(ctx); err != nil {
		if errors.Is(err, learn.ErrNoArticles) {
			fmt.Fprintf(stderr, "sitearchive probe: %v after %d requests: the site's pages show no list of articles that sitearchive recognises; check --site is the home page, or write a profile by hand (see docs/PROFILE.md)\n", err, cr.Requests())
		} else {
			fmt.Fprintf(stderr, "sitearchive probe: %v\n", err)
		}
		return exitFatal
	}
	data, err := res.ProfileYAML()
	if err == nil {
		err = archive.WriteFileAtomic(*write, data)
	}
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive probe: %v\n", err)
		return exitFatal
	}
	abs, _ := filepath.Abs(*write)
	writeProbe(stdout, res, abs)
	fmt.Fprintf(stdout, "requests sent: %d\n", cr.Requests())
	return exitOK
}
