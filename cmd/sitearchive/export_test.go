package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cangnan-nsrxh/sitearchive/archive"
	"github.com/cangnan-nsrxh/sitearchive/replica"
)

// needTool finds a program the test runs, or skips the test
// (SITEARCHIVE_EXPORT_TOOLS=required: fails; .ci/run installs them).
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("SITEARCHIVE_EXPORT_TOOLS") == "required" {
			t.Fatalf("%s not installed (apt-get install hugo nginx-light)", name)
		}
		t.Skipf("%s not installed (apt-get install hugo nginx-light)", name)
	}
	return p
}

// nginx serves root on a loopback port with the map in front, until the
// test ends; it gives the server's URL.
func nginx(t *testing.T, root, mapFile string) string {
	t.Helper()
	bin := needTool(t, "nginx")
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	prefix := t.TempDir()
	conf := fmt.Sprintf(`user root;
worker_processes 1;
daemon off;
pid %[1]s/nginx.pid;
error_log %[1]s/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path %[1]s/body;
    include %[2]s;
    server {
        listen %[3]s;
        root %[4]s;
        if ($sitearchive_new_uri) { return 301 $sitearchive_new_uri; }
        location / { try_files $uri $uri/ =404; }
    }
}
`, prefix, mapFile, addr, root)
	if err := os.WriteFile(filepath.Join(prefix, "nginx.conf"), []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "-t", "-p", prefix, "-c", filepath.Join(prefix, "nginx.conf"), "-e", filepath.Join(prefix, "error.log")).CombinedOutput(); err != nil {
		t.Fatalf("nginx -t: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-p", prefix, "-c", filepath.Join(prefix, "nginx.conf"), "-e", filepath.Join(prefix, "error.log"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// SIGTERM: nginx stops its workers, then itself (SIGKILL would
		// leave the workers serving).
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	for deadline := time.Now().Add(10 * time.Second); ; {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(prefix, "error.log"))
			t.Fatalf("nginx did not start: %s", log)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return "http://" + addr
}

// TestExportToHugoAndNginx: a crawled archive exported as a Hugo site
// builds with Debian's hugo, with no warning; nginx serves it with the
// exported redirect map in front; every legacy spelling of every
// article's URL (and each column's) answers 301 to a page that shows the
// article's title; every image and attachment link of the built site
// resolves to a file; exporting again writes nothing.
func TestExportToHugoAndNginx(t *testing.T) {
	hugo := needTool(t, "hugo")
	needTool(t, "nginx")
	for _, tt := range []struct {
		scheme   string
		variants func(id, legacy string) []string // the legacy URLs of an article, as request URIs
	}{
		{"", func(id, _ string) []string {
			return []string{"/show.asp?id=" + id, "/Show.asp?ID=" + id, "/show.asp?id=" + id + "&classid=28", "/SHOW.ASP?classid=9&Id=0" + id, "/print.asp?id=" + id}
		}},
		{"dede", func(id, legacy string) []string {
			u, _ := url.Parse(legacy)
			return []string{u.RequestURI(), strings.ToUpper(u.Path), "/plus/view.php?aid=" + id + "&print=1"}
		}},
	} {
		t.Run("scheme "+tt.scheme, func(t *testing.T) {
			site := generate(t, replica.GenConfig{Seed: 9, Articles: 200, Scheme: tt.scheme})
			host := httptestServer(t, replica.NewServer(site))
			out := filepath.Join(t.TempDir(), "archive")
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), []string{"crawl", "--site", host + "/", "--out", out, "--delay", "0", "--concurrency", "8", "--log-level", "warn"}, &stdout, &stderr); code != 0 {
				t.Fatalf("crawl: exit %d: %s", code, stderr.String())
			}
			hs := filepath.Join(t.TempDir(), "hugo")
			if code := run(context.Background(), []string{"export", "hugo", "--out", hs, out}, &stdout, &stderr); code != 0 {
				t.Fatalf("export hugo: exit %d: %s", code, stderr.String())
			}
			build, err := exec.Command(hugo, "--source", hs).CombinedOutput()
			if err != nil || bytes.Contains(build, []byte("WARN")) || bytes.Contains(build, []byte("ERROR")) {
				t.Fatalf("hugo: %v\n%s", err, build)
			}
			stdout.Reset()
			if code := run(context.Background(), []string{"export", "hugo", "--out", hs, out}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "(0 files written") {
				t.Errorf("exporting again: exit %d: %s", code, stdout.String())
			}
			mapFile := filepath.Join(t.TempDir(), "map.conf")
			if code := run(context.Background(), []string{"export", "redirects", "--format", "nginx", "--out", mapFile, out}, &stdout, &stderr); code != 0 {
				t.Fatalf("export redirects: exit %d: %s", code, stderr.String())
			}
			public := filepath.Join(hs, "public")
			srv := nginx(t, public, mapFile)
			client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			get := func(uri string) (int, string, string) {
				resp, err := client.Get(srv + uri)
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				body, _ := io.ReadAll(resp.Body)
				return resp.StatusCode, resp.Header.Get("Location"), string(body)
			}
			follow := func(uri, want string) {
				code, loc, _ := get(uri)
				if code != http.StatusMovedPermanently {
					t.Errorf("%s: %d, want 301", uri, code)
					return
				}
				u, err := url.Parse(loc)
				if err != nil {
					t.Errorf("%s: Location %q: %v", uri, loc, err)
					return
				}
				code, _, body := get(u.RequestURI())
				if code != http.StatusOK || !strings.Contains(body, html.EscapeString(want)) {
					t.Errorf("%s -> %s: %d, the page does not show %q", uri, loc, code, want)
				}
			}
			recs := readJSONL(t, filepath.Join(out, archive.JSONLFile))
			n := 0
			for _, r := range recs {
				if r.Kind != archive.KindArticle || r.RemovedAt != "" {
					continue
				}
				for _, uri := range tt.variants(r.ID, r.URL) {
					follow(uri, r.Title)
					n++
				}
			}
			for _, c := range readManifest(t, out).Columns {
				if c.Kind != "empty" {
					u, _ := url.Parse(c.URL)
					follow(u.RequestURI(), c.Name)
					n++
				}
			}
			t.Logf("%d legacy URLs followed through nginx to their pages", n)
			// Every image and attachment link of the built site is a file.
			links := regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`)
			files := 0
			filepath.Walk(public, func(p string, info os.FileInfo, err error) error {
				if err != nil || !strings.HasSuffix(p, ".html") {
					return err
				}
				data, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				for _, m := range links.FindAllSubmatch(data, -1) {
					files++
					target, _ := url.PathUnescape(html.UnescapeString(string(m[1])))
					if _, err := os.Stat(filepath.Join(public, filepath.FromSlash(target))); err != nil {
						t.Errorf("%s links %s: %v", p, m[1], err)
					}
					if code, _, _ := get(string(m[1])); code != http.StatusOK {
						t.Errorf("%s links %s: nginx answers %d", p, m[1], code)
					}
				}
				return nil
			})
			if files == 0 {
				t.Error("the built site links no image or attachment")
			}
		})
	}
}
