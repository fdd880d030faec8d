#!/usr/bin/env bash
# Safeboard's whole check, in order, stopping at the first failing stage:
#   1. lint        ruff check + ruff format --check
#      audit       no locked Python package with a known vulnerability (scripts/audit_dependencies.sh;
#                  offline it uses its last audit if under 7 days old, else warns and passes)
#   2. sqlite      pytest -m "not browser", DATABASE_URL unset (SQLite)
#   3. postgres    pytest -m "not browser" on a private, throw-away PostgreSQL cluster
#                  (the tests that reach the database: tests/conftest.py), run at the
#                  same time as the sqlite stage unless SAFEBOARD_TEST_SERIAL=1
#   4. browser     pytest -m browser, in Debian's Chromium (installed if missing)
#
# Usage: scripts/test.sh [PYTEST_ARGS...]   (the args go to every pytest run)
# Expects scripts/setup.sh to have run (`make test` does that first).
# pytest's exit code 5 (no tests collected) fails a stage unless SAFEBOARD_ALLOW_EMPTY=1.
set -euo pipefail

cd "$(dirname "$0")/.."

export SAFEBOARD_ENV=test
PYTEST_ARGS=("$@")
ALLOW_EMPTY="${SAFEBOARD_ALLOW_EMPTY:-0}"

for tool in .venv/bin/ruff .venv/bin/pytest; do
    [ -x "$tool" ] || {
        echo "test.sh: $tool missing: run scripts/setup.sh (or make setup) first" >&2
        exit 1
    }
done

LOGDIR="$(mktemp -d "${TMPDIR:-/tmp}/safeboard-test-logs.XXXXXX")"
PG_DIR=""
STAGES=(lint audit sqlite postgres browser)
declare -A RESULT=() SECONDS_TAKEN=()
TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0
PYTEST_RUNS=0

banner() {
    printf '\n'
    printf '=%.0s' {1..78}
    printf '\n== %s\n' "$*"
    printf '=%.0s' {1..78}
    printf '\n'
}

stop_postgres() {
    if [ -n "$PG_DIR" ]; then
        scripts/postgres.sh stop "$PG_DIR" || echo "test.sh: could not stop PostgreSQL in $PG_DIR" >&2
        PG_DIR=""
    fi
}

summary() {
    local status=$? stage
    trap - EXIT INT TERM HUP
    stop_postgres
    printf '\n'
    printf '=%.0s' {1..78}
    printf '\n== summary\n'
    for stage in "${STAGES[@]}"; do
        printf '  %-10s %-8s %s\n' "$stage" "${RESULT[$stage]:-not run}" \
            "${SECONDS_TAKEN[$stage]:+(${SECONDS_TAKEN[$stage]}s)}"
    done
    if [ "$PYTEST_RUNS" -gt 0 ]; then
        printf 'tests: %d passed, %d failed, %d skipped\n' \
            "$TOTAL_PASSED" "$TOTAL_FAILED" "$TOTAL_SKIPPED"
    fi
    rm -rf "$LOGDIR"
    if [ "$status" -eq 0 ]; then
        echo "ALL STAGES PASSED"
    else
        echo "FAILED (exit $status)"
    fi
    exit "$status"
}
trap summary EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Adds the counts from pytest's closing line ("== 3 passed, 1 skipped in 2.1s ==",
# or without the rules under -q).
count_results() {
    local log="$1" line n word
    line="$(grep -E '(passed|failed|errors?|skipped|deselected|xfailed|xpassed|no tests ran).* in [0-9.]+s' "$log" |
        tail -n 1 || true)"
    PYTEST_RUNS=$((PYTEST_RUNS + 1))
    while read -r n word; do
        case "$word" in
        passed | xpassed) TOTAL_PASSED=$((TOTAL_PASSED + n)) ;;
        failed | error | errors) TOTAL_FAILED=$((TOTAL_FAILED + n)) ;;
        skipped | xfailed) TOTAL_SKIPPED=$((TOTAL_SKIPPED + n)) ;;
        esac
    done < <(grep -oE '[0-9]+ (passed|failed|errors?|skipped|xfailed|xpassed)' <<<"$line" || true)
}

