// Package archive holds the archive's domain: the record type, the
// manifest, and the writers that put records on disk as JSON, JSONL and
// Markdown, always atomically (a file linked or renamed into place once
// whole).
//
// It imports nothing else of the project: the scraper produces records,
// this package only knows how to store them.
package archive
