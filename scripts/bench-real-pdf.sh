#!/usr/bin/env bash
# Issue 17: whole-process benchmark on the documents users feed casestay.
#
#   scripts/bench-real-pdf.sh [--runs K] [--generated N] [--copies C] [--no-per-file] [--no-warmup] [--in-process] [--composite]
#
# Default corpus: the text-layer PDFs of ../shared/corpus/pdf (read in place; the scanned files, which need OCR,
# are left out). --generated N: instead N distinct copies of the two-page PDF fixtures testdata/orders/pdf-vdrp-*
# (the corpus of tests/CaseStay.Extract.Benchmarks/whole-process.sh). --copies C: the real corpus C times over
# (distinct copies in a temp folder; for peak RSS at 10,000 files use --copies 304). --in-process: casestay reads the
# PDFs in its own process (--in-process) instead of in isolated worker processes (the default). --composite: publish
# casestay self-contained with a composite ReadyToRun image of the app and the framework (generic code across
# assemblies precompiled: less JIT at start-up; 118 MB instead of 21 MB) instead of the framework-dependent ReadyToRun.
#
# In ONE run, K paired runs (order alternating) of
#   casestay extract FILES --ocr never --parallel 2 --format jsonl     (published Release, ReadyToRun)
#   pdftotext -layout FILE /dev/null, two at a time (xargs -P2)
# on the same files; prints each pair, the medians, the median of the per-pair ratios, peak RSS from
# /usr/bin/time -v and the load average. Then (real corpus, unless --no-per-file) pages and per-file wall time of
# both tools, one file per process. CASESTAY_BIN=DIR uses a casestay already published with
# `dotnet publish src/CaseStay.Extract.Cli -c Release -o DIR -p:PublishReadyToRun=true` instead of publishing. Needs poppler-utils and time (apt-get install poppler-utils time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5; generated=0; copies=0; per_file=1; warmup=1; mode=; publish_extra=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --generated) generated=$2; shift 2 ;;
    --copies) copies=$2; shift 2 ;;
    --no-per-file) per_file=0; shift ;;
    --no-warmup) warmup=0; shift ;;
    --in-process) mode=--in-process; shift ;;
    --composite) publish_extra=(-r linux-x64 --self-contained -p:PublishReadyToRunComposite=true); shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in pdftotext pdfinfo /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "missing $tool (apt-get install poppler-utils time)" >&2; exit 1; }
done

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [[ -n ${CASESTAY_BIN:-} ]]; then # a folder already published the same way (saves a publish per run)
  ln -s "$(realpath "$CASESTAY_BIN")" "$work/bin"
else
  dotnet publish src/CaseStay.Extract.Cli -c Release -o "$work/bin" -p:PublishReadyToRun=true "${publish_extra[@]}" > "$work/publish.log" 2>&1 \
    || { tail -20 "$work/publish.log"; exit 1; }
fi

