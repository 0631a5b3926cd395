package state

import (
	"errors"
	"strconv"
	"strings"
)

// The few pieces of URL syntax the app needs, written out here so that the
// WebAssembly build leaves out net/url (and the net/netip it brings, about
// 40 kB). urltext_test.go checks them against net/url on fuzzed input.

var errEscape = errors.New("invalid % escape")

// queryUnescape decodes a query component as a form does: "+" is a space
// and "%XX" a byte. It refuses a "%" not followed by two hex digits.
func queryUnescape(s string) (string, error) {
	if !strings.ContainsAny(s, "%+") {
		return s, nil
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b = append(b, ' ')
		case '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return "", errEscape
			}
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		default:
			b = append(b, c)
		}
	}
	return string(b), nil
}

// queryEscape encodes s for a query component as a form does: letters,
// digits and "-_.~" stay, a space becomes "+", every other byte "%XX".
func queryEscape(s string) string { return percentEscape(s, "") }

// percentEscape is queryEscape that also leaves the bytes in keep as they are.
func percentEscape(s, keep string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~',
			strings.IndexByte(keep, c) >= 0:
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// NormalizeOrigin checks that text is a web origin, "scheme://host[:port]"
// with nothing after it but an optional "/", and returns it in the form
// browsers report in MessageEvent.origin: lower case, without the scheme's
// default port.
func NormalizeOrigin(text string) (string, bool) {
	text = strings.TrimSpace(text)
	if strings.ContainsAny(text, "\\ \t\r\n#?@%") {
		return "", false
	}
	scheme, rest, ok := strings.Cut(text, "://")
	if !ok || !validScheme(scheme) {
		return "", false
	}
	rest = strings.TrimSuffix(rest, "/")
	if strings.Contains(rest, "/") {
		return "", false
	}
	host, port := rest, ""
	if strings.HasPrefix(rest, "[") { // IPv6, "[::1]:3000"
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return "", false
		}
		host, port = rest[1:end], rest[end+1:]
		if port != "" {
			if port[0] != ':' {
				return "", false
			}
			port = port[1:]
		}
		if !validIPv6(host) {
			return "", false
		}
	} else if i := strings.LastIndexByte(rest, ':'); i >= 0 {
		host, port = rest[:i], rest[i+1:]
		if strings.Contains(host, ":") || strings.Contains(host, "[") {
			return "", false
		}
	}
	scheme, host = strings.ToLower(scheme), strings.ToLower(host)
	if host == "" || strings.IndexFunc(host, notHostRune) >= 0 {
		return "", false
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 || strings.IndexFunc(port, notDigit) >= 0 {
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

// validScheme reports whether s is a URL scheme: a letter, then letters,
// digits, "+", "-" or ".".
func validScheme(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

func notDigit(r rune) bool { return r < '0' || r > '9' }

// validIPv6 reports whether h is an IPv6 address in hex groups: eight, or
// fewer around one "::". (The dotted IPv4 tail is refused: no page origin
// needs it.)
func validIPv6(h string) bool {
	groups := func(s string) int {
		if s == "" {
			return 0
		}
		n := 0
		for g := range strings.SplitSeq(s, ":") {
			if g == "" || len(g) > 4 || strings.IndexFunc(g, notHexRune) >= 0 {
				return 99
			}
			n++
		}
		return n
	}
	left, right, double := strings.Cut(h, "::")
	if !double {
		return groups(h) == 8
	}
	return !strings.Contains(right, "::") && groups(left)+groups(right) <= 7
}

func notHexRune(r rune) bool { return r > 0x7f || !isHex(byte(r)) }
