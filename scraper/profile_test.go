package scraper

import (
	"os"
	"strings"
	"testing"
)

var testProfile = DefaultProfile()

func TestProfileFiles(t *testing.T) {
	for _, f := range []string{"profiles/default.yaml", "../testdata/profiles/redesign.yaml"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseProfile(strings.NewReader(string(data))); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestProfileErrors(t *testing.T) {
	tests := map[string]string{
		"unknown key":     "name: x\nbogus: 1\n",
		"default":         string(defaultProfileYAML),
		"bad pattern":     strings.Replace(string(defaultProfileYAML), `total: '共\s*(\d+)\s*条'`, `total: '共(\d+'`, 1),
		"page_of groups":  strings.Replace(string(defaultProfileYAML), `page_of: [`, `page_of: ['页(\d+)', `, 1),
		"no article body": strings.Replace(string(defaultProfileYAML), `body: '#zoom'`, `body: ''`, 1),
		"selector broken": strings.Replace(string(defaultProfileYAML), `meta: .info`, `meta: '.info[['`, 1),
	}
	for name, y := range tests {
		_, err := ParseProfile(strings.NewReader(y))
		if name == "default" {
			if err != nil {
				t.Errorf("%s: the default profile is refused: %v", name, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
