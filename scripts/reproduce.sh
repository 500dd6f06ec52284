#!/usr/bin/env bash
# Proves the build reproducible: builds the web app and the offline single file again from a
# clean copy of the checkout in another directory, with a target directory of its own, and
# fails unless every file is byte-identical to dist/ and dist-offline/ here (made by
# `make build`). Run by `make test`; on a fresh machine the second build compiles everything
# once more (a few minutes), later runs reuse target/reproduce/.
#   scripts/reproduce.sh [dist] [dist-offline/exo-auth-analyzer.html]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
offline=${2:-dist-offline/exo-auth-analyzer.html}
[ -f "$dist/index.html" ] && [ -f "$offline" ] || { echo "reproduce: build first (make build)" >&2; exit 1; }

# The copy: what git would check out (tracked files as they are now, and new files not
# ignored), nothing built. node_modules holds the build tools (terser, wasm-opt), not sources.
copy=$(mktemp -d "${TMPDIR:-/tmp}/exo-reproduce.XXXXXX")
trap 'rm -rf "$copy"' EXIT
checkout="$copy/a/different/path/exo-auth-analyzer"
mkdir -p "$checkout"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  [ -e "$file" ] && printf '%s\0' "$file"
done | tar --null -T - -cf - | tar -xf - -C "$checkout"
ln -s "$PWD/node_modules" "$checkout/node_modules"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "reproduce: building again in $checkout"
(cd "$checkout" && CARGO_TARGET_DIR="$OLDPWD/target/reproduce" scripts/trunk.sh build --release >build.log 2>&1 &&
  node scripts/single-file.mjs dist dist-offline/exo-auth-analyzer.html >>build.log 2>&1) ||
  { tail -n 30 "$checkout/build.log" >&2; echo "reproduce: the second build failed" >&2; exit 1; }

# Same file names, same bytes.
here=$(cd "$dist" && find . -type f | LC_ALL=C sort | xargs sha256sum)
there=$(cd "$checkout/dist" && find . -type f | LC_ALL=C sort | xargs sha256sum)
if [ "$here" != "$there" ]; then
  echo "reproduce: the web files differ between the two builds:" >&2
  diff <(echo "$here") <(echo "$there") >&2 || true
  exit 1
fi
one=$(sha256sum <"$offline") two=$(sha256sum <"$checkout/dist-offline/exo-auth-analyzer.html")
[ "$one" = "$two" ] || { echo "reproduce: the offline single file differs between the two builds" >&2; exit 1; }
echo "reproduce: $(echo "$here" | wc -l) web files and the offline file are byte-identical in both builds"
echo "$here" | sed 's/^/  /'
echo "  ${one%% *}  $(basename "$offline")"
