// Command replica builds and serves the project's replica of the legacy
// site (see package replica). It is a test and demo tool, not part of the
// archiver.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/replica"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "replica: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: replica gen|serve [flags]")
	}
	switch args[0] {
	case "gen":
		fs := flag.NewFlagSet("gen", flag.ContinueOnError)
		fs.SetOutput(stderr)
		out := fs.String("out", "testdata/site", "directory to write the replica to")
		n := fs.Int("articles", 150, "generated articles, besides the samples")
		seed := fs.Uint64("seed", 1, "random seed")
		samples := fs.String("samples", "", "shared/legacy-site/samples, to include the model's samples byte for byte")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		site, err := replica.Generate(replica.GenConfig{Seed: *seed, Articles: *n, SamplesDir: *samples})
		if err != nil {
			return err
		}
		if err := os.RemoveAll(*out); err != nil {
			return err
		}
		if err := site.Write(*out); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "replica: %d responses, %d records, %d gone, written to %s\n", len(site.Responses), len(site.Truth), len(site.Missing), *out)
		return nil
	case "serve":
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		fs.SetOutput(stderr)
		dir := fs.String("dir", "testdata/site", "replica directory")
		addr := fs.String("addr", "127.0.0.1:0", "address to listen on (loopback)")
		addrFile := fs.String("addr-file", "", "write the server's URL to this file once listening")
		n := fs.Int("articles", 0, "serve a generated replica of this many articles instead of -dir")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		var site *replica.Site
		var err error
		if *n > 0 {
			site, err = replica.Generate(replica.GenConfig{Seed: 1, Articles: *n})
		} else {
			site, err = replica.Load(os.DirFS(*dir))
		}
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return err
		}
		url := "http://" + ln.Addr().String() + "/"
		if *addrFile != "" {
			if err := os.WriteFile(*addrFile, []byte(url+"\n"), 0o644); err != nil {
				return err
			}
		}
		fmt.Fprintf(stdout, "replica: serving %d responses on %s\n", len(site.Responses), url)
		srv := &http.Server{Handler: replica.NewServer(site), ReadHeaderTimeout: 10 * time.Second}
		go func() {
			<-ctx.Done()
			shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			srv.Shutdown(shut)
		}()
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	case "load":
		return load(ctx, args[1:], stdout, stderr)
	}
	return fmt.Errorf("unknown command %q", args[0])
}

// load measures a server alone: concurrency clients request a mix of the
// site's pages (home, list pages, articles) for a while.
func load(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	site := fs.String("site", "", "base URL of the server")
	conc := fs.Int("concurrency", 8, "clients at once")
	dur := fs.Duration("duration", 5*time.Second, "how long")
	ids := fs.Int("ids", 2000, "article ids tried: 2001..2000+ids")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *site == "" {
		return errors.New("load: --site is required")
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *conc}}
	deadline := time.Now().Add(*dur)
	var n, bytes atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < *conc; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; time.Now().Before(deadline) && ctx.Err() == nil; i += *conc {
				path := fmt.Sprintf("show.asp?id=%d", 2001+i%*ids)
				if i%10 == 0 {
					path = fmt.Sprintf("list.asp?classid=9&page=%d", 1+i%5)
				}
				resp, err := client.Get(strings.TrimSuffix(*site, "/") + "/" + path)
				if err != nil {
					continue
				}
				m, _ := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				n.Add(1)
				bytes.Add(m)
			}
		}(w)
	}
	wg.Wait()
	fmt.Fprintf(stdout, "%.0f requests/s, %.1f MB/s (%d clients, %s)\n", float64(n.Load())/dur.Seconds(), float64(bytes.Load())/dur.Seconds()/1e6, *conc, *dur)
	return nil
}
