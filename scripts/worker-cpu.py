#!/usr/bin/env python3
"""Feeds ONE `casestay worker` process N requests (one at a time, as the batch does) and reports its CPU time:
after the first reply (start-up + warm-up + first file) and in total, from the kernel (/proc/PID/stat, then
wait4's rusage). Used to find the worker's fixed cost (issue 12 overhead). No parent batch is involved.
Usage: scripts/worker-cpu.py CASESTAY_EXECUTABLE FOLDER_OF_PDFS [N] [VAR=VALUE ...]"""
import json, os, struct, subprocess, sys, time

exe, folder = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 100
env = dict(os.environ)
for kv in sys.argv[4:]:
    k, v = kv.split("=", 1)
    env[k] = v
files = sorted(os.path.join(folder, f) for f in os.listdir(folder))[:n]
tick = os.sysconf("SC_CLK_TCK")

def cpu(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick

def request(path):
    return json.dumps({"path": path, "id": None, "ocr": False, "ocrMode": "Never", "holidays": "federal+california",
                       "inferJudgeFromInitials": False, "maxFileBytes": 64 << 20, "maxTextLength": 4000000,
                       "maxPages": 2000, "maxImagePixels": 64000000, "maxTotalPixels": 4000000000}).encode()

def read_exact(stream, count):
    data = b""
    while len(data) < count:
        chunk = stream.read(count - len(data))
        if not chunk:
            raise SystemExit("worker ended early")
        data += chunk
    return data

start = time.monotonic()
p = subprocess.Popen([exe, "worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
idle = cpu(p.pid)
first = None
for i, path in enumerate(files):
    body = request(path)
    p.stdin.write(struct.pack("<i", len(body)) + body)
    p.stdin.flush()
    length = struct.unpack("<i", read_exact(p.stdout, 4))[0]
    read_exact(p.stdout, length)
    if i == 0:
        first = cpu(p.pid)
p.stdin.close()
_, status, usage = os.wait4(p.pid, 0)
total = usage.ru_utime + usage.ru_stime
rest = total - first
print(f"files {len(files)}, first file (start-up+warm-up) {first:.2f}s CPU, total {total:.2f}s CPU, "
      f"after the first {rest:.2f}s ({rest / max(1, len(files) - 1) * 1000:.2f} ms/file), wall {time.monotonic() - start:.1f}s, "
      f"load {os.getloadavg()[0]:.0f}, env {' '.join(sys.argv[4:]) or '-'}")
