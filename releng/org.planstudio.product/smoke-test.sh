#!/bin/sh
# Starts the materialised product with --smoke-test on a throw-away home and data folder and
# fails unless the workbench window opens with the editor on the sample plan (its id and title),
# the product exits cleanly within the time limit, and neither the workspace log nor standard error
# holds an error. Then runs the headless command line of the product once: import the sample plan,
# a Word report of it (exit code 0, a .docx), and a report of a missing plan (exit code 3).
set -u
PRODUCT_DIR=$1
LIMIT=${PLANSTUDIO_SMOKE_TIMEOUT:-180}
SAMPLE_ID=bj-bri-2024
SAMPLE_TITLE="“一带一路”科技创新北京行动计划（2024-2027年）（征求意见稿）"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
OUT="$WORK/smoke.out"
ERR="$WORK/smoke.err"
# The product's workspace (osgi.instance.area.default in the .product) under the throw-away home.
ECLIPSE_LOG="$WORK/.local/share/planstudio/workspace/.metadata/.log"
if [ -z "${DISPLAY:-}" ]; then
  echo "smoke-test: DISPLAY is not set; run under Xvfb (xvfb-run -a ./mvnw verify)" >&2
  exit 1
fi
fail() {
  echo "smoke-test: $1" >&2
  echo "--- standard output" >&2; cat "$OUT" >&2
  echo "--- standard error" >&2; cat "$ERR" >&2
  if [ -f "$ECLIPSE_LOG" ]; then echo "--- $ECLIPSE_LOG" >&2; cat "$ECLIPSE_LOG" >&2; fi
  exit 1
}
start=$(date +%s%N)
# An explicit database folder: without one the first start asks "work alone or office database?".
HOME="$WORK" XDG_DATA_HOME="$WORK/data" PLANSTUDIO_DB="$WORK/data/planstudio/db" \
  timeout "$LIMIT" "$PRODUCT_DIR/planstudio" --smoke-test >"$OUT" 2>"$ERR"
rc=$?
grep -q "PLANSTUDIO-SMOKE-TEST: window open" "$OUT" || fail "the Plan Studio window did not open (exit code $rc)"
[ "$rc" -eq 0 ] || fail "Plan Studio opened its window but exited with code $rc"
grep -qF "PLANSTUDIO-SMOKE-TEST: editor open on plan $SAMPLE_ID revision " "$OUT" \
  || fail "the editor is not open on the sample plan $SAMPLE_ID"
grep -F "PLANSTUDIO-SMOKE-TEST: editor open on plan $SAMPLE_ID revision " "$OUT" | grep -qF ": $SAMPLE_TITLE" \
  || fail "the editor's plan does not carry the sample plan's title $SAMPLE_TITLE"
# Severity 4 is IStatus.ERROR in Eclipse's log format (!ENTRY <bundle> <severity> <code> <date>).
if [ -f "$ECLIPSE_LOG" ] && grep -qE '^!ENTRY [^ ]+ 4 ' "$ECLIPSE_LOG"; then
  fail "the workspace log holds an error"
fi
# Standard error: Java exceptions, SLF4J/NatTable errors, Eclipse's own console errors.
if grep -qE 'Exception|^Error|ERROR|SEVERE|!ENTRY [^ ]+ 4 ' "$ERR"; then
  fail "standard error holds an error"
fi
grep "PLANSTUDIO-SMOKE-TEST" "$OUT"
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
