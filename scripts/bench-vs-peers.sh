#!/usr/bin/env bash
# OfficeDx side by side with its peers on the same documents, interleaved round by round:
#   harvest (read every table cell and control text) vs python-docx and the unzip + XmlReader floor,
#   generate (100-measure documents) vs docxtemplater (one table loop),
#   cold start of `officedx --help` / `officedx validate small.docx` vs `python3 -c 'import docx'`.
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
cli=(dotnet "$(find automation/OfficeDx.Cli/bin/Release -name officedx.dll | head -n 1)")
[ -x "${OFFICEDX:-}" ] && cli=("$OFFICEDX")   # e.g. an installed tool or a published ReadyToRun build
bench=(dotnet "$(find tests/OfficeDx.Benchmarks/bin/Release -name OfficeDx.Benchmarks.dll | head -n 1)")

echo "== workload: $plans plans × $measures measures"
"${bench[@]}" make-peers "$work" "$plans" "$measures"
$py scripts/peers/make_template.py "$work/template.docx"
mkdir -p "$work/gen-odx" "$work/gen-dt"
first_doc=$(ls "$work"/docs/*.docx | head -n 1)

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
  echo "== round $round/$rounds"
  sample harvest.officedx "${bench[@]}" harvest-folder "$work/docs"
  sample harvest.python-docx $py scripts/peers/read_python_docx.py "$work"/docs/*.docx
  sample harvest.floor "${bench[@]}" floor-folder "$work/docs"
  sample generate.officedx "${bench[@]}" generate-folder "$work/gen-odx" "$work"/plans/*.json
  sample generate.docxtemplater node "$work/node/generate_docxtemplater.mjs" "$work/template.docx" "$work/gen-dt" "$work"/plans/*.json
  sample cold.officedx-help "${cli[@]}" --help
  sample cold.officedx-validate "${cli[@]}" validate "$work/small.docx"
  sample cold.python-import-docx $py -c 'import docx'
  tail -n 8 "$work/samples.txt" | awk '{ printf "  %-28s %7.3f s\n", $1, $2 }'
done

echo "== in process (warm, one ${measures}-measure document, 200 alternating runs)"
"${bench[@]}" in-process "$first_doc" 200

echo "== medians over $rounds rounds (wall time, process start included)"
$py - "$work/samples.txt" <<'PY'
import statistics, sys
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
print(f"  generate: docxtemplater / officedx     = {m['generate.docxtemplater'] / m['generate.officedx']:.2f}x")
print(f"  cold validate: officedx {m['cold.officedx-validate']:.3f} s vs python3 -c 'import docx' {m['cold.python-import-docx']:.3f} s")
PY
