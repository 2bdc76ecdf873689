package archive

// Manifest describes one crawl: what was asked, what was archived and what
// could not be.
type Manifest struct {
	Site        string         `json:"site"`
	StartedAt   string         `json:"started_at"`
	FinishedAt  string         `json:"finished_at"`
	ToolVersion string         `json:"tool_version"`
	Complete    bool           `json:"complete"`
	Records     int            `json:"records"`
	Articles    int            `json:"articles"`
	Pages       int            `json:"pages"`
	Removed     int            `json:"removed"` // records kept although the site no longer has them
	Changes     map[string]int `json:"changes,omitempty"`
	Columns     []ColumnCount  `json:"columns"`
	Missing     []MissingPage  `json:"missing"`
	Failed      []FailedPage   `json:"failed"`
	Requests    map[string]int `json:"requests,omitempty"`
}

// ColumnCount is how many records a column lists.
type ColumnCount struct {
	Name    string `json:"name"`
	ClassID string `json:"classid"`
	URL     string `json:"url"`
	Kind    string `json:"kind"` // list, pictures, page, empty
	Records int    `json:"records"`
}

// MissingPage is a page the site no longer has (a 404 or a soft 404).
type MissingPage struct {
	URL    string `json:"url"`
	Kind   string `json:"kind,omitempty"` // list, article, page, asset
	ID     string `json:"id,omitempty"`
	Reason string `json:"reason"`
}

// FailedPage is a page that could not be fetched or archived after every
// attempt; the next run retries it.
type FailedPage struct {
	URL      string `json:"url"`
	Kind     string `json:"kind,omitempty"` // list, article, page, asset
	Reason   string `json:"reason"`
	Attempts int    `json:"attempts"`
}
