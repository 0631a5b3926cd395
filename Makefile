# Spinal Fusion Explorer — build, run and test.
#
#   make run    build dist/ and serve it on http://$(ADDR)/
#   make test   install missing tools, vet, unit tests, wasm build, browser tests
#   make dist   build the deployable static site into dist/
#   make clean  remove build outputs

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := dist
MAKEFLAGS += --no-print-directory

GO ?= go
ADDR ?= 127.0.0.1:8080
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
# Go's JS glue for the wasm, from the same toolchain that builds it.
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/wasm_exec.js

# apt packages: the browser-test tools, plus the X11/GL headers cgo needs to
# build Ebitengine natively (go vet / go test on the desktop target).
APT_PKGS := chromium firefox-esr webkit2gtk-driver xvfb xauth brotli \
	libgl1-mesa-dev libxrandr-dev libxcursor-dev libxinerama-dev libxi-dev libxxf86vm-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Text files in dist/ that also get .br/.gz siblings.
COMPRESS_GLOBS := dist/*.html dist/*.js dist/*.css dist/*.svg

.PHONY: all wasm dist run test deps vet gotest wasm-build browser-test engine-test bench clean

all: dist

# Packages built without inlining, which in WebAssembly copies each small
# function's body into every caller: about 30 kB of the brotli download for
# the packages that run when something changes (a click, a new state, a
# language), and 25 kB more for the scene, whose playing frames are a few
# dozen draw calls, bound by the GPU rather than by calls (make bench's frame
# rate did not move). Text and motion keep it.
COLD_PKGS := game game/model game/ui game/state game/surgery game/tour \
	game/anatomy game/condition game/graft game/healing game/page game/i18n game/jsondec game/scene
NOINLINE := $(foreach p,$(COLD_PKGS),-gcflags=spinefusion/$(p)=-l)

## wasm: the app compiled to WebAssembly (build/spinefusion.wasm).
wasm:
	@mkdir -p build
	GOOS=js GOARCH=wasm $(GO) build -trimpath $(NOINLINE) -ldflags "-s -w -X main.version=$(VERSION)" \
		-o build/spinefusion.wasm ./cmd/spinefusion

## dist: the static site. Works from any static file server; the .br/.gz
## siblings are an optional extra for servers that can use them.
dist: wasm
	rm -rf dist
	mkdir -p dist
	@# Page shell: every top-level file in web/ (not web/test/, web/bench/).
	find web -mindepth 1 -maxdepth 1 -type f ! -name '.*' -exec cp {} dist/ \;
	cp "$(WASM_EXEC)" dist/
	@for f in $(COMPRESS_GLOBS); do \
		[ -e "$$f" ] || continue; \
		gzip -9 -n -k -f "$$f"; brotli -q 11 -k -f "$$f"; \
	done
	@# The wasm under a content-hashed name. brotli -q 11 is slow on a big
	@# file, so compressed copies are cached in build/ by hash.
	@hash=$$(sha256sum build/spinefusion.wasm | cut -c1-8); \
	name=spinefusion.$$hash.wasm; \
	cp build/spinefusion.wasm "dist/$$name"; chmod 644 "dist/$$name"; \
	if [ ! -e "build/$$name.br" ]; then \
		brotli -q 11 -c build/spinefusion.wasm > "build/$$name.br.tmp" && mv "build/$$name.br.tmp" "build/$$name.br"; \
		gzip -9 -n -c build/spinefusion.wasm > "build/$$name.gz"; \
		find build -maxdepth 1 -name 'spinefusion.*.wasm.*' ! -name "$$name.*" -delete; \
	fi; \
	cp "build/$$name.br" "build/$$name.gz" dist/; \
	size=$$(stat -c %s build/spinefusion.wasm); \
	printf '{"wasm": "%s", "size": %s, "version": "%s"}\n' "$$name" "$$size" "$(VERSION)" > dist/build.json; \
	echo "dist/: $$name ($$size bytes; br $$(stat -c %s dist/$$name.br), gz $$(stat -c %s dist/$$name.gz))"

## run: build dist/ and serve it locally (Ctrl-C stops).
run: dist
	$(GO) run ./cmd/serve -dir dist -addr $(ADDR)

## test: everything CI runs, in order.
test: deps
	$(MAKE) vet
	$(MAKE) gotest
	$(MAKE) wasm-build
	$(MAKE) browser-test

## deps: install what the tests need, only when missing.
deps:
	@missing=""; \
	for p in $(APT_PKGS); do dpkg -s "$$p" >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ ! -x /usr/bin/chromium ] || ! command -v brotli >/dev/null || ! command -v xvfb-run >/dev/null; then \
		missing="$$missing chromium xvfb xauth brotli"; \
	fi; \
	if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ]; then \
		missing="$$missing firefox-esr webkit2gtk-driver"; \
	fi; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $$missing; \
	fi

# playwright-core, puppeteer-core and selenium-webdriver (pinned in
# package-lock.json); none downloads a browser. Reinstalled when the lock
# file is newer than the install.
NODE_STAMP := web/test/node_modules/.package-lock.json
deps: $(NODE_STAMP)
$(NODE_STAMP): web/test/package-lock.json web/test/package.json
	cd web/test && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund
	touch $@

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

## gotest: native unit tests; some Ebitengine packages want a display.
gotest:
	xvfb-run -a $(GO) test ./...

wasm-build:
	GOOS=js GOARCH=wasm $(GO) build ./...

## browser-test: the browser suite in headless Chromium, then its core in
## Firefox ESR and WebKit (under Xvfb), against dist/ served by cmd/serve.
## Run only some Chromium tests with e.g. `make browser-test T=posture`
## (a name filter; it skips the other engines).
browser-test: dist
	@rc=0; node web/test/run.mjs $(T) || rc=$$?; \
	if [ -z "$(T)" ]; then $(MAKE) engine-test || rc=$$?; fi; \
	exit $$rc

## engine-test: the core browser checks in Firefox ESR and WebKit.
engine-test:
	xvfb-run -a -s "-screen 0 1920x1080x24" node web/test/engines.mjs $(E)

## bench: performance budgets (web/bench/). Builds dist/ and the Ebitengine
## floor (web/bench/floor, same Go, Ebitengine and flags, served with the
## same page shell from build/bench/site/), then measures both in headless
## Chromium, runs the Go benchmarks and prints one table. About 5 minutes;
## BENCH_LONG=1 plays 5 minutes per target for the memory figures.
BENCH_DIR := build/bench
bench: deps dist
	@mkdir -p $(BENCH_DIR)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags "-s -w" -o $(BENCH_DIR)/floor.wasm ./web/bench/floor
	@# dist/'s page shell around the floor's wasm; its brotli copy is cached
	@# by hash, like the app's.
	@hash=$$(sha256sum $(BENCH_DIR)/floor.wasm | cut -c1-8); \
	name=floor.$$hash.wasm; site=$(BENCH_DIR)/site; \
	rm -rf "$$site"; mkdir -p "$$site"; \
	find dist -maxdepth 1 -type f ! -name 'spinefusion.*' ! -name build.json -exec cp {} "$$site/" \; ; \
	cp $(BENCH_DIR)/floor.wasm "$$site/$$name"; \
	if [ ! -e "$(BENCH_DIR)/$$name.br" ]; then \
		brotli -q 11 -c $(BENCH_DIR)/floor.wasm > "$(BENCH_DIR)/$$name.br.tmp" && mv "$(BENCH_DIR)/$$name.br.tmp" "$(BENCH_DIR)/$$name.br"; \
		find $(BENCH_DIR) -maxdepth 1 -name 'floor.*.wasm.br' ! -name "$$name.br" -delete; \
	fi; \
	cp "$(BENCH_DIR)/$$name.br" "$$site/"; \
	printf '{"wasm": "%s", "size": %s, "version": "floor"}\n' "$$name" "$$(stat -c %s $(BENCH_DIR)/floor.wasm)" > "$$site/build.json"
	node web/bench/bench.mjs

clean:
	rm -rf build dist web/test/screenshots
