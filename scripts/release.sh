#!/usr/bin/env bash
# Writes release/<version>/ from the build in dist/ and dist-offline/ (`make release` builds
# them first):
#   exo-auth-analyzer-<v>-web.zip          the web folder (dist/) with the licences, ready to host
#   exo-auth-analyzer-<v>-web.sha256       the SHA-256 of every file in it, to check a hosted copy
#   exo-auth-analyzer-<v>-offline.html     the offline single file
#   exo-auth-analyzer-<v>-x86_64-linux     the command line, statically linked (musl)
#   THIRD-PARTY-LICENSES.txt, LICENSE-MIT, LICENSE-APACHE
#   exo-auth-analyzer-<v>-web.cdx.json, exo-auth-analyzer-<v>-cli.cdx.json   CycloneDX SBOMs
#   SHA256SUMS                             of all of the above
# Two runs on one commit write the same bytes: the zip's entries are sorted, dated by the last
# commit and carry no owner or extra fields; the SBOMs are dated by the last commit too.
#   scripts/release.sh [dist] [dist-offline/exo-auth-analyzer.html]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
offline=${2:-dist-offline/exo-auth-analyzer.html}
[ -f "$dist/index.html" ] && [ -f "$offline" ] || { echo "release: build first (make build)" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
name="exo-auth-analyzer-$version"
out="release/$version"
rm -rf "$out"
mkdir -p "$out"
stamp=$(git log -1 --format=%cd --date=format-local:%Y%m%d%H%M.%S 2>/dev/null || echo 202601010000.00)

# 1. Licences and the notice; the notice check fails on a licence outside about.toml.
scripts/licenses.sh "$out/THIRD-PARTY-LICENSES.txt"
rm -f "$out/THIRD-PARTY-LICENSES.txt.log"
cp LICENSE-MIT LICENSE-APACHE "$out/"

# 2. The web folder as a zip, with the licences beside the app.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -a "$dist" "$staging/$name"
cp LICENSE-MIT LICENSE-APACHE "$out/THIRD-PARTY-LICENSES.txt" "$staging/$name/"
find "$staging/$name" -exec touch -h -t "$stamp" {} +
chmod -R u=rwX,go=rX "$staging/$name"
(cd "$staging/$name" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum) >"$out/$name-web.sha256"
(cd "$staging" && find "$name" -type f | LC_ALL=C sort | TZ=UTC zip -X -D -q -9 "$OLDPWD/$out/$name-web.zip" -@)

# 3. The offline single file.
cp "$offline" "$out/$name-offline.html"

# 4. The command line for x86-64 Linux, static (musl), with the release profile.
#    The file names in its panic locations do not name this machine's cargo home (the
#    project's own are relative already).
RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo" \
  cargo build --release --locked --quiet --target x86_64-unknown-linux-musl --bin exo-auth-analyzer
cp target/x86_64-unknown-linux-musl/release/exo-auth-analyzer "$out/$name-x86_64-linux"
"$out/$name-x86_64-linux" --version | grep -qx "exo-auth-analyzer $version" ||
  { echo "release: the command line does not say it is $version" >&2; exit 1; }
if file "$out/$name-x86_64-linux" 2>/dev/null | grep -q 'dynamically linked'; then
  echo "release: the command line is not statically linked" >&2
  exit 1
fi

# 5. SBOMs (CycloneDX 1.5, JSON) of the web app's and the command line's crates.
for part in web:wasm32-unknown-unknown cli:x86_64-unknown-linux-musl; do
  cargo cyclonedx --quiet --format json --spec-version 1.5 --no-build-deps --target "${part#*:}" \
    --override-filename "$name-${part%%:*}.cdx"
  mv "$name-${part%%:*}.cdx.json" "$out/"
done
# cargo-cyclonedx stamps each SBOM with the time and a random serial number; the time of the
# last commit and a serial number derived from the content make them the same on every run.
node - "$(git log -1 --format=%ct 2>/dev/null || echo 1767225600)" "$out/$name"-*.cdx.json <<'JS'
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const [seconds, ...files] = process.argv.slice(2);
for (const file of files) {
  const bom = JSON.parse(readFileSync(file, 'utf8'));
  bom.metadata.timestamp = new Date(Number(seconds) * 1000).toISOString();
  delete bom.serialNumber;
  const hex = createHash('sha256').update(JSON.stringify(bom)).digest('hex');
  // An RFC 9562 version 8 (custom) UUID from the hash.
  const variant = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
  bom.serialNumber = `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  writeFileSync(file, `${JSON.stringify({ bomFormat: bom.bomFormat, specVersion: bom.specVersion, serialNumber: bom.serialNumber, ...bom }, null, 2)}\n`);
}
JS

# 6. The checksums of the release's files.
(cd "$out" && find . -maxdepth 1 -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum >SHA256SUMS)
echo "release: $out"
(cd "$out" && ls -l --time-style=+ | awk 'NR > 1 { printf "  %10d  %s\n", $5, $NF }')
