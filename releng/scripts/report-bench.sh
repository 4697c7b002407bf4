#!/bin/sh
# Runs the report benchmark (docs/benchmarks.md, "Reports") as a plain Java program on the jars of
# the materialised product and the test classes a build left in target/classes.
# Build first: xvfb-run -a ./mvnw -B verify. Arguments are name=value (tasks, items, links, runs,
# seed, asOf); the default is one plan of the city data set (50 tasks, 2,000 items, 10,000 links).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PLUGINS="$ROOT/releng/org.planstudio.product/target/products/org.planstudio/linux/gtk/x86_64/planstudio/plugins"
TESTS="$ROOT/tests/org.planstudio.report.tests/target/classes"
if [ ! -d "$PLUGINS" ] || [ ! -d "$TESTS" ]; then
  echo "report-bench: build first (xvfb-run -a ./mvnw -B verify)" >&2
  exit 1
fi
CP="$TESTS"
for jar in "$PLUGINS"/*.jar; do CP="$CP:$jar"; done
exec java ${BENCH_VM_ARGS:--Xmx2g} -Djava.awt.headless=true \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "$CP" org.planstudio.report.bench.ReportBenchmark "$@"
