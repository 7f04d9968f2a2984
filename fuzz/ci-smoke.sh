#!/usr/bin/env bash
# Fuzzing smoke run for CI (issue 12, item 7), bounded by WORK, not by time: afl-fuzz runs the PDF entry point for
# PDF_EXECS executions and the text pipeline for TEXT_EXECS executions (afl-fuzz -E), seeded from the testdata
# fixtures, and the run FAILS (exit 1) when
#   - any input crashed a target (an exception escaped, the runtime aborted, a record said internal-error or a
#     reader threw): the inputs are copied to fuzz/crashes/TARGET/ and their replay command is printed;
#   - a target did not start or ran (almost) nothing: a smoke run that executed nothing proves nothing.
# Hangs (over -t) are reported, not failed: on a loaded machine a slow input is not a defect.
# Defaults: 1,500 PDF and 6,000 text executions, about 60-90 s of fuzzing on an idle 2-core machine (plus the
# publish and the instrumentation). A time cap (CAP_SECONDS, default 600 per target) only guards against a machine so
# loaded that the count is never reached; hitting it is reported, and it still fails only on crashes.
# Prerequisites: afl++ (Debian package) and the SharpFuzz instrumenter (NuGet tool SharpFuzz.CommandLine 2.3.0). As
# root they are installed when missing; otherwise the script says what is missing and exits 2.
# Usage: fuzz/ci-smoke.sh [PDF_EXECS=1500] [TEXT_EXECS=6000]
# Bounded by time instead (fuzz/smoke.sh uses this): FUZZ_SECONDS=S runs each target for S seconds, with no execution
# count; FUZZ_TARGETS=pdf|text|both (default both) picks the targets. The crash rule is the same.
set -euo pipefail
cd "$(dirname "$0")/.."
PDF_EXECS=${1:-1500}
TEXT_EXECS=${2:-6000}
CAP_SECONDS=${CAP_SECONDS:-600}
FUZZ_SECONDS=${FUZZ_SECONDS:-}
FUZZ_TARGETS=${FUZZ_TARGETS:-both}
[[ -n $FUZZ_SECONDS ]] && CAP_SECONDS=$FUZZ_SECONDS
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export PATH="$PATH:$HOME/.dotnet/tools"

if ! command -v afl-fuzz > /dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
    echo "== installing afl++"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ > /dev/null
  else
    echo "fuzz/ci-smoke.sh: afl-fuzz missing (as root: apt-get install -y afl++)" >&2; exit 2
  fi
fi
if ! command -v sharpfuzz > /dev/null; then
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 > /dev/null \
    || { echo "fuzz/ci-smoke.sh: sharpfuzz missing (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0)" >&2; exit 2; }
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "== fuzz smoke: publish and instrument"
dotnet publish fuzz/CaseStay.Extract.Fuzz -c Release -o "$work/bin" > "$work/publish.log" 2>&1 \
  || { tail -20 "$work/publish.log"; echo "fuzz/ci-smoke.sh: the fuzz harness did not build" >&2; exit 1; }
for dll in "$work"/bin/CaseStay.Extract.dll "$work"/bin/UglyToad.PdfPig*.dll; do
  sharpfuzz "$dll" > /dev/null
done

seed() { # target, folder
  mkdir -p "$2"
  if [[ $1 == pdf ]]; then
    # Small PDFs make fast seeds (AFL slows down on big ones).
    find testdata/orders -name 'input.pdf' -size -64k | sort | head -8 | while read -r f; do cp "$f" "$2/$(basename "$(dirname "$f")").pdf"; done
  else
    find testdata/orders -name 'input.txt' | sort | head -12 | while read -r f; do head -c 8192 "$f" > "$2/$(basename "$(dirname "$f")").txt"; done
  fi
}

stat_of() { awk -v k="$1" '$1 == k { print $3 }' "$2"; }

status=0
for target in pdf text; do
  [[ $FUZZ_TARGETS == both || $FUZZ_TARGETS == "$target" ]] || continue
  execs=$PDF_EXECS; [[ $target == text ]] && execs=$TEXT_EXECS
  bound=(-E "$execs")
  if [[ -n $FUZZ_SECONDS ]]; then execs=1; bound=(); fi
  seed "$target" "$work/seeds-$target"
  if [[ -n $FUZZ_SECONDS ]]; then
    echo "== afl-fuzz $target for ${FUZZ_SECONDS}s ($(ls "$work/seeds-$target" | wc -l) seeds)"
  else
    echo "== afl-fuzz $target: $execs executions ($(ls "$work/seeds-$target" | wc -l) seeds; cap ${CAP_SECONDS}s)"
  fi
  start=$SECONDS
  AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 \
    timeout --signal=INT $((CAP_SECONDS + 60)) afl-fuzz "${bound[@]}" -V "$CAP_SECONDS" -t 10000 -m none \
    -i "$work/seeds-$target" -o "$work/findings-$target" -- "$work/bin/casestay-fuzz" "$target" > "$work/afl-$target.log" 2>&1 || true
  stats="$work/findings-$target/default/fuzzer_stats"
  if [[ ! -f $stats ]]; then
    echo "$target: afl-fuzz did not start:"; tail -20 "$work/afl-$target.log"; status=1; continue
  fi
  done_=$(stat_of execs_done "$stats"); crashes=$(stat_of saved_crashes "$stats"); hangs=$(stat_of saved_hangs "$stats")
  echo "$target: $done_ executions in $((SECONDS - start)) s, $(stat_of corpus_count "$stats") paths, $crashes crashes, $hangs hangs"
  if (( done_ < execs / 10 )); then
    echo "$target: only $done_ of $execs executions ran (cap ${CAP_SECONDS}s): the smoke run proved nothing" >&2; status=1
  elif [[ -z $FUZZ_SECONDS ]] && (( done_ < execs )); then
    echo "$target: the time cap ended the run before $execs executions (a loaded machine)"
  fi
  found=$(find "$work/findings-$target/default/crashes" -type f -name 'id:*' 2> /dev/null | wc -l)
  if (( found > 0 )); then
    mkdir -p "fuzz/crashes/$target"
    cp "$work/findings-$target/default/crashes"/id:* "fuzz/crashes/$target/"
    echo "$target: $found crashing input(s) copied to fuzz/crashes/$target/; replay one: casestay-fuzz $target < FILE" >&2
    status=1
  fi
done
(( status == 0 )) && echo "fuzz smoke: no crash"
exit $status
