#!/usr/bin/env bash
# Rotated copies of a generated order for the review's rotation tests (issue 15): the same PDF with every page's
# /Rotate set to 90, 180 or 270 (and one with a different rotation per page), written as an incremental update, so
# the words sit where they were in unrotated user space and only the displayed orientation changes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=testdata/review/rotated
mkdir -p "$out"
src=testdata/orders/pdf-vdrp-26-lines/input.pdf
for spec in 90 180 270 90,270; do
  dotnet run --project testdata/generator -- --rotate "$src" "$out/pdf-vdrp-rotate-${spec/,/-}.pdf" "$spec"
done
