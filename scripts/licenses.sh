#!/usr/bin/env bash
# Writes the third-party licence notice of everything compiled into the shipped wasm and the
# command line, from Cargo.lock, with cargo-about (about.toml, scripts/licenses/notice.hbs),
# offline. It fails when a crate's licence is not on the allow-list in about.toml: that is the
# licence check of `make test`.
#   scripts/licenses.sh [target/THIRD-PARTY-LICENSES.txt]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/THIRD-PARTY-LICENSES.txt}
mkdir -p "$(dirname "$out")"
if ! cargo about generate --fail --frozen scripts/licenses/notice.hbs -o "$out" 2>"$out.log"; then
  grep -v '^\s*$' "$out.log" >&2
  echo "licenses: a licence outside the allow-list in about.toml (above), or a crate whose licence cannot be read" >&2
  exit 1
fi
# Warnings (e.g. a licence file that differs from the SPDX text) stay visible.
grep -E '^(warning|error)' "$out.log" >&2 || true
echo "licenses: every crate's licence is on the allow-list (about.toml); notice in $out ($(grep -c '^[a-z0-9_-]* [0-9]' "$out") crates)"
