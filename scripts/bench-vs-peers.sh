#!/usr/bin/env bash
# OfficeDx side by side with its peers on the same documents, interleaved round by round:
#   harvest (read every table cell and control text) vs python-docx and the unzip + XmlReader floor, one document after
#   the other in one process as python-docx's script does, the same on every core (as the product reads a folder), and
#   `officedx harvest --source` (every core, stored in SQLite),
#   generate (100-measure documents) vs docxtemplater (one table loop),
#   cold start of `officedx --help` / `validate small.docx` / `harvest small.docx`, as built (JIT) and published ReadyToRun
#   (validate also without its AOT helper), vs `python3 -c 'import docx'`.
# Prints each run, then medians and ratios. Usage: scripts/bench-vs-peers.sh [PLANS=200] [MEASURES=100] [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
plans=${1:-200}
measures=${2:-100}
rounds=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
py=/usr/bin/python3   # Debian's python, where python3-docx installs

echo "== peers"
/usr/bin/dpkg -s python3-docx >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq python3-docx >/dev/null; }
npm install --silent --no-audit --no-fund --prefix "$work/node" docxtemplater@3 pizzip@3 >/dev/null
cp scripts/peers/generate_docxtemplater.mjs "$work/node/"
$py -c 'import docx, importlib.metadata as m; print("python-docx", m.version("python-docx"))'
echo "docxtemplater $(node -p "require('$work/node/node_modules/docxtemplater/package.json').version")"

echo "== build (Release)"
dotnet build -c Release automation/OfficeDx.Cli >/dev/null
dotnet build -c Release tests/OfficeDx.Benchmarks >/dev/null
jit=(dotnet "$(find automation/OfficeDx.Cli/bin/Release/net10.0 -maxdepth 1 -name officedx.dll | head -n 1)")
# What `dotnet publish -r <rid>` ships: ReadyToRun, and validate's Native AOT helper officedx-validate beside it
# (automation/OfficeDx.Cli/OfficeDx.Cli.csproj; needs clang and zlib1g-dev).
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish -c Release -r "$rid" --self-contained false automation/OfficeDx.Cli -o "$work/r2r" >/dev/null
cli=("$work/r2r/officedx")
[ -x "${OFFICEDX:-}" ] && cli=("$OFFICEDX")   # e.g. an installed tool
bench=(dotnet "$(find tests/OfficeDx.Benchmarks/bin/Release -name OfficeDx.Benchmarks.dll | head -n 1)")

echo "== workload: $plans plans × $measures measures"
"${bench[@]}" make-peers "$work" "$plans" "$measures"
$py scripts/peers/make_template.py "$work/template.docx"
mkdir -p "$work/gen-odx" "$work/gen-dt"
# A glob, not `ls | head`: under pipefail, ls killed by SIGPIPE once head has its line ended the script with 200 plans.
docs=("$work"/docs/*.docx)
first_doc=${docs[0]}

# One wall-clock sample of a command, in seconds, appended to the named series.
sample() {
  local series=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$series" 'BEGIN { printf "%s %.4f\n", n, e - s }' >> "$work/samples.txt"
}

for round in $(seq 1 "$rounds"); do
  echo "== round $round/$rounds (load average $(cut -d ' ' -f 1-3 /proc/loadavg): the machine may be shared)"
  sample harvest.officedx "${bench[@]}" harvest-folder "$work/docs"
  sample harvest.officedx-every-core "${bench[@]}" harvest-folder-every-core "$work/docs"
  sample harvest.python-docx $py scripts/peers/read_python_docx.py "$work"/docs/*.docx
  sample harvest.floor "${bench[@]}" floor-folder "$work/docs"
  sample harvest.floor-every-core "${bench[@]}" floor-folder-every-core "$work/docs"
  # The product's own folder harvest, as a DX office runs it: every core reads, each file stored in SQLite (batched commits).
  rm -f "$work"/store.db*
  sample harvest.officedx-cli "${cli[@]}" harvest --source "$work/docs" --store "sqlite:$work/store.db"
  sample generate.officedx "${bench[@]}" generate-folder "$work/gen-odx" "$work"/plans/*.json
  sample generate.docxtemplater node "$work/node/generate_docxtemplater.mjs" "$work/template.docx" "$work/gen-dt" "$work"/plans/*.json
  sample cold.officedx-help "${cli[@]}" --help
  sample cold.jit-help "${jit[@]}" --help
  sample cold.python-import-docx $py -c 'import docx'
  sample cold.officedx-validate "${cli[@]}" validate "$work/small.docx"
  # The same ReadyToRun build validating in process, as without the helper (a build, the portable tool package).
  sample cold.in-process-validate env OFFICEDX_NATIVE_VALIDATE=0 "${cli[@]}" validate "$work/small.docx"
  sample cold.jit-validate "${jit[@]}" validate "$work/small.docx"
  sample cold.officedx-harvest "${cli[@]}" harvest "$work/small.docx"
  sample cold.jit-harvest "${jit[@]}" harvest "$work/small.docx"
  tail -n 16 "$work/samples.txt" | awk '{ printf "  %-28s %7.3f s\n", $1, $2 }'
done

echo "== in process (warm, one ${measures}-measure document, 200 alternating runs)"
"${bench[@]}" in-process "$first_doc" 200

echo "== medians over $rounds rounds (wall time, process start included)"
$py - "$work/samples.txt" <<'PY'
import os, statistics, sys
series = {}
for line in open(sys.argv[1]):
    name, value = line.split()
    series.setdefault(name, []).append(float(value))
m = {k: statistics.median(v) for k, v in series.items()}
for k in sorted(m):
    print(f"  {k:28s} {m[k]:7.3f} s")
print("ratios (higher = OfficeDx faster):")
print(f"  harvest folder: python-docx / officedx = {m['harvest.python-docx'] / m['harvest.officedx']:.1f}x")
print(f"  harvest folder: officedx / floor       = {m['harvest.officedx'] / m['harvest.floor']:.2f}x (lower is better)")
print(f"  harvest folder on every core ({os.cpu_count()}): python-docx / officedx = {m['harvest.python-docx'] / m['harvest.officedx-every-core']:.1f}x (python-docx reads on one)")
print(f"  the floor on every core: python-docx / floor = {m['harvest.python-docx'] / m['harvest.floor-every-core']:.1f}x, officedx / floor = {m['harvest.officedx-every-core'] / m['harvest.floor-every-core']:.2f}x")
print(f"  harvest folder, the CLI on every core into SQLite: python-docx / officedx = {m['harvest.python-docx'] / m['harvest.officedx-cli']:.1f}x")
print(f"  generate: docxtemplater / officedx     = {m['generate.docxtemplater'] / m['generate.officedx']:.2f}x")
for c in ("help", "validate", "harvest"):
    print(f"  cold {c}: ReadyToRun {m['cold.officedx-' + c]:.3f} s, JIT {m['cold.jit-' + c]:.3f} s (JIT / ReadyToRun = {m['cold.jit-' + c] / m['cold.officedx-' + c]:.2f}x)"
          f" vs python3 -c 'import docx' {m['cold.python-import-docx']:.3f} s")
print(f"  cold validate in process (OFFICEDX_NATIVE_VALIDATE=0), ReadyToRun: {m['cold.in-process-validate']:.3f} s")
PY
