#!/bin/bash
# A throw-away PostgreSQL server on loopback for the tests (never the default port 5432).
#   test-postgres.sh start   initdb into a new temporary folder, start the server on the first free
#                            port from 55432, create the test owner and database, and print the
#                            environment for the tests (eval it): PLANSTUDIO_TEST_PG_URL, _USER,
#                            _PASSWORD, PLANSTUDIO_TEST_PG_DIR
#   test-postgres.sh start --tls
#                            the same with TLS on (ssl=on): a test CA and a server certificate for the
#                            host name "localhost" made with openssl in DIR/tls; the URL names
#                            localhost, and PLANSTUDIO_TEST_PG_CA / _OTHER_CA name the test CA's
#                            certificate and that of a second CA that signed nothing; pg_hba.conf
#                            admits TLS connections only
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

# A throw-away CA, a server certificate it signs for "localhost" (only: connecting to 127.0.0.1 with
# verify-full must fail on the host name) and a second CA that signed nothing (the wrong CA).
make_certificates() {
    local tls=$1
    as_owner mkdir -m 700 "$tls"
    as_owner sh -c "cd '$tls' && umask 077 &&
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=Plan Studio test CA' \
            -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
            -keyout ca.key -out ca.pem &&
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=Some other CA' \
            -addext basicConstraints=critical,CA:TRUE -keyout other-ca.key -out other-ca.pem &&
        openssl req -newkey rsa:2048 -nodes -subj '/CN=localhost' -keyout server.key -out server.csr &&
        printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >server.ext &&
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
            -extfile server.ext -out server.crt &&
        chmod 644 ca.pem other-ca.pem" >"$tls.log" 2>&1 || { cat "$tls.log" >&2; exit 1; }
}

start() {
    local bin dir port password tls="" host=127.0.0.1 listen=127.0.0.1
    bin=$(bindir)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/planstudio-pg.XXXXXX")
    chmod 700 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    if [ "${1:-}" = "--tls" ]; then
        make_certificates "$dir/tls"
        # Only TLS connections are admitted, so a test that connects has connected over TLS.
        as_owner sed -i 's/^host\([[:space:]]\)/hostssl\1/' "$dir/data/pg_hba.conf"
        tls="-c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key"
        host=localhost
        listen=localhost
    fi
    port=55432
    while ! port_free "$port"; do
        port=$((port + 1))
        [ "$port" -lt 55532 ] || { echo "test-postgres: no free port in 55432-55531" >&2; exit 1; }
    done
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=$listen -c fsync=off $tls" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    # The tests' owner may create schemas (one per test) and roles (the permission tests).
    as_owner "$bin/psql" -X -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE planstudio_test LOGIN CREATEROLE PASSWORD '$password'" \
        -c "CREATE DATABASE planstudio_test OWNER planstudio_test" >/dev/null
    echo "PLANSTUDIO_TEST_PG_URL=postgresql://$host:$port/planstudio_test"
    echo "PLANSTUDIO_TEST_PG_USER=planstudio_test"
    echo "PLANSTUDIO_TEST_PG_PASSWORD=$password"
    echo "PLANSTUDIO_TEST_PG_DIR=$dir"
    if [ -n "$tls" ]; then
        echo "PLANSTUDIO_TEST_PG_CA=$dir/tls/ca.pem"
        echo "PLANSTUDIO_TEST_PG_OTHER_CA=$dir/tls/other-ca.pem"
    fi
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
start) shift; start "$@" ;;
stop) shift; stop "$@" ;;
*) echo "usage: test-postgres.sh start [--tls] | stop DIR" >&2; exit 2 ;;
esac
