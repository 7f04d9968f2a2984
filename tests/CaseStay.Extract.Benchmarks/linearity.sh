#!/usr/bin/env bash
# Issue 12 item 3: adversarial texts at 200 K and 2 M characters through the whole text pipeline (Release); exits 1
# when 10× the input costs more than 30× the time for any shape. Usage: bash tests/CaseStay.Extract.Benchmarks/linearity.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project tests/CaseStay.Extract.Benchmarks -- linearity
