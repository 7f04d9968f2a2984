#!/usr/bin/env bash
# OCR per page: the in-process engine (pooled, model loaded once) against the `tesseract` command on the same
# page images, one page and a 10-page batch, single-threaded on both sides (OMP_THREAD_LIMIT=1).
# Needs tesseract-ocr and poppler-utils. Usage: ocr-vs-tesseract.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT=1
dotnet publish src/CaseStay.Extract.Cli -c Release -o "$work/bin" -p:PublishReadyToRun=true >/dev/null
pdftoppm -r 300 -gray -png testdata/orders/pdf-vdrp-parens/input.pdf "$work/p"
mkdir -p "$work/batch"
for i in $(seq 0 9); do cp "$work/p-$(( i % 2 + 1 )).png" "$work/batch/page$i.png"; done
t() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
one_cli=$(t tesseract "$work/p-1.png" - --psm 3 tsv)
one_in=$(t "$work/bin/casestay" extract "$work/p-1.png" --parallel 1 --format jsonl)
batch_cli=$(t bash -c "for f in $work/batch/*.png; do tesseract \$f - --psm 3 tsv; done")
batch_in=$(t "$work/bin/casestay" extract "$work/batch" --parallel 1 --format jsonl)
echo "one page:   tesseract ${one_cli} ms, casestay (whole process, incl. startup and extraction) ${one_in} ms"
echo "10 pages:   tesseract ${batch_cli} ms ($(( batch_cli / 10 )) ms/page), casestay ${batch_in} ms ($(( batch_in / 10 )) ms/page)"
