package scraper

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func lcsSim(a, b string) float64 {
	x, y := []rune(squeeze(a)), []rune(squeeze(b))
	if len(x)+len(y) == 0 {
		return 1
	}
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			if x[i-1] == y[j-1] {
				cur[j] = prev[j-1] + 1
			} else if prev[j] > cur[j-1] {
				cur[j] = prev[j]
			} else {
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(y)]) / float64(len(x)+len(y))
}

var classRe = regexp.MustCompile(`(?i)\b(class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)

func TestZZ5(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/real-zh/pages/*.html")
	u, _ := url.Parse("http://localhost/")
	side := `<div><h3>热点评论</h3>` + strings.Repeat(`<p>`+strings.Repeat("网友热议减税降费政策，认为政策红利持续释放，企业负担明显减轻，希望各地进一步优化纳税服务。", 2)+`</p>`, 3) + `</div>`
	variants := map[string]func(string) string{
		"noclass": func(s string) string { return classRe.ReplaceAllString(s, `$1="x"`) },
		"p2br": func(s string) string {
			s = regexp.MustCompile(`(?i)<p[^>]*>`).ReplaceAllString(s, "")
			return regexp.MustCompile(`(?i)</p>`).ReplaceAllString(s, "<br><br>")
		},
		"br2p": func(s string) string {
			return regexp.MustCompile(`(?i)(<br\s*/?>\s*){2,}`).ReplaceAllString(s, "</p><p>")
		},
		"sidebar": func(s string) string {
			i := strings.LastIndex(strings.ToLower(s), "</body>")
			if i < 0 {
				return s + side
			}
			return s[:i] + side + s[i:]
		},
		"notitle": func(s string) string {
			return regexp.MustCompile(`(?is)<title>.*?</title>`).ReplaceAllString(s, "<title></title>")
		},
	}
	total := map[string]float64{}
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		text := Decode(raw, "").Text
		base, err := Generic(text, u)
		if err != nil {
			continue
		}
		for name, v := range variants {
			a, err := Generic(v(text), u)
			sim := 0.0
			if err == nil {
				sim = lcsSim(base.BodyText, a.BodyText)
			}
			total[name] += sim
			if sim < 0.9 || a.Title != base.Title || a.Meta.Author != base.Meta.Author || a.Meta.PublishedAt != base.Meta.PublishedAt {
				fmt.Printf("%s %-8s body %.3f title %v author %q→%q date %q→%q\n", filepath.Base(f)[:8], name, sim, a.Title == base.Title, base.Meta.Author, a.Meta.Author, base.Meta.PublishedAt, a.Meta.PublishedAt)
			}
		}
	}
	for name, s := range total {
		fmt.Printf("%s mean %.3f\n", name, s/float64(len(files)))
	}
}
