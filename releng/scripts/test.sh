#!/bin/sh
# Runs every Plan Studio test: unit tests, UI tests under Xvfb and the product smoke test.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/releng/scripts/setup.sh"
cd "$ROOT"
exec xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@"
