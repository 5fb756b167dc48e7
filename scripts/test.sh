#!/usr/bin/env bash
# Runs every test of the solution and ends with one summary line: "Tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
dotnet test OfficeDx.sln --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE "Passed: +[0-9]+" "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE "Failed: +[0-9]+" "$log" | awk '{s += $2} END {print s + 0}')

# The add-in: unit tests (vitest + office-addin-mock), then the browser tests against the Release officedx built above.
# `npm ci`: the lock file carries every platform's optional native packages (rollup, esbuild), so it installs as is on
# Linux, Windows and macOS.
addin_log=$(mktemp)
(cd addin && npm ci --no-audit --no-fund && npm run build && npm run typecheck && npm test && npm run e2e) 2>&1 | tee "$addin_log"
addin_status=${PIPESTATUS[0]}
# vitest colours its summary when it thinks it may (CI=true does): strip the escapes before counting.
sed -i 's/\x1b\[[0-9;]*m//g' "$addin_log"
[ "$addin_status" -ne 0 ] && status=$addin_status
passed=$((passed + $(grep -E "^ +Tests +" "$addin_log" | grep -oE "[0-9]+ passed" | awk '{s += $1} END {print s + 0}')))
failed=$((failed + $(grep -E "^ +Tests +" "$addin_log" | grep -oE "[0-9]+ failed" | awk '{s += $1} END {print s + 0}')))
rm -f "$addin_log"
rm -f "$log"
echo "Tests: ${passed} passed, ${failed} failed"
exit "$status"
