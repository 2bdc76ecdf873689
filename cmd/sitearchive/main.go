// Command sitearchive archives the legacy site of 苍南县国家税收纳税人权益维护协会
// into JSON and Markdown records. This file only parses flags and wires
// the scraper to the archive.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/capture"
	"github.com/cangnan-nsrxh/sitearchive/learn"
	"github.com/cangnan-nsrxh/sitearchive/report"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

// Set by the linker: -X main.version=... -X main.commit=...
var (
	version = "dev"
	commit  = "unknown"
)

// Exit codes.
const (
	exitOK          = 0
	exitFatal       = 1 // bad usage or a fatal error
	exitProblems    = 2 // verify found problems in the archive
	exitIncomplete  = 3 // some pages still failed; they are listed in the manifest
	exitInterrupted = 130
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	tuneGC(ctx)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// writeHeapProfile writes the heap profile: what was allocated during
// the run and what is still live.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

const usage = `sitearchive archives the legacy association site into JSON and Markdown.

Usage:
  sitearchive crawl --site URL --out DIR [flags]   crawl the site into DIR (incremental when DIR holds a complete archive)
  sitearchive crawl --from-warc OLD --out NEW      re-extract archive OLD from its WARC files into NEW, offline
  sitearchive probe --site URL [--pages N]         a short look at a site: its URL scheme, columns, templates
  sitearchive verify DIR                           check an archive without the network
  sitearchive export hugo --out DIR ARCHIVE        the archive as a Hugo site
  sitearchive export redirects --format nginx|apache|csv --out FILE ARCHIVE
                                                   legacy URLs to the new site's
  sitearchive extract [--url URL] FILE             extract one saved page, print JSON
  sitearchive review [--addr ADDR] DIR             review the records beside their original pages, in a browser
  sitearchive report DIR                           write DIR/report.html (a crawl writes it too)
  sitearchive version                              print the version
  sitearchive help [command]                       show help

Exit status: 0 complete (verify: archive sound), 1 bad usage or fatal error,
2 verify found problems, 3 some pages failed (listed in DIR/manifest.json;
run again), 130 interrupted (run again to finish).
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitFatal
	}
	switch args[0] {
	case "crawl":
		return runCrawl(ctx, args[1:], stdout, stderr)
	case "verify":
		return runVerify(args[1:], stdout, stderr)
	case "extract":
		return runExtract(args[1:], stdout, stderr)
	case "report":
		return runReport(args[1:], stdout, stderr)
	case "probe":
		return runProbe(ctx, args[1:], stdout, stderr)
	case "export":
		return runExport(args[1:], stdout, stderr)
	case "review":
		return runReview(ctx, args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "sitearchive %s (commit %s)\n", version, commit)
		return exitOK
	case "help", "-h", "--help", "-help":
		if len(args) > 1 {
			return run(ctx, []string{args[1], "--help"}, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "sitearchive: unknown command %q (try 'sitearchive help')\n", args[0])
		return exitFatal
	}
}

func runCrawl(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg := scraper.DefaultConfig()
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	site := fs.String("site", "", "URL of the site's home page (required)")
	out := fs.String("out", "", "archive directory (required; created if needed)")
	fs.DurationVar(&cfg.Delay, "delay", cfg.Delay, "pause between the starts of two requests (the real site is a small association's server)")
	fs.IntVar(&cfg.Concurrency, "concurrency", cfg.Concurrency, "pages fetched at once")
	ua := fs.String("user-agent", "", "User-Agent header (default \"sitearchive/VERSION (+migration archive; polite)\")")
	fs.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "time limit of one request attempt")
	fs.IntVar(&cfg.Attempts, "attempts", cfg.Attempts, "attempts per URL for timeouts, resets, 5xx, 429 and truncated bodies")
	fs.DurationVar(&cfg.Backoff, "retry-wait", cfg.Backoff, "first pause before a retry; it doubles at each attempt, with jitter, up to 30s (a Retry-After header wins)")
	fs.Int64Var(&cfg.MaxBodySize, "max-body", cfg.MaxBodySize, "largest page accepted, in bytes; a bigger page is reported, never cut")
	fs.Int64Var(&cfg.MaxAssetSize, "max-asset", cfg.MaxAssetSize, "largest image or attachment accepted, in bytes")
	fs.BoolVar(&cfg.Full, "full", false, "fetch every article again, even those already archived")
	logLevel := fs.String("log-level", "info", "log level: debug, info, warn, error")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	quiet := fs.Bool("quiet", false, "print nothing but errors (no summary, no progress)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile (pprof) of the crawl to this file")
	memProfile := fs.String("memprofile", "", "write a memory profile (pprof: allocations and what is live) at the end of the crawl to this file")
	profile := fs.String("profile", "", "site profile (YAML) to read the site with instead of learning it (see docs/PROFILE.md)")
	fromWARC := fs.String("from-warc", "", "re-extract the archive in this directory from its WARC files into --out, without the network (--site defaults to its site, --delay is 0)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: sitearchive crawl --site URL --out DIR [flags]\n"+
			"       sitearchive crawl --from-warc OLDDIR --out NEWDIR [flags]\n\n")
		printFlags(fs,
			flagGroup{"Site and output", []string{"site", "out", "profile", "full", "from-warc"}},
			flagGroup{"Politeness", []string{"delay", "concurrency", "user-agent"}},
			flagGroup{"Limits and retries", []string{"timeout", "attempts", "retry-wait", "max-body", "max-asset"}},
			flagGroup{"Logging and profiling", []string{"log-level", "log-format", "quiet", "cpuprofile", "memprofile"}})
	}
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "sitearchive crawl: unexpected argument %q\n", fs.Arg(0))
		return exitFatal
	}
	if *quiet {
		*logLevel = "error"
		stdout = io.Discard
	}
	// Progress: bars on a terminal (logs print above them), a log line
	// every 10s elsewhere, nothing with --quiet.
	var disp display
	logOut := stderr
	switch {
	case *quiet:
		disp = silent{}
	case isTerminal(stderr):
		b := newBars(ctx, stderr)
		disp, logOut = b, b
	}
	logger, err := newLogger(logOut, *logLevel, *logFormat)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
		return exitFatal
	}
	if disp == nil {
		disp = newLines(logger, 10*time.Second)
	}
	defer disp.Close()
	cfg.Progress = disp
	if *fromWARC != "" {
		if *out == "" {
			fmt.Fprintln(stderr, "sitearchive crawl: --out is required")
			return exitFatal
		}
		if err := checkReplayDirs(*fromWARC, *out, site); err != nil {
			fmt.Fprintf(stderr, "sitearchive crawl: --from-warc: %v\n", err)
			return exitFatal
		}
		if cfg.Replay, err = capture.OpenReplay(*fromWARC); err != nil {
			fmt.Fprintf(stderr, "sitearchive crawl: --from-warc: %v\n", err)
			return exitFatal
		}
		defer cfg.Replay.Close()
		cfg.Delay = 0 // no server to spare
	}
	if *site == "" || *out == "" {
		fmt.Fprintln(stderr, "sitearchive crawl: --site and --out are required")
		return exitFatal
	}
	u, err := url.Parse(*site)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive crawl: --site: %v\n", err)
		return exitFatal
	}
	cfg.Site = u
	cfg.UserAgent = *ua
	if cfg.Profile, err = loadProfile(*profile); err != nil {
		fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
		return exitFatal
	}
	cfg.Version = version
	cfg.Logger = logger
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
		return exitFatal
	}
	store, err := archive.Open(*out)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
		return exitFatal
	}
	unlock, err := archive.Lock(store.Dir())
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
		return exitFatal
	}
	defer unlock()
	// Without --profile the site is learned (the first run, or when the
	// profile learned before fits no more) and the profile kept in the
	// archive; a re-extraction uses the old archive's.
	if *profile == "" {
		from := store.Dir()
		if *fromWARC != "" {
			from = *fromWARC
		}
		saved, err := learnedProfile(from)
		if err != nil {
			fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
			return exitFatal
		}
		if saved != nil {
			cfg.Profile, cfg.Learned = saved, true
		}
		if *fromWARC == "" {
			cfg.Learn = learner(scraper.DefaultProfile(), learn.DefaultOptions(), store.Dir(), logger, nil)
		}
	}
	store.RemoveTemporaries()
	defer store.Close()
	ledger, err := archive.OpenLedger(store.Dir())
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
		return exitFatal
	}
	said := false // the run's failure is said: a close that fails for the same cause adds nothing
	defer func() {
		if err := ledger.Close(); err != nil && !(said && archive.LocalFault(err)) {
			fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
		}
	}()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "sitearchive crawl: --cpuprofile: %v\n", err)
			return exitFatal
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "sitearchive crawl: --cpuprofile: %v\n", err)
			return exitFatal
		}
		defer pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		defer func() {
			if err := writeHeapProfile(*memProfile); err != nil {
				fmt.Fprintf(stderr, "sitearchive crawl: --memprofile: %v\n", err)
			}
		}()
	}
	start := time.Now()
	var warc *capture.Writer
	if *fromWARC != "" {
		if err := capture.LinkFiles(*fromWARC, store.Dir()); err != nil {
			fmt.Fprintf(stderr, "sitearchive crawl: --from-warc: %v\n", err)
			return exitFatal
		}
	} else {
		if warc, err = capture.NewWriter(store.Dir(), "sitearchive/"+version, start, 1<<30); err != nil {
			fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
			return exitFatal
		}
		defer warc.Close()
	}
	rep := report.NewBuilder() // fed by the crawl's end pass
	cfg.Visit = rep.Add
	cr, err := scraper.New(ctx, cfg, store, ledger, warc)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
		return exitFatal
	}
	res, err := cr.Run(ctx)
	disp.Close()
	if res == nil {
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "sitearchive crawl: interrupted")
			return exitInterrupted
		}
		fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
		said = true
		return exitFatal
	}
	m := res.Manifest
	fmt.Fprintf(stdout, "archived %d records (%d articles, %d pages) from %d columns into %s in %s, %d requests\n",
		m.Records, m.Articles, m.Pages, len(m.Columns), store.Dir(), time.Since(start).Round(time.Millisecond), cr.Requests())
	fmt.Fprintf(stdout, "missing %d, failed %d; manifest: %s\n", len(m.Missing), len(m.Failed), filepath.Join(store.Dir(), archive.ManifestFile))
	if path, err := rep.Write(store.Dir(), time.Now()); err != nil {
		fmt.Fprintf(stderr, "sitearchive crawl: %v\n", err)
	} else {
		fmt.Fprintf(stdout, "report: %s\n", path)
	}
	switch {
	case ctx.Err() != nil:
		fmt.Fprintln(stderr, "sitearchive crawl: interrupted; run the same command again to finish")
		return exitInterrupted
	case len(m.Failed) > 0:
		fmt.Fprintf(stderr, "sitearchive crawl: %d pages failed (listed in the manifest); run again to retry them\n", len(m.Failed))
		return exitIncomplete
	}
	return exitOK
}

func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level: %q is not debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log-format: %q is not text or json", format)
}

// loadProfile reads a site profile; "" is the embedded default.
func loadProfile(path string) (*scraper.Profile, error) {
	if path == "" {
		return scraper.DefaultProfile(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--profile: %w", err)
	}
	defer f.Close()
	p, err := scraper.ParseProfile(f)
	if err != nil {
		return nil, fmt.Errorf("--profile %s: %w", path, err)
	}
	return p, nil
}

// checkReplayDirs: a re-extraction reads one archive and writes another
// directory (an archive already there is continued as by any crawl: an
// interrupted re-extraction resumes); site, when empty, becomes the old
// archive's.
func checkReplayDirs(from, out string, site *string) error {
	m, err := archive.ReadManifest(from)
	if err != nil {
		return fmt.Errorf("%s is not an archive: %w", from, err)
	}
	if *site == "" {
		*site = m.Site
	}
	a, errA := filepath.Abs(from)
	b, errB := filepath.Abs(out)
	if errA != nil || errB != nil || a == b {
		return fmt.Errorf("--out must be another directory than %s", from)
	}
	return nil
}
