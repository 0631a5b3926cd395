package model_test

import (
	"testing"

	"spinefusion/assets"
	"spinefusion/game/i18n"
	"spinefusion/game/model"
)

// loadModel loads the model from the embedded data tables.
func loadModel(t *testing.T) *model.Model {
	t.Helper()
	m, err := model.Load(assets.Data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// loadCatalog loads the embedded translations.
func loadCatalog(t *testing.T) *i18n.Catalog {
	t.Helper()
	cat, err := i18n.Load(assets.I18n, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// loadAll loads the model and the translations.
func loadAll(t *testing.T) (*model.Model, *i18n.Catalog) {
	t.Helper()
	return loadModel(t), loadCatalog(t)
}
