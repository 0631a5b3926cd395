// Package i18n owns the app's translations: it loads the flat JSON
// catalogues (one file per language, {"dotted.key": "text"}), picks the best
// language for a browser language tag, and looks texts up with a fallback to
// English and then to the key itself, so a missing text stays visible.
//
// It is pure Go (no Ebitengine) and does no work per frame: callers look
// texts up when the language changes and keep the strings.
package i18n
