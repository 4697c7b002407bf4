#!/bin/sh
# Starts the materialised product with --smoke-test on a throw-away home and data folder and
# fails unless the workbench window opens and the product exits cleanly within the time limit.
# Then runs the headless command line of the product once: import the sample plan, a Word report
# of it (exit code 0, a .docx), and a report of a missing plan (exit code 3).
set -u
PRODUCT_DIR=$1
LIMIT=${PLANSTUDIO_SMOKE_TIMEOUT:-180}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LOG="$WORK/smoke.log"
if [ -z "${DISPLAY:-}" ]; then
  echo "smoke-test: DISPLAY is not set; run under Xvfb (xvfb-run -a ./mvnw verify)" >&2
  exit 1
fi
start=$(date +%s%N)
HOME="$WORK" XDG_DATA_HOME="$WORK/data" timeout "$LIMIT" "$PRODUCT_DIR/planstudio" --smoke-test >"$LOG" 2>&1
rc=$?
if ! grep -q "PLANSTUDIO-SMOKE-TEST: window open" "$LOG"; then
  echo "smoke-test: the Plan Studio window did not open (exit code $rc). Output:" >&2
  cat "$LOG" >&2
  exit 1
fi
if [ "$rc" -ne 0 ]; then
  echo "smoke-test: Plan Studio opened its window but exited with code $rc. Output:" >&2
  cat "$LOG" >&2
  exit 1
fi
grep "PLANSTUDIO-SMOKE-TEST" "$LOG"
echo "smoke-test: window passed in $(( ($(date +%s%N) - start) / 1000000 )) ms"

start=$(date +%s%N)
SAMPLE="$(cd "$(dirname "$0")" && pwd)/../../bundles/org.planstudio.samples/plans/beijing-bri-2024-2027.plan"
CLI_LOG="$WORK/cli.log"
cli() {
  HOME="$WORK" XDG_DATA_HOME="$WORK/cli-data" timeout "$LIMIT" "$PRODUCT_DIR/planstudio" "$@" >>"$CLI_LOG" 2>&1
}
cli_failed() {
  echo "smoke-test: planstudio $1" >&2
  cat "$CLI_LOG" >&2
  exit 1
}
cli import "$SAMPLE" || cli_failed "import exited with $?"
cli report --plan bj-bri-2024 --type traceability --format docx --lang zh --out "$WORK/trace.docx" \
  || cli_failed "report exited with $?"
[ -s "$WORK/trace.docx" ] && [ "$(head -c 2 "$WORK/trace.docx")" = "PK" ] || cli_failed "report wrote no .docx"
cli report --plan no-such-plan --type gaps --out "$WORK/gaps.html"
rc=$?
[ "$rc" -eq 3 ] || cli_failed "report of a missing plan exited with $rc, expected 3"
grep -q 'no-such-plan' "$CLI_LOG" || cli_failed "report of a missing plan did not say which"
echo "smoke-test: command line passed in $(( ($(date +%s%N) - start) / 1000000 )) ms ($(wc -c < "$WORK/trace.docx") byte report)"
