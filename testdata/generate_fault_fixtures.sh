#!/usr/bin/env bash
# Makes the encrypted PDF fixtures of the fault tests from a generated order (needs qpdf: apt-get install qpdf).
# Output goes to tests/CaseStay.Extract.Tests/Faults/ (not under testdata/, so that the main job over testdata/
# sees only valid orders). Truncated, zero-byte, garbage and huge files are made by the tests themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
src=testdata/orders/pdf-vdrp-parens/input.pdf
out=tests/CaseStay.Extract.Tests/Faults
mkdir -p "$out"
command -v qpdf >/dev/null || { echo "qpdf is required: apt-get install qpdf" >&2; exit 2; }
# A user password is needed to open it.
qpdf --static-id --encrypt secret-user secret-owner 256 -- "$src" "$out/encrypted-user-password.pdf"
# Only an owner password (printing/copying restrictions): readable without a password.
qpdf --static-id --encrypt "" secret-owner 128 --use-aes=y -- "$src" "$out/encrypted-owner-only.pdf"
# RC4 40-bit, the oldest standard handler, owner password only.
qpdf --static-id --allow-weak-crypto --encrypt "" secret-owner 40 -- "$src" "$out/encrypted-rc4-owner-only.pdf"
ls -l "$out"
