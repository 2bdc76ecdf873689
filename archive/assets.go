package archive

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode"
)

// AssetsDir holds the images and attachments of the site, by their legacy
// path: http://HOST/UploadFile/201301/a.jpg is assets/uploadfile/201301/a.jpg.
const AssetsDir = "assets"

// AssetPath gives where the archive keeps the file at u, relative to the
// archive root. The legacy path decides, lower-cased (IIS does not tell
// case apart), each segment reduced to letters, digits, '.', '-' and '_';
// a name that had to be changed, or had a query, gets a short hash of the
// original so that two files never share a path. Nothing in u can lead
// outside assets/.
func AssetPath(u *url.URL) (string, error) {
	raw := strings.ToLower(u.EscapedPath())
	var segs []string
	for _, seg := range strings.Split(raw, "/") {
		if seg == "" {
			continue
		}
		dec, err := url.PathUnescape(seg)
		if err != nil {
			dec = seg
		}
		if dec == "." || dec == ".." || strings.ContainsAny(dec, `/\`) {
			return "", fmt.Errorf("asset path %q: dot segment or separator", u.Path)
		}
		segs = append(segs, dec)
	}
	if len(segs) == 0 {
		return "", errors.New("asset path: empty")
	}
	changed := u.RawQuery != ""
	for i, seg := range segs {
		clean := safeSegment(seg)
		if clean != seg {
			changed = true
		}
		segs[i] = clean
	}
	if changed {
		sum := sha256.Sum256([]byte(strings.ToLower(u.EscapedPath() + "?" + u.RawQuery)))
		last := segs[len(segs)-1]
		ext := path.Ext(last)
		if len(ext) > 8 || safeSegment(ext) != ext {
			ext = ""
		}
		segs[len(segs)-1] = strings.TrimSuffix(last, ext) + "-" + hex.EncodeToString(sum[:4]) + ext
	}
	p := AssetsDir + "/" + strings.Join(segs, "/")
	if clean := path.Clean(p); clean != p || !strings.HasPrefix(clean, AssetsDir+"/") {
		return "", fmt.Errorf("asset path %q escapes %s", p, AssetsDir)
	}
	return p, nil
}

func safeSegment(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)), r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 96 {
			break
		}
	}
	out := strings.Trim(b.String(), ".")
	if out == "" {
		out = "_"
	}
	return out
}

// WriteAsset stores an asset's bytes at rel (from AssetPath) atomically and
// gives their SHA-256.
func (s *Store) WriteAsset(rel string, data []byte) (string, error) {
	full, err := s.within(rel)
	if err != nil {
		return "", err
	}
	if err := writeFast(full, data); err != nil {
		return "", fmt.Errorf("write asset %s: %w", rel, err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]), nil
}

// AssetSHA256 hashes the stored file at rel ("" if there is none).
func (s *Store) AssetSHA256(rel string) string {
	full, err := s.within(rel)
	if err != nil {
		return ""
	}
	data, err := os.ReadFile(full)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// within resolves rel inside the archive's assets folder, or fails.
func (s *Store) within(rel string) (string, error) {
	clean := filepath.ToSlash(filepath.Clean(filepath.FromSlash(rel)))
	if clean != rel || !strings.HasPrefix(clean, AssetsDir+"/") || filepath.IsAbs(rel) {
		return "", fmt.Errorf("asset path %q is not inside %s/", rel, AssetsDir)
	}
	return filepath.Join(s.dir, filepath.FromSlash(clean)), nil
}
