#!/usr/bin/env bash
# Whole-process benchmark of issue 15: `casestay review` (extract + page images + HTML) against `casestay extract`
# on the same 100 two-page PDFs, made by the repository's fixture generator (testdata/generator: pleading paper,
# embedded fonts). Target: review <= 2x extract. Usage: scripts/bench-review.sh [COUNT] (default 100).
# Prints both runs' /usr/bin/time -v lines and the ratio; needs pdftoppm (poppler-utils) and /usr/bin/time.
# CASESTAY_BENCH_BIN=DIR uses a casestay.dll already built there (Release) instead of building one.
set -euo pipefail
count=${1:-100}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/casestay-bench-review.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$root"

bin=${CASESTAY_BENCH_BIN:-$work/bin}
if [ -z "${CASESTAY_BENCH_BIN:-}" ]; then
  echo "== build (Release)"
  dotnet build src/CaseStay.Extract.Cli -c Release -m:1 -o "$bin" 2>&1 | tail -1
fi
echo "== generate fixtures"
dotnet run --project testdata/generator -c Release -- "$work/gen" >/dev/null
mkdir -p "$work/in"
two=()
for f in "$work"/gen/*/input.pdf; do
  [ "$(pdfinfo "$f" | awk '/^Pages:/{print $2}')" = 2 ] && two+=("$f")
done
[ ${#two[@]} -gt 0 ] || { echo "no two-page PDF among the generated fixtures" >&2; exit 1; }
for i in $(seq 0 $((count - 1))); do
  cp "${two[$((i % ${#two[@]}))]}" "$work/in/order-$(printf %03d "$i").pdf"
done
echo "== $count two-page PDFs (from ${#two[@]} generated orders), $(nproc) cores"

cli="$bin/casestay.dll"
run() { # name, args...
  local name=$1; shift
  /usr/bin/time -v -o "$work/$name.time" dotnet "$cli" "$@" >/dev/null 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$work/$name.time")
  echo "$name: wall $wall, max RSS ${rss} KB, user $(awk -F': ' '/User time/{print $2}' "$work/$name.time") s, system $(awk -F': ' '/System time/{print $2}' "$work/$name.time") s"
}
seconds() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$1"; }

# Warm-up (file cache, JIT of the first run), then the measured runs.
dotnet "$cli" extract "$work/in" --format jsonl --out "$work/warm.jsonl" >/dev/null 2>&1 || true
run extract extract "$work/in" --format jsonl --out "$work/extract.jsonl"
run review review "$work/in" --out "$work/review"
run review-from review --from "$work/extract.jsonl" --out "$work/review-from"
pages=$(find "$work/review/pages" -name '*.jpg' | wc -l)
echo "review wrote $(find "$work/review" -maxdepth 1 -name '*.html' | wc -l) HTML pages and $pages page images"
awk -v e="$(seconds "$work/extract.time")" -v r="$(seconds "$work/review.time")" -v f="$(seconds "$work/review-from.time")" \
  'BEGIN{printf "ratio review/extract: %.2f (target <= 2.00); pages alone (review --from) / extract: %.2f\n", r/e, f/e}'
