#!/usr/bin/env bash
# Issue 16's OCR benchmark, in ONE run on the same scanned pages, both sides single-threaded (OMP_THREAD_LIMIT=1,
# --parallel 1):
#   reference: `tesseract` (PSM 3, TSV) on page images already rendered at 300 dpi by pdftoppm (rendering not timed);
#   casestay : the whole files through the CLI (PDF read, image decode, deskew, OCR, extraction, process start-up),
#              once per variant of the first pass (CASESTAY_OCR_FIRST_PASS_DPI: 0 = the scan's own 300 dpi;
#              CASESTAY_OCR_CROP=1: the first pass reads only the text area), weak words read again at 300 dpi.
#              BENCH_VARIANTS="dpi:crop[:refine:deskew] …" picks variants (default below; refine = the confidence under
#              which words are read again, 0 = none; deskew 0 = off); the first listed is the library's default.
# Reports s/page, pages/s/core, CPU s/page (user+sys: steadier than wall time on a loaded machine) and peak RSS (/usr/bin/time -v), and label checks: how many of case number, dated,
# judge name, parties, stay kind, directive labels and footnote markers equal the born-digital twin's.
# Needs tesseract-ocr, poppler-utils, python3. Usage: scripts/bench-ocr.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT=1
pairs="scan-vdrp-300dpi:pdf-vdrp-parens scan-fresno-arbitration-300dpi:pdf-fresno-arbitration scan-vdrp-margin-glyphs-300dpi:pdf-vdrp-parens scan-denial-sideways-stamp-300dpi:pdf-denial"
dotnet publish src/CaseStay.Extract.Cli -c Release -o "$work/bin" >/dev/null
mkdir -p "$work/in" "$work/img" "$work/twin"
for p in $pairs; do
  scan=${p%%:*}; twin=${p##*:}
  cp "testdata/orders/$scan/input.pdf" "$work/in/$scan.pdf"
  cp "testdata/orders/$twin/input.pdf" "$work/twin/$scan.pdf"
  pdftoppm -r 300 -gray -png "testdata/orders/$scan/input.pdf" "$work/img/$scan"
done
pages=$(ls "$work"/img/*.png | wc -l)
/usr/bin/time -v -o "$work/cli.time" bash -c "for p in $work/img/*.png; do tesseract \"\$p\" - --psm 3 tsv > /dev/null 2>&1; done"
variants=${BENCH_VARIANTS:-"200:0 100:0 100:0:0.6:0 100:0:0:0 0:0"}
for v in $variants; do
  IFS=: read -r dpi crop refine deskew <<< "$v"
  CASESTAY_OCR_FIRST_PASS_DPI=$dpi CASESTAY_OCR_CROP=$crop CASESTAY_OCR_REFINE_BELOW=${refine:-0.6} CASESTAY_OCR_DESKEW=${deskew:-1} \
    /usr/bin/time -v -o "$work/v-${v//:/-}.time" "$work/bin/casestay" extract "$work/in" --parallel 1 --format jsonl --out "$work/v-${v//:/-}.jsonl" >/dev/null 2>&1 || true
done
"$work/bin/casestay" extract "$work/twin" --parallel 1 --format jsonl --out "$work/twin.jsonl" >/dev/null 2>&1 || true
python3 - "$work" "$pages" $variants <<'PY'
import json, re, sys, os
work, pages, variants = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def secs(name):
    t = open(os.path.join(work, name)).read()
    m = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t)
    wall = (int(m.group(1) or 0) * 3600) + int(m.group(2)) * 60 + float(m.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
    cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1)) + float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
    return wall, rss, cpu
def load(name):
    out = {}
    for line in open(os.path.join(work, name)):
        r = json.loads(line)
        out[os.path.basename(r["source"]["path"])] = r
    return out
def checks(r, t):
    f = lambda o, *k: [o := (o or {}).get(x) for x in k][-1]
    pairs = [(f(r, "caseNumber", "normalized"), f(t, "caseNumber", "normalized")), (r.get("dated"), t.get("dated")),
             (f(r, "judge", "name"), f(t, "judge", "name")), (r.get("parties"), t.get("parties")), (f(r, "stay", "kind"), f(t, "stay", "kind")),
             ([d["label"] for d in r.get("directives", [])], [d["label"] for d in t.get("directives", [])]),
             ([f["marker"] for f in r.get("footnotes", [])], [f["marker"] for f in t.get("footnotes", [])])]
    names = ["case number", "dated", "judge", "parties", "stay kind", "labels", "footnotes"]
    return sum(a == b for a, b in pairs), len(pairs), [n for n, (a, b) in zip(names, pairs) if a != b]
twin = load("twin.jsonl")
cli, cli_rss, cli_cpu = secs("cli.time")
print(f"pages: {pages}   machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
print(f"tesseract CLI 300 dpi (images pre-rendered): {cli / pages:.2f} s/page, {pages / cli:.3f} pages/s/core, CPU {cli_cpu / pages:.2f} s/page, peak RSS {cli_rss // 1024} MB")
def label(v):
    dpi, crop, refine, deskew = (v.split(":") + ["0.6", "1"])[:4]
    first = "300 dpi (one pass at the scan's resolution)" if dpi == "0" else f"{dpi} dpi first pass" + (" + weak words at 300" if refine != "0" else ", no second look")
    return "casestay " + first + (", text area only" if crop == "1" else "") + (", no deskew" if deskew == "0" else "")
for v in variants:
    name = "v-" + v.replace(":", "-")
    wall, rss, cpu = secs(name + ".time")
    got = load(name + ".jsonl")
    ok = total = 0
    missed = []
    for k, r in sorted(got.items()):
        a, b, m = checks(r, twin.get(k, {}))
        ok += a; total += b
        missed += [k.removesuffix(".pdf") + ": " + x for x in m]
    print(f"{label(v)}: {wall / pages:.2f} s/page, {pages / wall:.3f} pages/s/core, peak RSS {rss // 1024} MB, ratio {wall / cli:.2f}x the CLI (wall), CPU {cpu / pages:.2f} s/page = {cpu / cli_cpu:.2f}x the CLI's CPU, label checks {ok}/{total}" + (f" (missed: {'; '.join(missed)})" if missed else ""))
PY
