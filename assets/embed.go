// Package assets holds the files the app embeds: data tables with their
// sources, and translations.
package assets

import "embed"

// Data holds the data tables (range of motion, anatomy, healing), each value
// with its source.
//
//go:embed data/*.json
var Data embed.FS

// I18n holds the translation files: i18n/<lang>.json, plus one folder per
// feature with a file per language (i18n/<topic>/<lang>.json).
//
//go:embed i18n
var I18n embed.FS
