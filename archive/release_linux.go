package archive

import (
	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// release drops the ledger file's pages from the process' memory map (they
// stay in the page cache; the next read maps them again). bbolt reads
// through a shared, read-only map of the whole file, so without this the
// resident size of a crawl grows with the ledger, that is with the site.
// It runs inside a read transaction: bbolt cannot remap the file meanwhile.
func release(db *bolt.DB) {
	db.View(func(tx *bolt.Tx) error {
		unix.Syscall(unix.SYS_MADVISE, db.Info().Data, uintptr(tx.Size()), unix.MADV_DONTNEED)
		return nil
	})
}
