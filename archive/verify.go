package archive

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Report is what Verify found.
type Report struct {
	Records  int
	Assets   int
	WARCRefs map[string]WARCRef // record id -> the WARC response it came from
	Problems []string
}

func (r *Report) problem(format string, args ...any) {
	r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
}

// Verify checks an archive without the network: articles.jsonl and the
// per-record JSON files agree (same records, same bytes once compacted),
// every Markdown file exists and matches its hash, every stored asset
// exists and matches its sha256 and size, and manifest.json parses.
func (s *Store) Verify() *Report {
	rep := &Report{WARCRefs: map[string]WARCRef{}}
	if data, err := os.ReadFile(filepath.Join(s.dir, ManifestFile)); err != nil {
		rep.problem("%s: %v", ManifestFile, err)
	} else if !json.Valid(data) {
		rep.problem("%s: not valid JSON", ManifestFile)
	}
	lines := map[string][]byte{}
	f, err := os.Open(filepath.Join(s.dir, JSONLFile))
	if err != nil {
		rep.problem("%s: %v", JSONLFile, err)
	} else {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 64<<20)
		prev := ""
		for n := 1; sc.Scan(); n++ {
			var r Record
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				rep.problem("%s line %d: %v", JSONLFile, n, err)
				continue
			}
			if _, dup := lines[r.ID]; dup {
				rep.problem("%s line %d: record %s appears twice", JSONLFile, n, r.ID)
			}
			if prev != "" && !LessID(prev, r.ID) {
				rep.problem("%s line %d: record %s out of order", JSONLFile, n, r.ID)
			}
			prev = r.ID
			lines[r.ID] = bytes.Clone(sc.Bytes())
		}
		f.Close()
	}
	ids, err := s.IDs()
	if err != nil {
		rep.problem("%v", err)
	}
	onDisk := map[string]bool{}
	for _, id := range ids {
		onDisk[id] = true
		rep.Records++
		s.verifyRecord(id, lines[id], rep)
	}
	for id := range lines {
		if !onDisk[id] {
			rep.problem("%s lists record %s, which has no file under %s/", JSONLFile, id, RecordsDir)
		}
	}
	return rep
}

func (s *Store) verifyRecord(id string, line []byte, rep *Report) {
	jp, _ := RecordPaths(id)
	data, err := os.ReadFile(filepath.Join(s.dir, jp))
	if err != nil {
		rep.problem("%s: %v", jp, err)
		return
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		rep.problem("%s: %v", jp, err)
		return
	}
	if r.ID != id {
		rep.problem("%s: holds record %q", jp, r.ID)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		rep.problem("%s: %v", jp, err)
	}
	switch {
	case line == nil:
		rep.problem("%s: record %s is not in %s", jp, id, JSONLFile)
	case !bytes.Equal(bytes.TrimSpace(compact.Bytes()), bytes.TrimSpace(line)):
		rep.problem("%s: differs from its line in %s", jp, JSONLFile)
	}
	if r.MarkdownPath == "" {
		rep.problem("%s: no markdown_path", jp)
	} else if sum, err := fileSHA256(filepath.Join(s.dir, filepath.FromSlash(r.MarkdownPath))); err != nil {
		rep.problem("%s: %v", r.MarkdownPath, err)
	} else if sum != r.MarkdownSHA256 {
		rep.problem("%s: sha256 %s, the record says %s", r.MarkdownPath, sum, r.MarkdownSHA256)
	}
	check := func(a Asset) {
		if a.Path == "" {
			return
		}
		rep.Assets++
		full, err := s.within(a.Path)
		if err != nil {
			rep.problem("%s: %v", jp, err)
			return
		}
		st, err := os.Stat(full)
		if err != nil {
			rep.problem("%s (of record %s): %v", a.Path, id, err)
			return
		}
		sum, err := fileSHA256(full)
		if err != nil || sum != a.SHA256 || st.Size() != a.Size {
			rep.problem("%s (of record %s): sha256 %s size %d, the record says %s size %d", a.Path, id, sum, st.Size(), a.SHA256, a.Size)
		}
	}
	for _, i := range r.Images {
		check(i.Asset)
	}
	for _, a := range r.Attachments {
		check(a.Asset)
	}
	if r.WARC != nil {
		rep.WARCRefs[id] = *r.WARC
		if !strings.HasPrefix(r.WARC.File, "warc/") {
			rep.problem("%s: WARC file %q is not under warc/", jp, r.WARC.File)
		}
	}
}

func fileSHA256(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]), nil
}
