package archive

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Files of what a crawl learned of the site.
const (
	ProfileFile = "profile.yaml" // the profile learned, read by the next runs
	LearnedFile = "learned.json" // what learning found, for the report
)

// Learned is what the last learning of the site found: where the URL
// scheme and templates came from ("prior": the profile it started from
// fits; "learned"), the patterns and selectors, and how the sampled
// articles read.
type Learned struct {
	At         string         `json:"at"`
	Scheme     string         `json:"scheme"`
	Template   string         `json:"template"`
	Article    string         `json:"article"`
	Lists      []string       `json:"lists"`
	Prints     []string       `json:"prints"`
	Title      string         `json:"title"`
	Meta       string         `json:"meta"`
	Body       string         `json:"body"`
	Breadcrumb string         `json:"breadcrumb"`
	Items      string         `json:"items"`
	Fit        float64        `json:"fit"`
	Samples    int            `json:"samples"`
	Fields     map[string]int `json:"fields"`
	Requests   int            `json:"requests"`
}

// WriteLearned writes l into the archive in dir, atomically.
func WriteLearned(dir string, l *Learned) error {
	data, err := marshalIndent(l)
	if err != nil {
		return err
	}
	return WriteFileAtomic(filepath.Join(dir, LearnedFile), data)
}

// ReadLearned reads what the archive in dir says was learned; nil when
// nothing was (the site was read with a profile given).
func ReadLearned(dir string) (*Learned, error) {
	data, err := os.ReadFile(filepath.Join(dir, LearnedFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var l Learned
	if err := json.Unmarshal(data, &l); err != nil {
		return nil, err
	}
	return &l, nil
}