corpus=../shared/corpus/pdf
mapfile -t real < <(ls "$corpus"/*.pdf | grep -v -e scanned -e jury_note | sort)
files=()
if (( generated > 0 )); then
  mkdir -p "$work/pdfs"
  mapfile -t sources < <(ls testdata/orders/pdf-vdrp-*/input.pdf | sort)
  for ((i = 0; i < generated; i++)); do
    src=${sources[$((i % ${#sources[@]}))]}
    { cat "$src"; printf '\n%%copy %d\n' "$i"; } > "$work/pdfs/order$(printf %05d "$i").pdf"
  done
  label="$generated generated two-page orders (testdata/orders/pdf-vdrp-*, made distinct)"
  per_file=0
elif (( copies > 0 )); then
  mkdir -p "$work/pdfs"
  for ((c = 0; c < copies; c++)); do
    for f in "${real[@]}"; do
      { cat "$f"; printf '\n%%copy %d\n' "$c"; } > "$work/pdfs/c$(printf %04d "$c")-$(basename "$f")"
    done
  done
  label="$copies copies of the ${#real[@]} text-layer PDFs of $corpus ($((copies * ${#real[@]})) files)"
  per_file=0
else
  files=("${real[@]}")
  pages=0; for f in "${files[@]}"; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/{print $2}'))); done
  label="${#files[@]} text-layer PDFs of $corpus, $pages pages"
fi
if (( ${#files[@]} == 0 )); then mapfile -t files < <(ls "$work/pdfs"/*.pdf); fi
printf '%s\n' "${files[@]}" > "$work/list.txt"

seconds() { awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }
measure() { # name, command... → sets last_wall, last_cpu (user + sys s), last_rss (MB)
  local name=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$work/time-$name.txt" || { tail -5 "$work/time-$name.txt" >&2; exit 1; }
  last_wall=$(grep "Elapsed (wall clock)" "$work/time-$name.txt" | seconds)
  last_rss=$(( $(grep "Maximum resident set size" "$work/time-$name.txt" | awk '{print $NF}') / 1024 ))
  last_cpu=$(grep -E "(User|System) time \(seconds\)" "$work/time-$name.txt" | awk '{ s += $NF } END { printf "%.2f", s }')
}
# One casestay process for all files: the generated/copied files are passed as their folder (a list of 10,000 paths
# would be split by xargs into several processes, each overwriting --out, and peak RSS would be one chunk's).
run_casestay() {
  if [[ -d $work/pdfs ]]; then
    measure casestay "$work/bin/casestay" extract "$work/pdfs" --format jsonl --out "$work/out.jsonl" --parallel 2 --ocr never $mode
  else
    measure casestay bash -c "xargs -d '\n' -a '$work/list.txt' '$work/bin/casestay' extract --format jsonl --out '$work/out.jsonl' --parallel 2 --ocr never $mode"
  fi
}
run_pdftotext() { measure pdftotext bash -c "xargs -d '\n' -a '$work/list.txt' -P2 -I{} pdftotext -layout {} /dev/null"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); $(dotnet --version) SDK"
echo "corpus: $label; casestay ${mode:-isolated workers (default)}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if (( warmup )); then run_casestay; run_pdftotext; fi # warm the page cache and the binaries
: > "$work/pairs.txt"
for ((r = 1; r <= runs; r++)); do
  if (( r % 2 )); then run_casestay; cw=$last_wall; cc=$last_cpu; crss=$last_rss; run_pdftotext; pw=$last_wall; pc=$last_cpu; prss=$last_rss
  else run_pdftotext; pw=$last_wall; pc=$last_cpu; prss=$last_rss; run_casestay; cw=$last_wall; cc=$last_cpu; crss=$last_rss; fi
  ratio=$(awk -v a="$cw" -v b="$pw" 'BEGIN { printf "%.2f", a / b }')
  cpu_ratio=$(awk -v a="$cc" -v b="$pc" 'BEGIN { printf "%.2f", a / b }')
  echo "$cw $pw $ratio $crss $prss $cc $pc $cpu_ratio" >> "$work/pairs.txt"
  printf 'run %d: casestay %6.2fs wall %6.2fs CPU (peak RSS %4d MB)  pdftotext -layout %6.2fs wall %6.2fs CPU (peak RSS %3d MB)  ratio wall %s CPU %s  load %s\n' \
    "$r" "$cw" "$cc" "$crss" "$pw" "$pc" "$prss" "$ratio" "$cpu_ratio" "$(cut -d' ' -f1 /proc/loadavg)"
done
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "records: $(wc -l < "$work/out.jsonl") of ${#files[@]} files"
if (( $(wc -l < "$work/out.jsonl") != ${#files[@]} )); then echo "bench-real-pdf.sh: records missing from the last casestay run" >&2; exit 1; fi
echo "median casestay: $(cut -d' ' -f1 "$work/pairs.txt" | median)s  median pdftotext -layout: $(cut -d' ' -f2 "$work/pairs.txt" | median)s"
echo "median ratio casestay/pdftotext (of $runs paired runs): $(cut -d' ' -f3 "$work/pairs.txt" | median)"
echo "median CPU (user + sys) casestay: $(cut -d' ' -f6 "$work/pairs.txt" | median)s  pdftotext -layout: $(cut -d' ' -f7 "$work/pairs.txt" | median)s  median CPU ratio: $(cut -d' ' -f8 "$work/pairs.txt" | median)"
echo "peak RSS casestay: max $(cut -d' ' -f4 "$work/pairs.txt" | sort -g | tail -1) MB"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

if (( per_file )); then
  echo
  echo "per file (one process per file, wall ms; casestay includes its ~startup):"
  printf '%-52s %5s %10s %10s %6s\n' file pages casestay pdftotext ratio
  for f in "${files[@]}"; do
    p=$(pdfinfo "$f" | awk '/^Pages:/{print $2}')
    s=$(date +%s%N); "$work/bin/casestay" extract "$f" --format jsonl --ocr never $mode > /dev/null 2>&1; e=$(date +%s%N)
    s2=$(date +%s%N); pdftotext -layout "$f" /dev/null; e2=$(date +%s%N)
    c=$(( (e - s) / 1000000 )); t=$(( (e2 - s2) / 1000000 ))
    printf '%-52s %5d %10d %10d %6s\n' "$(basename "$f")" "$p" "$c" "$t" "$(awk -v a="$c" -v b="$t" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 1) }')"
  done
  s=$(date +%s%N); "$work/bin/casestay" --help > /dev/null; e=$(date +%s%N)
  echo "startup (casestay --help): $(( (e - s) / 1000000 )) ms"
fi
