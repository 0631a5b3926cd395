package main

import (
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// CSP is the Content-Security-Policy sent with every response. The page has
// no inline scripts or styles; 'wasm-unsafe-eval' is what WebAssembly
// compilation needs. frame-ancestors * lets any site embed the explorer.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"frame-ancestors *; base-uri 'none'; form-action 'none'; object-src 'none'"

const (
	cacheImmutable = "public, max-age=31536000, immutable"
	cacheNoCache   = "no-cache"
)

// contentTypes pins the types the app relies on, independent of the host's
// /etc/mime.types; other extensions fall back to the mime package.
var contentTypes = map[string]string{
	".wasm":        "application/wasm",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".html":        "text/html; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".txt":         "text/plain; charset=utf-8",
}

// hashedName matches content-hashed file names such as
// "spinefusion.3f9a1c2b.wasm": a dot-separated segment of 8 or more hex
// digits right before the extension.
var hashedName = regexp.MustCompile(`\.[0-9a-fA-F]{8,}\.[A-Za-z0-9]+$`)

// encodings lists the precompressed siblings we look for, in order of
// preference: file "X" may have "X.br" and "X.gz" next to it.
var encodings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// handler serves files from a directory without ever leaving it: os.Root
// refuses any path (including via symlinks) that escapes the root.
type handler struct {
	fsys fs.FS
}

// NewHandler returns the static file handler for dir.
func NewHandler(dir string) http.Handler {
	root, err := os.OpenRoot(dir)
	if err != nil {
		// main checks the directory first; a failure here is a programming error.
		panic(err)
	}
	return &handler{fsys: root.FS()}
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if ct, ok := contentTypes[ext]; ok {
		return ct
	}
	if ct := mime.TypeByExtension(ext); ct != "" {
		return ct
	}
	return "application/octet-stream"
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", CSP)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}

	// Map the URL path to a slash-separated name relative to the root.
	// path.Clean on a rooted path removes every "..", and fs.ValidPath
	// (checked by the FS) rejects anything odd that is left.
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" || strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	st, err := fs.Stat(h.fsys, name)
	if err == nil && st.IsDir() {
		// Never list directories; serve their index.html if any.
		name = path.Join(name, "index.html")
		st, err = fs.Stat(h.fsys, name)
	}
	if err != nil || !st.Mode().IsRegular() {
		notFound(w)
		return
	}

	hdr.Set("Content-Type", contentType(name))
	if hashedName.MatchString(path.Base(name)) {
		hdr.Set("Cache-Control", cacheImmutable)
	} else {
		hdr.Set("Cache-Control", cacheNoCache)
	}

	// Pick a precompressed sibling if the client accepts its encoding.
	serveName, encoding := name, ""
	hasSibling := false
	for _, enc := range encodings {
		cst, err := fs.Stat(h.fsys, name+enc.ext)
		if err != nil || !cst.Mode().IsRegular() {
			continue
		}
		hasSibling = true
		if encoding == "" && acceptsEncoding(r.Header.Get("Accept-Encoding"), enc.name) {
			serveName, encoding, st = name+enc.ext, enc.name, cst
		}
	}
	if hasSibling {
		hdr.Add("Vary", "Accept-Encoding")
	}
	if encoding != "" {
		hdr.Set("Content-Encoding", encoding)
	}

	f, err := h.fsys.Open(serveName)
	if err != nil {
		notFound(w)
		return
	}
	defer f.Close()
	rs, ok := f.(io.ReadSeeker)
	if !ok {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	// A validator per representation, so no-cache revalidation is cheap.
	etag := fmt.Sprintf("%x-%x", st.ModTime().UnixNano(), st.Size())
	if encoding != "" {
		etag += "-" + encoding
	}
	hdr.Set("ETag", `"`+etag+`"`)
	// ServeContent leaves out Content-Length when Content-Encoding is set;
	// the file's size is exact here, so send it (it overwrites it for Range
	// requests and drops it for 304s and errors).
	hdr.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	// ServeContent handles HEAD, Range and conditional requests.
	http.ServeContent(w, r, name, st.ModTime(), rs)
}

func notFound(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", cacheNoCache)
	http.Error(w, "404 page not found", http.StatusNotFound)
}

// acceptsEncoding reports whether an Accept-Encoding header value allows
// the given content coding (with a q-value above zero, directly or via "*").
func acceptsEncoding(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		token, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		token = strings.ToLower(strings.TrimSpace(token))
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		switch token {
		case coding:
			return q > 0 // an explicit entry wins over "*"
		case "*":
			star = q > 0
		}
	}
	return star
}
