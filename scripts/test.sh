#!/usr/bin/env bash
# Runs every test of the solution and ends with one summary line: "Tests: N passed, N failed".
# One Release build, then each test project on its own (`dotnet test tests/X --no-build`), up to ODX_TEST_JOBS at once
# (default: the number of cores), slowest first; a line per project as it finishes, and a line a minute while any runs.
set -uo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
elapsed() { echo "$(( SECONDS - started ))s"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== build (Release) =="
build_start=$SECONDS
if ! dotnet build OfficeDx.sln --configuration Release -nologo -clp:ErrorsOnly > "$work/build.log" 2>&1; then
  cat "$work/build.log"
  echo "Build failed after $(( SECONDS - build_start ))s."
  echo "Tests: 0 passed, 1 failed"
  exit 1
fi
echo "Built in $(( SECONDS - build_start ))s."

# Slowest first (measured on the 2-core CI machine), so the long ones overlap the short ones; new projects run last.
# "add-in" is the add-in's npm tests (run_addin below).
# "format" is `dotnet format --verify-no-changes` (the .editorconfig's rules), counted as one test.
order=(OfficeDx.Documents.Tests add-in OfficeDx.Cli.Tests OfficeDx.SharePoint.Tests OfficeDx.Storage.Tests OfficeDx.Service.Tests format OfficeDx.Core.Tests)
projects=()
for name in "${order[@]}"; do [ "$name" = add-in ] || [ "$name" = format ] || [ -f "tests/$name/$name.csproj" ] && projects+=("$name"); done
# Only the solution's projects are built above; every test project of the solution runs (the fuzzer's short run, tests/OfficeDx.Fuzz.Tests, among them).
for csproj in $(dotnet sln OfficeDx.sln list | grep -E '^tests/.*\.csproj$' | sort); do
  grep -q "<IsTestProject>true</IsTestProject>" "$csproj" || continue
  name=$(basename "$(dirname "$csproj")")
  [[ " ${projects[*]} " == *" $name "* ]] || projects+=("$name")
done
total=${#projects[@]}
jobs=${ODX_TEST_JOBS:-$(nproc)}

# One project: its console log (one line per test, so the heartbeat can count) and its exit status.
run_project() {
  local name=$1 code
  local begin=$SECONDS
  if [ "$name" = format ]; then
    dotnet format OfficeDx.sln --verify-no-changes --no-restore > "$work/$name.log" 2>&1
    code=$?
  elif [ "$name" = add-in ]; then
    run_addin > "$work/$name.log" 2>&1
    code=$?
    # vitest colours its summary when it thinks it may (CI=true does): strip the escapes before counting.
    sed -i 's/\x1b\[[0-9;]*m//g' "$work/$name.log"
  else
    dotnet test "tests/$name" --configuration Release --no-build --logger "console;verbosity=normal" > "$work/$name.log" 2>&1
    code=$?
  fi
  echo "$code $(( SECONDS - begin ))" > "$work/$name.done"
}

# The add-in: unit tests (vitest + office-addin-mock), then the browser tests against the Release officedx built above.
# `npm ci`: the lock file carries every platform's optional native packages (rollup, esbuild), so it installs as is on
# Linux, Windows and macOS.
run_addin() {
  (cd addin && npm ci --no-audit --no-fund && npm run build && npm run typecheck && npm test && npm run e2e)
}
count() { # count PASSED|FAILED LOG: the per-test lines so far
  grep -cE "^ +$1 " "$2" 2>/dev/null || true
}

passed=0 failed=0 status=0 finished=0 next=0 last_beat=$SECONDS
declare -A running=()
report() {
  local name=$1 code seconds p f
  read -r code seconds < "$work/$name.done"
  if [ "$name" = format ]; then
    # One check: every file as the .editorconfig says (`dotnet format OfficeDx.sln` fixes what it lists).
    if [ "$code" -eq 0 ]; then p=1; f=0; else p=0; f=1; fi
  elif [ "$name" = add-in ]; then
    p=$(grep -E "^ +Tests +" "$work/$name.log" | grep -oE "[0-9]+ passed" | awk '{s += $1} END {print s + 0}')
    f=$(grep -E "^ +Tests +" "$work/$name.log" | grep -oE "[0-9]+ failed" | awk '{s += $1} END {print s + 0}')
  else
    p=$(grep -oE "Passed: +[0-9]+" "$work/$name.log" | awk '{s += $2} END {print s + 0}')
    f=$(grep -oE "Failed: +[0-9]+" "$work/$name.log" | awk '{s += $2} END {print s + 0}')
  fi
  if [ "$code" -ne 0 ]; then
    status=$code
    # A failed test or a crash: show what was said about it (each failed test with its message, else the log's end).
    if grep -qE "^ +Failed " "$work/$name.log"; then grep -A20 -E "^ +Failed " "$work/$name.log" | head -200; else tail -60 "$work/$name.log"; fi
    [ "$f" -eq 0 ] && f=1
  fi
  passed=$(( passed + p )); failed=$(( failed + f )); finished=$(( finished + 1 ))
  echo "[$finished/$total] ${name%.Tests}: passed $p failed $f (${seconds}s)"
}

while [ "$next" -lt "${#projects[@]}" ] || [ "${#running[@]}" -gt 0 ]; do
  while [ "$next" -lt "${#projects[@]}" ] && [ "${#running[@]}" -lt "$jobs" ]; do
    name=${projects[$next]}; next=$(( next + 1 ))
    run_project "$name" &
    running[$name]=$SECONDS
  done
  sleep 2
  for name in "${!running[@]}"; do
    if [ -f "$work/$name.done" ]; then unset "running[$name]"; report "$name"; fi
  done
  if [ $(( SECONDS - last_beat )) -ge 60 ] && [ "${#running[@]}" -gt 0 ]; then
    last_beat=$SECONDS
    beat=""
    for name in "${!running[@]}"; do
      beat+=" ${name%.Tests} $(count Passed "$work/$name.log") passed $(count Failed "$work/$name.log") failed ($(( SECONDS - running[$name] ))s);"
    done
    echo "  … $(elapsed):${beat%;}"
  fi
done

echo "All tests ran in $(elapsed)."
echo "Tests: ${passed} passed, ${failed} failed"
exit "$status"
