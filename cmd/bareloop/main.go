// Command bareloop is make bench's reference: the bare fetch-and-parse
// loop the performance issue measures sitearchive against. Eight workers
// fetch the home page, every list page and every article once (net/http),
// decode them as GB18030, parse them with goquery and write, for each
// article, its title and body text as JSON and as plain Markdown. No
// robots.txt, no politeness, no retries, no assets, no WARC, no ledger, no
// cleaning: what is left when every feature is taken away.
//
//	bareloop http://127.0.0.1:8080/ /tmp/out
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"
	"github.com/cangnan-nsrxh/sitearchive/scraper"
	"golang.org/x/text/encoding/simplifiedchinese"
)

const workers = 8

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: bareloop SITE OUT")
		os.Exit(2)
	}
	n, err := run(os.Args[1], os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "bareloop:", err)
		os.Exit(1)
	}
	fmt.Println(n, "articles")
}

func run(site, out string) (int, error) {
	base, err := url.Parse(site)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return 0, err
	}
	prof := scraper.DefaultProfile()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	var (
		mu       sync.Mutex
		seen     = map[string]bool{}
		articles int
		pending  sync.WaitGroup
		queue    = make(chan scraper.Link, 1<<20)
	)
	add := func(l scraper.Link) {
		mu.Lock()
		defer mu.Unlock()
		if !seen[l.URL] {
			seen[l.URL] = true
			pending.Add(1)
			queue <- l
		}
	}
	visit := func(l scraper.Link) error {
		resp, err := client.Get(l.URL)
		if err != nil {
			return err
		}
		raw, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		text, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if err != nil {
			return err
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(text))
		if err != nil {
			return err
		}
		page, _ := url.Parse(l.URL)
		doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
			href, _ := a.Attr("href")
			if c := prof.Classify(page, href); c.Kind == scraper.LinkList || c.Kind == scraper.LinkArticle {
				add(c)
			}
		})
		if l.Kind != scraper.LinkArticle {
			return nil
		}
		title := strings.TrimSpace(doc.Find(prof.Article.Title).First().Text())
		body := strings.TrimSpace(doc.Find(prof.Article.Body).First().Text())
		rec, err := json.Marshal(map[string]string{"id": l.ID, "url": l.URL, "title": title, "body": body})
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, l.ID+".json"), rec, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, l.ID+".md"), []byte("# "+title+"\n\n"+body+"\n"), 0o644); err != nil {
			return err
		}
		mu.Lock()
		articles++
		mu.Unlock()
		return nil
	}
	var (
		errMu    sync.Mutex
		firstErr error
	)
	for range workers {
		go func() {
			for l := range queue {
				if err := visit(l); err != nil {
					errMu.Lock()
					if firstErr == nil {
						firstErr = fmt.Errorf("%s: %w", l.URL, err)
					}
					errMu.Unlock()
				}
				pending.Done()
			}
		}()
	}
	add(scraper.Link{Kind: scraper.LinkHome, URL: base.String()})
	pending.Wait()
	close(queue)
	return articles, firstErr
}
