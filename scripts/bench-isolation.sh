#!/usr/bin/env bash
# Process isolation, measured in ONE run (issue 12, item 1):
#  1. overhead: `casestay extract` on N generated two-page text PDFs (the generator of
#     tests/CaseStay.Extract.Benchmarks/whole-process.sh: copies of testdata/orders/pdf-vdrp-*/input.pdf made distinct),
#     isolated (the default: worker processes) against --in-process, alternating A/B/A/B... ROUNDS times on the
#     same files; reports each wall time, the medians and their ratio (target <= 1.10);
#  2. memory: the hostile batch (every testdata hostile fixture, then every testdata order, --ocr auto, --parallel 2):
#     peak RSS of the largest single process (/usr/bin/time -v) and peak of the whole process tree (harness + workers
#     + tesseract/pdftoppm children, summed, sampled every 100 ms); target < 1 GB.
# With BASE=DIR (a `dotnet publish` of another commit, e.g. main's), each round also runs that build isolated, so
# before/after are measured in the same run at the same load.
# Each isolated round also splits its CPU into the workers' (sampled from /proc every 100 ms) and the harness's own.
# INPROC_TC0=1 adds an in-process run with DOTNET_TieredCompilation=0, the setting long-lived workers run with.
# Needs time (apt-get install time). Usage: [BASE=DIR] [BIN=DIR] [HOSTILE=0] [INPROC_TC0=1] scripts/bench-isolation.sh [N=1000] [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
ROUNDS=${2:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [[ -n ${BIN:-} ]]; then ln -s "$(cd "$BIN" && pwd)" "$work/bin"; else # BIN=DIR: an existing publish of this tree
  dotnet publish src/CaseStay.Extract.Cli -c Release -o "$work/bin" -p:PublishReadyToRun=true >/dev/null; fi
mkdir -p "$work/pdfs"
mapfile -t sources < <(ls testdata/orders/pdf-vdrp-*/input.pdf | sort)
for ((i = 0; i < N; i++)); do
  src=${sources[$((i % ${#sources[@]}))]}
  { cat "$src"; printf '\n%%copy %d\n' "$i"; } > "$work/pdfs/order$(printf %05d "$i").pdf"
done

tree_rss_kb() { # sum of RSS (KiB) of PID and all its descendants
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '{ parent[$1] = $2; rss[$1] = $3 }
    END { for (p in rss) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) sum += rss[p] } print sum + 0 }'
}

# CPU seconds (utime + stime) of each worker of harness PID, sampled every 100 ms until the harness ends: the
# workers' share of the run's CPU (a worker idles on its input before it exits, so the last sample is its total).
workers_cpu() {
  local root=$1 tick; tick=$(getconf CLK_TCK); declare -A seen=()
  while kill -0 "$root" 2> /dev/null; do
    for c in $(cat /proc/"$root"/task/*/children 2> /dev/null); do
      read -r -a f < <(sed 's/.*) //' /proc/"$c"/stat 2> /dev/null) || continue
      [[ ${#f[@]} -gt 13 ]] && seen[$c]=$(( f[11] + f[12] ))
    done
    sleep 0.1
  done
  local sum=0; for v in "${seen[@]}"; do sum=$(( sum + v )); done
  awk -v s="$sum" -v t="$tick" 'BEGIN { printf "%.2f", s / t }'
}

wall_of() { grep "Elapsed (wall clock)" "$1" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }
rss_of() { grep "Maximum resident set size" "$1" | awk '{print $NF}'; }
cpu_of() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$1"; } # harness + reaped workers

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared with other builds); $(dotnet --version)"
echo "== overhead: N=$N two-page text PDFs, --parallel 2 --ocr never, $ROUNDS rounds"
iso=(); inp=(); isoc=(); inpc=(); bas=(); basc=(); tc0=(); tc0c=()
modes=(isolated in-process); [[ -n ${BASE:-} ]] && modes+=(base-isolated); [[ -n ${INPROC_TC0:-} ]] && modes+=(in-process-tc0)
for ((r = 1; r <= ROUNDS; r++)); do
  for mode in "${modes[@]}"; do
    extra=(); [[ $mode == in-process* ]] && extra=(--in-process)
    tc=(); [[ $mode == in-process-tc0 ]] && tc=(env DOTNET_TieredCompilation=0)
    bin=$work/bin; [[ $mode == base-isolated ]] && bin=$BASE
    rm -f "$work/out.jsonl"
    /usr/bin/time -v "${tc[@]}" "$bin/casestay" extract "$work/pdfs" --format jsonl --out "$work/out.jsonl" --parallel 2 --ocr never "${extra[@]}" > /dev/null 2> "$work/time.txt" &
    timer=$!; sleep 0.05; harness=$(pgrep -P "$timer" | head -1 || true)
    wc_=0.00; [[ -n $harness ]] && wc_=$(workers_cpu "$harness")
    wait "$timer" || true
    w=$(wall_of "$work/time.txt"); c=$(cpu_of "$work/time.txt"); m=$(( $(rss_of "$work/time.txt") / 1024 ))
    split=""; [[ $mode != in-process* ]] && split=" (workers ${wc_}s, harness $(awk -v a="$c" -v b="$wc_" 'BEGIN { printf "%.2f", a - b }')s)"
    echo "round $r $mode: wall ${w}s, cpu ${c}s${split}, load $(cut -d' ' -f1 /proc/loadavg), largest process peak RSS ${m} MB, records $(wc -l < "$work/out.jsonl")"
    case $mode in
      isolated) iso+=("$w"); isoc+=("$c"); cp "$work/out.jsonl" "$work/iso.jsonl" ;;
      in-process) inp+=("$w"); inpc+=("$c"); cp "$work/out.jsonl" "$work/inp.jsonl" ;;
      in-process-tc0) tc0+=("$w"); tc0c+=("$c") ;;
      *) bas+=("$w"); basc+=("$c") ;;
    esac
  done
done
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
mi=$(median "${iso[@]}"); mp=$(median "${inp[@]}")
awk -v a="$mi" -v b="$mp" 'BEGIN { printf "median wall isolated %.2fs, in-process %.2fs: ratio %.3f (overhead %+.1f %%; target <= +10 %%)\n", a, b, a / b, (a / b - 1) * 100 }'
ci=$(median "${isoc[@]}"); cp_=$(median "${inpc[@]}")
awk -v a="$ci" -v b="$cp_" 'BEGIN { printf "median CPU (user+sys) isolated %.2fs, in-process %.2fs: ratio %.3f (overhead %+.1f %%)\n", a, b, a / b, (a / b - 1) * 100 }'
if [[ -n ${BASE:-} ]]; then
  mb=$(median "${bas[@]}"); cb=$(median "${basc[@]}")
  awk -v a="$mb" -v b="$mp" -v c="$cb" -v d="$cp_" 'BEGIN { printf "BASE isolated: median wall %.2fs (ratio %.3f), CPU %.2fs (ratio %.3f) against the same in-process runs\n", a, a / b, c, c / d }'
fi
if [[ -n ${INPROC_TC0:-} ]]; then
  mt=$(median "${tc0[@]}"); ct=$(median "${tc0c[@]}")
  awk -v a="$mi" -v b="$mt" -v c="$ci" -v d="$ct" 'BEGIN { printf "in-process with DOTNET_TieredCompilation=0 (as the workers run): median wall %.2fs, CPU %.2fs; isolated against it: wall ratio %.3f, CPU ratio %.3f\n", b, d, a / b, c / d }'
fi
sort "$work/iso.jsonl" > "$work/a"; sort "$work/inp.jsonl" > "$work/b"
cmp -s "$work/a" "$work/b" && echo "records: isolated and in-process byte-identical" || echo "records: DIFFER between isolated and in-process"

[[ ${HOSTILE:-1} == 0 ]] && exit 0 # HOSTILE=0: the overhead part only
echo "== hostile batch: every hostile fixture first, then every testdata order; --ocr auto --parallel 2"
mkdir -p "$work/hostile"
testdata/generate_hostile_fixtures.sh "$work/hostile/00-hostile" > /dev/null
for f in testdata/orders/*/input.*; do cp "$f" "$work/hostile/$(basename "$(dirname "$f")").${f##*.}"; done
files=$(find "$work/hostile" -type f | wc -l)
/usr/bin/time -v "$work/bin/casestay" extract "$work/hostile" --format jsonl --out "$work/hostile.jsonl" --parallel 2 > /dev/null 2> "$work/time.txt" &
timer=$!
sleep 0.2
harness=$(pgrep -P "$timer" | head -1 || true)
peak=0
while kill -0 "$timer" 2> /dev/null; do
  [[ -n $harness ]] && now=$(tree_rss_kb "$harness") && (( now > peak )) && peak=$now
  sleep 0.1
done
wait "$timer" || true
echo "files $files, records $(wc -l < "$work/hostile.jsonl"), wall $(wall_of "$work/time.txt")s"
echo "errors: $(grep -o '"error":{"code":"[a-z-]*"' "$work/hostile.jsonl" | sed 's/.*"code":"//; s/"//' | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}')"
echo "peak RSS, largest single process: $(( $(rss_of "$work/time.txt") / 1024 )) MB; whole process tree (sampled): $(( peak / 1024 )) MB (target < 1024 MB)"
