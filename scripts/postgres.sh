#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster for the test suite.
#
#   scripts/postgres.sh start DIR   -> prints DATABASE_URL (one line on stdout)
#   scripts/postgres.sh stop DIR    -> stops the cluster and removes DIR
#
# The cluster lives in DIR (data, socket, log), listens on 127.0.0.1 only, on a
# free port, with trust auth and fsync off. It never touches another cluster.
# PostgreSQL refuses to run as root, so when run as root the server runs as the
# `postgres` system user (or `safeboard-pg`, created if `postgres` is missing).
set -euo pipefail

# runuser and useradd live in sbin, which a non-login PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() {
    log "$*"
    exit 1
}

usage() { die "usage: $0 start DIR | stop DIR"; }

[ $# -eq 2 ] || usage
COMMAND="$1"
DIR="$2"

find_bindir() {
    local dir
    dir="$(find /usr/lib/postgresql -maxdepth 2 -mindepth 2 -name bin -type d 2>/dev/null |
        sort -V | tail -n 1)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
        printf '%s\n' "$dir"
    fi
}

ensure_server() {
    BINDIR="$(find_bindir)"
    if [ -z "$BINDIR" ]; then
        log "no PostgreSQL server found: installing Debian's postgresql"
        [ "$(id -u)" -eq 0 ] || die "installing PostgreSQL needs root"
        apt-get update -qq >&2
        # Installing must not start Debian's own cluster on 5432: policy-rc.d says no.
        local policy=/usr/sbin/policy-rc.d created_policy=""
        if [ ! -e "$policy" ]; then
            printf '#!/bin/sh\nexit 101\n' >"$policy"
            chmod +x "$policy"
            created_policy=1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || {
            [ -n "$created_policy" ] && rm -f "$policy"
            die "apt-get install postgresql failed"
        }
        [ -n "$created_policy" ] && rm -f "$policy"
        BINDIR="$(find_bindir)"
        [ -n "$BINDIR" ] || die "PostgreSQL server binaries still not found in /usr/lib/postgresql"
    fi
}

# Runs a command as the cluster's owner (as is, when we are not root).
as_owner() {
    if [ -n "$RUN_USER" ]; then
        runuser -u "$RUN_USER" -- "$@"
    else
        "$@"
    fi
}

pick_user() {
    RUN_USER=""
    if [ "$(id -u)" -eq 0 ]; then
        if id postgres >/dev/null 2>&1; then
            RUN_USER=postgres
        else
            if ! id safeboard-pg >/dev/null 2>&1; then
                useradd --system --no-create-home --shell /usr/sbin/nologin safeboard-pg
            fi
            RUN_USER=safeboard-pg
        fi
    fi
}

free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

start() {
    ensure_server
    pick_user
    mkdir -p "$DIR"
    DIR="$(cd "$DIR" && pwd)"
    [ -z "$(ls -A "$DIR")" ] || die "$DIR is not empty"
    if [ -n "$RUN_USER" ]; then
        chown "$RUN_USER": "$DIR"
        chmod 700 "$DIR"
        as_owner test -w "$DIR" ||
            die "user $RUN_USER cannot reach $DIR (is a parent folder private?): use a folder under /tmp"
    fi

    local data="$DIR/data" socket="$DIR/socket" logfile="$DIR/postgres.log" port
    as_owner mkdir -p "$socket"
    as_owner "$BINDIR/initdb" --pgdata="$data" --username=postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 ||
        {
            cat "$DIR/initdb.log" >&2
            die "initdb failed"
        }

    # The port is free when picked; another process could take it before the
    # server binds it, so try a few times.
    local attempt
    for attempt in 1 2 3 4 5; do
        port="$(free_port)"
        if as_owner "$BINDIR/pg_ctl" --pgdata="$data" --log="$logfile" --wait --timeout=60 \
            --options="-c listen_addresses=127.0.0.1 -c port=$port \
                -c unix_socket_directories=$socket -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off \
                -c max_connections=100" \
            start >/dev/null 2>&1; then
            break
        fi
        log "start on port $port failed (attempt $attempt); see $logfile"
        port=""
    done
    [ -n "$port" ] || {
        tail -n 20 "$logfile" >&2 || true
        die "could not start PostgreSQL"
    }
    printf '%s\n' "$port" >"$DIR/port"

    local psql=("$BINDIR/psql" --quiet --no-psqlrc --set=ON_ERROR_STOP=1
        --host="$socket" --port="$port" --username=postgres --dbname=postgres)
    as_owner "${psql[@]}" --command="CREATE ROLE safeboard LOGIN SUPERUSER" >/dev/null
    as_owner "${psql[@]}" --command="CREATE DATABASE safeboard OWNER safeboard" >/dev/null

    printf 'postgres://safeboard@127.0.0.1:%s/safeboard\n' "$port"
}

stop() {
    if [ ! -d "$DIR" ]; then
        log "$DIR does not exist: nothing to stop"
        return 0
    fi
    DIR="$(cd "$DIR" && pwd)"
    local data="$DIR/data"
    if [ -f "$data/postmaster.pid" ]; then
        BINDIR="$(find_bindir)"
        pick_user
        as_owner "$BINDIR/pg_ctl" --pgdata="$data" --mode=immediate --wait --timeout=60 \
            stop >/dev/null 2>&1 ||
            {
                # Fall back to signalling the postmaster named in its pid file.
                local pid
                pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
                if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
                    kill -QUIT "$pid" 2>/dev/null || true
                    sleep 1
                fi
            }
    fi
    rm -rf "$DIR"
}

case "$COMMAND" in
start) start ;;
stop) stop ;;
*) usage ;;
esac
