package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/export"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
)

const exportUsage = `Usage: sitearchive export hugo --out DIR ARCHIVE
       sitearchive export redirects --format nginx|apache|csv --out FILE ARCHIVE

hugo: writes ARCHIVE as a Hugo site in DIR (config, layouts of its own, one page per record
at /articles/<id>/ or /pages/<id>/, images and attachments under /assets/); build it with
'hugo --source DIR'. Exporting again writes only what changed.
redirects: every legacy URL of every article, print view and column list to its new URL:
an nginx map for the http context, Apache rewrite rules, or CSV (old,new).

`

func runExport(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || (args[0] != "hugo" && args[0] != "redirects") {
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
			fmt.Fprint(stdout, exportUsage)
			return exitOK
		}
		fmt.Fprint(stderr, "sitearchive export: say what to export: hugo or redirects (see sitearchive export --help)\n")
		return exitFatal
	}
	what := args[0]
	fs := flag.NewFlagSet("export "+what, flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "where to write (required): a directory for hugo, a file for redirects")
	format := fs.String("format", "nginx", "redirects: nginx, apache or csv")
	profile := fs.String("profile", "", "redirects: the profile whose URL scheme the legacy URLs follow (default: the archive's profile.yaml, else the embedded one)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), exportUsage)
		printFlags(fs)
	}
	if ok, code := parseFlags(fs, args[1:], stdout, stderr); !ok {
		return code
	}
	if *out == "" || fs.NArg() != 1 {
		fmt.Fprintf(stderr, "sitearchive export %s: --out and one archive directory are required\n", what)
		return exitFatal
	}
	dir := fs.Arg(0)
	if what == "hugo" {
		st, err := export.Hugo(dir, *out)
		if err != nil {
			fmt.Fprintf(stderr, "sitearchive export hugo: %v\n", err)
			return exitFatal
		}
		fmt.Fprintf(stdout, "exported %d pages into %s (%d files written, %d unchanged, %d assets); build it with: hugo --source %s\n",
			st.Pages, *out, st.Written, st.Unchanged, st.Assets, *out)
		return exitOK
	}
	prof, err := redirectProfile(dir, *profile)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive export redirects: %v\n", err)
		return exitFatal
	}
	data, n, err := export.Redirects(dir, prof, *format)
	if err == nil {
		err = archive.WriteFileAtomic(*out, data)
	}
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive export redirects: %v\n", err)
		return exitFatal
	}
	fmt.Fprintf(stdout, "wrote %d redirects (%s) to %s\n", n, *format, *out)
	return exitOK
}

// redirectProfile is the profile whose URL scheme the legacy URLs
// follow: the one given, else the archive's learned one, else the
// embedded one.
func redirectProfile(dir, path string) (*scraper.Profile, error) {
	if path != "" {
		return loadProfile(path)
	}
	p, err := learnedProfile(dir)
	if err != nil || p != nil {
		return p, err
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	return scraper.DefaultProfile(), nil
}
