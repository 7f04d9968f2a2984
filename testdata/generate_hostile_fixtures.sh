#!/usr/bin/env bash
# Writes the hostile fixtures of issue 12 (PDF object-graph bombs, image bombs, text encodings) into a folder,
# default testdata/hostile-out/ (not committed: the tests generate the same bytes in memory, see
# tests/CaseStay.Extract.Tests/Hostile/HostileFixtures.cs). Try them with the harness, e.g.
#   dotnet run --project src/CaseStay.Extract.Cli -- extract testdata/hostile-out --format jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-testdata/hostile-out}")"
mkdir -p "$out"
CASESTAY_HOSTILE_OUT="$out" dotnet test tests/CaseStay.Extract.Tests --filter "FullyQualifiedName~HostileFixtureWriterTests" >/dev/null
ls -l "$out"
