#!/usr/bin/env bash
# The one entry point: ./build.sh run | test | build. The targets live in build.cake.
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK is required (see global.json for the version): https://dotnet.microsoft.com/download" >&2
  exit 1
fi

target="${1:-build}"
shift || true
dotnet tool restore >/dev/null || exit 1
rm -f TestResults/total.txt
dotnet cake build.cake --target="$target" "$@"
status=$?
if [ "$target" = "test" ]; then
  if [ -f TestResults/total.txt ]; then
    cat TestResults/total.txt
  else
    echo "Total: 0 passed, 1 failed, 0 skipped (the build or the test set-up failed before any test ran)"
  fi
fi
exit $status
