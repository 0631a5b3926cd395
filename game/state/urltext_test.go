package state

import (
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// The URL pieces written out in urltext.go must agree with net/url, which
// the app leaves out of its WebAssembly build to save its size.

func FuzzQueryEscaping(f *testing.F) {
	for _, s := range []string{"", "a b", "L4-L5,L5-S1", "%", "%4", "%41", "%zz", "+", "é", "a%2Cb", "\x00\xff", "https://x.example:8080/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := queryUnescape(s)
		want, werr := url.QueryUnescape(s)
		if (err != nil) != (werr != nil) || got != want {
			t.Fatalf("queryUnescape(%q) = %q, %v; net/url gives %q, %v", s, got, err, want, werr)
		}
		if e, w := queryEscape(s), url.QueryEscape(s); e != w {
			t.Fatalf("queryEscape(%q) = %q; net/url gives %q", s, e, w)
		}
		// escape keeps "," ":" "/" readable: net/url's escape with those
		// three escapes put back, as it was first written.
		keep := strings.NewReplacer("%2C", ",", "%3A", ":", "%2F", "/")
		if e, w := escape(s), keep.Replace(url.QueryEscape(s)); e != w {
			t.Fatalf("escape(%q) = %q; want %q", s, e, w)
		}
	})
}

// referenceOrigin is NormalizeOrigin as it was written with net/url.
func referenceOrigin(text string) (string, bool) {
	text = strings.TrimSpace(text)
	u, err := url.Parse(text)
	if err != nil || u.Scheme == "" || u.Host == "" || u.User != nil || u.Opaque != "" ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" ||
		strings.ContainsAny(text, "\\ \t\r\n#?@") {
		return "", false
	}
	scheme := strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	if host == "" || strings.IndexFunc(host, notHostRune) >= 0 {
		return "", false
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	port := u.Port()
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 {
			return "", false
		}
		port = strconv.Itoa(n)
	}
	if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		host += ":" + port
	}
	return scheme + "://" + host, true
}

// FuzzNormalizeOrigin checks that every origin accepted is accepted by the
// net/url version too, as the same text; and that one refused where that
// version accepted carries a "%" escape (which no browser origin has) or
// a colon-filled host that version wraps in brackets ("a://::" gave
// "a://[:]"), or an IPv6 address with a dotted IPv4 tail: we are stricter
// there on purpose.
func FuzzNormalizeOrigin(f *testing.F) {
	for _, s := range []string{"https://school.example", "HTTPS://School.Example/", "http://[::1]:3000", "http://[::1]",
		"http://localhost:8080", " http://127.0.0.1:08080 ", "https://a:b:c", "https://host:", "http://[::1]x",
		"https://x.example:+80", "https://a%2Eb", "javascript:alert(1)", "https://", "h://x", "1a://x", "https://x/y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := NormalizeOrigin(s)
		want, wok := referenceOrigin(s)
		switch {
		case ok && (!wok || got != want):
			t.Fatalf("NormalizeOrigin(%q) = %q; the net/url version gives %q, %v", s, got, want, wok)
		case !ok && wok && !strings.Contains(s, "%") && !(strings.Contains(want, "[") && (!strings.Contains(s, "[") || strings.Contains(want, "."))):
			t.Fatalf("NormalizeOrigin(%q) refused what the net/url version takes as %q", s, want)
		}
	})
}
