#!/bin/sh
# Starts the materialised product with --smoke-test on a throw-away home and data folder and
# fails unless the workbench window opens and the product exits cleanly within the time limit.
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
echo "smoke-test: passed in $(( ($(date +%s%N) - start) / 1000000 )) ms"
