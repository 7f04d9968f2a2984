#!/usr/bin/env bash
# Fuzzing smoke run by time (issue 12, item 7): the CI smoke script (fuzz/ci-smoke.sh: publish, SharpFuzz
# instrumentation of the library and PdfPig, seeds from the testdata fixtures, crash rule) with each target run for
# SECONDS (default 60) instead of a fixed number of executions. Any crash fails the run (exit 1) and is copied to
# fuzz/crashes/TARGET/ to become a regression fixture.
# Usage: fuzz/smoke.sh [SECONDS] [pdf|text|both]
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${1:-60} FUZZ_TARGETS=${2:-both} exec bash fuzz/ci-smoke.sh
