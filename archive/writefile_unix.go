//go:build unix && !linux

package archive

// writeFile puts data at path atomically: tmp renamed over it.
func writeFile(tmp, path string, data []byte) error {
	return writeTempRename(tmp, path, data)
}
