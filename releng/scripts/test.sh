#!/bin/sh
# Runs every Plan Studio test: unit tests, UI tests under Xvfb and the product smoke test. The
# store's tests run twice, on embedded Derby and on a throw-away PostgreSQL server on loopback
# (started here, stopped on exit; see docs/team.md, "Tests").
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/releng/scripts/setup.sh"
cd "$ROOT"
server=$("$ROOT/releng/scripts/test-postgres.sh" start)
eval "$(echo "$server" | sed 's/^/export /')"
trap '"$ROOT/releng/scripts/test-postgres.sh" stop "$PLANSTUDIO_TEST_PG_DIR"' EXIT
trap 'exit 130' INT TERM
export PLANSTUDIO_REQUIRE_POSTGRESQL=1
echo "test.sh: PostgreSQL test server at $PLANSTUDIO_TEST_PG_URL" >&2
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@"
