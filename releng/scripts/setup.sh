#!/bin/sh
# Installs what building, testing and showing Plan Studio needs on a Debian machine, when missing:
# Java 17, a system Maven (used once by ./mvnw to fetch the pinned Maven), Xvfb for the UI tests
# and for running without a display, a CJK font so that Chinese renders, and PostgreSQL (the store's
# tests also run on a throw-away server, releng/scripts/test-postgres.sh).
set -e
need=""
command -v javac >/dev/null 2>&1 || need="$need openjdk-17-jdk-headless"
command -v mvn >/dev/null 2>&1 || need="$need maven"
command -v xvfb-run >/dev/null 2>&1 || need="$need xvfb"
command -v xauth >/dev/null 2>&1 || need="$need xauth"
fc-list :lang=zh 2>/dev/null | grep -q . || need="$need fonts-wqy-microhei"
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need="$need libgtk-3-0"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
command -v openssl >/dev/null 2>&1 || need="$need openssl"   # the TLS test's throw-away CA
[ -z "$need" ] && exit 0
echo "setup: installing$need" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The Debian package would create and start a cluster on the default port; the tests start their own.
if echo "$need" | grep -q postgresql; then
    $SUDO mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | $SUDO tee -a /etc/postgresql-common/createcluster.conf >/dev/null
fi
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold $need >/dev/null
