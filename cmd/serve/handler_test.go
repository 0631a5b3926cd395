package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newTestServer serves a temporary directory laid out like dist/.
func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":                   "<!doctype html><title>x</title>",
		"main.js":                      "console.log(1)",
		"style.css":                    "body{}",
		"favicon.svg":                  "<svg/>",
		"icon.png":                     "\x89PNG",
		"build.json":                   `{"wasm":"spinefusion.3f9a1c2b.wasm","size":4}`,
		"app.webmanifest":              "{}",
		"spinefusion.3f9a1c2b.wasm":    "\x00asm",
		"spinefusion.3f9a1c2b.wasm.br": "BROTLI",
		"spinefusion.3f9a1c2b.wasm.gz": "GZIP",
		"wasm_exec.js":                 "// go",
		"wasm_exec.js.gz":              "GZ-ONLY",
		"sub/index.html":               "sub index",
		"emptydir/.keep":               "",
		"notes.deadbeefcafe.txt":       "hashed text",
		"plain.1234567.js":             "7 hex digits: not hashed",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A secret next to the served directory, and a symlink pointing at it:
	// neither may be reachable.
	secret := filepath.Join(filepath.Dir(dir), "secret.txt")
	if err := os.WriteFile(secret, []byte("SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(secret) })
	if err := os.Symlink(secret, filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(NewHandler(dir))
	t.Cleanup(srv.Close)
	return srv
}

// get fetches a path (sent verbatim, without client-side cleaning) with an
// optional Accept-Encoding header and returns the response and body.
func get(t *testing.T, srv *httptest.Server, rawPath, acceptEncoding string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.URL.Opaque = rawPath // keep ".." and "%2e" as typed
	// An empty value stops the transport adding gzip and decoding it for us.
	req.Header.Set("Accept-Encoding", acceptEncoding)
	if acceptEncoding == "" {
		req.Header["Accept-Encoding"] = []string{"identity"}
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestContentTypes(t *testing.T) {
	srv := newTestServer(t)
	cases := map[string]string{
		"/":                          "text/html; charset=utf-8",
		"/index.html":                "text/html; charset=utf-8",
		"/main.js":                   "text/javascript; charset=utf-8",
		"/style.css":                 "text/css; charset=utf-8",
		"/favicon.svg":               "image/svg+xml",
		"/icon.png":                  "image/png",
		"/build.json":                "application/json",
		"/app.webmanifest":           "application/manifest+json",
		"/spinefusion.3f9a1c2b.wasm": "application/wasm",
	}
	for p, want := range cases {
		resp, _ := get(t, srv, p, "")
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", p, resp.StatusCode)
		}
		if got := resp.Header.Get("Content-Type"); got != want {
			t.Errorf("%s: Content-Type %q, want %q", p, got, want)
		}
	}
}

func TestEncodingNegotiation(t *testing.T) {
	srv := newTestServer(t)
	cases := []struct {
		path, accept, wantEnc, wantBody string
	}{
		{"/spinefusion.3f9a1c2b.wasm", "gzip, deflate, br, zstd", "br", "BROTLI"},
		{"/spinefusion.3f9a1c2b.wasm", "gzip", "gzip", "GZIP"},
		{"/spinefusion.3f9a1c2b.wasm", "br;q=0, gzip;q=0.5", "gzip", "GZIP"},
		{"/spinefusion.3f9a1c2b.wasm", "*", "br", "BROTLI"},
		{"/spinefusion.3f9a1c2b.wasm", "*, br;q=0", "gzip", "GZIP"},
		{"/spinefusion.3f9a1c2b.wasm", "identity", "", "\x00asm"},
		{"/spinefusion.3f9a1c2b.wasm", "gzip;q=0, br;q=0", "", "\x00asm"},
		{"/wasm_exec.js", "br, gzip", "gzip", "GZ-ONLY"},
		{"/main.js", "br, gzip", "", "console.log(1)"},
	}
	for _, c := range cases {
		resp, body := get(t, srv, c.path, c.accept)
		if got := resp.Header.Get("Content-Encoding"); got != c.wantEnc {
			t.Errorf("%s with %q: Content-Encoding %q, want %q", c.path, c.accept, got, c.wantEnc)
		}
		if body != c.wantBody {
			t.Errorf("%s with %q: body %q, want %q", c.path, c.accept, body, c.wantBody)
		}
		// The type is always that of the original file.
		if want := contentType(c.path); resp.Header.Get("Content-Type") != want {
			t.Errorf("%s with %q: Content-Type %q, want %q", c.path, c.accept, resp.Header.Get("Content-Type"), want)
		}
	}
}

func TestVary(t *testing.T) {
	srv := newTestServer(t)
	for _, accept := range []string{"br", "gzip", "identity"} {
		resp, _ := get(t, srv, "/spinefusion.3f9a1c2b.wasm", accept)
		if got := resp.Header.Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q, want Accept-Encoding", accept, got)
		}
	}
}

func TestCacheHeaders(t *testing.T) {
	srv := newTestServer(t)
	cases := map[string]string{
		"/spinefusion.3f9a1c2b.wasm": cacheImmutable,
		"/notes.deadbeefcafe.txt":    cacheImmutable,
		"/plain.1234567.js":          cacheNoCache,
		"/":                          cacheNoCache,
		"/index.html":                cacheNoCache,
		"/build.json":                cacheNoCache,
		"/main.js":                   cacheNoCache,
		"/wasm_exec.js":              cacheNoCache,
		"/missing":                   cacheNoCache,
	}
	for p, want := range cases {
		resp, _ := get(t, srv, p, "br")
		if got := resp.Header.Get("Cache-Control"); got != want {
			t.Errorf("%s: Cache-Control %q, want %q", p, got, want)
		}
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	srv := newTestServer(t)
	for _, p := range []string{"/", "/spinefusion.3f9a1c2b.wasm", "/missing.js", "/../secret.txt"} {
		resp, _ := get(t, srv, p, "br")
		if got := resp.Header.Get("Content-Security-Policy"); got != CSP {
			t.Errorf("%s: CSP %q", p, got)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", p, got)
		}
		if got := resp.Header.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q", p, got)
		}
	}
	for _, directive := range []string{"script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "frame-ancestors *"} {
		if !strings.Contains(CSP, directive) {
			t.Errorf("CSP lacks %q", directive)
		}
	}
}

func TestNotFound(t *testing.T) {
	srv := newTestServer(t)
	for _, p := range []string{"/missing.js", "/emptydir/", "/emptydir", "/nope/"} {
		resp, _ := get(t, srv, p, "")
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, resp.StatusCode)
		}
	}
	// Directory with an index.html serves it (no listing).
	if resp, body := get(t, srv, "/sub/", ""); resp.StatusCode != 200 || body != "sub index" {
		t.Errorf("/sub/: %d %q", resp.StatusCode, body)
	}
}

