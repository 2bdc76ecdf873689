package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/capture"
)

func runVerify(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	quiet := fs.Bool("quiet", false, "print only problems")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: sitearchive verify [flags] DIR\n\n"+
			"Checks an archive without the network: every record's JSON, Markdown and assets exist and\n"+
			"match their hashes, articles.jsonl agrees with the per-record files, every WARC record\n"+
			"parses and its digests match, every record names a WARC response that exists.\n"+
			"Exit status: 0 sound, 1 bad usage, 2 problems found (printed one per line).\n\nFlags:\n")
		printFlags(fs)
	}
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "sitearchive verify: want one archive directory")
		return exitFatal
	}
	dir := fs.Arg(0)
	store, err := archive.OpenExisting(dir)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive verify: %v\n", err)
		return exitFatal
	}
	rep := store.Verify()
	idx := capture.Verify(dir)
	problems := append(rep.Problems, idx.Problems...)
	for id, ref := range rep.WARCRefs {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(ref.File))); err != nil {
			problems = append(problems, fmt.Sprintf("record %s: WARC file %s: %v", id, ref.File, err))
		} else if _, ok := idx.Responses[ref.RecordID]; !ok {
			problems = append(problems, fmt.Sprintf("record %s: WARC response %s not found (the record names %s)", id, ref.RecordID, ref.File))
		}
	}
	for _, p := range problems {
		fmt.Fprintln(stdout, p)
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "sitearchive verify: %d problems in %s\n", len(problems), dir)
		return exitProblems
	}
	if !*quiet {
		fmt.Fprintf(stdout, "ok: %d records, %d assets, %d WARC records in %d files verified\n", rep.Records, rep.Assets, idx.Records, idx.Files)
	}
	return exitOK
}
