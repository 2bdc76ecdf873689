package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/review"
)

// runReview serves an archive for review until interrupted, or prints
// the notes that mark a field wrong.
func runReview(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback unless given)")
	exportNotes := fs.Bool("export-notes", false, "print the notes that mark a field wrong (id, field, text), and exit")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: sitearchive review [--addr 127.0.0.1:8080] DIR\n"+
			"       sitearchive review --export-notes DIR\n\n"+
			"Serves DIR for review: the records, newest first, with filters and search; each record beside\n"+
			"the original page it was read from (from the WARC files, sandboxed); notes go to DIR/review.jsonl.\n\n")
		printFlags(fs)
	}
	if ok, code := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "sitearchive review: one archive directory is required")
		return exitFatal
	}
	a, err := review.Open(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive review: %v\n", err)
		return exitFatal
	}
	defer a.Close()
	if *exportNotes {
		for _, n := range a.Wrong() {
			fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", n.ID, n.Field, n.At, n.Text)
		}
		return exitOK
	}
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "sitearchive review: %v\n", err)
		return exitFatal
	}
	srv := &http.Server{Handler: a.Handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "serving http://%s/\n", l.Addr())
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "sitearchive review: %v\n", err)
		return exitFatal
	}
	return exitOK
}
