package game

import "spinefusion/game/page"

// a11yTexts gives the page the words assistive technology needs in the
// current language (the document's language, the canvas's label, the name
// of the hidden controls), when the language changed.
func (g *Game) a11yTexts() {
	if g.a11yLang == g.st.Lang {
		return
	}
	g.a11yLang = g.st.Lang
	l := g.lang()
	page.SetA11yTexts(l.Code(), l.T("a11y.canvas"), l.T("a11y.controls"))
}
