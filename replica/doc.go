// Package replica is the project's own model of the legacy site, built
// from shared/legacy-site/MODEL.md: a generator that writes every page kind
// and variant the model lists as the raw bytes the server sends, the truth
// (the records a perfect crawl must produce), and an HTTP server that
// answers like the site's IIS (case-insensitive paths and parameters,
// clamped pagination, hard and soft 404s).
package replica
