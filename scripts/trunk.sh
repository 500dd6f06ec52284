#!/usr/bin/env bash
# Runs Trunk (`build` or `serve`) for the shipped app, with the Rust standard library built for
# size. The shipped wasm is compiled by a pinned nightly that rebuilds `std` from source
# (`-Zbuild-std`) with:
# - `-Cpanic=immediate-abort`: a panic traps at once, without formatting a message. The app
#   never panics by design (every input is handled), so the panic machinery only cost bytes.
# - `optimize_for_size`: the standard library's smaller variants (e.g. of sorting).
# Together they cut the wasm by about 20 KB brotli (173.8 → 153.8 KB, measured). Everything else
# (clippy, the native tests, the wasm unit tests) uses the stable toolchain; the end-to-end tests
# run against this build. scripts/setup.sh installs the toolchain named here. The release
# profile of Cargo.toml is the command line's, built for speed; here it is built for size.
#   scripts/trunk.sh build --release
#   scripts/trunk.sh --fetch       downloads the crates std itself depends on (scripts/setup.sh):
#                                  Trunk runs cargo with --offline, so they must be there first.
#   scripts/trunk.sh --toolchain   prints the pinned toolchain
set -euo pipefail

RELEASE_TOOLCHAIN=nightly-2026-05-20

if [ "${1:-}" = --toolchain ]; then echo "$RELEASE_TOOLCHAIN"; exit 0; fi

# With `--target wasm32-unknown-unknown` (which Trunk passes), RUSTFLAGS reach only the wasm
# crates, not the build scripts and proc macros, which run natively.
export RUSTUP_TOOLCHAIN=$RELEASE_TOOLCHAIN
# Cargo's release profile is built for speed (the command line, `cargo build --release`); the
# shipped wasm is built for size.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# -Zfmt-debug=none, -Zlocation-detail=none: no Debug output and no source locations reach the app.
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
if [ "${1:-}" = --fetch ]; then exec cargo fetch --quiet --target wasm32-unknown-unknown; fi
exec trunk "$@"
