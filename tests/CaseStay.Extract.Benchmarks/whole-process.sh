#!/usr/bin/env bash
# Whole-process benchmark: N copies of the two-page PDF fixtures (each copy made distinct), then on the same files
# in one run: `casestay extract` (published Release build, --parallel 2) against `pdftotext -layout` run two at a
# time (xargs -P2). Reports wall time, the ratio, and peak RSS from /usr/bin/time -v.
# Needs poppler-utils and time (apt-get install poppler-utils time). Usage: whole-process.sh [N] [--text]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet publish src/CaseStay.Extract.Cli -c Release -o "$work/bin" -p:PublishReadyToRun=true >/dev/null
mkdir -p "$work/pdfs"
mapfile -t sources < <(ls testdata/orders/pdf-vdrp-*/input.pdf | sort)
for ((i = 0; i < N; i++)); do
  src=${sources[$((i % ${#sources[@]}))]}
  { cat "$src"; printf '\n%%copy %d\n' "$i"; } > "$work/pdfs/order$(printf %05d "$i").pdf"
done

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$work/time.txt" || true
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
  echo "$label: wall ${wall}s, peak RSS $((rss / 1024)) MB"
  eval "${label//[^a-z]/}_wall=$wall"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; N=$N two-page text PDFs"
measure casestay "$work/bin/casestay" extract "$work/pdfs" --format jsonl --out "$work/out.jsonl" --parallel 2 --ocr never
measure pdftotext bash -c "find '$work/pdfs' -name '*.pdf' -print0 | xargs -0 -P2 -I{} pdftotext -layout {} /dev/null"
echo "records: $(wc -l < "$work/out.jsonl")"
awk -v a="$casestay_wall" -v b="$pdftotext_wall" 'BEGIN { printf "ratio casestay/pdftotext: %.2f\n", a / b }'
startup_start=$(date +%s%N); "$work/bin/casestay" --help > /dev/null; startup_end=$(date +%s%N)
echo "startup (casestay --help): $(( (startup_end - startup_start) / 1000000 )) ms"
