#!/usr/bin/env bash
# The project's one test command (README: `npm test`). Runs everything and reports every suite, even after a
# failure, then exits non-zero if anything failed:
#   1. unit + integration tests on embedded PGlite;
#   2. the integration tests again on the PostgreSQL server at 127.0.0.1:5432, when one answers
#      (each test file in a fresh database);
#   3. browser and HTTP tests (Playwright + Debian Chromium) against the built app.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-reports
rm -f .test-reports/*.json
status=0
failed_steps=""

echo "== 1/3 unit and integration tests on embedded PGlite"
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-reports/vitest-pglite.json 2>&1 \
  | tee .test-reports/vitest-pglite.log; [ "${PIPESTATUS[0]}" -eq 0 ] || { status=1; failed_steps+=" pglite"; }

PG_ADMIN="${TEST_PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
if node -e "const c=new (require('pg').Client)({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.end()).catch(()=>process.exit(1))" "$PG_ADMIN"; then
  echo "== 2/3 integration tests on PostgreSQL ($PG_ADMIN)"
  TEST_PG_ADMIN_URL="$PG_ADMIN" npx vitest run tests/integration \
    --reporter=default --reporter=json --outputFile.json=.test-reports/vitest-postgres.json 2>&1 \
    | tee .test-reports/vitest-postgres.log; [ "${PIPESTATUS[0]}" -eq 0 ] || { status=1; failed_steps+=" postgres"; }
elif [ "${CI:-}" = "true" ]; then
  # CI must not go green by skipping half the database matrix: this machine kind starts PostgreSQL (.ci/run
  # starts it when it is down); elsewhere start one, or run without CI=true to skip this step knowingly.
  echo "== 2/3 FAILED: CI=true and no PostgreSQL server answers at $PG_ADMIN"
  status=1; failed_steps+=" postgres-missing"
else
  echo "== 2/3 skipped: no PostgreSQL server answers at $PG_ADMIN"
fi

echo "== 3/3 browser and HTTP tests (Playwright, Chromium)"
if npx next build > .test-reports/next-build.log 2>&1; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=.test-reports/playwright.json npx playwright test --reporter=list,json || { status=1; failed_steps+=" playwright"; }
else
  cat .test-reports/next-build.log
  echo "next build failed"
  status=1; failed_steps+=" build"
fi

# vitest also exits non-zero on errors outside any test (an unhandled rejection) while every test passed; CI
# keeps only the end of this output, so repeat those errors here, where they will be read.
for log in .test-reports/vitest-pglite.log .test-reports/vitest-postgres.log; do
  [ -f "$log" ] && grep -qE "Unhandled (Error|Rejection)" "$log" && { echo "== errors outside any test in $log:"; \
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -A 12 -E "Unhandled (Error|Rejection)" | head -40; }
done
node tests/summarize-results.mjs || status=1
[ -n "$failed_steps" ] && echo "failed steps:$failed_steps"
exit $status
