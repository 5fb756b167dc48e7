#!/usr/bin/env bash
# Times `officedx batch` on 200 plans × 60 measures (revise + 新旧対照表 + change log for each):
# three runs, median wall time, plans per second and peak resident memory (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
plans=${1:-200}
measures=${2:-60}
work=$(mktemp -d)
dotnet build -c Release automation/OfficeDx.Cli >/dev/null
dotnet build -c Release tests/OfficeDx.Benchmarks >/dev/null
dotnet run -c Release --no-build --project tests/OfficeDx.Benchmarks -- make-batch "$work" "$plans" "$measures"
# The build just made (not a stale `publish -r` copy under linux-x64/); ODX_CLI=path/to/officedx.dll times another build.
cli=${ODX_CLI:-automation/OfficeDx.Cli/bin/Release/net10.0/officedx.dll}
times=()
for run in 1 2 3; do
  rm -rf "$work/out"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" dotnet "$cli" batch "$work/batch.json" >/dev/null
  read -r seconds kilobytes < "$work/time.txt"
  echo "run $run: ${seconds}s, peak ${kilobytes} KB"
  times+=("$seconds $kilobytes")
done
printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | awk -v plans="$plans" '{ printf "median: %.2f s, %.1f plans/s, peak memory %.0f MB\n", $1, plans / $1, $2 / 1024 }'
rm -rf "$work"
