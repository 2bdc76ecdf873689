package scraper

import (
	"regexp"
	"strings"
)

// cue is a pattern of the page's lines (a byline, a line of chrome) and
// the words one of which a line must hold for the pattern to match. Go's
// regexp tries a pattern that has no fixed start at every position of a
// line; testing for the words first spares most lines that cost. A
// case-insensitive pattern's words are written in lower case.
type cue struct {
	re    *regexp.Regexp
	words []string
	fold  bool // the pattern ignores case: lines are lowered for the words
}

func newCue(expr string, words ...string) cue {
	return cue{regexp.MustCompile(expr), words, strings.HasPrefix(expr, "(?i)")}
}

// holds reports whether s holds one of the cue's words.
func (c cue) holds(s string) bool {
	if c.fold {
		s = strings.ToLower(s)
	}
	for _, w := range c.words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// MatchString reports whether the pattern matches s.
func (c cue) MatchString(s string) bool { return c.holds(s) && c.re.MatchString(s) }

// runeSet matches a line holding any of its characters, as a character
// class would, without a regexp.
type runeSet string

// MatchString reports whether s holds one of the set's characters.
func (r runeSet) MatchString(s string) bool { return strings.ContainsAny(s, string(r)) }
