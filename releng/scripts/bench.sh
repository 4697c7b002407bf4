#!/bin/sh
# Runs the traceability benchmark (docs/benchmarks.md) as a plain Java program on the classes a
# build left in target/classes and the library jars the target platform pins (from the local
# Maven repository). Build first: ./mvnw -B verify (or releng/scripts/test.sh).
# Arguments are passed on as name=value, e.g. runs=7 db=/tmp/bench-db; see TraceBenchmark.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
# Versions as in releng/org.planstudio.target/org.planstudio.target.target.
JARS="org/eclipse/emf/org.eclipse.emf.common/2.44.0/org.eclipse.emf.common-2.44.0.jar
org/eclipse/emf/org.eclipse.emf.ecore/2.41.0/org.eclipse.emf.ecore-2.41.0.jar
org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.39.0/org.eclipse.emf.ecore.xmi-2.39.0.jar
org/apache/derby/derby/10.16.1.1/derby-10.16.1.1.jar
org/apache/derby/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar
org/apache/derby/derbytools/10.16.1.1/derbytools-10.16.1.1.jar"
CP=""
for module in bundles/org.planstudio.model bundles/org.planstudio.store bundles/org.planstudio.trace \
        tests/org.planstudio.trace.tests; do
    if [ ! -d "$ROOT/$module/target/classes" ]; then
        echo "bench: $module is not built; run ./mvnw -B verify first" >&2
        exit 1
    fi
    CP="$CP${CP:+:}$ROOT/$module/target/classes"
done
for jar in $JARS; do
    if [ ! -f "$REPO/$jar" ]; then
        echo "bench: $REPO/$jar is missing; a build fetches it" >&2
        exit 1
    fi
    CP="$CP:$REPO/$jar"
done
# BENCH_MAIN=org.planstudio.trace.bench.StoreBenchmark runs the store benchmark instead (same class path).
exec java ${BENCH_VM_ARGS:--Xmx3g} -cp "$CP" ${BENCH_MAIN:-org.planstudio.trace.bench.TraceBenchmark} "$@"