# run_pytest STAGE ARGS...: runs pytest, maps exit code 5 to failure unless allowed.
# Stage functions run with errexit off (they are called from `||`), so every
# command that can fail is checked explicitly.
run_pytest() {
    local stage="$1" log rc
    shift
    log="$LOGDIR/$stage.log"
    local color=()
    [ -t 1 ] && color=(--color=yes)
    echo "+ pytest$(printf ' %q' "$@" "${PYTEST_ARGS[@]}")"
    { .venv/bin/pytest "${color[@]}" "$@" "${PYTEST_ARGS[@]}" 2>&1; echo $? >"$log.rc"; } |
        tee "$log"
    rc="$(cat "$log.rc")"
    count_results "$log"
    if [ "$rc" -eq 5 ]; then
        if [ "$ALLOW_EMPTY" = 1 ]; then
            echo "test.sh: stage $stage collected no tests (allowed: SAFEBOARD_ALLOW_EMPTY=1)"
            return 0
        fi
        echo "test.sh: stage $stage collected no tests: failing" \
            "(set SAFEBOARD_ALLOW_EMPTY=1 to allow)" >&2
        return 1
    fi
    return "$rc"
}

# stage NAME FUNCTION: runs one stage, records its result, stops everything on failure.
stage() {
    local name="$1" fn="$2" start rc=0
    banner "stage: $name"
    start=$SECONDS
    RESULT[$name]="running"
    "$fn" || rc=$?
    SECONDS_TAKEN[$name]=$((SECONDS - start))
    if [ "$rc" -eq 0 ]; then
        RESULT[$name]="PASSED"
    else
        RESULT[$name]="FAILED"
        banner "stage $name FAILED (exit $rc)"
        exit "$rc"
    fi
}

stage_lint() {
    echo "+ ruff check ."
    .venv/bin/ruff check . || return
    echo "+ ruff format --check ."
    .venv/bin/ruff format --check . || return
}

stage_audit() {
    echo "+ scripts/audit_dependencies.sh"
    scripts/audit_dependencies.sh
}

stage_sqlite() {
    run_pytest sqlite -m "not browser"
}

# The cluster's folder is kept in PG_DIR (this function runs in the main shell),
# so the EXIT trap stops the cluster whatever happens, interrupts included.
stage_postgres() {
    local url rc=0
    PG_DIR="$(mktemp -d /tmp/safeboard-pg.XXXXXX)" || return
    echo "+ scripts/postgres.sh start $PG_DIR"
    url="$(scripts/postgres.sh start "$PG_DIR")" || return
    echo "  DATABASE_URL=$url"
    export DATABASE_URL="$url"
    run_pytest postgres -m "not browser" || rc=$?
    unset DATABASE_URL
    stop_postgres
    return "$rc"
}

# The SQLite and PostgreSQL stages run side by side: each pytest is mostly one busy
# process and the machines have two cores, so together they take little longer than
# the SQLite stage alone. PostgreSQL's output is printed when both have finished.
# SAFEBOARD_TEST_SERIAL=1 runs them one after the other instead.
run_database_stages() {
    if [ "${SAFEBOARD_TEST_SERIAL:-0}" = 1 ]; then
        stage sqlite stage_sqlite
        stage postgres stage_postgres
        return
    fi
    local start=$SECONDS url pg_pid sqlite_rc=0 pg_rc=0
    banner "stages: sqlite and postgres, side by side"
    RESULT[sqlite]="running"
    RESULT[postgres]="running"
    PG_DIR="$(mktemp -d /tmp/safeboard-pg.XXXXXX)" || exit 1
    echo "+ scripts/postgres.sh start $PG_DIR"
    url="$(scripts/postgres.sh start "$PG_DIR")" || {
        RESULT[postgres]="FAILED"
        exit 1
    }
    echo "  DATABASE_URL=$url (postgres stage; its output follows the sqlite stage's)"
    (
        export DATABASE_URL="$url"
        run_pytest postgres -m "not browser"
    ) >"$LOGDIR/postgres.out" 2>&1 &
    pg_pid=$!
    run_pytest sqlite -m "not browser" || sqlite_rc=$?
    SECONDS_TAKEN[sqlite]=$((SECONDS - start))
    wait "$pg_pid" || pg_rc=$?
    SECONDS_TAKEN[postgres]=$((SECONDS - start))
    stop_postgres
    banner "stage: postgres (output)"
    cat "$LOGDIR/postgres.out"
    # The subshell's counts were lost with it: count its log here.
    count_results "$LOGDIR/postgres.log"
    RESULT[sqlite]=$([ "$sqlite_rc" -eq 0 ] && echo PASSED || echo FAILED)
    RESULT[postgres]=$([ "$pg_rc" -eq 0 ] && echo PASSED || echo FAILED)
    if [ "$sqlite_rc" -ne 0 ] || [ "$pg_rc" -ne 0 ]; then
        banner "stage sqlite exit $sqlite_rc, stage postgres exit $pg_rc: FAILED"
        exit 1
    fi
}

stage_browser() {
    scripts/ensure_chromium.sh || return
    run_pytest browser -m browser
}

# Only the postgres stage talks to PostgreSQL; the others use SQLite.
unset DATABASE_URL

stage lint stage_lint
stage audit stage_audit
run_database_stages
stage browser stage_browser
