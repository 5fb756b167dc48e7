#!/usr/bin/env bash
# Two `officedx serve` processes on one PostgreSQL database take 200 department workbooks of 100 measures concurrently
# (CentralSubmissionTests at full size) and print p50/p99 per submission. Needs OFFICEDX_TEST_POSTGRES (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
export OFFICEDX_CENTRAL_DEPARTMENTS="${OFFICEDX_CENTRAL_DEPARTMENTS:-200}" OFFICEDX_CENTRAL_MEASURES="${OFFICEDX_CENTRAL_MEASURES:-100}"
: "${OFFICEDX_TEST_POSTGRES:?set OFFICEDX_TEST_POSTGRES, e.g. Host=127.0.0.1;Port=5432;Username=officedx;Password=officedx;Database=postgres}"
dotnet test tests/OfficeDx.Cli.Tests -c Release --filter "FullyQualifiedName~CentralSubmissionTests" --logger "console;verbosity=detailed" 2>&1 \
  | grep -E "central submissions:|Passed!|Failed!|Test Run (Successful|Failed)|Passed:|Failed:|error|Error Message|Assert" 
