#!/bin/sh
# The team concurrency campaign (docs/benchmarks.md, "Team: concurrency campaign"): CLIENTS plan
# editors, each signed in with their own credentials and their own store session, make EDITS random
# edits each to one plan on a PostgreSQL server, each saved at once with the store's merging save;
# then every acknowledged edit is looked for in the final plan and the audit chain is verified.
# Runs as a plain Java program on the classes a build left in target/classes and the jars the
# target platform pins. Build first:
#   ./mvnw -B -o verify -pl features/org.planstudio.platform.feature,tests/org.planstudio.team.tests -am
# Uses the server named by PLANSTUDIO_TEST_PG_URL (_USER, _PASSWORD) if set, otherwise starts a
# throw-away one with test-postgres.sh and stops it at the end.
# Usage: releng/scripts/concurrency-campaign.sh [clients=2] [edits-per-client=1000] [seed]
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CLIENTS=${1:-2}
EDITS=${2:-1000}
. "$ROOT/releng/scripts/plain-classpath.sh"
CP=$(plain_classpath concurrency-campaign bundles/org.planstudio.model bundles/org.planstudio.merge bundles/org.planstudio.store \
    bundles/org.planstudio.team tests/org.planstudio.team.tests)
if [ -z "$PLANSTUDIO_TEST_PG_URL" ]; then
    server=$("$ROOT/releng/scripts/test-postgres.sh" start)
    eval "$(echo "$server" | sed 's/^/export /')"
    trap '"$ROOT/releng/scripts/test-postgres.sh" stop "$PLANSTUDIO_TEST_PG_DIR"' EXIT
    trap 'exit 130' INT TERM
fi
echo "concurrency-campaign: $CLIENTS clients x $EDITS edits on $PLANSTUDIO_TEST_PG_URL" >&2
java -Xmx1g -cp "$CP" org.planstudio.team.tests.ConcurrencyCampaign "$CLIENTS" "$EDITS" ${3:+"$3"}
