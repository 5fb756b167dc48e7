#!/usr/bin/env bash
# Load benchmark of the measure-table endpoint from a second process: autocannon (npm) at a fixed 100 requests/s
# against `officedx serve` (Release) on 127.0.0.1. Bounded: 10 s warm-up, then 60 s measured. Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5399}
duration=${DURATION:-60}
tools=$(mktemp -d)
npm install --prefix "$tools" --no-audit --no-fund autocannon@8 >/dev/null
# ODX_CLI: an officedx.dll built elsewhere (a private artifacts path on a shared machine); otherwise the Release build here.
cli=${ODX_CLI:-automation/OfficeDx.Cli/bin/Release/net10.0/officedx.dll}
[ -n "${ODX_CLI:-}" ] || dotnet build automation/OfficeDx.Cli -c Release >/dev/null
dotnet "$cli" serve --port "$port" --plain-logs >/dev/null 2>&1 &
service=$!
trap 'kill $service' EXIT
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.5; done
body=$(cat <<'JSON'
{"profile":"akita","period":{"from":2021,"to":2025},"measure":{"id":"m-bench","number":"3","name":"行政手続のオンライン化","overview":"市民が来庁せずに手続できるよう、電子申請の対象を広げる。\n決済も電子化する。","mainActions":["申請書の電子化","キャッシュレス決済の導入"],"schedule":[{"fiscalYear":2021,"phase":"preparation"},{"fiscalYear":2022,"phase":"preparation"},{"fiscalYear":2023,"phase":"implementation"},{"fiscalYear":2024,"phase":"continuation"},{"fiscalYear":2025,"phase":"continuation","caption":"R7当初予算要求"}],"indicators":[{"name":"オンライン化した手続の数","baseline":{"fiscalYear":2020,"value":"31 手続"},"targets":[{"fiscalYear":2025,"value":"46 手続"}]}],"departments":["情報統計課","市民課"]}}
JSON
)
# An empty argument would be taken as a second URL (the site root, answered 404), so options come only when given.
run() {
  local seconds=$1
  shift
  "$tools/node_modules/.bin/autocannon" -m POST -H "Content-Type: application/json" -b "$body" -c 10 -R 100 -d "$seconds" "$@" "http://127.0.0.1:$port/api/word/fragments/measure-table"
}
run 10 --json >/dev/null   # warm-up: JIT, profile cache
run "$duration"
