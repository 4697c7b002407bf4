#!/bin/bash
# A throw-away PostgreSQL server on loopback for the tests (never the default port 5432).
#   test-postgres.sh start   initdb into a new temporary folder, start the server on the first free
#                            port from 55432, create the test owner and database, and print the
#                            environment for the tests (eval it): PLANSTUDIO_TEST_PG_URL, _USER,
#                            _PASSWORD, PLANSTUDIO_TEST_PG_DIR
#   test-postgres.sh stop DIR
#                            stop that server and delete its folder
# PostgreSQL refuses to run as root: as root the server runs as the postgres user (created by the
# Debian package), otherwise as the caller.
set -euo pipefail

bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        echo "test-postgres: PostgreSQL is not installed (releng/scripts/setup.sh installs it)" >&2
        exit 1
    fi
    echo "$dir"
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
    local bin dir port password
    bin=$(bindir)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/planstudio-pg.XXXXXX")
    chmod 700 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    port=55432
    while ! port_free "$port"; do
        port=$((port + 1))
        [ "$port" -lt 55532 ] || { echo "test-postgres: no free port in 55432-55531" >&2; exit 1; }
    done
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    # The tests' owner may create schemas (one per test) and roles (the permission tests).
    as_owner "$bin/psql" -X -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE planstudio_test LOGIN CREATEROLE PASSWORD '$password'" \
        -c "CREATE DATABASE planstudio_test OWNER planstudio_test" >/dev/null
    echo "PLANSTUDIO_TEST_PG_URL=postgresql://127.0.0.1:$port/planstudio_test"
    echo "PLANSTUDIO_TEST_PG_USER=planstudio_test"
    echo "PLANSTUDIO_TEST_PG_PASSWORD=$password"
    echo "PLANSTUDIO_TEST_PG_DIR=$dir"
}

stop() {
    local dir=${1:?usage: test-postgres.sh stop DIR}
    case "$dir" in
    */planstudio-pg.*) ;;
    *) echo "test-postgres: not a test server folder: $dir" >&2; exit 1 ;;
    esac
    if [ -d "$dir/data" ]; then
        as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) shift; stop "$@" ;;
*) echo "usage: test-postgres.sh start | stop DIR" >&2; exit 2 ;;
esac
