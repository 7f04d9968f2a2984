#!/usr/bin/env bash
# Fuzzing smoke run (issue 12, item 7): instruments the library and PdfPig with SharpFuzz, then runs afl-fuzz on the
# PDF entry point and on the text pipeline for SECONDS each (default 60), seeded from the testdata fixtures.
# Any crash fails the run (exit 1) and is copied to fuzz/crashes/TARGET/ to become a regression fixture.
# Needs afl++ (apt-get install afl++) and the SharpFuzz instrumenter (dotnet tool install --global SharpFuzz.CommandLine).
# Usage: fuzz/smoke.sh [SECONDS] [pdf|text|both]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
TARGETS=${2:-both}
command -v afl-fuzz > /dev/null || { echo "fuzz/smoke.sh: afl-fuzz missing (apt-get install afl++)" >&2; exit 2; }
command -v sharpfuzz > /dev/null || export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz > /dev/null || { echo "fuzz/smoke.sh: sharpfuzz missing (dotnet tool install --global SharpFuzz.CommandLine)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet publish fuzz/CaseStay.Extract.Fuzz -c Release -o "$work/bin" > /dev/null
for dll in "$work"/bin/CaseStay.Extract.dll "$work"/bin/UglyToad.PdfPig*.dll; do
  sharpfuzz "$dll" > /dev/null
done

seed() { # target, folder
  mkdir -p "$2"
  if [[ $1 == pdf ]]; then
    # Small PDFs make fast seeds (AFL slows down on big ones).
    find testdata/orders -name 'input.pdf' -size -64k | sort | head -8 | while read -r f; do cp "$f" "$2/$(basename "$(dirname "$f")").pdf"; done
  else
    find testdata/orders -name 'input.txt' | sort | while read -r f; do head -c 16384 "$f" > "$2/$(basename "$(dirname "$f")").txt"; done
  fi
}

status=0
for target in pdf text; do
  [[ $TARGETS == both || $TARGETS == "$target" ]] || continue
  seed "$target" "$work/seeds-$target"
  echo "== afl-fuzz $target for ${SECONDS_EACH}s ($(ls "$work/seeds-$target" | wc -l) seeds)"
  AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1 \
    timeout --signal=INT $((SECONDS_EACH + 60)) afl-fuzz -V "$SECONDS_EACH" -t 10000 -m none \
    -i "$work/seeds-$target" -o "$work/findings-$target" -- "$work/bin/casestay-fuzz" "$target" > "$work/afl-$target.log" 2>&1 || true
  stats="$work/findings-$target/default/fuzzer_stats"
  [[ -f $stats ]] && grep -E "^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs) " "$stats" | tr -s ' ' | paste -sd ' '
  [[ -f $stats ]] || { echo "afl-fuzz did not start:"; tail -20 "$work/afl-$target.log"; status=1; continue; }
  crashes=$(find "$work/findings-$target/default/crashes" -type f -name 'id:*' 2> /dev/null | wc -l)
  if (( crashes > 0 )); then
    mkdir -p "fuzz/crashes/$target"
    cp "$work/findings-$target/default/crashes"/id:* "fuzz/crashes/$target/"
    echo "$target: $crashes crash(es), copied to fuzz/crashes/$target/ (replay: casestay-fuzz $target < FILE)"
    status=1
  fi
done
exit $status
