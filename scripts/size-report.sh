#!/usr/bin/env bash
# Prints the sizes (raw / gzip -9 / brotli -q 11) of everything a built dist folder serves to
# the browser (the page, its wasm, JS, CSS, icon and manifest; not the hosts' config files) and
# fails when the brotli total exceeds the budget. Further arguments (e.g. the
# single-file offline build) are printed too, outside the budget.
#   scripts/size-report.sh dist [dist-offline/exo-auth-analyzer.html ...]
set -euo pipefail

# The one place the size budget is written: brotli, wasm + JS + CSS together. It started at
# 150 KiB for the skeleton and grew to 210 KiB with the full parser, rules, two languages, the
# bulk view, share links and redaction (about 198 KiB). The size work (a hand-written CSV
# writer, stateless views as plain functions, fewer sort and hash map copies, wasm-opt flags,
# minified CSS) brought it to about 172 KiB; the faster parser and the stepwise analysis of large
# pastes added about 7 KiB, to about 179 KiB. Building std for size with a pinned nightly
# (scripts/trunk.sh, -19.5 KiB), JSON numbers printed by zmij and our own JSON error wording
# (-5.6 KiB) and the minified JS glue (-1.1 KiB) brought it to about 152 KiB. The budget is that
# plus 2 KiB of headroom, so any growth is a decision. The target is 100 KB; the core alone
# (parser, rules, remedies, both languages, no UI) measures about 87 KiB of wasm.
# Reading the evidence of use (issue 13: seven sign-in log and report formats, client errors
# and their explanation, the December answer, both languages, their views, large files in
# parts) added 41.3 KB (155,591 -> 196,905 B), against the 12 KB the issue allowed and above
# the brief's 172 KB: a decision for whoever sets the budget. The budget is the measured size
# plus 1.7 KiB, so that nothing grows unnoticed meanwhile. The answer first (every blocking
# layer, answers grouped by reason, the fix's notes, collapsed alternatives and detail, counts
# with a plural rule) added about 4.6 KB and the note for the ticket about 1.6 KB; the version
# footer, the service worker and its boot code about 0.5 KB; the held paste and the stepwise
# joining about 1.6 KB. Building without Debug output and source locations (-2.4 KB),
# stripping the wasm's tool sections (-0.4 KB) and the minified embed loader (-0.6 KB) took
# back 3.3 KB: 202,633 B measured. Still above the brief's 172 KB: a decision for whoever sets the
# budget. The budget is the measured size plus about 1 KiB.
# The way out (issue 21) was allowed 16 KiB over the 203,657 B measured before it, and a ceiling
# of 220 KiB. Its core (the plans and their wording, the ticket note's way out, the worksheet
# read back, message traces) and its page (the worksheet 7.3 KB, the plan card 6.0 KB, the
# sites, the section, the answers in the state) first measured 244,020 B. Taking the size back
# across the whole app brought it to 221,079 B (+17,422 B, 1,038 B above the allowance): the
# views without props structs and with shared element shapes, one input and one click
# listener, no Classes set, fewer browser bindings, a struct component for the scrolling box
# (page, about -13 KB); one JSON string decoder, out-of-line diagnostics and verdicts, fewer
# copies, shorter way-out wording (core, about -6 KB). The budget is that measurement plus
# about 100 B, so that any growth is a decision.
# What a new admin tripped over (issue 22) was allowed 4 KiB and cost 6.5 KB: opened files read
# each on their own and named, fixes no wider than the need with exact check steps, the
# organization's secure default shown neutral, print, phone, the paste box hidden with the
# names, the skip link, the share note's reason, security defaults and dates read, inputs asked
# once, counts per language, German leftovers and hiding names in steps. Since then the total
# counts everything served (the page, icon and manifest too: +1,046 B), against the ceiling of
# 220 KiB (225,280 B). The house made solid (issue 23) took back what issue 22 spent over its
# allowance: diagnostics worded from their kinds instead of re-read from English (-1.7 KB),
# Talc as the web app's allocator (-1.2 KB) and loops instead of iterator chains in the parser
# and the plan card (-0.8 KB): 224,620 B served. Three fallbacks turned into messages (a
# refusal names the organization, an unreadable message count is said, a file the browser could
# not read is named) added 585 B: 225,205 B. The budget is now the ceiling itself. Shortening
# the names the wasm and its glue share (wasm-bindgen's hashed import names, written in both
# files; scripts/minify-names.mjs) took back 3.2 KB: 221,976 B.
BUDGET_BROTLI=225280

dist=${1:-dist}
extra=("${@:2}")
[ -d "$dist" ] || { echo "size-report: no $dist folder; build first" >&2; exit 1; }
shopt -s nullglob
files=("$dist"/*.html "$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/*.svg "$dist"/*.webmanifest)
[ ${#files[@]} -gt 0 ] || { echo "size-report: nothing shipped in $dist" >&2; exit 1; }

sizes() { raw=$(stat -c %s "$1"); gz=$(gzip -9 -c "$1" | wc -c); br=$(brotli -q 11 -c "$1" | wc -c); }

printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
for f in "${files[@]}"; do
  sizes "$f"
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  printf '%-44s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
printf '%-44s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
for f in "${extra[@]}"; do
  [ -f "$f" ] || { echo "size-report: no $f; build first" >&2; exit 1; }
  sizes "$f"
  printf '%-44s %10d %10d %10d  (not in the budget)\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
if [ "$total_br" -gt "$BUDGET_BROTLI" ]; then
  echo "size-report: brotli total $total_br bytes exceeds the budget of $BUDGET_BROTLI" >&2
  exit 1
fi
echo "size-report: brotli total $total_br of $BUDGET_BROTLI bytes budget"
