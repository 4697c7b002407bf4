#!/bin/sh
# End-to-end test of installing a task-area plug-in into an existing installation and removing it:
#  1. copy the materialised product (it ships no domain plug-ins) and start it: no domains, and the
#     sample plan's health task shows no editable domain fields;
#  2. install the health feature from the built p2 repository with "planstudio install-domain"
#     (the p2 director), start again: the health domain is there, the task shows its fields; type
#     values into them, save, and check they are stored;
#  3. remove it with "planstudio uninstall-domain", start again: the task still opens, shows the
#     stored values read-only, and a save keeps them.
# Every step is bounded in time; on failure the step's output is printed.
set -u
PRODUCT=$1
REPOSITORY=$2
LIMIT=${PLANSTUDIO_SMOKE_TIMEOUT:-180}
FEATURE=org.planstudio.domain.health.feature
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -z "${DISPLAY:-}" ]; then
  echo "install-test: DISPLAY is not set; run under Xvfb (xvfb-run -a ./mvnw verify)" >&2
  exit 1
fi
cp -a "$PRODUCT" "$WORK/planstudio"
APP="$WORK/planstudio/planstudio"
step=0

run() {
  step=$((step + 1))
  LOG="$WORK/step$step.log"
  # PLANSTUDIO_DB: the embedded database, so that the first start does not ask where to work.
  HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" PLANSTUDIO_DB="$WORK/data/planstudio/db" timeout "$LIMIT" "$APP" "$@" >"$LOG" 2>&1
  rc=$?
  if [ "$rc" -ne 0 ]; then
    fail "planstudio $* exited with code $rc"
  fi
}

expect() {
  if ! grep -qF -- "$1" "$LOG"; then
    fail "expected \"$1\""
  fi
}

reject() {
  if grep -qF -- "$1" "$LOG"; then
    fail "did not expect \"$1\""
  fi
}

fail() {
  echo "install-test: step $step failed: $1. Output:" >&2
  cat "$LOG" >&2
  exit 1
}

run --smoke-test --smoke-task 4
expect "PLANSTUDIO-SMOKE-TEST: window open"
expect "PLANSTUDIO-SMOKE-TEST: domains=[]"
expect "task 4 domain=health installed=false editable=[] shown={}"

run install-domain "$REPOSITORY" "$FEATURE"
expect "$FEATURE"
run list-domains
expect "$FEATURE.feature.group"
ls "$WORK/planstudio/plugins" | grep -q '^org.planstudio.domain.health_' || fail "the health plug-in is not in plugins/"

run --smoke-test --smoke-task 4 --smoke-set cooperationForm=PRODUCT_REGISTRATION --smoke-set registrationsPlanned=3 \
  --smoke-set partnerRegulator=SAHPRA --smoke-save --smoke-domains-view
expect "PLANSTUDIO-SMOKE-TEST: domains=[health]"
expect "PLANSTUDIO-SMOKE-TEST: domains view: "
reject "domains view failed"
reject "domain failure"
expect "task 4 domain=health installed=true editable=[cooperationForm, clinicalTrialPhase, ethicsApproval, registrationsPlanned, partnerRegulator]"
expect "shown={clinicalTrialPhase=, cooperationForm=PRODUCT_REGISTRATION, ethicsApproval=, partnerRegulator=SAHPRA, registrationsPlanned=3}"
expect "stored={cooperationForm=PRODUCT_REGISTRATION, partnerRegulator=SAHPRA, registrationsPlanned=3}"
grep "PLANSTUDIO-SMOKE-TEST" "$LOG"

run uninstall-domain "$FEATURE"
run list-domains
reject "$FEATURE"
grep -q 'org.planstudio.domain.health,' "$WORK/planstudio/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  && fail "the health plug-in is still configured in bundles.info"

run --smoke-test --smoke-task 4 --smoke-save --smoke-domains-view
expect "PLANSTUDIO-SMOKE-TEST: domains=[]"
reject "domains view failed"
expect "task 4 domain=health installed=false editable=[] shown={cooperationForm=PRODUCT_REGISTRATION, partnerRegulator=SAHPRA, registrationsPlanned=3}"
expect "dirty=false task 4 stored={cooperationForm=PRODUCT_REGISTRATION, partnerRegulator=SAHPRA, registrationsPlanned=3}"
grep "PLANSTUDIO-SMOKE-TEST" "$LOG"
echo "install-test: installing and removing $FEATURE in an existing installation works"
