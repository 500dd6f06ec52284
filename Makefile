# The two commands a newcomer needs: `make serve` and `make test`. Both install what is missing
# first (scripts/setup.sh), at pinned versions.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# npm's binaryen provides the wasm-opt Trunk runs; cargo-installed tools live in ~/.cargo/bin.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMIUM ?= /usr/bin/chromium
# The single-file offline build (scripts/single-file.mjs), made by `make build`.
OFFLINE_HTML := dist-offline/exo-auth-analyzer.html

.PHONY: serve test setup build test-native test-wasm test-e2e size licenses reproduce release

## Build the release app and the offline single file, and serve the app on
## http://127.0.0.1:8080 (Trunk rebuilds dist/ on change; dist-offline/ is made by `make build`).
serve: setup build
	scripts/trunk.sh serve --release

## Run every test: licences, native core, wasm in headless Chromium, size budget, a second build
## that must be byte-identical, end-to-end.
test: setup licenses test-native build size reproduce test-wasm test-e2e

setup:
	scripts/setup.sh

build:
	scripts/trunk.sh build --release
	node scripts/single-file.mjs dist $(OFFLINE_HTML)

test-native:
	cargo clippy --all-targets --quiet -- -D warnings
	cargo test

test-wasm:
	cargo clippy --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings
	cargo test --target wasm32-unknown-unknown --test browser

size:
	scripts/size-report.sh dist $(OFFLINE_HTML)

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

## The licence check: every crate compiled into the shipped files under a licence of the
## allow-list in about.toml (cargo-about, offline); writes target/THIRD-PARTY-LICENSES.txt.
licenses:
	scripts/licenses.sh target/THIRD-PARTY-LICENSES.txt

## The build is reproducible: a second build from a clean copy elsewhere gives the same bytes.
reproduce:
	scripts/reproduce.sh dist $(OFFLINE_HTML)

## release/<version>/: the web folder as a zip, the offline file, the command line for x86-64
## Linux (static), licences, SBOMs and SHA256SUMS (scripts/release.sh).
release: setup build
	scripts/release.sh dist $(OFFLINE_HTML)
