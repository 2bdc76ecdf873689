package capture

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"github.com/nlnwa/gowarc/v3"
)

// Index is what the WARC files of an archive hold.
type Index struct {
	Files     int
	Records   int
	Responses map[string]string // response record id -> target URI
	Problems  []string
}

// Verify reads every WARC file under root/warc and checks each record:
// it parses, its block and payload digests match, its file is whole.
func Verify(root string) *Index {
	idx := &Index{Responses: map[string]string{}}
	files, _ := filepath.Glob(filepath.Join(root, Dir, "*.warc.gz"))
	sort.Strings(files)
	if open, _ := filepath.Glob(filepath.Join(root, Dir, "*.open")); len(open) > 0 {
		for _, o := range open {
			idx.Problems = append(idx.Problems, fmt.Sprintf("%s: left open by a run that did not finish (the next crawl recovers it)", rel(root, o)))
		}
	}
	for _, f := range files {
		idx.Files++
		if err := verifyFile(root, f, idx); err != nil {
			idx.Problems = append(idx.Problems, fmt.Sprintf("%s: %v", rel(root, f), err))
		}
	}
	return idx
}

func verifyFile(root, path string, idx *Index) error {
	r, err := gowarc.NewWarcFileReader(path, 0, readerOptions()...)
	if err != nil {
		return err
	}
	defer r.Close()
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("record %d: %w", idx.Records+1, err)
		}
		idx.Records++
		wr := rec.WarcRecord
		id := wr.WarcHeader().GetId(gowarc.WarcRecordID)
		// Read the block through so that its digests are computed.
		if b, err := wr.Block().RawBytes(); err == nil {
			io.Copy(io.Discard, b)
		}
		v, err := wr.ValidateDigest()
		for _, e := range append(rec.Validation, v...) {
			idx.Problems = append(idx.Problems, fmt.Sprintf("%s offset %d (%s): %v", rel(root, path), rec.Offset, id, e))
		}
		if err != nil {
			idx.Problems = append(idx.Problems, fmt.Sprintf("%s offset %d (%s): %v", rel(root, path), rec.Offset, id, err))
		}
		if wr.Type() == gowarc.Response {
			idx.Responses["<"+id+">"] = wr.WarcHeader().Get(gowarc.WarcTargetURI)
		}
		rec.Close()
	}
}

func rel(root, path string) string {
	if r, err := filepath.Rel(root, path); err == nil {
		return filepath.ToSlash(r)
	}
	return path
}
