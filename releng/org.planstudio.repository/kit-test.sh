#!/bin/sh
# End-to-end test of the task-area plug-in kit, as a division's developer uses it outside this
# repository:
#  1. write a new plug-in project "kitcheck" from releng/org.planstudio.domain.template with its
#     generator (new-domain.sh) into a temporary folder;
#  2. build it there with its own wrapper and pomless Tycho against the p2 repository just built
#     (the kit feature carries the API, the DS annotations and JUnit; offline from the local Maven
#     repository the main build filled), running its sample test;
#  3. install the result into a copy of the materialised product with "planstudio install-domain
#     <its repository> kitcheck" (the short name) and start it: the task area is active.
# Every step is bounded in time; on failure the step's output is printed.
set -u
PRODUCT=$1
REPOSITORY=$2
LOCAL_REPOSITORY=${3:-$HOME/.m2/repository}
HERE=$(cd "$(dirname "$0")" && pwd)
TEMPLATE="$HERE/../org.planstudio.domain.template"
LIMIT=${PLANSTUDIO_SMOKE_TIMEOUT:-180}
BUILD_LIMIT=${PLANSTUDIO_KIT_BUILD_TIMEOUT:-1500}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -z "${DISPLAY:-}" ]; then
  echo "kit-test: DISPLAY is not set; run under Xvfb (xvfb-run -a ./mvnw verify)" >&2
  exit 1
fi
step=0

fail() {
  echo "kit-test: step $step failed: $1. Output:" >&2
  tail -n 200 "$LOG" >&2
  exit 1
}

expect() {
  grep -qF -- "$1" "$LOG" || fail "expected \"$1\""
}

step=1; LOG="$WORK/generate.log"
"$TEMPLATE/new-domain.sh" kitcheck "$WORK" >"$LOG" 2>&1 || fail "new-domain.sh failed"
PROJECT="$WORK/org.planstudio.domain.kitcheck"
case "$PROJECT" in "$HERE"*) fail "the project must be outside this repository" ;; esac

step=2; LOG="$WORK/build.log"
# -o: everything the plug-in build needs is in the local Maven repository after the main build
(cd "$PROJECT" && timeout "$BUILD_LIMIT" ./mvnw -B -o -Dmaven.repo.local="$LOCAL_REPOSITORY" verify \
  -Dplanstudio.repository="file:$REPOSITORY") >"$LOG" 2>&1 || fail "the plug-in did not build"
expect "Tests run: 3, Failures: 0, Errors: 0, Skipped: 0"
PLUGIN_REPOSITORY="$PROJECT/repository/target/repository"
ls "$PLUGIN_REPOSITORY/plugins" | grep -q '^org.planstudio.domain.kitcheck_' || fail "no plug-in in $PLUGIN_REPOSITORY"

cp -a "$PRODUCT" "$WORK/planstudio"
APP="$WORK/planstudio/planstudio"
run() {
  step=$((step + 1))
  LOG="$WORK/step$step.log"
  # PLANSTUDIO_DB: the embedded database, so that the first start does not ask where to work.
  HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" PLANSTUDIO_DB="$WORK/data/planstudio/db" timeout "$LIMIT" "$APP" "$@" >"$LOG" 2>&1 || fail "planstudio $* failed"
}
run install-domain "$PLUGIN_REPOSITORY" kitcheck
run list-domains
expect "org.planstudio.domain.kitcheck.feature.feature.group"
run --smoke-test --smoke-domains-view
expect "PLANSTUDIO-SMOKE-TEST: window open"
expect "PLANSTUDIO-SMOKE-TEST: domains=[kitcheck]"
grep -q "domain failure" "$LOG" && fail "a domain failure was reported"
grep "PLANSTUDIO-SMOKE-TEST" "$LOG"
echo "kit-test: a plug-in written from the kit outside the repository builds, installs and is active"
