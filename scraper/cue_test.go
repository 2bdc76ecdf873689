package scraper

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestCueWords checks each cue's words: every line the pattern matches
// holds one of them. The lines are those of the shape pages, the chrome
// and paragraphs the template tests write, and bylines and chrome in
// spellings those leave out (spaced, upper case).
func TestCueWords(t *testing.T) {
	var lines []string
	pages, _ := filepath.Glob("../testdata/shapes/*.html")
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(Decode(raw, "").Text))
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, pageLines(doc)...)
	}
	if len(lines) < 500 {
		t.Fatalf("%d lines from %d shape pages", len(lines), len(pages))
	}
	lines = append(append(append(lines, chromeBelow...), chromeAbove...), moreParas...)
	for _, w := range []string{"王志强", "Tom.Lee"} {
		for _, f := range []string{"作 者：%s", "记 者 %s", "楼 主：%s", "文|%s", "Posted By %s", "POSTED BY %s", "%s posted on 2019-05-06",
			"10:20 by %s", "本帖由 %s 于 2019-05-06", "2019-05-06 [%s]", "【%s】2019-05-06", "（%s）", "作者，%s"} {
			lines = append(lines, fmt.Sprintf(f, w))
		}
	}
	lines = append(lines, "COPYRIGHT 2012 苍南县税务协会", "Copyright © 2012", "(C) 2012 苍南县税务协会", "Powered By Discuz!", "ALL RIGHTS RESERVED",
		"浙icp备05000000号", "下载新浪新闻App", "TrackBack", "您的浏览器不支持 VIDEO 标签。", "THE CONTENT ABOVE is uploaded")
	cues := map[string][]cue{"labelled": bylineLabelled, "patterns": bylinePatterns, "stamps": posterStamps, "paren": bareParenNames, "bracket": bracketByline,
		"chrome": {playerLine, appLine, copyrightLine, followLine, platformNote, commentCount, footStamp, postCounters}}
	for name, set := range cues {
		for i, c := range set {
			if len(c.words) == 0 {
				t.Errorf("%s[%d]: no words to test lines by", name, i)
			}
			for _, w := range c.words {
				if c.fold && strings.ToLower(w) != w {
					t.Errorf("%s[%d]: word %q of a case-insensitive pattern not in lower case", name, i, w)
				}
			}
			for _, l := range lines {
				if c.re.MatchString(l) && !c.holds(l) {
					t.Errorf("%s[%d] matches %q, which holds none of %q", name, i, l, c.words)
				}
			}
		}
	}
}
