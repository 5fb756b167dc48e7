#!/usr/bin/env bash
# The long fuzz run: N inputs (default 100000) from seed S (default 1) through every officedx command and service endpoint.
#   scripts/fuzz.sh [N] [SEED] [MAX_MINUTES]
# Ends by itself after N inputs, or after MAX_MINUTES when given; prints the counts and writes them as JSON
# (out/fuzz-SEED.json). Exit 0 when no bug and no timeout was found. Input K of a run is made again with
#   dotnet tests/OfficeDx.Fuzz/bin/Release/net10.0/OfficeDx.Fuzz.dll input --seed SEED --index K --out input.bin
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
seed=${2:-1}
minutes=${3:-0}
dotnet build tests/OfficeDx.Fuzz --configuration Release -nologo -v quiet
mkdir -p out
exec dotnet tests/OfficeDx.Fuzz/bin/Release/net10.0/OfficeDx.Fuzz.dll run --count "$count" --seed "$seed" --minutes "$minutes" \
  --work "${TMPDIR:-/tmp}/officedx-fuzz-$seed" --summary "out/fuzz-$seed.json"
