package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/report"
)

func runReport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: sitearchive report DIR\n\n"+
			"Writes DIR/report.html: one self-contained page (no network, no scripts) with per-column counts,\n"+
			"articles per year, missing and failed pages with reasons, records with warnings and the runs.\n"+
			"A crawl writes it too, at its end.\n")
	}
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "sitearchive report: want one archive directory")
		return exitFatal
	}
	path, err := report.Write(fs.Arg(0), time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive report: %v\n", err)
		return exitFatal
	}
	fmt.Fprintf(stdout, "report: %s\n", path)
	return exitOK
}
