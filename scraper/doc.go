// Package scraper crawls the legacy site and turns its pages into records:
// crawling (colly on a transport of our own), decoding, URL
// classification, extraction and conversion to Markdown.
//
// The pipeline, one run (Crawler.Run):
//
//  1. robots.txt and the home page; columns from the 网站栏目 sidebar and
//     the navigation (Profile.Columns).
//  2. every list page of every column, newest first (walk.go); after a
//     complete run, only until a page brings nothing new.
//  3. every article not archived yet, Concurrency at a time (articles.go):
//     fetch (transport.go: politeness, retries, bounds, WARC capture) →
//     Decode (decode.go: GB labels as GB18030, hints checked against the
//     bytes) → ParseHTML → extract with the site Profile (extract.go,
//     meta.go), or Generic when the page does not fit it (generic.go,
//     genericmeta.go) → images and attachments (assets.go) → Markdown
//     (markdown.go: bluemonday — skipped by a body it could not change,
//     plainbody.go —, cleaning, html-to-markdown) → the record, written
//     by package archive.
//  4. articles.jsonl, changes, manifest, run summary; the ledger is told
//     whether the run was complete.
//
// What the scraper knows about the site — URL scheme, selectors, labels —
// is in the Profile (profiles/default.yaml, embedded).
package scraper
