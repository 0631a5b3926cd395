package i18n_test

import (
	"slices"
	"testing"

	"spinefusion/assets"
	"spinefusion/game/i18n"
)

func TestLoadEmbedded(t *testing.T) {
	c, err := i18n.Load(assets.I18n, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Languages(); !slices.Equal(got, []string{"de", "en", "es", "fr", "pt"}) {
		t.Errorf("embedded languages %v", got)
	}
	if got := c.Best([]string{"pt-BR", "en"}).T("ui.play"); got != "Reproduzir" {
		t.Errorf("pt-BR ui.play = %q", got)
	}
}
