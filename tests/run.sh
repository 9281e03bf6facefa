#!/usr/bin/env bash
# Runs every test of BenefitsBot on a fresh machine: installs what the tests need, builds, runs all test projects
# and the oracle self-test, and ends with one line "N passed, N failed" summing every run.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results=$(mktemp -d)
status=0

step() { printf '\n== %s\n' "$*"; }

step "npm packages for the oracles, the Playground and the Agents Toolkit"
for dir in tests/oracles tests/playground tests/toolkit; do
  if [ -f "$dir/package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $dir"; exit 1; }
  fi
done

if [ -x tests/setup-postgres.sh ]; then
  step "PostgreSQL for the storage tests"
  # shellcheck disable=SC1091
  source tests/setup-postgres.sh || { echo "PostgreSQL setup failed"; exit 1; }
fi

if [ -x tests/setup-chromium.sh ]; then
  step "Chromium for the browser tests"
  # shellcheck disable=SC1091
  source tests/setup-chromium.sh || { echo "Chromium setup failed"; exit 1; }
fi

step "build"
dotnet build BenefitsBot.sln -c Release -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0
step "oracle self-test"
(cd tests/oracles && bash selftest.sh) > "$results/oracles.txt" 2>&1
tail -n 1 "$results/oracles.txt"
if read -r p f < <(tail -n 1 "$results/oracles.txt" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed.*/\1 \2/p'); then
  passed=$((passed + p)); failed=$((failed + f))
else
  failed=$((failed + 1))
fi

for project in tests/*.Tests/*.csproj; do
  name=$(basename "$project" .csproj)
  step "$name"
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$results/$name.trx" --logger "console;verbosity=minimal" 2>&1 | tee "$results/$name.txt"
  rc=${PIPESTATUS[0]}
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    p=$(grep -o '<Counters [^>]*' "$trx" | sed -nE 's/.* passed="([0-9]+)".*/\1/p')
    f=$(grep -o '<Counters [^>]*' "$trx" | sed -nE 's/.* failed="([0-9]+)".*/\1/p')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
    [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ] && failed=$((failed + 1))
  else
    echo "no test results from $name"; failed=$((failed + 1))
  fi
done

[ "$failed" -gt 0 ] && status=1
printf '\n%d passed, %d failed\n' "$passed" "$failed"
exit $status
