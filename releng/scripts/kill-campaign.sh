#!/bin/sh
# The store's kill -9 campaign (docs/benchmarks.md): N rounds of a child JVM saving large plans,
# each killed at a random moment, the database reopened and checked after each. Runs as a plain
# Java program on the classes a build left in target/classes and the jars the target platform
# pins. Build first: ./mvnw -B verify -pl tests/org.planstudio.store.tests -am
# Usage: releng/scripts/kill-campaign.sh [rounds=200] [items-per-kind=250] [folder] [seed] [full|tracked]
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROUNDS=${1:-200}
ITEMS=${2:-250}
FOLDER=${3:-$(mktemp -d /tmp/planstudio-kill.XXXXXX)}
. "$ROOT/releng/scripts/plain-classpath.sh"
CP=$(plain_classpath kill-campaign bundles/org.planstudio.model bundles/org.planstudio.store tests/org.planstudio.store.tests)
echo "kill-campaign: $ROUNDS rounds, $ITEMS items per kind, in $FOLDER" >&2
exec java -Xmx1g -Dplanstudio.child.timeout=${CHILD_TIMEOUT:-600} -cp "$CP" org.planstudio.store.tests.KillCampaign "$ROUNDS" "$ITEMS" "$FOLDER" ${4:-20261201} ${5:+"$5"}
