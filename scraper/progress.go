package scraper

// Progress hears what a crawl does, for a display. Calls come from
// several goroutines.
type Progress interface {
	// Columns: the columns found on the home page, in the site's order.
	Columns(cols []Column)
	// Listed: a list page of a column was read; found is the number of
	// articles the column has listed so far.
	Listed(classid string, pages, found int)
	// Queued: the number of articles this run will go through.
	Queued(n int)
	// Done: an article (listed first in column classid, "" if in none)
	// was archived, found missing, failed, or skipped as already archived.
	Done(classid string)
}

type nopProgress struct{}

func (nopProgress) Columns([]Column)        {}
func (nopProgress) Listed(string, int, int) {}
func (nopProgress) Queued(int)              {}
func (nopProgress) Done(string)             {}