func TestNoDirectoryTraversal(t *testing.T) {
	srv := newTestServer(t)
	for _, p := range []string{
		"/../secret.txt",
		"/..%2fsecret.txt",
		"/%2e%2e/secret.txt",
		"/sub/../../secret.txt",
		"/link.txt", // symlink pointing outside the root
	} {
		resp, body := get(t, srv, p, "")
		if strings.Contains(body, "SECRET") {
			t.Errorf("%s: leaked a file outside the root (status %d)", p, resp.StatusCode)
		}
		if resp.StatusCode == 200 {
			t.Errorf("%s: status 200", p)
		}
	}
}

func TestMethods(t *testing.T) {
	srv := newTestServer(t)
	resp, err := srv.Client().Post(srv.URL+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", resp.StatusCode)
	}
	req, _ := http.NewRequest("HEAD", srv.URL+"/spinefusion.3f9a1c2b.wasm", nil)
	req.Header.Set("Accept-Encoding", "br")
	resp, err = srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "br" || resp.ContentLength != int64(len("BROTLI")) {
		t.Errorf("HEAD: %d %q len %d", resp.StatusCode, resp.Header.Get("Content-Encoding"), resp.ContentLength)
	}
}

func TestAcceptsEncoding(t *testing.T) {
	cases := []struct {
		header, coding string
		want           bool
	}{
		{"", "br", false},
		{"br", "br", true},
		{"BR", "br", true},
		{"gzip, br", "br", true},
		{"gzip", "br", false},
		{"br;q=0", "br", false},
		{"br; q=0.001", "br", true},
		{"*", "gzip", true},
		{"*;q=0", "gzip", false},
		{"*;q=0, gzip", "gzip", true},
		{"brotli", "br", false},
	}
	for _, c := range cases {
		if got := acceptsEncoding(c.header, c.coding); got != c.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", c.header, c.coding, got, c.want)
		}
	}
}

func TestRangeAndRevalidation(t *testing.T) {
	srv := newTestServer(t)
	// A range of the brotli representation.
	req, _ := http.NewRequest("GET", srv.URL+"/spinefusion.3f9a1c2b.wasm", nil)
	req.Header.Set("Accept-Encoding", "br")
	req.Header.Set("Range", "bytes=0-1")
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusPartialContent || string(body) != "BR" || resp.ContentLength != 2 {
		t.Errorf("range: %d %q len %d", resp.StatusCode, body, resp.ContentLength)
	}
	// no-cache files revalidate with the ETag; each encoding has its own.
	first, _ := get(t, srv, "/main.js", "")
	etag := first.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	req, _ = http.NewRequest("GET", srv.URL+"/main.js", nil)
	req.Header.Set("If-None-Match", etag)
	resp, err = srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", resp.StatusCode)
	}
	br, _ := get(t, srv, "/spinefusion.3f9a1c2b.wasm", "br")
	gz, _ := get(t, srv, "/spinefusion.3f9a1c2b.wasm", "gzip")
	if br.Header.Get("ETag") == gz.Header.Get("ETag") {
		t.Errorf("br and gzip share ETag %s", br.Header.Get("ETag"))
	}
}
