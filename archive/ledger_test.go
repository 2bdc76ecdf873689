package archive

import "testing"

// An entry being committed is still seen by Get: between the moment a
// batch leaves the pending entries and the moment the file holds it, a
// read used to find nothing (or the previous version) — an asset's
// validators read back then were lost, and the next run downloaded it
// again.
func TestLedgerEntryVisibleWhileCommitted(t *testing.T) {
	l, err := OpenLedger(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	const u = "http://h/uploadfile/1.jpg"
	l.Put(Entry{URL: u, Kind: "asset", State: StateArchived, ETag: `"v1"`})
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	l.Put(Entry{URL: u, Kind: "asset", State: StateArchived, ETag: `"v2"`})
	seen := ""
	l.beforeCommit = func() {
		e, _ := l.Get(u)
		seen = e.ETag
	}
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	l.beforeCommit = nil
	if seen != `"v2"` {
		t.Errorf("during the commit Get saw ETag %q, want the entry being committed", seen)
	}
	if e, ok := l.Get(u); !ok || e.ETag != `"v2"` {
		t.Errorf("after the commit: %+v, %v", e, ok)
	}
}
