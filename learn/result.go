package learn

import (
	"fmt"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
)

// Summary is what the archive keeps of a learning (learned.json), for
// the report.
func (res *Result) Summary(at time.Time) *archive.Learned {
	p := res.Profile
	return &archive.Learned{
		At: at.UTC().Format(time.RFC3339), Scheme: res.Scheme, Template: res.Template,
		Article: p.ArticlePattern(), Lists: p.ListPatterns(), Prints: p.PrintPatterns(),
		Title: p.Article.Title, Meta: p.Article.Meta, Body: p.Article.Body, Breadcrumb: p.Article.Breadcrumb, Items: p.List.Items,
		Fit: res.Fit, Samples: len(res.Samples), Fields: res.Fields, Requests: res.Requests,
	}
}

// ProfileYAML is the learned profile, with a header that says what it
// is, as the archive keeps it (profile.yaml) and probe writes it.
func (res *Result) ProfileYAML() ([]byte, error) {
	body, err := res.Profile.YAML()
	if err != nil {
		return nil, err
	}
	head := fmt.Sprintf("# Learned by sitearchive from the site itself (URL scheme: %s, templates: %s;\n"+
		"# %.0f%% of %d sampled articles read with the template). The next runs of the\n"+
		"# same archive read the site with it; edit it and pass it with --profile to\n"+
		"# change it, or remove it to learn the site again.\n",
		res.Scheme, res.Template, 100*res.Fit, len(res.Samples))
	return append([]byte(head), body...), nil
}
