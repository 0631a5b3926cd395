package page

import (
	"strings"
	"testing"

	"spinefusion/game/state"
)

// TestShareQueryReproducesState: the share link's query, applied to the
// defaults of a browser in another language, gives back the same state.
func TestShareQueryReproducesState(t *testing.T) {
	st := state.Default()
	st.Levels, st.Approach, st.Graft, st.Months = "L4-L5,L5-S1", "plif", "allograft", 6
	st.View, st.Playing, st.Posture, st.Labels = "after", false, 0.4, false
	q := ShareQuery(st)
	if !strings.Contains(q, "lang=en") {
		t.Errorf("the language is not in %q", q)
	}
	fresh := state.Default()
	fresh.Lang = "de" // the person who opens the link reads German
	if ign := fresh.ApplyQuery(q).Ignored; len(ign) > 0 {
		t.Fatalf("ignored %v from %q", ign, q)
	}
	if fresh != st {
		t.Errorf("from %q:\n got %+v\nwant %+v", q, fresh, st)
	}
	// The host-page origins and the tour step are not shared.
	if strings.Contains(q, "origin") || strings.Contains(q, "tour") {
		t.Errorf("%q carries more than the state", q)
	}
}

func TestSnippetEscapes(t *testing.T) {
	got := Snippet(`https://x.example/?a=1&b="<2>"`, `A "title" & <more>`)
	want := `<iframe src="https://x.example/?a=1&amp;b=&quot;&lt;2&gt;&quot;" title="A &quot;title&quot; &amp; &lt;more&gt;" width="960" height="540" style="border:0" allow="fullscreen" loading="lazy"></iframe>`
	if got != want {
		t.Errorf("Snippet =\n%s\nwant\n%s", got, want)
	}
}

// attrEscape is written out to keep strings.Replacer out of the download; it
// must escape as the replacer it stands for.
func FuzzAttrEscape(f *testing.F) {
	for _, s := range []string{"", "plain", `a "b" & <c> 'd'`, "&amp;", "é\x00\xff"} {
		f.Add(s)
	}
	want := strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;")
	f.Fuzz(func(t *testing.T, s string) {
		if got, w := attrEscape(s), want.Replace(s); got != w {
			t.Fatalf("attrEscape(%q) = %q, want %q", s, got, w)
		}
	})
}
