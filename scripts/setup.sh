#!/usr/bin/env bash
# Installs what building and testing need, at pinned versions, skipping what is already there.
# Sources are the package registries only (crates, npm, Debian); nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=version_132

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    fail "need root to run: $*"; fi
}

# 1. Rust targets: the web app's, and static x86-64 Linux (musl) for the release's command
#    line (`make release`; a few seconds from the toolchain server).
for target in wasm32-unknown-unknown x86_64-unknown-linux-musl; do
  if ! rustup target list --installed | grep -qx "$target"; then
    say "adding the $target target"
    rustup target add "$target"
  fi
done

# 1b. The pinned nightly that compiles the shipped wasm with a size-optimised std (see
#     scripts/trunk.sh): its source (rust-src) is all it needs, no prebuilt wasm std.
release_toolchain=$(scripts/trunk.sh --toolchain)
if ! rustup run "$release_toolchain" rustc --version >/dev/null 2>&1 ||
   ! rustup component list --toolchain "$release_toolchain" --installed | grep -qx rust-src; then
  say "installing the $release_toolchain toolchain with rust-src (rustup)"
  rustup toolchain install "$release_toolchain" --profile minimal --component rust-src --no-self-update
fi

# 2. Debian packages: Chromium and its driver for the browser tests, brotli for the size report,
#    nginx for the end-to-end test of the shipped nginx config (tests/e2e/nginx.test.mjs starts
#    its own on 127.0.0.1; the package's service is not used), zip for `make release`.
missing=()
for pkg in chromium chromium-driver brotli nginx zip; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (apt)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 3. The crates the build needs, so that Trunk's offline cargo finds them: the project's, and
#    those of the standard library that the release build compiles from source.
cargo fetch --quiet
scripts/trunk.sh --fetch

# 4. Trunk, pinned (0.22 needs a newer rustc than this toolchain).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (cargo install, several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi

# 5. wasm-bindgen-cli equal to the wasm-bindgen in Cargo.lock. Without --locked: its published
#    lock file pins a crate version the registry does not carry.
lock_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$lock_version" ] || fail "no wasm-bindgen in Cargo.lock"
trunk_pin=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
[ "$trunk_pin" = "$lock_version" ] ||
  fail "Trunk.toml pins wasm_bindgen = \"$trunk_pin\" but Cargo.lock has wasm-bindgen $lock_version: make them equal"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $lock_version" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $lock_version" ]; then
  say "installing wasm-bindgen-cli $lock_version (cargo install, a few minutes)"
  cargo install wasm-bindgen-cli --version "$lock_version" --force --quiet
fi

# 5b. cargo-about (the third-party licence notice and the licence check of `make test`, about.toml)
#     and cargo-cyclonedx (the release's SBOM), pinned; about 100 s each on two cores.
CARGO_ABOUT_VERSION=0.9.3
CARGO_CYCLONEDX_VERSION=0.5.9
if [ "$(cargo-about --version 2>/dev/null)" != "cargo-about $CARGO_ABOUT_VERSION" ]; then
  say "installing cargo-about $CARGO_ABOUT_VERSION (cargo install, about two minutes)"
  cargo install cargo-about --version "$CARGO_ABOUT_VERSION" --features cli --locked --quiet
fi
# (It names itself "cargo-cyclonedx-cyclonedx" when asked for its version.)
if [ "$(cargo cyclonedx --version 2>/dev/null)" != "cargo-cyclonedx-cyclonedx $CARGO_CYCLONEDX_VERSION" ]; then
  say "installing cargo-cyclonedx $CARGO_CYCLONEDX_VERSION (cargo install, about two minutes)"
  cargo install cargo-cyclonedx --version "$CARGO_CYCLONEDX_VERSION" --locked --quiet
fi

# 6. npm packages from the committed lock file: playwright-core (no browser download) and
#    binaryen, whose wasm-opt is the only one that reads what wasm-bindgen emits.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
wasm_opt=$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}')
[ "$wasm_opt" = "(${WASM_OPT_VERSION})" ] || [ "version_$wasm_opt" = "$WASM_OPT_VERSION" ] ||
  fail "node_modules/.bin/wasm-opt is '$wasm_opt', Trunk.toml expects $WASM_OPT_VERSION: run npm ci"
trunk_opt_pin=$(sed -n 's/^wasm_opt = "\(.*\)"/\1/p' Trunk.toml)
[ "$trunk_opt_pin" = "$WASM_OPT_VERSION" ] || fail "Trunk.toml pins wasm_opt = \"$trunk_opt_pin\", expected $WASM_OPT_VERSION"

say "tools ready: $(trunk --version), $release_toolchain, $(wasm-bindgen --version), wasm-opt $wasm_opt, $(cargo-about --version), $(cargo cyclonedx --version), $(chromium --version 2>/dev/null | head -n1), $(nginx -v 2>&1)"
