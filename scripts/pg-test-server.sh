#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL 15 server for the tests and the load benchmark, in a directory of
# its own, on a Unix socket in that directory and on 127.0.0.1 (TLS, with a certificate of its
# own: DIR/data/server.crt) at the given port — nothing of the machine's own PostgreSQL is touched.
#   pg-test-server.sh start DIR PORT        starts it (once; again is a no-op) and prints the URL
#   pg-test-server.sh createdb DIR PORT NAME  a fresh database NAME, prints its URL
#   pg-test-server.sh sql DIR PORT STATEMENT    one statement on the maintenance database
#   pg-test-server.sh stop DIR
# As root (CI), the server runs as the postgres user the Debian package creates: PostgreSQL
# refuses to run as root.
set -euo pipefail
command="${1:-}"
dir="${2:-}"
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }
dir="$(realpath -m "$dir")"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found: scripts/setup.sh installs postgresql" >&2; exit 1; }
as_server=()
if [ "$(id -u)" = 0 ]; then
    as_server=(runuser -u postgres --)
fi
url() { echo "postgresql://hotline@localhost:$1/$2?host=$dir"; }
case "$command" in
start)
    port="${3:?port}"
    mkdir -p "$dir"
    # Parallel test processes may all ask for the server: one starts it, the others wait.
    exec 9>"$dir.lock"
    flock 9
    if [ -f "$dir/data/postmaster.pid" ] && "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        url "$port" hotline
        exit 0
    fi
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        "${as_server[@]}" "$bin/initdb" -D "$dir/data" -A trust -U hotline -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # TLS on TCP (127.0.0.1 only) for the tests of sslmode: a certificate of its own, made once.
    if [ ! -f "$dir/data/server.key" ]; then
        "${as_server[@]}" openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=localhost" \
            -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
            -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >"$dir/openssl.log" 2>&1 \
            || { cat "$dir/openssl.log" >&2; exit 1; }
        chmod 600 "$dir/data/server.key"
    fi
    # The server must not inherit the lock (9) or the caller's pipes: ctest waits for
    # every holder of its pipe, and the lock would outlive this script.
    "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c ssl=on -c ssl_cert_file=$dir/data/server.crt -c ssl_key_file=$dir/data/server.key" start \
        </dev/null >/dev/null 2>>"$dir/pg_ctl.log" 9>&- \
        || { cat "$dir/server.log" >&2; exit 1; }
    "${as_server[@]}" "$bin/psql" -h "$dir" -p "$port" -U hotline -d postgres -qAt \
        -c "SELECT 1 FROM pg_database WHERE datname = 'hotline'" | grep -q 1 \
        || "${as_server[@]}" "$bin/createdb" -h "$dir" -p "$port" -U hotline hotline
    url "$port" hotline
    ;;
createdb)
    port="${3:?port}"
    name="${4:?database name}"
    "${as_server[@]}" "$bin/dropdb" -h "$dir" -p "$port" -U hotline --if-exists "$name"
    "${as_server[@]}" "$bin/createdb" -h "$dir" -p "$port" -U hotline "$name"
    url "$port" "$name"
    ;;
sql)
    # One statement as the superuser on the maintenance database (tablespaces, copies of a
    # database for the restore test).
    port="${3:?port}"
    "${as_server[@]}" "$bin/psql" -h "$dir" -p "$port" -U hotline -d postgres -qAt -v ON_ERROR_STOP=1 -c "${4:?statement}"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    ;;
*)
    echo "usage: $0 start DIR PORT | createdb DIR PORT NAME | sql DIR PORT STATEMENT | stop DIR" >&2
    exit 2
    ;;
esac
