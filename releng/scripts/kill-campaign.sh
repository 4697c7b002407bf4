#!/bin/sh
# The store's kill -9 campaign (docs/benchmarks.md): N rounds of a child JVM saving large plans,
# each killed at a random moment, the database reopened and checked after each. Runs as a plain
# Java program on the classes a build left in target/classes and the jars the target platform
# pins. Build first: ./mvnw -B verify -pl tests/org.planstudio.store.tests -am
# Usage: releng/scripts/kill-campaign.sh [rounds=200] [items-per-kind=250] [folder] [seed] [full|tracked]
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
ROUNDS=${1:-200}
ITEMS=${2:-250}
FOLDER=${3:-$(mktemp -d /tmp/planstudio-kill.XXXXXX)}
# Versions as in releng/org.planstudio.target/org.planstudio.target.target.
JARS="org/eclipse/emf/org.eclipse.emf.common/2.44.0/org.eclipse.emf.common-2.44.0.jar
org/eclipse/emf/org.eclipse.emf.ecore/2.41.0/org.eclipse.emf.ecore-2.41.0.jar
org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.39.0/org.eclipse.emf.ecore.xmi-2.39.0.jar
org/apache/derby/derby/10.16.1.1/derby-10.16.1.1.jar
org/apache/derby/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar
org/apache/derby/derbytools/10.16.1.1/derbytools-10.16.1.1.jar"
JUNIT=$(find "$REPO/org/junit/jupiter/junit-jupiter-api" -name 'junit-jupiter-api-5*.jar' | sort | tail -1)
OPENTEST=$(find "$REPO/org/opentest4j" -name 'opentest4j-*.jar' | sort | tail -1)
CP=""
for module in bundles/org.planstudio.model bundles/org.planstudio.store tests/org.planstudio.store.tests; do
    if [ ! -d "$ROOT/$module/target/classes" ]; then
        echo "kill-campaign: $module is not built; build it first" >&2
        exit 1
    fi
    CP="$CP${CP:+:}$ROOT/$module/target/classes"
done
for jar in $JARS; do
    CP="$CP:$REPO/$jar"
done
# The campaign reuses the store tests' child-process helper, which reports failures through JUnit's assertions.
CP="$CP:$JUNIT:$OPENTEST"
echo "kill-campaign: $ROUNDS rounds, $ITEMS items per kind, in $FOLDER" >&2
exec java -Xmx1g -Dplanstudio.child.timeout=${CHILD_TIMEOUT:-600} -cp "$CP" org.planstudio.store.tests.KillCampaign "$ROUNDS" "$ITEMS" "$FOLDER" ${4:-20261201} ${5:+"$5"}
