//go:build unix && !linux

package archive

// writeFile puts data at path atomically: a temporary file renamed over it.
func writeFile(path string, data []byte) error {
	return writeTempRename(tempName(path), path, data)
}
