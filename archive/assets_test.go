package archive

import (
	"net/url"
	"strings"
	"testing"
)

func TestAssetPath(t *testing.T) {
	tests := []struct {
		url, want string // want "" means an error
	}{
		{"http://h/UploadFile/201301/a.jpg", "assets/uploadfile/201301/a.jpg"},
		{"http://h/uploadfile/201301/A.JPG", "assets/uploadfile/201301/a.jpg"},
		{"http://h/UploadFile/201301/%2e%2e/%2e%2e/etc/passwd", ""},
		{"http://h/UploadFile/..%2f..%2fetc/passwd", ""},
		{"http://h/UploadFile/a%5cb.jpg", ""},
		{"http://h/", ""},
	}
	for _, tt := range tests {
		u, _ := url.Parse(tt.url)
		got, err := AssetPath(u)
		if tt.want == "" {
			if err == nil {
				t.Errorf("AssetPath(%s) = %q, want an error", tt.url, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("AssetPath(%s) = %q, %v; want %q", tt.url, got, err, tt.want)
		}
	}
	// Names that must change get a hash: no two URLs share a path, and
	// nothing leaves assets/.
	seen := map[string]string{}
	for _, raw := range []string{
		"http://h/UploadFile/附件 1.doc", "http://h/UploadFile/附件_2.doc", "http://h/UploadFile/附件?1.doc",
		"http://h/download.asp?id=1", "http://h/download.asp?id=2", "http://h/UploadFile/.htaccess",
		"http://h/UploadFile/a b.jpg", "http://h/UploadFile/a_b.jpg", "http://h/" + strings.Repeat("x", 300) + ".pdf",
	} {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		p, err := AssetPath(u)
		if err != nil {
			t.Errorf("AssetPath(%s): %v", raw, err)
			continue
		}
		if !strings.HasPrefix(p, "assets/") || strings.Contains(p, "..") || strings.ContainsAny(p, " \\?") {
			t.Errorf("AssetPath(%s) = %q", raw, p)
		}
		if other, dup := seen[p]; dup {
			t.Errorf("%s and %s share %s", raw, other, p)
		}
		seen[p] = raw
	}
}

func TestWriteAssetStaysInside(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"../x", "assets/../../x", "/etc/x", "records/1.json", "assets/a/../../x"} {
		if _, err := s.WriteAsset(bad, []byte("x")); err == nil {
			t.Errorf("WriteAsset(%q) accepted", bad)
		}
	}
	sum, err := s.WriteAsset("assets/uploadfile/a.jpg", []byte("abc"))
	if err != nil || sum != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("WriteAsset = %q, %v", sum, err)
	}
	if s.AssetSHA256("assets/uploadfile/a.jpg") != sum {
		t.Error("AssetSHA256 disagrees")
	}
}
